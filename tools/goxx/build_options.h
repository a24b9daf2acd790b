// The settings shared by `goxx build` and `goxx run` (their command-line flags), and the C++ code
// generation flags derived from them.
#pragma once

#include <string>
#include <vector>

namespace goxx::driver {

struct BuildOptions {
  int optimizationLevel = 2;  // -O0..-O3
  bool debugInfo = false;     // -g
  std::string cxx;            // --cxx=PATH ("" = $CXX or the first of c++, g++, clang++)
  bool verbose = false;       // -v: print each command run
  bool keepWork = false;      // --work: compile even if cached; keep the work directory, print its path
};

// The flags that decide what code the C++ compiler generates: part of every cache key, and identical
// for a precompiled header and the translation units that use it.
std::vector<std::string> codeGenerationFlags(const BuildOptions& options);

} // namespace goxx::driver
