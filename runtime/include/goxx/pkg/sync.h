// goxx/pkg/sync.h — package sync as generated code calls it (docs/ABI.md, compiler/stdlib/sync/sync.gox).
//
// Consumes: goxx/sync.h (the lock, wait-group, once and notify-list implementations), goxx/value.h.
// Produces, in goxx::pkg::sync, the C++ entity named by every //goxx:extern of sync.gox:
//   * Locker: the interface type (an Any whose dynamic value has Lock and Unlock);
//   * Mutex, RWMutex, WaitGroup, Once: goxx::sync's types (copyable, copies copy the state words);
//     *Mutex and *RWMutex implement Locker (their descriptors carry the method tables);
//   * Cond (its field L is Go's L), Map, Pool (its field New is Go's New), OnceFunc.
// Methods are free functions `Type_Method(receiver, args...)` taking the receiver as a raw pointer (never
// null). RWMutex_RLocker's result refers to the RWMutex by that raw pointer: the RWMutex must outlive it
// (it does when it is a package variable or lives in a heap object the program still uses).
#pragma once

#include <exception>
#include <tuple>
#include <vector>

#include "goxx/sync.h"
#include "goxx/value.h"

namespace goxx::pkg::sync {

// sync.Locker: interface { Lock(); Unlock() }.
class Locker : public Any {
 public:
  using Any::Any;
  Locker() noexcept = default;
  explicit Locker(const Any& a) : Any(a) {}
};

// Calls l.Lock() / l.Unlock() through the interface (nil panics with Go's nil-dereference error).
void lockerLock(const Locker& l);
void lockerUnlock(const Locker& l);

using Mutex = ::goxx::sync::Mutex;
void Mutex_Lock(Mutex* m);
void Mutex_Unlock(Mutex* m);
bool Mutex_TryLock(Mutex* m);

using RWMutex = ::goxx::sync::RWMutex;
void RWMutex_Lock(RWMutex* rw);
void RWMutex_Unlock(RWMutex* rw);
void RWMutex_RLock(RWMutex* rw);
void RWMutex_RUnlock(RWMutex* rw);
bool RWMutex_TryLock(RWMutex* rw);
bool RWMutex_TryRLock(RWMutex* rw);
Locker RWMutex_RLocker(RWMutex* rw);

// The dynamic value of RLocker()'s result (Go's *sync.rlocker): locks rw for reading.
struct ReadLocker {
  RWMutex* rw = nullptr;
  friend bool operator==(const ReadLocker&, const ReadLocker&) = default;
};

using WaitGroup = ::goxx::sync::WaitGroup;
void WaitGroup_Add(WaitGroup* wg, Int delta);
void WaitGroup_Done(WaitGroup* wg);
void WaitGroup_Wait(WaitGroup* wg);

using Once = ::goxx::sync::Once;
void Once_Do(Once* o, Func<void()> f);

// sync.Cond. Copying copies L and starts an empty wait list (Go panics "sync.Cond is copied" when a copy
// is used after the original was; goxx does not detect it).
struct Cond {
  Cond() = default;
  Cond(const Cond& o) : L(o.L) {}
  Cond& operator=(const Cond& o) {
    L = o.L;
    return *this;
  }
  // Go compares L and the wait list's tickets; goxx compares L.
  friend bool operator==(const Cond& a, const Cond& b) { return a.L == b.L; }

  Locker L;
  ::goxx::sync::Cond impl;
};
Ptr<Cond> NewCond(Locker l);
void Cond_Wait(Cond* c);
void Cond_Signal(Cond* c);
void Cond_Broadcast(Cond* c);

// sync.Map: a mutex-guarded map from any to any. Keys follow map rules (an unhashable key panics
// "runtime error: hash of unhashable type []int"). Range calls f on a snapshot taken under the lock, so
// f may use the Map; a key deleted meanwhile is still visited (Go allows either).
class Map {
 public:
  Map() = default;
  Map(const Map& o);
  Map& operator=(const Map& o);

  std::tuple<Any, bool> load(const Any& key);
  void store(const Any& key, const Any& value);
  std::tuple<Any, bool> loadOrStore(const Any& key, const Any& value);
  std::tuple<Any, bool> loadAndDelete(const Any& key);
  std::tuple<Any, bool> swap(const Any& key, const Any& value);
  bool compareAndSwap(const Any& key, const Any& old, const Any& value);
  void range(const Func<bool(Any, Any)>& f);

 private:
  Mutex mu_;
  goxx::Map<Any, Any> entries_;
};
std::tuple<Any, bool> Map_Load(Map* m, Any key);
void Map_Store(Map* m, Any key, Any value);
std::tuple<Any, bool> Map_LoadOrStore(Map* m, Any key, Any value);
std::tuple<Any, bool> Map_LoadAndDelete(Map* m, Any key);
void Map_Delete(Map* m, Any key);
std::tuple<Any, bool> Map_Swap(Map* m, Any key, Any value);
bool Map_CompareAndSwap(Map* m, Any key, Any old, Any value);
void Map_Range(Map* m, Func<bool(Any, Any)> f);

// sync.Pool: Get returns the most recently Put value (LIFO), else New() (or nil without New). Like Go's,
// the pool may drop values at any time; goxx never does.
struct Pool {
  Pool() = default;
  Pool(const Pool& o) : New(o.New) {}
  Pool& operator=(const Pool& o) {
    New = o.New;
    return *this;
  }

  Func<Any()> New;
  Mutex mu;
  std::vector<Any> items;
};
Any Pool_Get(Pool* p);
void Pool_Put(Pool* p, Any x);

// sync.OnceFunc (Go 1.21): the result calls f once; if f panicked, every call panics with the same value.
Func<void()> OnceFunc(Func<void()> f);

}  // namespace goxx::pkg::sync

namespace goxx {

#define GOXX_PKG_SYNC_TYPE(T)  \
  template <>                  \
  struct TypeOf<T> {           \
    static const TypeDesc* get(); \
  };
GOXX_PKG_SYNC_TYPE(pkg::sync::Locker)
GOXX_PKG_SYNC_TYPE(pkg::sync::Mutex)
GOXX_PKG_SYNC_TYPE(Ptr<pkg::sync::Mutex>)
GOXX_PKG_SYNC_TYPE(pkg::sync::RWMutex)
GOXX_PKG_SYNC_TYPE(Ptr<pkg::sync::RWMutex>)
GOXX_PKG_SYNC_TYPE(pkg::sync::ReadLocker)
GOXX_PKG_SYNC_TYPE(pkg::sync::WaitGroup)
GOXX_PKG_SYNC_TYPE(pkg::sync::Once)
GOXX_PKG_SYNC_TYPE(pkg::sync::Cond)
GOXX_PKG_SYNC_TYPE(pkg::sync::Map)
GOXX_PKG_SYNC_TYPE(pkg::sync::Pool)
#undef GOXX_PKG_SYNC_TYPE

}  // namespace goxx
