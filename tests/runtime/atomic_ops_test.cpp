// sync/atomic: the functions and types behave as Go documents them (Add returns the new value, Swap the
// old one, CompareAndSwap reports success, arithmetic wraps around), they are atomic under contention, and
// atomic.Value enforces a consistent type and rejects nil.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "goxx/atomic.h"
#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/sync.h"

namespace atomic = goxx::atomic;

TEST_CASE("atomic: functions on plain variables") {
  int32_t i32 = 5;
  CHECK(atomic::AddInt32(&i32, 3) == 8);
  CHECK(atomic::LoadInt32(&i32) == 8);
  atomic::StoreInt32(&i32, -2);
  CHECK(i32 == -2);
  CHECK(atomic::SwapInt32(&i32, 10) == -2);
  CHECK_FALSE(atomic::CompareAndSwapInt32(&i32, 9, 11));
  CHECK(i32 == 10);
  CHECK(atomic::CompareAndSwapInt32(&i32, 10, 11));
  CHECK(i32 == 11);

  int64_t i64 = std::numeric_limits<int64_t>::max();
  CHECK(atomic::AddInt64(&i64, 1) == std::numeric_limits<int64_t>::min());  // wraps like Go

  uint32_t u32 = 0;
  CHECK(atomic::AddUint32(&u32, ~uint32_t(0)) == std::numeric_limits<uint32_t>::max());  // Go's decrement idiom
  CHECK(atomic::AddUint32(&u32, 2) == 1);

  uint64_t u64 = 1;
  CHECK(atomic::SwapUint64(&u64, 7) == 1);
  CHECK(atomic::LoadUint64(&u64) == 7);

  uintptr_t up = 0;
  CHECK(atomic::CompareAndSwapUintptr(&up, 0, 42));
  CHECK(atomic::LoadUintptr(&up) == 42);
}

TEST_CASE("atomic: increments from 8 goroutines are never lost") {
  constexpr int kGoroutines = 8, kIncrements = 50000;
  int64_t plain = 0;
  atomic::Int64 typed;
  atomic::Uint32 typedU;
  goxx::sync::WaitGroup wg;
  wg.Add(kGoroutines);
  for (int g = 0; g < kGoroutines; g++) {
    goxx::go([&] {
      for (int i = 0; i < kIncrements; i++) {
        atomic::AddInt64(&plain, 1);
        typed.Add(2);
        typedU.Add(1);
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(atomic::LoadInt64(&plain) == int64_t(kGoroutines) * kIncrements);
  CHECK(typed.Load() == 2 * int64_t(kGoroutines) * kIncrements);
  CHECK(typedU.Load() == uint32_t(kGoroutines * kIncrements));
}

TEST_CASE("atomic: CompareAndSwap elects exactly one winner") {
  atomic::Int32 flag;
  atomic::Int32 winners;
  goxx::sync::WaitGroup wg;
  wg.Add(16);
  for (int g = 0; g < 16; g++) {
    goxx::go([&, g] {
      if (flag.CompareAndSwap(0, g + 1)) winners.Add(1);
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(winners.Load() == 1);
  CHECK(flag.Load() != 0);
}

TEST_CASE("atomic: the types start at their zero value") {
  atomic::Int32 i32;
  atomic::Uint64 u64;
  atomic::Bool b;
  atomic::Pointer<int> p;
  CHECK(i32.Load() == 0);
  CHECK(u64.Load() == 0);
  CHECK_FALSE(b.Load());
  CHECK(p.Load() == nullptr);
  CHECK_FALSE(b.Swap(true));
  CHECK(b.Load());
  CHECK(b.CompareAndSwap(true, false));
  CHECK_FALSE(b.Load());
  int x = 3;
  p.Store(&x);
  CHECK(*p.Load() == 3);
  CHECK(i32.Add(-5) == -5);
  CHECK(i32.Swap(4) == -5);
  CHECK(u64.Add(3) == 3);
}

namespace {

template <class F>
std::string panicText(F f) {
  try {
    f();
  } catch (const goxx::Panic& p) {
    return p.printText();
  }
  return "";
}

}  // namespace

TEST_CASE("atomic.Value: Load before Store is nil; Store/Load/Swap/CompareAndSwap of one type") {
  atomic::Value v;
  std::string s = "unchanged";
  CHECK_FALSE(v.Load(&s));
  CHECK(s == "unchanged");
  CHECK(v.Load<std::string>().empty());
  v.Store(std::string("first"));
  CHECK(v.Load<std::string>() == "first");
  CHECK(v.Swap(std::string("second")) == "first");
  CHECK_FALSE(v.CompareAndSwap(std::string("first"), std::string("third")));
  CHECK(v.CompareAndSwap(std::string("second"), std::string("third")));
  CHECK(v.Load(&s));
  CHECK(s == "third");
}

TEST_CASE("atomic.Value: inconsistent types and nil panic with Go's messages") {
  atomic::Value v;
  CHECK(panicText([&] { v.Store(nullptr); }) == "sync/atomic: store of nil value into Value");
  v.Store(1);
  CHECK(panicText([&] { v.Store(std::string("x")); }) ==
        "sync/atomic: store of inconsistently typed value into Value");
  CHECK(panicText([&] { v.Swap(2.5); }) == "sync/atomic: swap of inconsistently typed value into Value");
  CHECK(panicText([&] { v.Swap(nullptr); }) == "sync/atomic: swap of nil value into Value");
  CHECK(panicText([&] { v.CompareAndSwap(1L, 2L); }) ==
        "sync/atomic: compare and swap of inconsistently typed value into Value");
  CHECK(v.Load<int>() == 1);
}

TEST_CASE("atomic.Value: concurrent readers always see a whole value") {
  atomic::Value v;
  v.Store(std::string(64, 'a'));
  std::atomic<int> torn{0};
  goxx::sync::WaitGroup wg;
  wg.Add(5);
  goxx::go([&] {
    for (int i = 0; i < 2000; i++) v.Store(std::string(64, char('a' + i % 26)));
    wg.Done();
  });
  for (int r = 0; r < 4; r++) {
    goxx::go([&] {
      for (int i = 0; i < 2000; i++) {
        const std::string s = v.Load<std::string>();
        if (s.size() != 64 || s.find_first_not_of(s[0]) != std::string::npos) torn++;
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(torn.load() == 0);
}
