// Keeping the build cache from growing without bound.
//
//   - An entry's directory mtime is its last use: set when the entry is published (the rename touches
//     the directory) and refreshed on a hit, at most once an hour so a cached `goxx run` rarely writes.
//   - At most once a day (the mtime of <root>/trimmed), a build that compiled something removes the
//     exe/ and pch/ entries unused for 5 days.
//   - A precompiled header is superseded when the runtime headers change: its siblings (same compiler,
//     flags and include directory, older headers) are removed when a new one is published.
// Removing an entry another goxx is reading is harmless on POSIX (open files stay readable); one that
// is about to be used is rebuilt, and a compile whose precompiled header vanished is retried without it.
#pragma once

#include "build_cache.h"

#include <string>

namespace goxx::driver {

void markEntryUsed(const std::string& entryDirectory);

void trimCacheIfDue(const BuildCache& cache);

// Removes every directory beside `entryDirectory` (same parent), keeping `entryDirectory` itself.
void removeSiblingEntries(const std::string& entryDirectory);

} // namespace goxx::driver
