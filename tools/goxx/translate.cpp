#include "translate.h"

#include "exit_status.h"

#include "check/check.h"
#include "diag/diagnostic_engine.h"
#include "emit/emit.h"
#include "syntax/parse.h"

namespace goxx::driver {

int translateToCpp(const std::vector<std::string>& files, llvm::raw_ostream& errs, std::string& cpp) {
  DiagnosticEngine diags;
  syntax::AstArena arena;
  std::vector<const syntax::File*> parsed;
  for (const std::string& path : files) {
    std::optional<FileId> id = diags.loadFile(path);
    if (!id) continue;
    if (syntax::File* f = syntax::parseFile(arena, diags, *id)) parsed.push_back(f);
  }
  // As in `goxx check`: a package is checked only when all its files parsed cleanly, and lowered only
  // when it checked cleanly (the emitter's precondition).
  if (!diags.hasErrors()) {
    check::Session session(diags, arena);
    check::TypeInfo info;
    types::Package* mainPackage = session.checkPackage(parsed, info);
    if (!diags.hasErrors() && mainPackage) {
      emit::EmitOptions options;
      if (!emit::emitProgram(session, mainPackage, info, parsed, options, cpp) && !diags.hasErrors()) {
        errs << "goxx: internal error: the emitter failed without reporting why\n";
        return kExitInternalError;
      }
    }
  }
  if (diags.hasErrors()) {
    diags.flush(errs);
    return kExitUserError;
  }
  return kExitSuccess;
}

} // namespace goxx::driver
