// The goxx driver: command-line parsing and dispatch to subcommands (LLVM cl::SubCommand).
#include "check_command.h"

#include <llvm/Support/CommandLine.h>
#include <llvm/Support/raw_ostream.h>

namespace cl = llvm::cl;

static cl::SubCommand checkCommand("check", "Parse and check .gox files of one package");
static cl::list<std::string> checkFiles(cl::Positional, cl::OneOrMore, cl::desc("<file.gox>..."),
                                        cl::sub(checkCommand));

int main(int argc, char** argv) {
  cl::ParseCommandLineOptions(argc, argv, "goxx: Go (.gox) to C++20 compiler\n");
  if (checkCommand) return goxx::driver::runCheck(std::vector<std::string>(checkFiles.begin(), checkFiles.end()), llvm::errs());
  cl::PrintHelpMessage();
  return 2;
}
