// The C++ compiler goxx hands its output to.
//
//   Consumes: --cxx=PATH if given, else $CXX, else the first of c++, g++, clang++ found on PATH.
//   Produces: the compiler's absolute path, a stamp identifying it (for cache keys), and — only when
//             asked, because it runs the compiler — which family it is (for precompiled headers).
#pragma once

#include <optional>
#include <string>

namespace goxx::driver {

enum class CxxFamily { Gcc, Clang, Unknown };

struct CxxCompiler {
  std::string path;   // absolute path of the program to run
  std::string stamp;  // fileStamp of the resolved executable: changes when the compiler is upgraded
};

// `requested` is the --cxx value ("" when not given). On failure returns nullopt and sets `why`.
std::optional<CxxCompiler> findCxxCompiler(const std::string& requested, std::string& why);

// Runs `compiler --version` and recognises clang (which says so) or GCC (everything else that prints
// "Free Software Foundation" or "g++"/"GCC").
CxxFamily detectCxxFamily(const CxxCompiler& compiler);

} // namespace goxx::driver
