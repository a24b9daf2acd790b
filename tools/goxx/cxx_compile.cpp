#include "cxx_compile.h"

#include "command_runner.h"
#include "cxx_error_summary.h"
#include "exit_status.h"
#include "work_directory.h"

#include <llvm/Support/MemoryBuffer.h>

namespace goxx::driver {

std::vector<std::string> compileCommand(const CxxCompileRequest& request, const std::string& source,
                                        bool withPrecompiledHeader) {
  std::vector<std::string> argv = {request.compiler.path};
  argv.insert(argv.end(), request.codeGenerationFlags.begin(), request.codeGenerationFlags.end());
  argv.insert(argv.end(), request.runtime.compileOptions.begin(), request.runtime.compileOptions.end());
  argv.insert(argv.end(), {"-I", request.runtime.includeDir});
  if (withPrecompiledHeader)
    argv.insert(argv.end(), request.precompiledHeaderArguments.begin(), request.precompiledHeaderArguments.end());
  argv.insert(argv.end(), {"-o", request.output, source});
  std::vector<std::string> link = request.runtime.linkArguments();
  argv.insert(argv.end(), link.begin(), link.end());
  return argv;
}

int compileCpp(const CxxCompileRequest& request, llvm::raw_ostream& errs) {
  std::string why;
  std::optional<WorkDirectory> work = WorkDirectory::create(why);
  if (!work) {
    errs << "goxx: " << why << "\n";
    return kExitUserError;
  }
  if (request.keepWork) {
    work->keep();
    errs << "goxx: work directory: " << work->path() << "\n";
  }
  std::string source = work->file("main.cpp");
  {
    std::error_code ec;
    llvm::raw_fd_ostream out(source, ec);
    if (!ec) {
      out << request.cpp;
      out.close();
    }
    if (ec || out.has_error()) {
      out.clear_error();
      errs << "goxx: cannot write " << source << "\n";
      return kExitUserError;
    }
  }
  std::string log = work->file("cxx-output.txt");

  bool withPrecompiledHeader = !request.precompiledHeaderArguments.empty();
  int status = runCommand(compileCommand(request, source, withPrecompiledHeader), log, request.verbose, errs, why);
  if (status != 0 && status != kCommandNotRun && withPrecompiledHeader)
    status = runCommand(compileCommand(request, source, false), log, request.verbose, errs, why);
  if (status == 0) return kExitSuccess;

  if (status == kCommandNotRun) {
    errs << "goxx: cannot run the C++ compiler " << request.compiler.path << ": " << why << "\n";
    return kExitUserError;
  }
  work->keep();
  std::string firstError;
  if (auto output = llvm::MemoryBuffer::getFile(log)) firstError = firstCxxError((*output)->getBuffer());
  if (firstError.empty())
    firstError = status == kCommandCrashed ? why : "(no output; exit status " + std::to_string(status) + ")";
  errs << "goxx: internal error: the C++ compiler failed on goxx's output\n"
       << "  " << firstError << "\n"
       << "  work directory: " << work->path() << " (main.cpp; full compiler output in cxx-output.txt)\n";
  return kExitInternalError;
}

} // namespace goxx::driver
