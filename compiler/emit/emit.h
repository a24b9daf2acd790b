// The C++ emitter: lowers one checked Go program to one C++20 translation unit.
//
//   Consumes: the checked syntax trees of package main (check::Session::checkPackage has run without
//             errors), its TypeInfo, and the Session (for the bundled packages main imports, whose
//             stubs and TypeInfo the session holds).
//   Produces: C++ source text for the whole program — the bundled packages' Go-bodied declarations,
//             then package main — with `#line` directives pointing at the .gox sources and a C++
//             `main` that starts the runtime (goxx::runMain). The text includes only <goxx/program.h>.
//             The mapping of Go types, names and calls to C++ is docs/ABI.md.
//
// A program the checker accepted must lower to C++ that compiles without errors; a construct the
// emitter does not support yet is reported as a diagnostic at its position ("goxx does not support
// ... yet"), never as broken C++.
#pragma once

#include "check/check.h"
#include "diag/diagnostic_engine.h"
#include "syntax/ast.h"

#include <string>
#include <vector>

namespace goxx::emit {

struct EmitOptions {
  // Emit `#line` directives (off only for reading the output in tests).
  bool lineDirectives = true;
};

// Returns false (with errors in the session's DiagnosticEngine) if some construct cannot be lowered.
bool emitProgram(check::Session& session, types::Package* mainPackage, const check::TypeInfo& info,
                 const std::vector<const syntax::File*>& files, const EmitOptions& options,
                 std::string& out);

} // namespace goxx::emit
