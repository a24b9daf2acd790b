#include "build_cache.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <cstdlib>

namespace goxx::driver {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::string cacheRootFromEnvironment() {
  if (const char* explicitRoot = std::getenv("GOXX_CACHE"); explicitRoot && *explicitRoot) return explicitRoot;
  llvm::SmallString<256> root;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    root = xdg;
  } else if (path::home_directory(root)) {
    path::append(root, ".cache");
  } else {
    // No home directory (a stripped-down service account): a per-machine directory still caches.
    path::system_temp_directory(/*ErasedOnReboot=*/true, root);
  }
  path::append(root, "goxx");
  return std::string(root);
}

std::optional<BuildCache> BuildCache::open(std::string& why) {
  llvm::SmallString<256> root(cacheRootFromEnvironment());
  if (std::error_code ec = fs::make_absolute(root)) {
    why = "cache directory " + std::string(root) + ": " + ec.message();
    return std::nullopt;
  }
  if (std::error_code ec = fs::create_directories(root)) {
    why = "cannot create cache directory " + std::string(root) + ": " + ec.message();
    return std::nullopt;
  }
  return BuildCache(std::string(root));
}

std::string BuildCache::entryDirectory(const std::string& kind, const std::string& key, std::string& why) const {
  llvm::SmallString<256> dir(root_);
  path::append(dir, kind, key);
  if (std::error_code ec = fs::create_directories(dir)) {
    why = "cannot create cache directory " + std::string(dir) + ": " + ec.message();
    return "";
  }
  return std::string(dir);
}

} // namespace goxx::driver
