// The scratch directory of one compile (generated main.cpp, the compiler's output log).
//
// Removed when the WorkDirectory is destroyed, unless `keep()` was called — on --work, and whenever
// the C++ compiler failed, so that the generated code can be inspected.
#pragma once

#include <optional>
#include <string>

namespace goxx::driver {

class WorkDirectory {
public:
  // A new directory goxx-work-XXXXXX in the system temporary directory (nullopt + `why` on failure).
  static std::optional<WorkDirectory> create(std::string& why);
  WorkDirectory(WorkDirectory&& other) noexcept;
  WorkDirectory& operator=(WorkDirectory&&) = delete;
  WorkDirectory(const WorkDirectory&) = delete;
  ~WorkDirectory();

  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const;
  void keep() { keep_ = true; }

private:
  explicit WorkDirectory(std::string path) : path_(std::move(path)) {}
  std::string path_;  // "" once moved from
  bool keep_ = false;
};

} // namespace goxx::driver
