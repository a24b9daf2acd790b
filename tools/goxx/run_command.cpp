#include "run_command.h"

#include "exit_status.h"
#include "program_build.h"

#include <llvm/Support/raw_ostream.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace goxx::driver {

int runRun(const std::vector<std::string>& sources, const std::vector<std::string>& programArguments,
           const BuildOptions& options, const std::string& goxxExecutable, llvm::raw_ostream& errs) {
  if (!validateSourcePaths(sources, errs)) return kExitUserError;
  std::string program;
  if (int status = buildProgram({sources, options, goxxExecutable}, errs, program); status != kExitSuccess)
    return status;

  std::vector<char*> argv;
  argv.push_back(program.data());
  for (const std::string& argument : programArguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  // Nothing buffered may be lost or duplicated across exec.
  errs.flush();
  llvm::outs().flush();
  ::execv(program.c_str(), argv.data());
  errs << "goxx: cannot start " << program << ": " << std::strerror(errno) << "\n";
  return kExitInternalError;
}

} // namespace goxx::driver
