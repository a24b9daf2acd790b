#include "build_command.h"

#include "atomic_file.h"
#include "exit_status.h"
#include "program_build.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace goxx::driver {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

int runBuild(const std::vector<std::string>& sources, const std::string& output, const BuildOptions& options,
             const std::string& goxxExecutable, llvm::raw_ostream& errs) {
  if (!validateSourcePaths(sources, errs)) return kExitUserError;
  std::string program;
  if (int status = buildProgram({sources, options, goxxExecutable}, errs, program); status != kExitSuccess)
    return status;

  llvm::SmallString<256> destination(output.empty() ? defaultProgramName(sources) : output);
  fs::make_absolute(destination);
  if (fs::is_directory(destination)) {
    errs << "goxx: -o " << destination << " is a directory\n";
    return kExitUserError;
  }
  // A copy, not a link: the user may strip or overwrite the result without touching the cache. It is
  // written beside the destination and renamed, so an existing NAME is replaced in one step.
  std::string why;
  std::string parent = path::parent_path(destination).str();
  std::string temporary = createTemporaryFileIn(parent, path::filename(destination).str(), why);
  if (temporary.empty()) {
    errs << "goxx: " << why << "\n";
    return kExitUserError;
  }
  if (std::error_code ec = fs::copy_file(program, temporary)) {
    errs << "goxx: cannot write " << destination << ": " << ec.message() << "\n";
    fs::remove(temporary);
    return kExitUserError;
  }
  fs::setPermissions(temporary, fs::all_read | fs::all_exe | fs::owner_write);
  if (!publishFile(temporary, std::string(destination), why)) {
    errs << "goxx: " << why << "\n";
    return kExitUserError;
  }
  return kExitSuccess;
}

} // namespace goxx::driver
