#include "atomic_file.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

namespace goxx::driver {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::string createTemporaryFileIn(const std::string& directory, const std::string& stem, std::string& why) {
  llvm::SmallString<256> model(directory);
  path::append(model, stem + ".tmp-%%%%%%%%");
  int fd = -1;
  llvm::SmallString<256> created;
  if (std::error_code ec = fs::createUniqueFile(model, fd, created)) {
    why = "cannot create a file in " + directory + ": " + ec.message();
    return "";
  }
  fs::closeFile(fd);
  return std::string(created);
}

bool publishFile(const std::string& temporary, const std::string& final, std::string& why) {
  if (std::error_code ec = fs::rename(temporary, final)) {
    why = "cannot rename " + temporary + " to " + final + ": " + ec.message();
    fs::remove(temporary);
    return false;
  }
  return true;
}

bool writeFileAtomically(const std::string& final, llvm::StringRef text, std::string& why) {
  llvm::SmallString<256> absolute(final);
  fs::make_absolute(absolute);
  std::string temporary =
      createTemporaryFileIn(path::parent_path(absolute).str(), path::filename(absolute).str(), why);
  if (temporary.empty()) return false;
  {
    std::error_code ec;
    llvm::raw_fd_ostream out(temporary, ec);
    if (!ec) {
      out << text;
      out.close();
    }
    if (ec || out.has_error()) {
      why = "cannot write " + final + (ec ? ": " + ec.message() : std::string());
      out.clear_error();
      fs::remove(temporary);
      return false;
    }
  }
  return publishFile(temporary, std::string(absolute), why);
}

} // namespace goxx::driver
