// The build cache: finished programs and precompiled headers, stored under names derived from the
// content that produced them, so that an unchanged program is never compiled twice.
//
//   Root: $GOXX_CACHE, else $XDG_CACHE_HOME/goxx, else ~/.cache/goxx.
//   Layout: <root>/exe/<key>/<program name>      a linked program
//           <root>/pch/<config>/<headers>/...    a precompiled <goxx/program.h> (precompiled_header.h)
//           <root>/trimmed                        when old entries were last removed (cache_trim.h)
//
// Invariants: an entry's final path only ever holds a complete file. Writers create a unique temporary
// file in the entry's own directory and rename it into place (atomic on POSIX), so concurrent goxx
// processes building the same program both succeed and readers never see half a file. Entries are
// never modified after publication; two writers of one key produce equivalent files (atomic_file.h).
#pragma once

#include <optional>
#include <string>

namespace goxx::driver {

class BuildCache {
public:
  // Creates the root directory if needed. On failure returns nullopt and sets `why`.
  static std::optional<BuildCache> open(std::string& why);

  const std::string& root() const { return root_; }

  // <root>/<kind>/<key>, created if missing (empty on failure, with `why` set).
  std::string entryDirectory(const std::string& kind, const std::string& key, std::string& why) const;

private:
  explicit BuildCache(std::string root) : root_(std::move(root)) {}
  std::string root_;
};

// The cache root the environment asks for (not created).
std::string cacheRootFromEnvironment();

} // namespace goxx::driver
