// Scheduler: timers, sleeping and blocking system calls.
#include <doctest/doctest.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"
#include "goxx/sync.h"
#include "stress_watchdog.h"

namespace {

constexpr int64_t kMs = 1000000;

TEST_CASE("timers: fire in deadline order, not start order") {
  struct Record {
    goxx::SpinLock lock;
    std::vector<int> order;
  } rec;
  std::vector<goxx::Timer> timers(8);
  int64_t now = goxx::nanotime();
  // Deadlines 80, 70, ..., 10 ms in start order: they must fire 10, 20, ... 80.
  for (int i = 0; i < 8; i++) {
    goxx::Timer& t = timers[i];
    t.when = now + (80 - 10 * i) * kMs;
    t.arg = &rec;
    t.seq = uint64_t(80 - 10 * i);
    t.fn = [](void* arg, uint64_t seq) {
      auto* r = static_cast<Record*>(arg);
      r->lock.lock();
      r->order.push_back(int(seq));
      r->lock.unlock();
    };
    goxx::timerStart(&t);
  }
  goxx::sleepFor(150 * kMs);
  rec.lock.lock();
  std::vector<int> got = rec.order;
  rec.lock.unlock();
  CHECK(got == std::vector<int>{10, 20, 30, 40, 50, 60, 70, 80});
}

TEST_CASE("timers: a stopped timer does not fire") {
  std::atomic<int> fired{0};
  goxx::Timer t;
  t.when = goxx::nanotime() + 20 * kMs;
  t.arg = &fired;
  t.fn = [](void* arg, uint64_t) { static_cast<std::atomic<int>*>(arg)->fetch_add(1); };
  goxx::timerStart(&t);
  CHECK(goxx::timerStop(&t));
  goxx::sleepFor(40 * kMs);
  CHECK(fired.load() == 0);
  CHECK_FALSE(goxx::timerStop(&t));
}

TEST_CASE("sleep: parks the goroutine, not the worker") {
  int old = goxx::gomaxprocs(1);
  // With one processor, a sleeping goroutine must not stop another from running meanwhile.
  std::atomic<bool> sleeperDone{false};
  auto progress = goxx::makeChan<int>(100);
  goxx::sync::WaitGroup wg;
  wg.Add(1);
  int64_t start = goxx::nanotime();
  goxx::go([&] {
    goxx::sleepFor(50 * kMs);
    sleeperDone = true;
    wg.Done();
  });
  for (int i = 0; i < 5; i++) {
    progress.send(i);  // buffered: does not block
    goxx::gosched();
  }
  CHECK_FALSE(sleeperDone.load());
  wg.Wait();
  int64_t elapsed = goxx::nanotime() - start;
  CHECK(elapsed >= 50 * kMs);
  CHECK(progress.len() == 5);
  goxx::gomaxprocs(old);
}

TEST_CASE("syscall: a goroutine blocked in the kernel does not block the others") {
  int old = goxx::gomaxprocs(1);
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  auto readDone = goxx::makeChan<int>(1);
  goxx::go([&, readDone] {
    char c = 0;
    ssize_t n;
    {
      goxx::BlockingSyscall inKernel;
      n = read(fds[0], &c, 1);  // blocks until the writer below runs
    }
    readDone.send(n == 1 ? c : -1);
  });
  // Let the reader enter read(); with one processor only the hand-off lets the writer run.
  goxx::sleepFor(5 * kMs);
  auto wrote = goxx::makeChan<int>(1);
  goxx::go([&, wrote] {
    char c = 'x';
    ssize_t n = write(fds[1], &c, 1);
    wrote.send(int(n));
  });
  CHECK(wrote.recv() == 1);
  CHECK(readDone.recv() == 'x');
  close(fds[0]);
  close(fds[1]);
  goxx::gomaxprocs(old);
}

// A periodic timer stays in the heap while its callback runs, so timerStop then finds it pending. It must
// wait for that callback before returning true: the caller may free the timer and its argument right after.
TEST_CASE("timers: timerStop of a periodic timer returns only once a running callback has finished") {
  struct Progress {
    std::atomic<int> entered{0};
    std::atomic<int> finished{0};
  } progress;
  goxx::Timer t;
  t.when = goxx::nanotime() + kMs;
  t.period = kMs;
  t.arg = &progress;
  t.fn = [](void* arg, uint64_t) {
    auto* p = static_cast<Progress*>(arg);
    p->entered++;
    int64_t end = goxx::nanotime() + 100 * kMs;  // long enough for the stopper to get in
    while (goxx::nanotime() < end) {
    }
    p->finished++;
  };
  goxx::timerStart(&t);
  // The stopper is a plain thread, so it can watch for a callback in progress on whatever thread runs it.
  bool sawCallbackRunning = false, stopped = false, finishedWhenStopped = false;
  std::thread stopper([&] {
    int64_t deadline = goxx::nanotime() + 20000 * kMs;
    while (progress.entered.load() == progress.finished.load() && goxx::nanotime() < deadline) {
    }
    sawCallbackRunning = progress.entered.load() != progress.finished.load();
    stopped = goxx::timerStop(&t);
    finishedWhenStopped = progress.entered.load() == progress.finished.load();
  });
  {
    goxx::BlockingSyscall joining;
    stopper.join();
  }
  REQUIRE(sawCallbackRunning);
  CHECK(stopped);
  CHECK(finishedWhenStopped);
  int after = progress.entered.load();
  goxx::sleepFor(20 * kMs);
  CHECK(progress.entered.load() == after);  // stopped for good
}

// One idle M, the timer waiter, sleeps until the next timer; the others sleep until woken. Handing the waiter
// a P for other work while another M is idle would leave the timers unwatched: they would fire only when a
// busy M next schedules, up to a time slice late.
TEST_CASE("timers: an idle M keeps watching the timers when new work wakes an M") {
  goxx::test::Watchdog dog("timer waiter", 120);
  int old = goxx::gomaxprocs(1);
  goxx::Timer far;  // keeps timers pending throughout
  far.when = goxx::nanotime() + 100000 * kMs;
  far.fn = [](void*, uint64_t) {};
  goxx::timerStart(&far);
  // Make sure there are idle Ms to choose from: goroutines blocked in the kernel get the P handed to new Ms.
  goxx::sync::WaitGroup kernel;
  kernel.Add(3);
  for (int i = 0; i < 3; i++) {
    goxx::go([&kernel] {
      timespec ts{0, 20 * kMs};
      {
        goxx::BlockingSyscall inKernel;
        nanosleep(&ts, nullptr);
      }
      kernel.Done();
    });
  }
  kernel.Wait();
  goxx::sleepFor(20 * kMs);  // every other M goes idle; one of them is the timer waiter
  // While we sit in the kernel, the monitor hands our P to an idle M to run the checker, which then watches
  // (without parking: an M going idle would take the role anyway) whether some idle M still has the role.
  std::atomic<bool> vacant{true};
  goxx::sync::WaitGroup checker;
  checker.Add(1);
  goxx::go([&] {
    for (int64_t end = goxx::nanotime() + 250 * kMs; vacant.load() && goxx::nanotime() < end;) {
      vacant = goxx::detail::timerWaiterVacant();
      goxx::preemptPoint();
    }
    checker.Done();
  });
  {
    timespec ts{0, 400 * kMs};
    goxx::BlockingSyscall inKernel;
    nanosleep(&ts, nullptr);
  }
  checker.Wait();
  goxx::timerStop(&far);
  CHECK_FALSE(vacant.load());
  goxx::gomaxprocs(old);
}

}  // namespace
