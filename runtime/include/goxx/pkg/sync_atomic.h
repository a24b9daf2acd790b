// goxx/pkg/sync_atomic.h — package sync/atomic as generated code calls it (docs/ABI.md,
// compiler/stdlib/sync/atomic/atomic.gox).
//
// Consumes: goxx/atomic.h, goxx/value.h. Produces, in goxx::pkg::sync_atomic:
//   * the functions AddT/LoadT/StoreT/SwapT/CompareAndSwapT on a Go pointer (Ptr<T>; nil panics with Go's
//     nil-dereference error, as the hardware fault does in Go);
//   * the types Int32, Int64, Uint32, Uint64, Bool (goxx::atomic's cells) and Value (an `any` under a spin
//     lock, with Go's panics), their methods as free functions `Type_Method(x*, args...)`.
// Every operation is sequentially consistent, as Go's memory model specifies for sync/atomic.
#pragma once

#include "goxx/atomic.h"
#include "goxx/value.h"

namespace goxx::pkg::sync_atomic {

Int32 AddInt32(Ptr<Int32> addr, Int32 delta);
Int64 AddInt64(Ptr<Int64> addr, Int64 delta);
Uint32 AddUint32(Ptr<Uint32> addr, Uint32 delta);
Uint64 AddUint64(Ptr<Uint64> addr, Uint64 delta);
Int32 LoadInt32(Ptr<Int32> addr);
Int64 LoadInt64(Ptr<Int64> addr);
Uint32 LoadUint32(Ptr<Uint32> addr);
Uint64 LoadUint64(Ptr<Uint64> addr);
void StoreInt32(Ptr<Int32> addr, Int32 val);
void StoreInt64(Ptr<Int64> addr, Int64 val);
void StoreUint32(Ptr<Uint32> addr, Uint32 val);
void StoreUint64(Ptr<Uint64> addr, Uint64 val);
Int32 SwapInt32(Ptr<Int32> addr, Int32 val);
Int64 SwapInt64(Ptr<Int64> addr, Int64 val);
Uint32 SwapUint32(Ptr<Uint32> addr, Uint32 val);
Uint64 SwapUint64(Ptr<Uint64> addr, Uint64 val);
bool CompareAndSwapInt32(Ptr<Int32> addr, Int32 old, Int32 val);
bool CompareAndSwapInt64(Ptr<Int64> addr, Int64 old, Int64 val);
bool CompareAndSwapUint32(Ptr<Uint32> addr, Uint32 old, Uint32 val);
bool CompareAndSwapUint64(Ptr<Uint64> addr, Uint64 old, Uint64 val);

// The atomic types (names qualified: Int32 etc. above are goxx's plain integer types).
using AtomicInt32 = ::goxx::atomic::Int32;
using AtomicInt64 = ::goxx::atomic::Int64;
using AtomicUint32 = ::goxx::atomic::Uint32;
using AtomicUint64 = ::goxx::atomic::Uint64;
using AtomicBool = ::goxx::atomic::Bool;

#define GOXX_PKG_ATOMIC_INTEGER_METHODS(Name, T)           \
  T Name##_Load(Atomic##Name* x);                          \
  void Name##_Store(Atomic##Name* x, T val);               \
  T Name##_Swap(Atomic##Name* x, T val);                   \
  bool Name##_CompareAndSwap(Atomic##Name* x, T old, T val); \
  T Name##_Add(Atomic##Name* x, T delta);
GOXX_PKG_ATOMIC_INTEGER_METHODS(Int32, Int32)
GOXX_PKG_ATOMIC_INTEGER_METHODS(Int64, Int64)
GOXX_PKG_ATOMIC_INTEGER_METHODS(Uint32, Uint32)
GOXX_PKG_ATOMIC_INTEGER_METHODS(Uint64, Uint64)
#undef GOXX_PKG_ATOMIC_INTEGER_METHODS

bool Bool_Load(AtomicBool* x);
void Bool_Store(AtomicBool* x, bool val);
bool Bool_Swap(AtomicBool* x, bool val);
bool Bool_CompareAndSwap(AtomicBool* x, bool old, bool val);

// atomic.Value: all stores must have the same dynamic type. Go's panics:
//   Store(nil) "sync/atomic: store of nil value into Value", another type "sync/atomic: store of
//   inconsistently typed value into Value" (Swap: "swap of ...", CompareAndSwap: "compare and swap of ...";
//   CompareAndSwap(old, new) with old's type != new's "sync/atomic: compare and swap of inconsistently typed
//   values").
class Value {
 public:
  Value() noexcept = default;
  Value(const Value& o) : v_(o.load()) {}
  Value& operator=(const Value& o);
  friend bool operator==(const Value& a, const Value& b) { return a.load() == b.load(); }

  Any load() const;
  void store(Any val);
  Any swap(Any val);
  bool compareAndSwap(const Any& old, Any val);

 private:
  mutable SpinLock lock_;
  Any v_;
  uint64_t stores_ = 0;  // guarded by lock_: bumped by every change of v_ (CompareAndSwap's recheck)
};
Any Value_Load(Value* v);
void Value_Store(Value* v, Any val);
Any Value_Swap(Value* v, Any val);
bool Value_CompareAndSwap(Value* v, Any old, Any val);

}  // namespace goxx::pkg::sync_atomic

namespace goxx {
#define GOXX_PKG_ATOMIC_TYPE(T) \
  template <>                   \
  struct TypeOf<T> {            \
    static const TypeDesc* get(); \
  };
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicInt32)
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicInt64)
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicUint32)
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicUint64)
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicBool)
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::Value)
#undef GOXX_PKG_ATOMIC_TYPE
}  // namespace goxx
