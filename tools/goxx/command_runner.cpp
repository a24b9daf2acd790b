#include "command_runner.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Program.h>

namespace goxx::driver {

namespace {

bool needsQuotes(llvm::StringRef word) {
  if (word.empty()) return true;
  for (char c : word)
    if (!(llvm::isAlnum(c) || llvm::StringRef("-_./=+,:@%").contains(c))) return true;
  return false;
}

} // namespace

std::string shellQuoted(const std::vector<std::string>& argv) {
  std::string line;
  for (const std::string& word : argv) {
    if (!line.empty()) line += ' ';
    if (!needsQuotes(word)) {
      line += word;
      continue;
    }
    line += '\'';
    for (char c : word) {
      if (c == '\'') line += "'\\''";
      else line += c;
    }
    line += '\'';
  }
  return line;
}

int runCommand(const std::vector<std::string>& argv, const std::string& outputFile, bool verbose,
               llvm::raw_ostream& log, std::string& failure) {
  if (verbose) {
    log << shellQuoted(argv) << "\n";
    log.flush();
  }
  std::vector<llvm::StringRef> args(argv.begin(), argv.end());
  llvm::Optional<llvm::StringRef> redirects[] = {llvm::StringRef(""), llvm::StringRef(outputFile),
                                                 llvm::StringRef(outputFile)};
  bool executionFailed = false;
  int status = llvm::sys::ExecuteAndWait(argv[0], args, llvm::None, redirects, /*SecondsToWait=*/0,
                                         /*MemoryLimit=*/0, &failure, &executionFailed);
  if (executionFailed) return kCommandNotRun;
  if (status < 0) return kCommandCrashed;
  return status;
}

} // namespace goxx::driver
