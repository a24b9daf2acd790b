// Stress: sysmon's system-call hand-off (a P taken from an M blocked in the kernel) and what happens to the
// P, the monitor and the goroutine afterwards.
//
// Each scenario runs in a child process with one P: one P makes every missed hand-off, missed
// preemption or stranded goroutine a hang, which the child's watchdog turns into exit status 86. A fresh
// process also guarantees that no timer left over from another test keeps the monitor awake (a pending
// timer would hide the "monitor went to sleep" bugs).
#include <doctest/doctest.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <string>

#include "child_process.h"
#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/main.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"
#include "goxx/sync.h"
#include "stress_watchdog.h"

namespace {

#if defined(GOXX_TSAN) || defined(GOXX_ASAN)
constexpr int kRounds = 300;
#else
constexpr int kRounds = 3000;
#endif

void sleepInKernel(int64_t ns) {
  timespec ts{time_t(ns / 1000000000), long(ns % 1000000000)};
  goxx::BlockingSyscall inKernel;
  nanosleep(&ts, nullptr);
}

// A goroutine blocks in read() while a spinner waits behind it on the only P. sysmon must hand the P to
// another M, and that P must then behave like any running P: the spinner gets preempted at its preemption
// points, so the goroutine queued behind it runs and writes the byte the reader waits for. (Only the
// preemption of the spinner can let the writer run: they share the one P.)
GOXX_CHILD_SCENARIO("stress-handoff-p-is-preemptible") {
  goxx::test::Watchdog dog("hand-off P preemptible", 20);
  goxx::gomaxprocs(1);  // the environment may say otherwise (runChild appends, getenv finds the first)
  int fds[2];
  if (pipe(fds) != 0) goxx::exitProcess(1);
  std::atomic<bool> written{false};
  auto done = goxx::makeChan<int>(3);
  goxx::go([&, done] {
    goxx::go([&, done] {  // the spinner, queued behind the reader on the one P
      goxx::go([&, done] {  // the writer, queued behind the spinner
        char c = 'x';
        if (write(fds[1], &c, 1) != 1) goxx::exitProcess(1);
        written = true;
        done.send(3);
      });
      while (!written.load()) goxx::preemptPoint();
      done.send(2);
    });
    char c = 0;
    ssize_t n;
    {
      goxx::BlockingSyscall inKernel;
      n = read(fds[0], &c, 1);
    }
    done.send(n == 1 && c == 'x' ? 1 : -1);
  });
  int sum = 0;
  for (int i = 0; i < 3; i++) sum += done.recv();
  printf("sum=%d\n", sum);
  goxx::exitProcess(0);
}

TEST_CASE("stress/syscall: a P handed off from a blocked M keeps preempting its goroutines") {
  auto r = goxx::test::runChild("stress-handoff-p-is-preemptible", {"GOMAXPROCS=1"});
  INFO(r.err);
  CHECK(r.exitCode == 0);
  CHECK(r.out == "sum=6\n");
}

// After a hand-off left every P idle the monitor goes to sleep. The goroutine coming back from the kernel
// takes an idle P and runs: the monitor must watch it again, or a spinner on that P is never preempted and
// the goroutine it waits for (queued behind it on the one P) never runs.
GOXX_CHILD_SCENARIO("stress-syscall-return-wakes-monitor") {
  goxx::test::Watchdog dog("syscall return wakes monitor", 20);
  goxx::gomaxprocs(1);  // the environment may say otherwise (runChild appends, getenv finds the first)
  auto done = goxx::makeChan<int>(2);
  goxx::go([done] {
    // Long enough for sysmon to take the P, find nothing to do and go to sleep.
    sleepInKernel(100 * 1000000);
    std::atomic<bool> ran{false};
    goxx::go([&ran, done] {
      ran = true;
      done.send(1);
    });
    while (!ran.load()) goxx::preemptPoint();
    done.send(2);
  });
  int sum = done.recv() + done.recv();
  printf("sum=%d\n", sum);
  goxx::exitProcess(0);
}

TEST_CASE("stress/syscall: returning from a long system call re-arms preemption") {
  auto r = goxx::test::runChild("stress-syscall-return-wakes-monitor", {"GOMAXPROCS=1"});
  INFO(r.err);
  CHECK(r.exitCode == 0);
  CHECK(r.out == "sum=3\n");
}

// Short system calls around sysmon's 20 us threshold, with nothing else to run: sysmon keeps taking the P
// (and, finding no work, putting it on the idle list) while the goroutine keeps coming back from the
// kernel. Whichever wins, the goroutine must find a P or be queued where a woken M finds it.
GOXX_CHILD_SCENARIO("stress-syscall-exit-races-handoff") {
  goxx::test::Watchdog dog("syscall exit races hand-off", 40);
  goxx::gomaxprocs(1);  // the environment may say otherwise (runChild appends, getenv finds the first)
  auto done = goxx::makeChan<int>();
  int64_t total = 0;
  for (int i = 0; i < kRounds; i++) {
    int64_t ns = 5000 + (i * 7919) % 60000;  // 5..65 us, spread over sysmon's period
    goxx::go([done, ns, i] {
      sleepInKernel(ns);
      done.send(i);
    });
    total += done.recv();
  }
  printf("total=%lld\n", static_cast<long long>(total));
  goxx::exitProcess(0);
}

TEST_CASE("stress/syscall: a goroutine leaving the kernel while sysmon retakes its P is never stranded") {
  auto r = goxx::test::runChild("stress-syscall-exit-races-handoff", {"GOMAXPROCS=1"});
  INFO(r.err);
  CHECK(r.exitCode == 0);
  CHECK(r.out == "total=" + std::to_string(int64_t(kRounds) * (kRounds - 1) / 2) + "\n");
}

// Nested brackets count as one system call: only the outermost exit gives the P back to the goroutine, and
// the goroutine continues normally (spawning, parking) after a hand-off happened inside the inner bracket.
TEST_CASE("stress/syscall: nested system-call brackets with a hand-off inside") {
  goxx::test::Watchdog dog("nested syscalls", 60);
  const int n = 20;
  auto done = goxx::makeChan<int>(n);
  for (int i = 0; i < n; i++) {
    goxx::go([done, i] {
      {
        goxx::BlockingSyscall outer;
        sleepInKernel(200000);  // inner bracket; sysmon may retake the P meanwhile
        sleepInKernel(100000);
      }
      auto inner = goxx::makeChan<int>();
      goxx::go([inner, i] { inner.send(i); });
      done.send(inner.recv());
    });
  }
  int64_t sum = 0;
  for (int i = 0; i < n; i++) sum += done.recv();
  CHECK(sum == n * (n - 1) / 2);
}

// Code inside a system-call bracket may still start goroutines, ready parked ones (a channel send) and pass
// preemption points. Its M may have lost its P to sysmon's hand-off by then — the P may be running
// goroutines on another M — so none of that may touch the P: its run queue has a single owner.
TEST_CASE("stress/syscall: spawning and waking goroutines from inside a system-call bracket") {
  goxx::test::Watchdog dog("work inside syscall bracket", 60);
  const int spawners = 4;
#if defined(GOXX_TSAN) || defined(GOXX_ASAN)
  const int perSpawner = 300;
#else
  const int perSpawner = 3000;
#endif
  std::atomic<int64_t> received{0};
  std::atomic<bool> stopBusy{false};
  auto finished = goxx::makeChan<int>(spawners);
  auto busyDone = goxx::makeChan<int>(8);
  // Keep the Ps' queues busy, so that a hand-off gives the P to another M, which then runs and pushes.
  for (int i = 0; i < 8; i++) {
    goxx::go([&stopBusy, busyDone] {
      while (!stopBusy.load()) {
        auto c = goxx::makeChan<int>();
        goxx::go([c] { c.send(1); });
        c.recv();
        goxx::preemptPoint();
      }
      busyDone.send(1);
    });
  }
  for (int s = 0; s < spawners; s++) {
    goxx::go([&received, finished] {
      goxx::sync::WaitGroup wg;
      wg.Add(perSpawner);
      goxx::Chan<int> prev;
      for (int i = 0; i <= perSpawner; i++) {
        goxx::BlockingSyscall inKernel;
        if (i % 64 == 0) {
          timespec ts{0, 200000};
          nanosleep(&ts, nullptr);  // long enough for sysmon to take the P
        }
        goxx::Chan<int> wake;
        if (i < perSpawner) {
          wake = goxx::makeChan<int>(1);  // buffered: sending never parks inside the bracket
          goxx::go([&received, &wg, wake] {
            received += wake.recv();
            wg.Done();
          });
        }
        for (int k = 0; k < 100; k++) goxx::preemptPoint();
        if (i > 0) prev.send(1);  // that receiver has probably parked by now: this readies it
        prev = wake;
      }
      wg.Wait();
      finished.send(1);
    });
  }
  for (int s = 0; s < spawners; s++) finished.recv();
  stopBusy = true;
  for (int i = 0; i < 8; i++) busyDone.recv();
  CHECK(received.load() == int64_t(spawners) * perSpawner);
}

}  // namespace
