#include "work_directory.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace goxx::driver {
namespace fs = llvm::sys::fs;

std::optional<WorkDirectory> WorkDirectory::create(std::string& why) {
  llvm::SmallString<256> created;
  if (std::error_code ec = fs::createUniqueDirectory("goxx-work", created)) {
    why = "cannot create a work directory: " + ec.message();
    return std::nullopt;
  }
  return WorkDirectory(std::string(created));
}

WorkDirectory::WorkDirectory(WorkDirectory&& other) noexcept : path_(std::move(other.path_)), keep_(other.keep_) {
  other.path_.clear();
}

WorkDirectory::~WorkDirectory() {
  if (!path_.empty() && !keep_) fs::remove_directories(path_);
}

std::string WorkDirectory::file(const std::string& name) const {
  llvm::SmallString<256> result(path_);
  llvm::sys::path::append(result, name);
  return std::string(result);
}

} // namespace goxx::driver
