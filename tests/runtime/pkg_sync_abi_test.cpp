// Every //goxx:extern of compiler/stdlib/sync/sync.gox and sync/atomic/atomic.gox, checked against
// docs/ABI.md (see pkg_abi_check.h).
#include <doctest/doctest.h>

#include <tuple>

#include "goxx/pkg/sync.h"
#include "goxx/pkg/sync_atomic.h"
#include "pkg_abi_check.h"

namespace {
using namespace goxx;
namespace s = goxx::pkg::sync;
namespace a = goxx::pkg::sync_atomic;

static_assert(std::is_base_of_v<Any, s::Locker>);
GOXX_ABI_FUNC(s::Mutex_Lock, void(s::Mutex*));
GOXX_ABI_FUNC(s::Mutex_Unlock, void(s::Mutex*));
GOXX_ABI_FUNC(s::Mutex_TryLock, bool(s::Mutex*));
GOXX_ABI_FUNC(s::RWMutex_Lock, void(s::RWMutex*));
GOXX_ABI_FUNC(s::RWMutex_Unlock, void(s::RWMutex*));
GOXX_ABI_FUNC(s::RWMutex_RLock, void(s::RWMutex*));
GOXX_ABI_FUNC(s::RWMutex_RUnlock, void(s::RWMutex*));
GOXX_ABI_FUNC(s::RWMutex_TryLock, bool(s::RWMutex*));
GOXX_ABI_FUNC(s::RWMutex_TryRLock, bool(s::RWMutex*));
GOXX_ABI_FUNC(s::RWMutex_RLocker, s::Locker(s::RWMutex*));
GOXX_ABI_FUNC(s::WaitGroup_Add, void(s::WaitGroup*, Int));
GOXX_ABI_FUNC(s::WaitGroup_Done, void(s::WaitGroup*));
GOXX_ABI_FUNC(s::WaitGroup_Wait, void(s::WaitGroup*));
GOXX_ABI_FUNC(s::Once_Do, void(s::Once*, Func<void()>));
GOXX_ABI_FUNC(s::NewCond, Ptr<s::Cond>(s::Locker));
GOXX_ABI_FUNC(s::Cond_Wait, void(s::Cond*));
GOXX_ABI_FUNC(s::Cond_Signal, void(s::Cond*));
GOXX_ABI_FUNC(s::Cond_Broadcast, void(s::Cond*));
static_assert(std::is_same_v<decltype(s::Cond::L), s::Locker>);
GOXX_ABI_FUNC(s::Map_Load, std::tuple<Any, bool>(s::Map*, Any));
GOXX_ABI_FUNC(s::Map_Store, void(s::Map*, Any, Any));
GOXX_ABI_FUNC(s::Map_LoadOrStore, std::tuple<Any, bool>(s::Map*, Any, Any));
GOXX_ABI_FUNC(s::Map_LoadAndDelete, std::tuple<Any, bool>(s::Map*, Any));
GOXX_ABI_FUNC(s::Map_Delete, void(s::Map*, Any));
GOXX_ABI_FUNC(s::Map_Swap, std::tuple<Any, bool>(s::Map*, Any, Any));
GOXX_ABI_FUNC(s::Map_CompareAndSwap, bool(s::Map*, Any, Any, Any));
GOXX_ABI_FUNC(s::Map_Range, void(s::Map*, Func<bool(Any, Any)>));
GOXX_ABI_FUNC(s::Pool_Get, Any(s::Pool*));
GOXX_ABI_FUNC(s::Pool_Put, void(s::Pool*, Any));
static_assert(std::is_same_v<decltype(s::Pool::New), Func<Any()>>);
GOXX_ABI_FUNC(s::OnceFunc, Func<void()>(Func<void()>));

#define GOXX_ABI_ATOMIC_FUNCS(Name, T)                                  \
  GOXX_ABI_FUNC(a::Add##Name, T(Ptr<T>, T));                            \
  GOXX_ABI_FUNC(a::Load##Name, T(Ptr<T>));                              \
  GOXX_ABI_FUNC(a::Store##Name, void(Ptr<T>, T));                       \
  GOXX_ABI_FUNC(a::Swap##Name, T(Ptr<T>, T));                           \
  GOXX_ABI_FUNC(a::CompareAndSwap##Name, bool(Ptr<T>, T, T));           \
  GOXX_ABI_FUNC(a::Name##_Load, T(a::Atomic##Name*));                   \
  GOXX_ABI_FUNC(a::Name##_Store, void(a::Atomic##Name*, T));            \
  GOXX_ABI_FUNC(a::Name##_Swap, T(a::Atomic##Name*, T));                \
  GOXX_ABI_FUNC(a::Name##_CompareAndSwap, bool(a::Atomic##Name*, T, T)); \
  GOXX_ABI_FUNC(a::Name##_Add, T(a::Atomic##Name*, T));
GOXX_ABI_ATOMIC_FUNCS(Int32, Int32)
GOXX_ABI_ATOMIC_FUNCS(Int64, Int64)
GOXX_ABI_ATOMIC_FUNCS(Uint32, Uint32)
GOXX_ABI_ATOMIC_FUNCS(Uint64, Uint64)
#undef GOXX_ABI_ATOMIC_FUNCS
GOXX_ABI_FUNC(a::Bool_Load, bool(a::AtomicBool*));
GOXX_ABI_FUNC(a::Bool_Store, void(a::AtomicBool*, bool));
GOXX_ABI_FUNC(a::Bool_Swap, bool(a::AtomicBool*, bool));
GOXX_ABI_FUNC(a::Bool_CompareAndSwap, bool(a::AtomicBool*, bool, bool));
GOXX_ABI_FUNC(a::Value_Load, Any(a::Value*));
GOXX_ABI_FUNC(a::Value_Store, void(a::Value*, Any));
GOXX_ABI_FUNC(a::Value_Swap, Any(a::Value*, Any));
GOXX_ABI_FUNC(a::Value_CompareAndSwap, bool(a::Value*, Any, Any));
}  // namespace

TEST_CASE("sync's and sync/atomic's extern types: zero values, copies, == and descriptors") {
  using goxx::test::abiType;
  CHECK(abiType<s::Mutex, true>()->name == "sync.Mutex");
  CHECK(abiType<s::RWMutex, true>()->name == "sync.RWMutex");
  CHECK(abiType<s::WaitGroup, true>()->name == "sync.WaitGroup");
  CHECK(abiType<s::Once, true>()->name == "sync.Once");
  CHECK(abiType<s::Cond, true>()->name == "sync.Cond");
  CHECK(abiType<s::Map, false>()->name == "sync.Map");
  CHECK(abiType<s::Pool, false>()->name == "sync.Pool");
  CHECK(abiType<s::Locker, true>()->name == "sync.Locker");
  CHECK(abiType<a::AtomicInt32, true>()->name == "atomic.Int32");
  CHECK(abiType<a::AtomicInt64, true>()->name == "atomic.Int64");
  CHECK(abiType<a::AtomicUint32, true>()->name == "atomic.Uint32");
  CHECK(abiType<a::AtomicUint64, true>()->name == "atomic.Uint64");
  CHECK(abiType<a::AtomicBool, true>()->name == "atomic.Bool");
  CHECK(abiType<a::Value, true>()->name == "atomic.Value");
  CHECK(implements(typeOf<Ptr<s::Mutex>>(), typeOf<s::Locker>()));
  CHECK(implements(typeOf<Ptr<s::RWMutex>>(), typeOf<s::Locker>()));
  CHECK_FALSE(implements(typeOf<s::Mutex>(), typeOf<s::Locker>()));
  // A copied Mutex copies its state, as copying a Go struct does.
  s::Mutex m;
  m.Lock();
  s::Mutex copy = m;
  CHECK_FALSE(copy.TryLock());
  m.Unlock();
}
