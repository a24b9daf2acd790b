#include "check_command.h"

#include "check/check.h"
#include "diag/diagnostic_engine.h"
#include "diagnostics_json.h"
#include "syntax/parse.h"

namespace goxx::driver {

// Loads, parses and checks `files`; every error ends up in `diags`.
static void checkFiles(const std::vector<std::string>& files, DiagnosticEngine& diags) {
  syntax::AstArena arena;
  std::vector<syntax::File*> parsed;
  for (const std::string& path : files) {
    std::optional<FileId> id = diags.loadFile(path);
    if (!id) continue;
    if (syntax::File* f = syntax::parseFile(arena, diags, *id)) parsed.push_back(f);
  }
  // Files of one package are checked together, and only when they parsed cleanly (the tree may be
  // partial after a syntax error).
  if (!diags.hasErrors()) {
    check::Session session(diags, arena);
    check::TypeInfo info;
    session.checkPackage(std::vector<const syntax::File*>(parsed.begin(), parsed.end()), info);
  }
}

int runCheck(const std::vector<std::string>& files, llvm::raw_ostream& errs) {
  DiagnosticEngine diags;
  checkFiles(files, diags);
  if (diags.hasErrors()) {
    diags.flush(errs);
    return 1;
  }
  return 0;
}

int runCheckJson(const std::vector<std::string>& files, llvm::raw_ostream& out) {
  DiagnosticEngine diags;
  checkFiles(files, diags);
  writeDiagnosticsJson(diags, files.empty() ? llvm::StringRef() : llvm::StringRef(files.front()), out);
  return diags.hasErrors() ? 1 : 0;
}

} // namespace goxx::driver
