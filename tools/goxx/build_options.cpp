#include "build_options.h"

namespace goxx::driver {

std::vector<std::string> codeGenerationFlags(const BuildOptions& options) {
  // -fwrapv: Go's signed integer arithmetic wraps on overflow; C++'s would be undefined behaviour
  // (goxx/lowering.h covers the rest: division, shifts, conversions).
  std::vector<std::string> flags = {"-std=c++20", "-O" + std::to_string(options.optimizationLevel), "-fwrapv"};
  if (options.debugInfo) flags.push_back("-g");
  return flags;
}

} // namespace goxx::driver
