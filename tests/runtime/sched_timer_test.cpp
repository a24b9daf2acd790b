// Scheduler: timers, sleeping and blocking system calls.
#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <vector>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"
#include "goxx/sync.h"

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

}  // namespace
