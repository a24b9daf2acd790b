#include "cache_trim.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <vector>

namespace goxx::driver {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using std::chrono::hours;

namespace {

constexpr hours kUseRefreshInterval{1};
constexpr hours kTrimInterval{24};
constexpr hours kUnusedLifetime{5 * 24};

// How long ago `p` was last modified; a missing or unreadable path counts as infinitely old.
std::chrono::system_clock::duration age(const std::string& p) {
  fs::file_status status;
  if (fs::status(p, status)) return std::chrono::system_clock::duration::max();
  return std::chrono::system_clock::now() - status.getLastModificationTime();
}

void touch(const std::string& p) { ::utimensat(AT_FDCWD, p.c_str(), nullptr, 0); }

std::vector<std::string> subdirectories(const std::string& dir) {
  std::vector<std::string> result;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec))
    if (it->type() == fs::file_type::directory_file) result.push_back(it->path());
  return result;
}

} // namespace

void markEntryUsed(const std::string& entryDirectory) {
  if (age(entryDirectory) > kUseRefreshInterval) touch(entryDirectory);
}

void trimCacheIfDue(const BuildCache& cache) {
  llvm::SmallString<256> marker(cache.root());
  path::append(marker, "trimmed");
  std::string markerPath(marker);
  if (age(markerPath) < kTrimInterval) return;
  // Claim this day's trim first, so concurrent builds do not all walk the cache.
  if (!fs::exists(markerPath)) {
    int fd = -1;
    if (!fs::openFileForWrite(markerPath, fd)) fs::closeFile(fd);
  }
  touch(markerPath);

  llvm::SmallString<256> exe(cache.root()), pch(cache.root());
  path::append(exe, "exe");
  path::append(pch, "pch");
  for (const std::string& entry : subdirectories(std::string(exe)))
    if (age(entry) > kUnusedLifetime) fs::remove_directories(entry);
  // pch/<configuration>/<headers>: the entries are one level deeper.
  for (const std::string& configuration : subdirectories(std::string(pch))) {
    for (const std::string& entry : subdirectories(configuration))
      if (age(entry) > kUnusedLifetime) fs::remove_directories(entry);
  }
}

void removeSiblingEntries(const std::string& entryDirectory) {
  std::string parent = path::parent_path(entryDirectory).str();
  for (const std::string& sibling : subdirectories(parent))
    if (sibling != entryDirectory) fs::remove_directories(sibling);
}

} // namespace goxx::driver
