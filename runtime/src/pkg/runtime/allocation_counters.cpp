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

// Under ASan/TSan the sanitizer runtime owns operator new/delete (replacing them again is a duplicate
// definition); there the counters come from the sanitizer's allocation hooks instead.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GOXX_SANITIZER_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define GOXX_SANITIZER_ALLOCATOR 1
#endif
#endif
#ifdef GOXX_SANITIZER_ALLOCATOR
#include <sanitizer/allocator_interface.h>
#endif

namespace goxx::pkg::runtime {
namespace {
std::atomic<uint64_t> mallocs{0};
std::atomic<uint64_t> frees{0};
std::atomic<uint64_t> bytes{0};
std::atomic<int64_t> liveBytes{0};

[[maybe_unused]] void* countedAlloc(std::size_t n, std::size_t align) {
  if (n == 0) n = 1;
  void* p = align <= alignof(std::max_align_t) ? std::malloc(n) : std::aligned_alloc(align, (n + align - 1) / align * align);
  if (p != nullptr) {
    mallocs.fetch_add(1, std::memory_order_relaxed);
    bytes.fetch_add(n, std::memory_order_relaxed);
    liveBytes.fetch_add(int64_t(malloc_usable_size(p)), std::memory_order_relaxed);
  }
  return p;
}

[[maybe_unused]] void countedFree(void* p) {
  if (p == nullptr) return;
  frees.fetch_add(1, std::memory_order_relaxed);
  liveBytes.fetch_sub(int64_t(malloc_usable_size(p)), std::memory_order_relaxed);
  std::free(p);
}
}  // namespace

#ifdef GOXX_SANITIZER_ALLOCATOR
void onMalloc(const volatile void*, std::size_t n) {
  mallocs.fetch_add(1, std::memory_order_relaxed);
  bytes.fetch_add(n, std::memory_order_relaxed);
}
void onFree(const volatile void*) { frees.fetch_add(1, std::memory_order_relaxed); }
[[maybe_unused]] const int hooksInstalled = __sanitizer_install_malloc_and_free_hooks(&onMalloc, &onFree);
#endif

AllocationCounts allocationCounts() {
#ifdef GOXX_SANITIZER_ALLOCATOR
  liveBytes.store(int64_t(__sanitizer_get_current_allocated_bytes()), std::memory_order_relaxed);
#endif
  const int64_t live = liveBytes.load(std::memory_order_relaxed);
  return {mallocs.load(std::memory_order_relaxed), frees.load(std::memory_order_relaxed),
          bytes.load(std::memory_order_relaxed), live < 0 ? 0 : uint64_t(live)};
}

}  // namespace goxx::pkg::runtime

#ifndef GOXX_SANITIZER_ALLOCATOR
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
#endif  // GOXX_SANITIZER_ALLOCATOR
