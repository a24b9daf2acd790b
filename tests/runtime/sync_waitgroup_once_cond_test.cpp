// sync.WaitGroup, sync.Once and sync.Cond, against their Go documentation: Wait blocks until the counter is
// zero and a negative counter panics; Do calls f only once, later callers return after it finished, and a
// panicking f counts as done; Broadcast wakes all waiters, Signal one.
#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/sync.h"
#include "goxx/time.h"

using goxx::makeChan;
namespace gosync = goxx::sync;
namespace gotime = goxx::time;

TEST_CASE("sync.WaitGroup: Wait returns once every goroutine called Done") {
  constexpr int kGoroutines = 32;
  gosync::WaitGroup wg;
  std::atomic<int> finished{0};
  wg.Add(kGoroutines);
  for (int i = 0; i < kGoroutines; i++) {
    goxx::go([&, i] {
      gotime::sleep((i % 4) * gotime::Millisecond);
      finished++;
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(finished.load() == kGoroutines);
}

TEST_CASE("sync.WaitGroup: several waiters are released together; a zero counter does not block") {
  gosync::WaitGroup wg;
  wg.Wait();  // zero: returns at once
  wg.Add(1);
  gosync::WaitGroup waitersDone;
  waitersDone.Add(3);
  std::atomic<int> released{0};
  for (int i = 0; i < 3; i++) {
    goxx::go([&] {
      wg.Wait();
      released++;
      waitersDone.Done();
    });
  }
  gotime::sleep(10 * gotime::Millisecond);
  CHECK(released.load() == 0);
  wg.Done();
  waitersDone.Wait();
  CHECK(released.load() == 3);
  // Reusable after Wait returned.
  wg.Add(2);
  wg.Done();
  wg.Done();
  wg.Wait();
}

TEST_CASE("sync.WaitGroup: a negative counter panics") {
  gosync::WaitGroup wg;
  std::string text;
  try {
    wg.Add(-1);
  } catch (const goxx::Panic& p) {
    text = p.printText();
    CHECK_FALSE(p.value().isRuntimeError());  // Go panics with a plain string here
  }
  CHECK(text == "sync: negative WaitGroup counter");

  gosync::WaitGroup wg2;
  wg2.Add(1);
  wg2.Done();
  text.clear();
  try {
    wg2.Done();
  } catch (const goxx::Panic& p) {
    text = p.printText();
  }
  CHECK(text == "sync: negative WaitGroup counter");
}

TEST_CASE("sync.Once: f runs once, and concurrent callers return only after it finished") {
  gosync::Once once;
  std::atomic<int> calls{0};
  std::atomic<bool> finished{false};
  std::atomic<int> returnedEarly{0};
  gosync::WaitGroup wg;
  wg.Add(16);
  for (int i = 0; i < 16; i++) {
    goxx::go([&] {
      once.Do([&] {
        calls++;
        gotime::sleep(10 * gotime::Millisecond);
        finished.store(true);
      });
      if (!finished.load()) returnedEarly++;
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(calls.load() == 1);
  CHECK(returnedEarly.load() == 0);
  once.Do([&] { calls++; });
  CHECK(calls.load() == 1);
}

TEST_CASE("sync.Once: a panicking f counts as done") {
  gosync::Once once;
  std::string text;
  try {
    once.Do([] { goxx::panicString("boom"); });
  } catch (const goxx::Panic& p) {
    text = p.printText();
  }
  CHECK(text == "boom");
  bool ran = false;
  once.Do([&] { ran = true; });
  CHECK_FALSE(ran);
}

TEST_CASE("sync.Cond: Broadcast wakes every waiter") {
  gosync::Mutex mu;
  gosync::Cond cond(&mu);
  bool start = false;
  std::atomic<int> woke{0};
  gosync::WaitGroup wg;
  wg.Add(6);
  for (int i = 0; i < 6; i++) {
    goxx::go([&] {
      mu.Lock();
      while (!start) cond.Wait();
      woke++;
      mu.Unlock();
      wg.Done();
    });
  }
  gotime::sleep(10 * gotime::Millisecond);
  CHECK(woke.load() == 0);
  mu.Lock();
  start = true;
  cond.Broadcast();
  mu.Unlock();
  wg.Wait();
  CHECK(woke.load() == 6);
}

TEST_CASE("sync.Cond: Signal wakes one waiter at a time") {
  gosync::Mutex mu;
  gosync::Cond cond(&mu);
  int tokens = 0;
  std::atomic<int> woke{0};
  gosync::WaitGroup wg;
  wg.Add(3);
  for (int i = 0; i < 3; i++) {
    goxx::go([&] {
      mu.Lock();
      while (tokens == 0) cond.Wait();
      tokens--;
      woke++;
      mu.Unlock();
      wg.Done();
    });
  }
  gotime::sleep(10 * gotime::Millisecond);
  for (int i = 1; i <= 3; i++) {
    mu.Lock();
    tokens++;
    cond.Signal();
    mu.Unlock();
    gotime::sleep(10 * gotime::Millisecond);
    CHECK(woke.load() == i);
  }
  wg.Wait();
}

TEST_CASE("sync.Cond: a producer/consumer queue") {
  gosync::Mutex mu;
  gosync::Cond notEmpty(&mu);
  int queued = 0;
  long consumedSum = 0;
  constexpr int kItems = 2000;
  gosync::WaitGroup wg;
  wg.Add(4);
  for (int c = 0; c < 4; c++) {
    goxx::go([&] {
      for (int i = 0; i < kItems / 4; i++) {
        mu.Lock();
        while (queued == 0) notEmpty.Wait();
        queued--;
        consumedSum++;
        mu.Unlock();
      }
      wg.Done();
    });
  }
  for (int i = 0; i < kItems; i++) {
    mu.Lock();
    queued++;
    notEmpty.Signal();
    mu.Unlock();
    if (i % 64 == 0) goxx::gosched();
  }
  wg.Wait();
  CHECK(consumedSum == kItems);
  CHECK(queued == 0);
}
