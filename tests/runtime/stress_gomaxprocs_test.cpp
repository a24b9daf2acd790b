// Stress: GOMAXPROCS shrinking and growing while goroutines run, park, spin and enter system calls; what
// must hold afterwards: every P below the limit can run a goroutine, GOMAXPROCS calls behave as if they
// happened one after another, and no preemption request is left outstanding once nothing runs.
#include <doctest/doctest.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"
#include "goxx/sync.h"
#include "stress_watchdog.h"

namespace {

constexpr int64_t kMs = 1000000;

#if defined(GOXX_TSAN) || defined(GOXX_ASAN)
constexpr int64_t kChurnNs = 400 * kMs;
constexpr int kLinearRounds = 40;
#else
constexpr int64_t kChurnNs = 1500 * kMs;
constexpr int kLinearRounds = 300;
#endif

uint64_t nextRand(uint64_t* state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  *state = x;
  return x;
}

void sleepInKernel(int64_t ns) {
  timespec ts{time_t(ns / 1000000000), long(ns % 1000000000)};
  goxx::BlockingSyscall inKernel;
  nanosleep(&ts, nullptr);
}

// Spins without preemption points, so the monitor flags this goroutine's P and nothing clears the flag
// until the goroutine next leaves its P.
void spinUnpreemptibly(int64_t ns) {
  int64_t end = goxx::nanotime() + ns;
  while (goxx::nanotime() < end) {
  }
}

// Goroutines that exercise every way of leaving a P (park, yield, preemption, system call, exit) until
// `stop` is set. Returns once all of them have finished.
struct Churn {
  std::atomic<bool> stop{false};
  goxx::sync::WaitGroup wg;
  std::atomic<int64_t> work{0};

  void start(int workers) {
    wg.Add(workers);
    for (int w = 0; w < workers; w++) {
      goxx::go([this, w] {
        uint64_t rng = 0x9E3779B97F4A7C15ULL * uint64_t(w + 1);
        auto ping = goxx::makeChan<int>();
        while (!stop.load(std::memory_order_relaxed)) {
          switch (nextRand(&rng) % 6) {
            case 0: {  // a short-lived child and a rendezvous with it
              goxx::go([ping] { ping.send(1); });
              work += ping.recv();
              break;
            }
            case 1:
              goxx::gosched();
              break;
            case 2:
              for (int i = 0; i < 20000; i++) goxx::preemptPoint();
              break;
            case 3:
              sleepInKernel(int64_t(nextRand(&rng) % 100) * 1000);
              break;
            case 4:
              goxx::sleepFor(int64_t(nextRand(&rng) % 300) * 1000);
              break;
            case 5:
              spinUnpreemptibly(int64_t(nextRand(&rng) % 15) * kMs);
              break;
          }
        }
        wg.Done();
      });
    }
  }
  void finish() {
    stop = true;
    wg.Wait();
  }
};

// Whether `k` goroutines can all be running at the same moment: each waits (without ever yielding) until
// all k have started. With fewer than k usable Ps the last one never starts and they give up.
bool allPsRunTogether(int k) {
  std::atomic<int> arrived{0};
  auto result = goxx::makeChan<bool>(k);
  for (int i = 0; i < k; i++) {
    goxx::go([&arrived, result, k] {
      arrived++;
      int64_t deadline = goxx::nanotime() + 10000 * kMs;
      bool all = true;
      while (arrived.load() < k) {
        if (goxx::nanotime() > deadline) {
          all = false;
          break;
        }
      }
      result.send(all);
    });
  }
  bool ok = true;
  for (int i = 0; i < k; i++) ok = result.recv() && ok;
  return ok;
}

// Waits (parked, so that nothing runs) for the outstanding preemption requests to drain.
uint32_t preemptRequestsOnceQuiet() {
  for (int i = 0; i < 500; i++) {
    if (goxx::detail::preemptRequests.load() == 0) return 0;
    goxx::sleepFor(10 * kMs);
  }
  return goxx::detail::preemptRequests.load();
}

TEST_CASE("stress/gomaxprocs: shrinking and growing under load loses no P and no goroutine") {
  goxx::test::Watchdog dog("gomaxprocs churn", 120);
  int original = goxx::gomaxprocs(0);
  Churn churn;
  churn.start(8);
  uint64_t rng = 12345;
  int64_t end = goxx::nanotime() + kChurnNs;
  int changes = 0;
  while (goxx::nanotime() < end) {
    goxx::gomaxprocs(1 + int(nextRand(&rng) % 6));
    ++changes;
    if (nextRand(&rng) % 2 == 0) {
      goxx::sleepFor(int64_t(nextRand(&rng) % 2000) * 1000);
    } else {
      goxx::gosched();
    }
  }
  goxx::gomaxprocs(4);
  churn.finish();
  CHECK(changes > 10);
  CHECK(churn.work.load() > 0);
  // Every one of the 4 Ps must be able to run a goroutine, at the same time as the other three.
  CHECK(allPsRunTogether(4));
  goxx::gomaxprocs(original);
}

TEST_CASE("stress/gomaxprocs: no preemption request stays pending once nothing runs") {
  goxx::test::Watchdog dog("preempt accounting", 120);
  int original = goxx::gomaxprocs(0);
  Churn churn;
  churn.start(6);
  uint64_t rng = 777;
  int64_t end = goxx::nanotime() + kChurnNs / 2;
  while (goxx::nanotime() < end) {
    goxx::gomaxprocs(1 + int(nextRand(&rng) % 4));
    goxx::sleepFor(int64_t(nextRand(&rng) % 3000) * 1000);
  }
  goxx::gomaxprocs(original);
  churn.finish();
  // A preemption request belongs to a P that runs a goroutine; with every goroutine parked there is none.
  CHECK(preemptRequestsOnceQuiet() == 0u);
}

// A goroutine flagged for preemption (it ran too long without a preemption point) enters a system call
// and loses its P to sysmon's hand-off; the P may sit idle, or be retired by GOMAXPROCS, for good.
TEST_CASE("stress/gomaxprocs: a preemption flag on a P that goes idle or retires is withdrawn") {
  goxx::test::Watchdog dog("preempt flag on idle P", 120);
  int original = goxx::gomaxprocs(0);
  for (int round = 0; round < 6; round++) {
    goxx::gomaxprocs(4);
    const int n = 4;
    goxx::sync::WaitGroup wg;
    wg.Add(n);
    for (int i = 0; i < n; i++) {
      goxx::go([&wg] {
        spinUnpreemptibly(25 * kMs);  // the monitor flags this P
        sleepInKernel(30 * kMs);      // ... which is handed off, with the flag, while we sleep
        wg.Done();
      });
    }
    if (round % 2 == 1) {
      goxx::sleepFor(15 * kMs);
      goxx::gomaxprocs(1);  // retire Ps, some of them flagged
    }
    wg.Wait();
    goxx::gomaxprocs(1);
    CHECK(preemptRequestsOnceQuiet() == 0u);
  }
  goxx::gomaxprocs(original);
}

// runtime.GOMAXPROCS(n) returns the previous setting. Concurrent calls must each see the setting the one
// before it made: the returned values are exactly {initial} + {all set values} - {final}.
TEST_CASE("stress/gomaxprocs: concurrent GOMAXPROCS calls are linearizable") {
  goxx::test::Watchdog dog("concurrent gomaxprocs", 120);
  int original = goxx::gomaxprocs(0);
  const int k = 6;
  const int initial = 8;  // enough Ps for all k callers to run at once
  bool consistent = true;
  for (int round = 0; round < kLinearRounds && consistent; round++) {
    goxx::gomaxprocs(initial);
    std::vector<int> olds(k);
    goxx::sync::WaitGroup wg;
    wg.Add(k);
    std::atomic<int> gate{0};
    for (int i = 0; i < k; i++) {
      goxx::go([&, i] {
        gate++;
        for (int spins = 0; gate.load() < k; spins++)
          if (spins > 100000) goxx::gosched();  // not all started yet: let the spawner run
        olds[i] = goxx::gomaxprocs(2 + i);  // 2..7: all different from each other and from initial
        wg.Done();
      });
    }
    wg.Wait();
    std::vector<int> returned = olds;
    returned.push_back(goxx::gomaxprocs(0));
    std::vector<int> expected = {initial};
    for (int i = 0; i < k; i++) expected.push_back(2 + i);
    std::sort(returned.begin(), returned.end());
    std::sort(expected.begin(), expected.end());
    consistent = returned == expected;
    std::string got;
    for (int v : returned) got += std::to_string(v) + " ";
    CAPTURE(round);
    CAPTURE(got);
    CHECK(returned == expected);
  }
  goxx::gomaxprocs(original);
}

// An M notices that a shrink retired its P (its id is at or above the limit) and gives the P up. A grow that
// lands in between sees the P still held and leaves it to that M; the M must then keep it, or the P is lost
// for good (neither idle nor held). The test hook puts the grow exactly in that window.
std::atomic<int> retireHookCalls{0};
void growBackWhileRetiring() {
  if (retireHookCalls.fetch_add(1) == 0) goxx::gomaxprocs(2);
}

TEST_CASE("stress/gomaxprocs: a grow that races with an M giving up its retired P loses no P") {
  goxx::test::Watchdog dog("retire vs grow", 120);
  int original = goxx::gomaxprocs(2);
  std::atomic<bool> stop{false};
  std::atomic<bool> spinning{false};
  goxx::sync::WaitGroup wg;
  wg.Add(1);
  // Keeps a second P busy, so that one of the two Ps is held by an M when the shrink comes.
  goxx::go([&] {
    spinning = true;
    while (!stop.load()) goxx::preemptPoint();
    wg.Done();
  });
  while (!spinning.load()) goxx::preemptPoint();
  retireHookCalls = 0;
  goxx::detail::testHookRetiringP.store(&growBackWhileRetiring);
  goxx::gomaxprocs(1);  // P 1's M notices at its next switch (the shrink asks it to yield)
  for (int i = 0; i < 10000 && retireHookCalls.load() == 0; i++) goxx::sleepFor(kMs);
  goxx::detail::testHookRetiringP.store(nullptr);
  stop = true;
  wg.Wait();
  CHECK(retireHookCalls.load() >= 1);
  CHECK(goxx::gomaxprocs(0) == 2);
  CHECK(goxx::detail::usableProcs() == 2);
  CHECK(allPsRunTogether(2));
  goxx::gomaxprocs(original);
}

}  // namespace
