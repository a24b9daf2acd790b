// pkg/runtime/allocation_counters.h — counts of the program's C++ heap allocations, for ReadMemStats.
//
// allocation_counters.cpp replaces the global operator new and delete with versions that count calls and
// bytes (then malloc / free). It is linked only into programs that call ReadMemStats (this is the only
// reference to it), so other programs pay nothing.
#pragma once

#include <cstdint>

namespace goxx::pkg::runtime {

struct AllocationCounts {
  uint64_t mallocs;
  uint64_t frees;
  uint64_t bytes;      // cumulative bytes requested
  uint64_t liveBytes;  // usable bytes of the allocations not yet freed
};

AllocationCounts allocationCounts();

}  // namespace goxx::pkg::runtime
