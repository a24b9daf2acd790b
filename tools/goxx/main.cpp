// The goxx driver: command-line parsing and dispatch to subcommands (LLVM cl::SubCommand).
#include "check_command.h"
#if GOXX_DRIVER_BUILDS_PROGRAMS
#include "build_subcommands.h"
#endif

#include <llvm/Support/CommandLine.h>
#include <llvm/Support/raw_ostream.h>

namespace cl = llvm::cl;

static cl::SubCommand checkCommand("check", "Parse and check .gox files of one package");
static cl::list<std::string> checkFiles(cl::Positional, cl::OneOrMore, cl::desc("<file.gox>..."),
                                        cl::sub(checkCommand));
static cl::opt<bool> checkJson("json", cl::desc("Print the diagnostics as one JSON object on stdout (for editors)"),
                               cl::sub(checkCommand));

int main(int argc, char** argv) {
#if GOXX_DRIVER_BUILDS_PROGRAMS
  // `goxx run FILE.gox -- ARGS`: ARGS belong to the program, not to goxx's parser.
  std::vector<std::string> programArguments = goxx::driver::takeProgramArguments(argc, argv);
#endif
  cl::ParseCommandLineOptions(argc, argv, "goxx: Go (.gox) to C++20 compiler\n");
#if GOXX_DRIVER_BUILDS_PROGRAMS
  if (std::optional<int> status = goxx::driver::runBuildSubcommand(argv[0], programArguments)) return *status;
#endif
  if (checkCommand && checkJson)
    return goxx::driver::runCheckJson(std::vector<std::string>(checkFiles.begin(), checkFiles.end()), llvm::outs());
  if (checkCommand) return goxx::driver::runCheck(std::vector<std::string>(checkFiles.begin(), checkFiles.end()), llvm::errs());
  cl::PrintHelpMessage();
  return 2;
}
