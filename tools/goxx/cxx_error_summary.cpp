#include "cxx_error_summary.h"

#include <llvm/ADT/SmallVector.h>

namespace goxx::driver {

namespace {

bool statesError(llvm::StringRef line) {
  return line.contains("error:") || line.contains("undefined reference") ||
         line.contains("multiple definition");
}

std::string shortened(llvm::StringRef line, size_t maxLength) {
  line = line.trim();
  if (line.size() <= maxLength) return line.str();
  return line.take_front(maxLength).str() + "...";
}

} // namespace

std::string firstCxxError(llvm::StringRef compilerOutput, size_t maxLength) {
  llvm::SmallVector<llvm::StringRef, 64> lines;
  compilerOutput.split(lines, '\n');
  for (llvm::StringRef line : lines)
    if (statesError(line)) return shortened(line, maxLength);
  for (llvm::StringRef line : lines)
    if (!line.trim().empty()) return shortened(line, maxLength);
  return "";
}

} // namespace goxx::driver
