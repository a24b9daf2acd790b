// Stress: the scheduler's timer heap under concurrent start, stop and restart, and sleeping goroutines
// while nothing else runs (every wake-up then comes from a timer callback on an otherwise idle thread).
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/sched.h"
#include "goxx/sync.h"
#include "stress_watchdog.h"

namespace {

constexpr int64_t kUs = 1000;

#if defined(GOXX_TSAN) || defined(GOXX_ASAN)
constexpr int kOwners = 8;
constexpr int kTimersPerOwner = 100;
constexpr int kSleepers = 50;
#else
constexpr int kOwners = 16;
constexpr int kTimersPerOwner = 400;
constexpr int kSleepers = 300;
#endif

uint64_t nextRand(uint64_t* state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  *state = x;
  return x;
}

struct Probe {
  goxx::Timer timer;
  std::atomic<int> fired{0};
  std::atomic<int64_t> firedAt{0};
  std::atomic<int>* early = nullptr;

  static void onFire(void* arg, uint64_t) {
    auto* p = static_cast<Probe*>(arg);
    int64_t now = goxx::nanotime();
    if (now < p->timer.when) p->early->fetch_add(1);
    p->firedAt.store(now);
    p->fired.fetch_add(1);
  }
};

// Each owner goroutine starts its timers with random deadlines (0..3 ms ahead), stops a random half of them
// at random moments and restarts some of the stopped or fired ones. Afterwards, every start must be
// matched by exactly one of: a stop that returned true, or one firing no earlier than its deadline.
TEST_CASE("stress/timers: concurrent start, stop and restart fire each timer once, never early") {
  goxx::test::Watchdog dog("timer heap churn", 120);
  std::atomic<int> early{0}, mismatched{0};
  std::atomic<int64_t> firings{0}, stops{0}, starts{0};
  goxx::sync::WaitGroup wg;
  wg.Add(kOwners);
  for (int o = 0; o < kOwners; o++) {
    goxx::go([&, o] {
      uint64_t rng = 0xC0FFEEULL * uint64_t(o + 1);
      std::vector<Probe> probes(kTimersPerOwner);
      std::vector<int> started(kTimersPerOwner, 0), stopped(kTimersPerOwner, 0);
      auto start = [&](int i) {
        Probe& p = probes[i];
        p.early = &early;
        p.timer.fn = &Probe::onFire;
        p.timer.arg = &p;
        p.timer.when = goxx::nanotime() + int64_t(nextRand(&rng) % 3000) * kUs;
        goxx::timerStart(&p.timer);
        started[i]++;
      };
      for (int i = 0; i < kTimersPerOwner; i++) {
        start(i);
        if (nextRand(&rng) % 8 == 0) goxx::gosched();
      }
      // Stop or restart at random moments while the others fire.
      for (int round = 0; round < 3 * kTimersPerOwner; round++) {
        int i = int(nextRand(&rng) % kTimersPerOwner);
        Probe& p = probes[i];
        if (nextRand(&rng) % 2 == 0) {
          if (goxx::timerStop(&p.timer)) stopped[i]++;
        }
        // Restart only a timer that is certainly not in the heap: every start so far was answered by a
        // successful stop or a firing (whose callback touches nothing after counting itself).
        if (p.fired.load() + stopped[i] == started[i] && nextRand(&rng) % 3 == 0) start(i);
        if (nextRand(&rng) % 16 == 0) goxx::sleepFor(int64_t(nextRand(&rng) % 500) * kUs);
      }
      // Let whatever is still pending fire (deadlines are at most 3 ms away), then account.
      for (int i = 0; i < kTimersPerOwner; i++) {
        while (probes[i].fired.load() + stopped[i] < started[i]) goxx::sleepFor(1000 * kUs);
      }
      goxx::sleepFor(5000 * kUs);  // a firing beyond the expected one would show up by now
      for (int i = 0; i < kTimersPerOwner; i++) {
        if (probes[i].fired.load() + stopped[i] != started[i]) mismatched++;
        firings += probes[i].fired.load();
        stops += stopped[i];
        starts += started[i];
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(early.load() == 0);
  CHECK(mismatched.load() == 0);
  CHECK(firings.load() + stops.load() == starts.load());
  CHECK(firings.load() > 0);
  CHECK(stops.load() > 0);
}

// Many goroutines sleep short random times again and again while the test goroutine waits for them: for
// long stretches the only thing that can wake anybody is a timer, run by an idle thread. No deadlock may
// be reported (that would end the process with status 2) and every sleep lasts at least its duration.
TEST_CASE("stress/timers: sleepers woken only by timers on idle threads") {
  goxx::test::Watchdog dog("sleepers", 120);
  std::atomic<int> tooShort{0};
  auto done = goxx::makeChan<int>(kSleepers);
  for (int s = 0; s < kSleepers; s++) {
    goxx::go([&tooShort, done, s] {
      uint64_t rng = 0xABCDEFULL + uint64_t(s);
      for (int i = 0; i < 10; i++) {
        int64_t d = int64_t(1 + nextRand(&rng) % 2000) * kUs;
        int64_t t0 = goxx::nanotime();
        goxx::sleepFor(d);
        if (goxx::nanotime() - t0 < d) tooShort++;
      }
      done.send(1);
    });
  }
  int finished = 0;
  for (int s = 0; s < kSleepers; s++) finished += done.recv();
  CHECK(finished == kSleepers);
  CHECK(tooShort.load() == 0);
}

}  // namespace
