// goxx/pkg/runtime.h — package runtime as generated code calls it (docs/ABI.md,
// compiler/stdlib/runtime/runtime.gox).
//
// Consumes: goxx/runtime_api.h, goxx/sched.h, goxx/value.h. Produces, in goxx::pkg::runtime: Gosched,
// NumGoroutine, NumCPU, GOMAXPROCS, GC, Goexit, Version, MemStats and ReadMemStats.
//
// goxx has no garbage collector (values are reference counted), so GC only returns free memory to the
// system (malloc_trim) and counts itself in NumGC. ReadMemStats reads the C allocator: Alloc/HeapAlloc are
// the bytes in use (mallinfo2; at least the live C++ allocations' usable bytes, for allocators that do not
// report through mallinfo2), Sys what the allocator holds from the system, and Mallocs / Frees /
// TotalAlloc count the C++ allocations (operator new/delete) of the whole program, counted from the start
// whenever ReadMemStats is linked in.
#pragma once

#include "goxx/value.h"

namespace goxx::pkg::runtime {

void Gosched();
Int NumGoroutine();
Int NumCPU();
Int GOMAXPROCS(Int n);
void GC();
[[noreturn]] void Goexit();
// Go's form "go1.N[.P]": the language version goxx implements.
String Version();

struct MemStats {
  Uint64 Alloc = 0;
  Uint64 TotalAlloc = 0;
  Uint64 Sys = 0;
  Uint64 Mallocs = 0;
  Uint64 Frees = 0;
  Uint64 HeapAlloc = 0;
  Uint32 NumGC = 0;
  friend bool operator==(const MemStats&, const MemStats&) = default;
};
void ReadMemStats(Ptr<MemStats> m);

}  // namespace goxx::pkg::runtime

namespace goxx {
template <>
struct TypeOf<pkg::runtime::MemStats> {
  static const TypeDesc* get();
};
}  // namespace goxx
