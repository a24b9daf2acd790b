// pkg/runtime/mem_stats.cpp — runtime.GC and runtime.ReadMemStats from the C allocator's own counters.
#include <malloc.h>

#include <algorithm>
#include <atomic>

#include "goxx/pkg/runtime.h"
#include "pkg/runtime/allocation_counters.h"

namespace goxx::pkg::runtime {
namespace {
std::atomic<uint32_t> gcCount{0};
}  // namespace

void GC() {
  malloc_trim(0);
  gcCount.fetch_add(1, std::memory_order_relaxed);
}

void ReadMemStats(Ptr<MemStats> m) {
  MemStats& out = *m;  // nil panics, as Go's write through a nil *MemStats does
  const struct mallinfo2 info = mallinfo2();
  const AllocationCounts counts = allocationCounts();
  // glibc's view of the heap; an allocator that does not report through mallinfo2 (a sanitizer's) shows
  // less than the C++ allocations alone hold, and then those are the best figure there is.
  out.Alloc = std::max<uint64_t>(info.uordblks + info.hblkhd, counts.liveBytes);
  out.HeapAlloc = out.Alloc;
  out.Sys = std::max<uint64_t>(info.arena + info.hblkhd, out.Alloc);
  out.Mallocs = counts.mallocs;
  out.Frees = counts.frees;
  out.TotalAlloc = counts.bytes;
  out.NumGC = gcCount.load(std::memory_order_relaxed);
}

}  // namespace goxx::pkg::runtime

namespace goxx {
const TypeDesc* TypeOf<pkg::runtime::MemStats>::get() {
  using pkg::runtime::MemStats;
  static const TypeDesc d = structType<MemStats>(
      "runtime.MemStats", {field<&MemStats::Alloc>("Alloc"), field<&MemStats::TotalAlloc>("TotalAlloc"),
                           field<&MemStats::Sys>("Sys"), field<&MemStats::Mallocs>("Mallocs"),
                           field<&MemStats::Frees>("Frees"), field<&MemStats::HeapAlloc>("HeapAlloc"),
                           field<&MemStats::NumGC>("NumGC")});
  return &d;
}
}  // namespace goxx
