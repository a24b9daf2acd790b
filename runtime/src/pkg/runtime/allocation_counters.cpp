// pkg/runtime/allocation_counters.cpp — counting replacements of the global operator new / delete.
//
// The counters are relaxed atomics: ReadMemStats needs totals, not an ordering with other memory.
// Every replaceable form is defined so that new/delete pairs stay matched (aligned forms use
// aligned_alloc). Failing allocations throw std::bad_alloc (or return null for nothrow), as the
// standard ones do.
#include <malloc.h>

#include <cstddef>
#include <cstdlib>
#include <new>

#include <atomic>

#include "pkg/runtime/allocation_counters.h"

namespace goxx::pkg::runtime {
namespace {
std::atomic<uint64_t> mallocs{0};
std::atomic<uint64_t> frees{0};
std::atomic<uint64_t> bytes{0};
std::atomic<int64_t> liveBytes{0};

void* countedAlloc(std::size_t n, std::size_t align) {
  if (n == 0) n = 1;
  void* p = align <= alignof(std::max_align_t) ? std::malloc(n) : std::aligned_alloc(align, (n + align - 1) / align * align);
  if (p != nullptr) {
    mallocs.fetch_add(1, std::memory_order_relaxed);
    bytes.fetch_add(n, std::memory_order_relaxed);
    liveBytes.fetch_add(int64_t(malloc_usable_size(p)), std::memory_order_relaxed);
  }
  return p;
}

void countedFree(void* p) {
  if (p == nullptr) return;
  frees.fetch_add(1, std::memory_order_relaxed);
  liveBytes.fetch_sub(int64_t(malloc_usable_size(p)), std::memory_order_relaxed);
  std::free(p);
}
}  // namespace

AllocationCounts allocationCounts() {
  const int64_t live = liveBytes.load(std::memory_order_relaxed);
  return {mallocs.load(std::memory_order_relaxed), frees.load(std::memory_order_relaxed),
          bytes.load(std::memory_order_relaxed), live < 0 ? 0 : uint64_t(live)};
}

}  // namespace goxx::pkg::runtime

using goxx::pkg::runtime::countedAlloc;
using goxx::pkg::runtime::countedFree;

void* operator new(std::size_t n) {
  if (void* p = countedAlloc(n, 0)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return countedAlloc(n, 0); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return countedAlloc(n, 0); }
void* operator new(std::size_t n, std::align_val_t a) {
  if (void* p = countedAlloc(n, std::size_t(a))) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t a) { return operator new(n, a); }
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept { return countedAlloc(n, std::size_t(a)); }
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return countedAlloc(n, std::size_t(a));
}

void operator delete(void* p) noexcept { countedFree(p); }
void operator delete[](void* p) noexcept { countedFree(p); }
void operator delete(void* p, std::size_t) noexcept { countedFree(p); }
void operator delete[](void* p, std::size_t) noexcept { countedFree(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { countedFree(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { countedFree(p); }
void operator delete(void* p, std::align_val_t) noexcept { countedFree(p); }
void operator delete[](void* p, std::align_val_t) noexcept { countedFree(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { countedFree(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { countedFree(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { countedFree(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { countedFree(p); }
