// bench/common/resident_memory.h — how much memory this process holds, as the "parked" workload counts it.
//
// Produces VmRSS + VmPTE from /proc/self/status, in bytes. Page tables are included because a runtime
// that gives every goroutine its own mapping pays for them, and they are as real as the pages themselves.
#pragma once

#include <cstdint>

namespace bench {

// Exits 1 if /proc/self/status cannot be read or lacks either field.
int64_t residentBytes();

}  // namespace bench
