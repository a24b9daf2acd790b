// goxx/value/refcount.h — the reference-counted heap block under every Go reference value.
//
// Consumes: nothing. Produces: RcHeader (the control block: an atomic count and a destroy function),
// rcRetain/rcRelease, RcCell<T> (one heap T: new(T), escaping variables, interface boxes) and RcArray<T>
// (a heap array of T: backing arrays of slices, string bytes).
//
// Ownership: every handle (String, Slice, Ptr, Map, Func, Any) that holds an RcHeader* owns one count.
// The count is atomic because handles are copied between goroutines running on different threads; the data
// behind it is not synchronized (a race on a Go value is the program's bug, as in Go). The last release
// runs `destroy`, which destroys the payload and frees the memory; acquire/release ordering on the count
// makes every write to the payload happen-before its destruction.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace goxx {

struct RcHeader {
  std::atomic<int64_t> refs{1};
  void (*destroy)(RcHeader* self) noexcept = nullptr;
};

inline void rcRetain(RcHeader* h) noexcept {
  if (h != nullptr) h->refs.fetch_add(1, std::memory_order_relaxed);
}

inline void rcRelease(RcHeader* h) noexcept {
  if (h == nullptr) return;
  if (h->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) h->destroy(h);
}

// One heap-allocated T with its control block. Created with one reference owned by the caller.
template <class T>
struct RcCell : RcHeader {
  T value;

  template <class... Args>
  explicit RcCell(Args&&... args) : value(std::forward<Args>(args)...) {
    destroy = [](RcHeader* self) noexcept { delete static_cast<RcCell*>(self); };
  }

  template <class... Args>
  static RcCell* make(Args&&... args) {
    return new RcCell(std::forward<Args>(args)...);
  }
};

// A heap array of `count` T, every element constructed (value-initialized: Go's zero value), allocated in
// one block after the header. Created with one reference owned by the caller.
template <class T>
struct RcArray : RcHeader {
  int64_t count = 0;

  static constexpr size_t elemOffset() {
    return (sizeof(RcArray) + alignof(T) - 1) / alignof(T) * alignof(T);
  }
  static constexpr size_t blockAlign() { return alignof(T) > alignof(RcArray) ? alignof(T) : alignof(RcArray); }

  T* elems() noexcept { return reinterpret_cast<T*>(reinterpret_cast<char*>(this) + elemOffset()); }

  // Allocates room for n elements and value-initializes them. Throws std::bad_alloc if n is too large.
  static RcArray* make(int64_t n) {
    size_t bytes = elemOffset() + static_cast<size_t>(n) * sizeof(T);
    void* mem = ::operator new(bytes, std::align_val_t(blockAlign()));
    RcArray* a = ::new (mem) RcArray();
    a->destroy = &destroyArray;
    T* e = a->elems();
    int64_t built = 0;
    try {
      for (; built < n; ++built) ::new (e + built) T();
    } catch (...) {
      a->count = built;
      destroyArray(a);
      throw;
    }
    a->count = n;
    return a;
  }

 private:
  static void destroyArray(RcHeader* self) noexcept {
    RcArray* a = static_cast<RcArray*>(self);
    T* e = a->elems();
    for (int64_t i = a->count; i-- > 0;) e[i].~T();
    a->~RcArray();
    ::operator delete(static_cast<void*>(a), std::align_val_t(blockAlign()));
  }
};

}  // namespace goxx
