// Cheap identities of files that goxx depends on but does not hash byte by byte (the goxx executable,
// the C++ compiler, the runtime library and headers): their real path, size and modification time.
//
// Why not hash the bytes: a cached `goxx run` must start in well under 50 ms, and the executables are
// tens of megabytes. Rebuilding or upgrading any of them changes size or mtime, which changes the
// cache key; a false miss (a touched file) only costs one rebuild.
#pragma once

#include <string>

namespace goxx::driver {

// "realpath|size|mtime-ns", or "missing:<path>" if the file cannot be read.
std::string fileStamp(const std::string& path);

// The stamps of every regular file below `dir`, in a stable (sorted) order.
std::string treeStamp(const std::string& dir);

} // namespace goxx::driver
