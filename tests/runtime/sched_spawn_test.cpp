// Scheduler: spawning, joining, parking many goroutines, runtime functions.
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/runtime_api.h"
#include "goxx/sync.h"

namespace {

#if defined(GOXX_TSAN) || defined(GOXX_ASAN)
constexpr int kScale = 10;  // sanitizers make each goroutine ~10x heavier; same code paths, fewer of them
#else
constexpr int kScale = 1;
#endif

TEST_CASE("sched: 100 000 goroutines spawned and joined") {
  const int n = 100000 / kScale;
  std::atomic<int64_t> sum{0};
  goxx::sync::WaitGroup wg;
  wg.Add(n);
  for (int i = 0; i < n; i++) {
    goxx::go([&sum, &wg, i] {
      sum.fetch_add(i, std::memory_order_relaxed);
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(sum.load() == int64_t(n) * (n - 1) / 2);
}

TEST_CASE("sched: goroutine arguments are bound at the spawn site") {
  // goxx::go takes an already-built callable: later changes to the spawner's variable are not seen.
  auto results = goxx::makeChan<int>(3);
  int x = 1;
  goxx::go([results, x] { results.send(x); });
  x = 2;
  goxx::go([results, x] { results.send(x); });
  x = 3;
  int a = results.recv(), b = results.recv();
  CHECK(a + b == 3);
  CHECK(a * b == 2);
}

// Goroutines of earlier tests may still be on their way out (a goroutine exists until its M has switched
// away from it): wait until the count has not changed for a while.
int64_t settledGoroutineCount() {
  int64_t last = goxx::numGoroutine();
  for (int stable = 0, rounds = 0; stable < 20 && rounds < 2000; rounds++) {
    goxx::sleepFor(1000000);
    int64_t now = goxx::numGoroutine();
    stable = now == last ? stable + 1 : 0;
    last = now;
  }
  return last;
}

TEST_CASE("sched: NumGoroutine counts goroutines that exist") {
  int64_t before = settledGoroutineCount();
  CHECK(before >= 1);
  auto release = goxx::makeChan<int>();
  goxx::sync::WaitGroup started, done;
  started.Add(10);
  done.Add(10);
  for (int i = 0; i < 10; i++) {
    goxx::go([&] {
      started.Done();
      release.recv();
      done.Done();
    });
  }
  started.Wait();
  CHECK(goxx::numGoroutine() == before + 10);
  release.close();
  done.Wait();
  // A goroutine is gone once its scheduler has switched away from it; give them a moment.
  for (int i = 0; i < 1000 && goxx::numGoroutine() != before; i++) goxx::gosched();
  CHECK(goxx::numGoroutine() == before);
}

TEST_CASE("sched: GOMAXPROCS queries and changes the number of processors") {
  int procs = goxx::gomaxprocs(0);
  CHECK(procs >= 1);
  CHECK(goxx::gomaxprocs(0) == procs);
  CHECK(goxx::gomaxprocs(3) == procs);
  CHECK(goxx::gomaxprocs(0) == 3);
  // Work still gets done with the new setting, then with one processor.
  for (int setting : {3, 1}) {
    goxx::gomaxprocs(setting);
    goxx::sync::WaitGroup wg;
    std::atomic<int> count{0};
    wg.Add(50);
    for (int i = 0; i < 50; i++) goxx::go([&] { count++; wg.Done(); });
    wg.Wait();
    CHECK(count.load() == 50);
  }
  CHECK(goxx::gomaxprocs(procs) == 1);
  CHECK(goxx::numCPU() >= 1);
}

TEST_CASE("sched: Gosched lets other goroutines run") {
  int old = goxx::gomaxprocs(1);
  std::vector<int> order;
  goxx::SpinLock lock;
  auto add = [&](int v) { lock.lock(); order.push_back(v); lock.unlock(); };
  goxx::sync::WaitGroup wg;
  wg.Add(1);
  goxx::go([&] { add(1); wg.Done(); });
  // With one processor the new goroutine cannot have run yet; Gosched must let it.
  add(0);
  for (int i = 0; i < 100 && order.size() < 2; i++) goxx::gosched();
  wg.Wait();
  goxx::gomaxprocs(old);
  REQUIRE(order.size() == 2);
  CHECK(order[0] == 0);
  CHECK(order[1] == 1);
}

TEST_CASE("sched: Goexit runs the goroutine's deferred work and ends only that goroutine") {
  auto done = goxx::makeChan<int>(2);
  goxx::go([done] {
    struct Deferred {
      goxx::Chan<int> ch;
      ~Deferred() { ch.send(1); }
    } deferred{done};
    goxx::goexit();
    done.send(99);  // never reached
  });
  CHECK(done.recv() == 1);
  CHECK(done.len() == 0);
}

TEST_CASE("sched: a goroutine that spins through preemption points does not starve others") {
  // With every worker count, including one: the monitor asks the spinner to yield after ~10 ms.
  std::atomic<bool> stop{false};
  std::atomic<int64_t> spins{0};
  std::atomic<int> running{0};
  int procs = goxx::gomaxprocs(0);
  goxx::sync::WaitGroup wg;
  wg.Add(procs);
  for (int i = 0; i < procs; i++) {
    goxx::go([&] {
      running++;
      while (!stop.load(std::memory_order_relaxed)) {
        spins.fetch_add(1, std::memory_order_relaxed);
        goxx::preemptPoint();
      }
      wg.Done();
    });
  }
  // Once every processor runs a spinner, this goroutine (and the one below) must still get to run.
  while (running.load() < procs) goxx::gosched();
  auto ran = goxx::makeChan<int>(1);
  goxx::go([ran] { ran.send(1); });
  CHECK(ran.recv() == 1);
  stop.store(true);
  wg.Wait();
  CHECK(spins.load() > 0);
}

}  // namespace
