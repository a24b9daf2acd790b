#include "check_command.h"

#include "check/check.h"
#include "diag/diagnostic_engine.h"
#include "syntax/parse.h"

namespace goxx::driver {

int runCheck(const std::vector<std::string>& files, llvm::raw_ostream& errs) {
  DiagnosticEngine diags;
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
  if (diags.hasErrors()) {
    diags.flush(errs);
    return 1;
  }
  return 0;
}

} // namespace goxx::driver
