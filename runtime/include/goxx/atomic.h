// goxx/atomic.h — Go's package sync/atomic.
//
// Consumes: panic.h, sched.h (SpinLock). Produces, in namespace goxx::atomic with Go's names:
//   * the functions AddT, LoadT, StoreT, SwapT, CompareAndSwapT for T = Int32, Int64, Uint32, Uint64,
//     Uintptr, operating on a plain variable through its address (as `atomic.AddInt64(&n, 1)`);
//   * the types Int32, Int64, Uint32, Uint64, Uintptr, Bool, Pointer<T> with Load/Store/Swap/CompareAndSwap
//     (and Add for the integers), zero-value ready;
//   * Value, see below.
// Every operation is sequentially consistent, as Go's memory model specifies for sync/atomic. Add wraps
// around on overflow (two's complement), as Go's does. Functions return what Go's return: Add the new value,
// Swap the old one.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <typeinfo>
#include <utility>

#include "goxx/panic.h"
#include "goxx/sched.h"

namespace goxx::atomic {

namespace detail {
template <class T>
T add(T* addr, T delta) {
  using U = std::make_unsigned_t<T>;
  const T old = std::atomic_ref<T>(*addr).fetch_add(delta);
  return T(U(old) + U(delta));
}
}  // namespace detail

#define GOXX_ATOMIC_FUNCTIONS(Name, T)                                                                   \
  inline T Add##Name(T* addr, T delta) { return detail::add<T>(addr, delta); }                          \
  inline T Load##Name(T* addr) { return std::atomic_ref<T>(*addr).load(); }                             \
  inline void Store##Name(T* addr, T v) { std::atomic_ref<T>(*addr).store(v); }                         \
  inline T Swap##Name(T* addr, T v) { return std::atomic_ref<T>(*addr).exchange(v); }                   \
  inline bool CompareAndSwap##Name(T* addr, T old, T v) {                                               \
    return std::atomic_ref<T>(*addr).compare_exchange_strong(old, v);                                   \
  }
GOXX_ATOMIC_FUNCTIONS(Int32, int32_t)
GOXX_ATOMIC_FUNCTIONS(Int64, int64_t)
GOXX_ATOMIC_FUNCTIONS(Uint32, uint32_t)
GOXX_ATOMIC_FUNCTIONS(Uint64, uint64_t)
GOXX_ATOMIC_FUNCTIONS(Uintptr, uintptr_t)
#undef GOXX_ATOMIC_FUNCTIONS

// The shared shape of atomic.Bool, atomic.Pointer[T] and the integer types. Copying copies the value, like
// copying a Go struct (Go's vet forbids it after first use; we do not check).
template <class T>
class Cell {
 public:
  Cell() noexcept = default;
  Cell(const Cell& o) noexcept : v_(o.v_.load()) {}
  Cell& operator=(const Cell& o) noexcept {
    v_.store(o.v_.load());
    return *this;
  }
  T Load() const noexcept { return v_.load(); }
  void Store(T v) noexcept { v_.store(v); }
  T Swap(T v) noexcept { return v_.exchange(v); }
  bool CompareAndSwap(T old, T v) noexcept { return v_.compare_exchange_strong(old, v); }
  // Go's atomic types are comparable structs: == compares the values.
  friend bool operator==(const Cell& a, const Cell& b) noexcept { return a.v_.load() == b.v_.load(); }

 protected:
  std::atomic<T> v_{};
};

template <class T>
class Integer : public Cell<T> {
 public:
  T Add(T delta) noexcept {
    using U = std::make_unsigned_t<T>;
    return T(U(this->v_.fetch_add(delta)) + U(delta));
  }
};

using Int32 = Integer<int32_t>;
using Int64 = Integer<int64_t>;
using Uint32 = Integer<uint32_t>;
using Uint64 = Integer<uint64_t>;
using Uintptr = Integer<uintptr_t>;
using Bool = Cell<bool>;
template <class T>
using Pointer = Cell<T*>;

// atomic.Value. Go's Value holds an `any`; here Store and Load name the C++ type, and the Value remembers
// the type of its first Store. Go's rules carry over:
//   Store/Swap/CompareAndSwap of another type -> panic "sync/atomic: store of inconsistently typed value
//                                                into Value" (resp. "swap of", "compare and swap of")
//   Store(nullptr) / Swap(nullptr)            -> panic "sync/atomic: store of nil value into Value"
//                                                (resp. "swap of nil value")
//   Load before any Store                     -> Go's nil: Load(T*) returns false, Load<T>() the zero value
//   Load<T> of a type other than the stored one panics "interface conversion: sync/atomic: Value holds a
//   different type" (Go's failed type assertion on the loaded `any`).
// Stored values are immutable boxes shared by all loaders; the lock only guards swapping the box pointer.
class Value {
 public:
  Value() noexcept = default;
  Value(const Value& o) : box_(o.snapshot()) {}
  Value& operator=(const Value& o) {
    std::shared_ptr<const Box> b = o.snapshot();
    lock_.lock();
    box_.swap(b);
    lock_.unlock();
    return *this;  // the old box is released outside the lock, when b goes away
  }

  template <class T>
  void Store(T v) {
    std::shared_ptr<const Box> b = std::make_shared<TypedBox<T>>(std::move(v));
    lock_.lock();
    if (box_ != nullptr && *box_->type != typeid(T)) {
      lock_.unlock();
      panicString("sync/atomic: store of inconsistently typed value into Value");
    }
    box_.swap(b);
    lock_.unlock();
  }
  void Store(std::nullptr_t) { panicString("sync/atomic: store of nil value into Value"); }

  template <class T>
  bool Load(T* out) const {
    std::shared_ptr<const Box> b = snapshot();
    if (b == nullptr) return false;
    *out = unbox<T>(*b);
    return true;
  }
  template <class T>
  T Load() const {
    T v{};
    Load(&v);
    return v;
  }

  // Returns the previous value (the zero value if there was none; see Load(T*) to tell them apart).
  template <class T>
  T Swap(T v) {
    std::shared_ptr<const Box> b = std::make_shared<TypedBox<T>>(std::move(v));
    lock_.lock();
    if (box_ != nullptr && *box_->type != typeid(T)) {
      lock_.unlock();
      panicString("sync/atomic: swap of inconsistently typed value into Value");
    }
    box_.swap(b);
    lock_.unlock();
    return b == nullptr ? T{} : unbox<T>(*b);
  }
  void Swap(std::nullptr_t) { panicString("sync/atomic: swap of nil value into Value"); }

  // Stores v if the current value is of type T and equals old.
  template <class T>
  bool CompareAndSwap(const T& old, T v) {
    std::shared_ptr<const Box> b = std::make_shared<TypedBox<T>>(std::move(v));
    lock_.lock();
    if (box_ != nullptr && *box_->type != typeid(T)) {
      lock_.unlock();
      panicString("sync/atomic: compare and swap of inconsistently typed value into Value");
    }
    if (box_ == nullptr || !(static_cast<const TypedBox<T>&>(*box_).value == old)) {
      lock_.unlock();
      return false;
    }
    box_.swap(b);
    lock_.unlock();
    return true;
  }

 private:
  struct Box {
    explicit Box(const std::type_info* t) : type(t) {}
    virtual ~Box() = default;
    const std::type_info* type;
  };
  template <class T>
  struct TypedBox final : Box {
    explicit TypedBox(T v) : Box(&typeid(T)), value(std::move(v)) {}
    T value;
  };

  template <class T>
  static const T& unbox(const Box& b) {
    if (*b.type != typeid(T)) panicString("interface conversion: sync/atomic: Value holds a different type");
    return static_cast<const TypedBox<T>&>(b).value;
  }
  std::shared_ptr<const Box> snapshot() const {
    lock_.lock();
    std::shared_ptr<const Box> b = box_;
    lock_.unlock();
    return b;
  }

  mutable SpinLock lock_;
  std::shared_ptr<const Box> box_;
};

}  // namespace goxx::atomic
