#include "emit_command.h"

#include "atomic_file.h"
#include "exit_status.h"
#include "program_build.h"
#include "translate.h"

namespace goxx::driver {

int runEmit(const std::vector<std::string>& sources, const std::string& output, llvm::raw_ostream& errs) {
  if (!validateSourcePaths(sources, errs)) return kExitUserError;
  std::string cpp;
  if (int status = translateToCpp(sources, errs, cpp); status != kExitSuccess) return status;
  if (output.empty() || output == "-") {
    llvm::outs() << cpp;
    llvm::outs().flush();
    return kExitSuccess;
  }
  // Written beside OUT.cpp and renamed: a build system never sees a half-written file.
  std::string why;
  if (!writeFileAtomically(output, cpp, why)) {
    errs << "goxx: " << why << "\n";
    return kExitUserError;
  }
  return kExitSuccess;
}

} // namespace goxx::driver
