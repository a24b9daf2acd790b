// The subcommands that produce programs: `goxx build`, `goxx run`, `goxx emit` — their command-line
// declarations (LLVM cl::SubCommand, registered when this file is linked in) and their dispatch.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace goxx::driver {

// For `goxx run ... -- ARGS`: removes "--" and everything after it from argv (adjusting argc) before
// LLVM parses the command line, and returns ARGS. Other subcommands' argv is left alone.
std::vector<std::string> takeProgramArguments(int& argc, char** argv);

// After cl::ParseCommandLineOptions: runs the build, run or emit subcommand if one was selected and
// returns its exit status; nullopt when another subcommand was selected.
std::optional<int> runBuildSubcommand(const char* argv0, const std::vector<std::string>& programArguments);

} // namespace goxx::driver
