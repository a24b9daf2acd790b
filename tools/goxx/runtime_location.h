// Where the goxx runtime (headers and libgoxxrt) is, as seen from the running goxx executable.
//
//   Consumes: the path of the goxx executable; the build-tree paths and install layout recorded at
//             configure time (the generated goxx_runtime_paths.h).
//   Produces: the include directory to pass as -I and the link arguments of the runtime library.
//
// Two layouts are recognised, in this order:
//   installed:  <prefix>/bin/goxx, <prefix>/include/goxx/program.h, <prefix>/lib/libgoxxrt.a
//               (the directories are the GNUInstallDirs of the build, relative to the executable, so a
//               moved prefix still works);
//   build tree: build/bin/goxx, with the source tree's runtime/include and build/lib/libgoxxrt.a.
// A layout is used only when both its header and its library exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace goxx::driver {

struct RuntimeLocation {
  std::string includeDir;  // contains goxx/program.h
  std::string library;     // libgoxxrt.a
  // Options for every compile against the headers, precompiled header included (-pthread defines
  // _REENTRANT, and GCC ignores a precompiled header made with different macros).
  std::vector<std::string> compileOptions;
  // Link options that must precede the library (gdb script anchor), and libraries after it.
  std::vector<std::string> linkOptionsBefore;
  std::vector<std::string> linkLibrariesAfter;

  // The arguments that link a program against the runtime, in order.
  std::vector<std::string> linkArguments() const;
};

// `executable` is the absolute path of the running goxx. On failure returns nullopt and sets `why`.
std::optional<RuntimeLocation> findRuntime(const std::string& executable, std::string& why);

// The absolute path of the running goxx executable (symlinks resolved).
std::string currentExecutablePath(const char* argv0);

} // namespace goxx::driver
