#include "build_subcommands.h"

#include "build_command.h"
#include "emit_command.h"
#include "run_command.h"
#include "runtime_location.h"

#include <llvm/Support/CommandLine.h>
#include <llvm/Support/raw_ostream.h>

#include <cstring>

namespace goxx::driver {
namespace cl = llvm::cl;

namespace {

cl::SubCommand buildCommand("build", "Compile .gox files of package main into a program");
cl::SubCommand runCommand("run", "Compile and run .gox files of package main (arguments for the program go after --)");
cl::SubCommand emitCommand("emit", "Translate .gox files of package main to one C++20 file (for build systems)");

cl::OptionCategory buildCategory("goxx build/run options");

cl::list<std::string> buildFiles(cl::Positional, cl::OneOrMore, cl::desc("<file.gox>..."), cl::sub(buildCommand));
cl::list<std::string> runFiles(cl::Positional, cl::OneOrMore, cl::desc("<file.gox>... [-- args]"), cl::sub(runCommand));
cl::list<std::string> emitFiles(cl::Positional, cl::OneOrMore, cl::desc("<file.gox>..."), cl::sub(emitCommand));

cl::opt<std::string> buildOutput("o", cl::desc("Program to write (default: the first file's name without .gox)"),
                                 cl::value_desc("name"), cl::sub(buildCommand), cl::cat(buildCategory));
cl::opt<std::string> emitOutput("o", cl::desc("C++ file to write (default: standard output)"),
                                cl::value_desc("out.cpp"), cl::sub(emitCommand));

enum OptimizationLevel { O0, O1, O2, O3 };
// The subcommands come before the values: each value (-O0 ...) is registered as a flag of the
// subcommands the option already belongs to when cl::values is applied.
cl::opt<OptimizationLevel> optimizationLevel(
    cl::desc("C++ optimization level:"), cl::sub(buildCommand), cl::sub(runCommand), cl::cat(buildCategory),
    cl::values(clEnumVal(O0, "No optimization"), clEnumVal(O1, "Some optimization"),
               clEnumVal(O2, "Default optimization"), clEnumVal(O3, "Most optimization")),
    cl::init(O2));
cl::opt<bool> debugInfo("g", cl::desc("Generate debug information (gdb: docs/DEBUGGING.md)"), cl::sub(buildCommand),
                        cl::sub(runCommand), cl::cat(buildCategory));
cl::opt<std::string> cxx("cxx", cl::desc("C++ compiler (default: $CXX, else c++, g++ or clang++ on PATH)"),
                         cl::value_desc("path"), cl::sub(buildCommand), cl::sub(runCommand), cl::cat(buildCategory));
cl::opt<bool> verbose("v", cl::desc("Print each command run"), cl::sub(buildCommand), cl::sub(runCommand),
                      cl::cat(buildCategory));
cl::opt<bool> keepWork("work", cl::desc("Compile even if cached; keep the work directory and print its path"),
                       cl::sub(buildCommand), cl::sub(runCommand), cl::cat(buildCategory));

BuildOptions selectedOptions() {
  BuildOptions options;
  options.optimizationLevel = static_cast<int>(optimizationLevel.getValue());
  options.debugInfo = debugInfo;
  options.cxx = cxx;
  options.verbose = verbose;
  options.keepWork = keepWork;
  return options;
}

std::vector<std::string> values(const cl::list<std::string>& list) {
  return std::vector<std::string>(list.begin(), list.end());
}

} // namespace

std::vector<std::string> takeProgramArguments(int& argc, char** argv) {
  std::vector<std::string> programArguments;
  if (argc < 2 || std::strcmp(argv[1], "run") != 0) return programArguments;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") != 0) continue;
    for (int j = i + 1; j < argc; ++j) programArguments.push_back(argv[j]);
    argc = i;
    argv[argc] = nullptr;
    break;
  }
  return programArguments;
}

std::optional<int> runBuildSubcommand(const char* argv0, const std::vector<std::string>& programArguments) {
  if (emitCommand) return runEmit(values(emitFiles), emitOutput, llvm::errs());
  if (!buildCommand && !runCommand) return std::nullopt;
  std::string executable = currentExecutablePath(argv0);
  if (buildCommand) return runBuild(values(buildFiles), buildOutput, selectedOptions(), executable, llvm::errs());
  return runRun(values(runFiles), programArguments, selectedOptions(), executable, llvm::errs());
}

} // namespace goxx::driver
