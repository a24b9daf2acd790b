// Writing files so that readers see either the old file or the complete new one, never a partial
// one: a temporary file is written in the destination's own directory (same filesystem) and renamed
// over the destination, which POSIX makes atomic. Used for cache entries (several goxx processes may
// build the same program at once), `goxx build -o` and `goxx emit -o`.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <string>

namespace goxx::driver {

// A new, empty, uniquely named file in `directory` whose name starts with `stem` (empty on failure,
// with `why` set).
std::string createTemporaryFileIn(const std::string& directory, const std::string& stem, std::string& why);

// Renames `temporary` to `final`, replacing any existing file. Removes `temporary` on failure.
bool publishFile(const std::string& temporary, const std::string& final, std::string& why);

// Writes `text` to `final` through a temporary file in the same directory.
bool writeFileAtomically(const std::string& final, llvm::StringRef text, std::string& why);

} // namespace goxx::driver
