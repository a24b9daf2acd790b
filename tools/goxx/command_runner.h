// Running the external commands of a build (the C++ compiler), with `-v` echo.
//
//   Consumes: an argument vector (argv[0] is the program's absolute path), a file that receives the
//             command's stdout and stderr (so a compiler never writes a wall of text at the user).
//   Produces: the command's exit status; with `verbose`, the command line on `log` first, quoted so
//             it can be pasted into a shell.
#pragma once

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

// Status values besides the command's own exit status.
inline constexpr int kCommandNotRun = -1;   // could not be started (message in `failure`)
inline constexpr int kCommandCrashed = -2;  // killed by a signal (message in `failure`)

int runCommand(const std::vector<std::string>& argv, const std::string& outputFile, bool verbose,
               llvm::raw_ostream& log, std::string& failure);

// `argv` as a shell command line (single-quoting words that need it).
std::string shellQuoted(const std::vector<std::string>& argv);

} // namespace goxx::driver
