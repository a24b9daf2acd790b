// libFuzzer target over the whole front end: one input is one .gox file of package main, parsed,
// converted to the AST, type-checked (with the bundled packages it imports), and its diagnostics
// rendered. Any crash, hang, leak or AddressSanitizer finding here is a front-end bug: whatever a user
// writes, goxx must either accept it or report errors (issue 4).
//
// Built only with -DGOXX_FUZZ=ON and clang (tests/fuzz/CMakeLists.txt); run by run_fuzz.sh.
#include "check/check.h"
#include "diag/diagnostic_engine.h"
#include "syntax/parse.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  goxx::DiagnosticEngine diags;
  goxx::syntax::AstArena arena;
  llvm::StringRef text(reinterpret_cast<const char*>(data), size);
  goxx::FileId id = diags.addFile("fuzz.gox", text);
  goxx::syntax::File* file = goxx::syntax::parseFile(arena, diags, id);
  // As `goxx check` does: only a file that parsed without errors is checked.
  if (file != nullptr && !diags.hasErrors()) {
    goxx::check::Session session(diags, arena);
    goxx::check::TypeInfo info;
    session.checkPackage({file}, info);
  }
  // The printed form too: carets, source lines and "too many errors" for arbitrary positions.
  std::string rendered = diags.render();
  (void)rendered;
  return 0;
}
