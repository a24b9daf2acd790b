#include "file_stamp.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Chrono.h>
#include <llvm/Support/FileSystem.h>

#include <algorithm>
#include <vector>

namespace goxx::driver {
namespace fs = llvm::sys::fs;

std::string fileStamp(const std::string& path) {
  llvm::SmallString<256> real;
  if (fs::real_path(path, real)) return "missing:" + path;
  fs::file_status status;
  if (fs::status(real, status)) return "missing:" + path;
  auto mtime = std::chrono::duration_cast<std::chrono::nanoseconds>(
                   status.getLastModificationTime().time_since_epoch())
                   .count();
  return std::string(real) + "|" + std::to_string(status.getSize()) + "|" + std::to_string(mtime);
}

std::string treeStamp(const std::string& dir) {
  std::vector<std::string> stamps;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    if (it->type() != fs::file_type::directory_file) stamps.push_back(fileStamp(it->path()));
  }
  std::sort(stamps.begin(), stamps.end());
  std::string all;
  for (const std::string& stamp : stamps) all += stamp + "\n";
  return all;
}

} // namespace goxx::driver
