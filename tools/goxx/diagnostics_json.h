// The diagnostics of one `goxx check --json` run, in the form editors read (tools/editor/README.md):
//   {"diagnostics":[{"file":"/abs/a.gox","line":3,"column":9,"severity":"error","message":"..."}]}
//
//   Consumes: the engine's sorted, de-duplicated errors (the same at most kMaxErrors that the text
//             form prints; "too many errors" has no position and is not an entry).
//   Produces: exactly one JSON object and a newline on `out`. Invariants of every entry: `file` is an
//             absolute path; `line` and `column` are 1-based (column in bytes of the UTF-8 line); an
//             error without a position (e.g. "open x.gox: no such file or directory") is attached to
//             line 1, column 1 of `fallbackFile`. Strings are escaped per RFC 8259 (quotes, backslashes,
//             control characters); bytes that are not UTF-8 (possible in file names) become U+FFFD.
#pragma once

#include "diag/diagnostic_engine.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/raw_ostream.h>

namespace goxx::driver {

void writeDiagnosticsJson(const DiagnosticEngine& diags, llvm::StringRef fallbackFile, llvm::raw_ostream& out);

} // namespace goxx::driver
