#include "runtime_location.h"

#include "goxx_runtime_paths.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace goxx::driver {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

RuntimeLocation withLinkRequirements(std::string includeDir, std::string library) {
  RuntimeLocation location;
  location.includeDir = std::move(includeDir);
  location.library = std::move(library);
  // The same usage requirements as the goxx::runtime CMake target (runtime/CMakeLists.txt,
  // runtime/gdb/CMakeLists.txt): the gdb script anchor and Threads.
  if (GOXX_RUNTIME_GDB_ANCHOR) location.linkOptionsBefore.push_back("-Wl,-u,goxx_gdb_scripts_anchor");
  location.compileOptions.push_back("-pthread");
  location.linkLibrariesAfter.push_back("-pthread");
  return location;
}

bool hasRuntime(const std::string& includeDir, const std::string& library) {
  llvm::SmallString<256> header(includeDir);
  path::append(header, "goxx", "program.h");
  return fs::exists(header) && fs::exists(library);
}

// <prefix> for an executable installed in <prefix>/<GOXX_INSTALL_BINDIR>/goxx.
std::string installPrefix(const std::string& executable) {
  llvm::SmallString<256> prefix = path::parent_path(executable);
  for (auto it = path::begin(GOXX_INSTALL_BINDIR), end = path::end(GOXX_INSTALL_BINDIR); it != end; ++it)
    prefix = path::parent_path(prefix);
  return std::string(prefix);
}

} // namespace

std::vector<std::string> RuntimeLocation::linkArguments() const {
  std::vector<std::string> args = linkOptionsBefore;
  args.push_back(library);
  args.insert(args.end(), linkLibrariesAfter.begin(), linkLibrariesAfter.end());
  return args;
}

std::optional<RuntimeLocation> findRuntime(const std::string& executable, std::string& why) {
  std::string prefix = installPrefix(executable);
  llvm::SmallString<256> installedInclude(prefix), installedLibrary(prefix);
  path::append(installedInclude, GOXX_INSTALL_INCLUDEDIR);
  path::append(installedLibrary, GOXX_INSTALL_LIBDIR, GOXX_RUNTIME_LIBRARY_NAME);
  if (hasRuntime(std::string(installedInclude), std::string(installedLibrary)))
    return withLinkRequirements(std::string(installedInclude), std::string(installedLibrary));

  if (hasRuntime(GOXX_BUILD_TREE_INCLUDE_DIR, GOXX_BUILD_TREE_RUNTIME_LIBRARY))
    return withLinkRequirements(GOXX_BUILD_TREE_INCLUDE_DIR, GOXX_BUILD_TREE_RUNTIME_LIBRARY);

  why = "cannot find the goxx runtime: looked for " + std::string(installedInclude) + "/goxx/program.h and " +
        std::string(installedLibrary) + " (installed layout), and " GOXX_BUILD_TREE_INCLUDE_DIR
        "/goxx/program.h and " GOXX_BUILD_TREE_RUNTIME_LIBRARY " (build tree)";
  return std::nullopt;
}

std::string currentExecutablePath(const char* argv0) {
  // Any address inside this executable works; getMainExecutable uses /proc/self/exe where it exists.
  static int anchor;
  std::string path = fs::getMainExecutable(argv0, &anchor);
  llvm::SmallString<256> real;
  if (!fs::real_path(path, real)) return std::string(real);
  return path;
}

} // namespace goxx::driver
