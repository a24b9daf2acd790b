// Packages sync and sync/atomic through their //goxx:extern entry points (goxx/pkg/sync.h,
// goxx/pkg/sync_atomic.h). Panic texts and results are go1.19's for the same calls; Map.Swap /
// CompareAndSwap and OnceFunc (Go 1.20/1.21) follow their documentation.
#include <doctest/doctest.h>

#include <string>

#include "goxx/goroutine.h"
#include "goxx/pkg/sync.h"
#include "goxx/pkg/sync_atomic.h"
#include "panic_text.h"

namespace s = goxx::pkg::sync;
namespace a = goxx::pkg::sync_atomic;
using goxx::Any;
using goxx::Int;
using goxx::String;
using goxx::test::panicText;

TEST_CASE("sync: *Mutex and RLocker's result are Lockers; Locker calls go through the interface") {
  goxx::Ptr<s::Mutex> mu = goxx::newPtr<s::Mutex>();
  s::Locker l{Any(mu)};
  CHECK(l.type()->name == "*sync.Mutex");
  s::lockerLock(l);
  CHECK_FALSE(s::Mutex_TryLock(mu.get()));
  s::lockerUnlock(l);
  CHECK(s::Mutex_TryLock(mu.get()));
  s::Mutex_Unlock(mu.get());

  s::RWMutex rw;
  s::Locker r = s::RWMutex_RLocker(&rw);
  CHECK(r.type()->name == "*sync.rlocker");
  s::lockerLock(r);
  CHECK(s::RWMutex_TryRLock(&rw));  // readers share
  CHECK_FALSE(s::RWMutex_TryLock(&rw));
  s::RWMutex_RUnlock(&rw);
  s::lockerUnlock(r);
  CHECK(s::RWMutex_TryLock(&rw));
  s::RWMutex_Unlock(&rw);
  CHECK(panicText([] { s::lockerLock(s::Locker()); }) == "runtime error: invalid memory address or nil pointer dereference");
}

TEST_CASE("sync: WaitGroup, Once and Cond with goroutines") {
  goxx::Ptr<s::WaitGroup> wg = goxx::newPtr<s::WaitGroup>();
  goxx::Ptr<s::Mutex> mu = goxx::newPtr<s::Mutex>();
  goxx::Ptr<Int> count = goxx::newPtr<Int>(0);
  goxx::Ptr<s::Once> once = goxx::newPtr<s::Once>();
  goxx::Ptr<Int> onceRuns = goxx::newPtr<Int>(0);
  for (int i = 0; i < 20; i++) {
    s::WaitGroup_Add(wg.get(), 1);
    goxx::go([=] {
      s::Mutex_Lock(mu.get());
      ++*count;
      s::Mutex_Unlock(mu.get());
      s::Once_Do(once.get(), [onceRuns] { ++*onceRuns; });
      s::WaitGroup_Done(wg.get());
    });
  }
  s::WaitGroup_Wait(wg.get());
  CHECK(*count == 20);
  CHECK(*onceRuns == 1);
  CHECK(panicText([] {
          s::WaitGroup w;
          s::WaitGroup_Add(&w, -1);
        }) == "sync: negative WaitGroup counter");

  goxx::Ptr<s::Cond> cond = s::NewCond(s::Locker(Any(mu)));
  goxx::Ptr<Int> ready = goxx::newPtr<Int>(0);
  goxx::Ptr<Int> woken = goxx::newPtr<Int>(0);
  goxx::Chan<int> finished = goxx::makeChan<int>(3);
  for (int i = 0; i < 3; i++) {
    goxx::go([=] {
      s::lockerLock(cond->L);
      while (*ready == 0) s::Cond_Wait(cond.get());
      ++*woken;
      s::lockerUnlock(cond->L);
      finished.send(1);
    });
  }
  s::Mutex_Lock(mu.get());
  *ready = 1;
  s::Cond_Broadcast(cond.get());
  s::Mutex_Unlock(mu.get());
  for (int i = 0; i < 3; i++) finished.recv();
  CHECK(*woken == 3);
  s::Cond_Signal(cond.get());  // nobody waits: a no-op
}

TEST_CASE("sync.Map operations and their results") {
  s::Map m;
  auto [v1, loaded1] = s::Map_LoadOrStore(&m, Any(String("a")), Any(Int(1)));
  CHECK((v1 == Any(Int(1)) && !loaded1));
  auto [v2, loaded2] = s::Map_LoadOrStore(&m, Any(String("a")), Any(Int(2)));
  CHECK((v2 == Any(Int(1)) && loaded2));
  auto [prev, had] = s::Map_Swap(&m, Any(String("a")), Any(Int(3)));
  CHECK((prev == Any(Int(1)) && had));
  CHECK(s::Map_CompareAndSwap(&m, Any(String("a")), Any(Int(3)), Any(Int(4))));
  CHECK_FALSE(s::Map_CompareAndSwap(&m, Any(String("a")), Any(Int(3)), Any(Int(5))));
  s::Map_Store(&m, Any(String("b")), Any(Int(10)));
  Int sum = 0, visits = 0;
  s::Map_Range(&m, [&](Any, Any v) {
    sum += v.as<Int>();
    ++visits;
    return true;
  });
  CHECK(sum == 14);
  CHECK(visits == 2);
  visits = 0;
  s::Map_Range(&m, [&](Any, Any) { return ++visits < 1; });
  CHECK(visits == 1);
  auto [del, wasThere] = s::Map_LoadAndDelete(&m, Any(String("a")));
  CHECK((del == Any(Int(4)) && wasThere));
  auto [none, notThere] = s::Map_LoadAndDelete(&m, Any(String("a")));
  CHECK((none.isNil() && !notThere));
  s::Map_Delete(&m, Any(String("b")));
  auto [gone, ok] = s::Map_Load(&m, Any(String("b")));
  CHECK((gone.isNil() && !ok));
  CHECK(panicText([&] { s::Map_Store(&m, Any(goxx::Slice<Int>{1}), Any(Int(1))); }) ==
        "runtime error: hash of unhashable type []int");
}

TEST_CASE("sync.Pool and sync.OnceFunc") {
  s::Pool p;
  CHECK(s::Pool_Get(&p).isNil());
  p.New = [] { return Any(String("new")); };
  CHECK(s::Pool_Get(&p) == Any(String("new")));
  s::Pool_Put(&p, Any(Int(1)));
  s::Pool_Put(&p, Any(Int(2)));
  CHECK(s::Pool_Get(&p) == Any(Int(2)));

  Int calls = 0;
  goxx::Func<void()> f = s::OnceFunc([&calls] { ++calls; });
  f();
  f();
  CHECK(calls == 1);
  goxx::Func<void()> boom = s::OnceFunc([&calls] {
    ++calls;
    goxx::panicString("boom");
  });
  CHECK(panicText([&] { boom(); }) == "boom");
  CHECK(panicText([&] { boom(); }) == "boom");  // the same panic again, f not rerun
  CHECK(calls == 2);
}

TEST_CASE("sync/atomic functions on Go pointers") {
  goxx::Ptr<goxx::Int64> n = goxx::newPtr<goxx::Int64>(0);
  CHECK(a::AddInt64(n, 5) == 5);
  CHECK(a::AddInt64(n, -7) == -2);
  CHECK(a::LoadInt64(n) == -2);
  a::StoreInt64(n, 9);
  CHECK(a::SwapInt64(n, 1) == 9);
  CHECK(a::CompareAndSwapInt64(n, 1, 2));
  CHECK_FALSE(a::CompareAndSwapInt64(n, 1, 3));
  goxx::Ptr<goxx::Uint32> u = goxx::newPtr<goxx::Uint32>(0);
  CHECK(a::AddUint32(u, goxx::Uint32(0) - 1) == 0xffffffffu);  // AddUint32(&x, ^uint32(0)) decrements
  CHECK(a::AddUint32(u, 2) == 1);
  goxx::Ptr<goxx::Int32> i32 = goxx::newPtr<goxx::Int32>(INT32_MAX);
  CHECK(a::AddInt32(i32, 1) == INT32_MIN);  // wraps
  CHECK(panicText([] { a::LoadInt64(nullptr); }) == "runtime error: invalid memory address or nil pointer dereference");

  goxx::Ptr<a::AtomicInt64> counter = goxx::newPtr<a::AtomicInt64>();
  goxx::Ptr<s::WaitGroup> wg = goxx::newPtr<s::WaitGroup>();
  for (int i = 0; i < 10; i++) {
    s::WaitGroup_Add(wg.get(), 1);
    goxx::go([=] {
      for (int k = 0; k < 100; k++) a::Int64_Add(counter.get(), 1);
      s::WaitGroup_Done(wg.get());
    });
  }
  s::WaitGroup_Wait(wg.get());
  CHECK(a::Int64_Load(counter.get()) == 1000);
  a::AtomicBool b;
  CHECK_FALSE(a::Bool_Swap(&b, true));
  CHECK(a::Bool_CompareAndSwap(&b, true, false));
  CHECK_FALSE(a::Bool_Load(&b));
}

TEST_CASE("atomic.Value keeps one dynamic type and panics as Go does") {
  a::Value v;
  CHECK(a::Value_Load(&v).isNil());
  CHECK(panicText([&] { a::Value_Store(&v, Any()); }) == "sync/atomic: store of nil value into Value");
  CHECK(panicText([&] {
          a::Value_Store(&v, Any(Int(1)));
          a::Value_Store(&v, Any(String("x")));
        }) == "sync/atomic: store of inconsistently typed value into Value");
  CHECK(panicText([&] { a::Value_Swap(&v, Any()); }) == "sync/atomic: swap of nil value into Value");
  CHECK(panicText([&] { a::Value_Swap(&v, Any(String("x"))); }) == "sync/atomic: swap of inconsistently typed value into Value");
  CHECK(panicText([&] { a::Value_CompareAndSwap(&v, Any(Int(1)), Any()); }) ==
        "sync/atomic: compare and swap of nil value into Value");
  CHECK(panicText([&] { a::Value_CompareAndSwap(&v, Any(Int(1)), Any(String("x"))); }) ==
        "sync/atomic: compare and swap of inconsistently typed values");
  CHECK(panicText([&] { a::Value_CompareAndSwap(&v, Any(String("y")), Any(String("x"))); }) ==
        "sync/atomic: compare and swap of inconsistently typed value into Value");
  CHECK(a::Value_Load(&v) == Any(Int(1)));
  CHECK(a::Value_CompareAndSwap(&v, Any(Int(1)), Any(Int(2))));
  CHECK_FALSE(a::Value_CompareAndSwap(&v, Any(Int(1)), Any(Int(3))));
  CHECK(a::Value_Swap(&v, Any(Int(9))) == Any(Int(2)));
  CHECK(a::Value_Load(&v) == Any(Int(9)));
  a::Value empty;
  CHECK(a::Value_CompareAndSwap(&empty, Any(), Any(Int(1))));
}
