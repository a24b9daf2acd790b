// sync.Mutex and sync.RWMutex: mutual exclusion, TryLock, readers sharing, writer exclusion and Go's writer
// preference ("If any goroutine calls Lock while the lock is already held by one or more readers, concurrent
// calls to RLock will block until the writer has acquired (and released) the lock").
#include <doctest/doctest.h>

#include <atomic>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/sched.h"
#include "goxx/select.h"
#include "goxx/sync.h"
#include "goxx/time.h"

using goxx::makeChan;
namespace gosync = goxx::sync;
namespace gotime = goxx::time;

TEST_CASE("sync.Mutex: 8 goroutines incrementing a plain counter lose no update") {
  constexpr int kGoroutines = 8, kIncrements = 20000;
  gosync::Mutex mu;
  long counter = 0;  // deliberately not atomic: the mutex must order every access
  gosync::WaitGroup wg;
  wg.Add(kGoroutines);
  for (int g = 0; g < kGoroutines; g++) {
    goxx::go([&, g] {
      for (int i = 0; i < kIncrements; i++) {
        mu.Lock();
        counter++;
        if ((i + g) % 97 == 0) goxx::gosched();  // hold the lock across a switch: others must park
        mu.Unlock();
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(counter == long(kGoroutines) * kIncrements);
}

TEST_CASE("sync.Mutex: the holder excludes everyone for as long as it holds the lock") {
  gosync::Mutex mu;
  std::atomic<int> inside{0};
  std::atomic<int> overlaps{0};
  gosync::WaitGroup wg;
  wg.Add(4);
  for (int g = 0; g < 4; g++) {
    goxx::go([&] {
      for (int i = 0; i < 20; i++) {
        mu.Lock();
        if (inside.fetch_add(1) != 0) overlaps++;
        gotime::sleep(100 * gotime::Microsecond);
        inside.fetch_sub(1);
        mu.Unlock();
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(overlaps.load() == 0);
}

TEST_CASE("sync.Mutex: TryLock") {
  gosync::Mutex mu;
  CHECK(mu.TryLock());
  CHECK_FALSE(mu.TryLock());
  mu.Unlock();
  mu.Lock();
  CHECK_FALSE(mu.TryLock());
  mu.Unlock();
  CHECK(mu.TryLock());
  mu.Unlock();
}

TEST_CASE("sync.Mutex: a waiter parked on Lock gets the mutex after Unlock") {
  gosync::Mutex mu;
  mu.Lock();
  auto acquired = makeChan<int>(1);
  goxx::go([&mu, acquired] {
    mu.Lock();
    acquired.send(1);
    mu.Unlock();
  });
  gotime::sleep(10 * gotime::Millisecond);
  CHECK(acquired.len() == 0);
  mu.Unlock();
  CHECK(acquired.recv() == 1);
}

// Go's mutex fairness guarantee: a goroutine that re-locks in a loop cannot starve a waiter for long,
// because a waiter that has waited over 1 ms switches the mutex to starvation mode (direct hand-off).
TEST_CASE("sync.Mutex: a waiter is not starved by a goroutine that keeps re-locking") {
  gosync::Mutex mu;
  std::atomic<bool> stop{false};
  auto hogDone = makeChan<bool>(1);
  goxx::go([&mu, &stop, hogDone] {
    while (!stop.load()) {
      mu.Lock();
      gotime::sleep(100 * gotime::Microsecond);
      mu.Unlock();
    }
    hogDone.send(true);
  });
  auto acquired = makeChan<bool>(1);
  goxx::go([&mu, acquired] {
    for (int i = 0; i < 10; i++) {
      gotime::sleep(100 * gotime::Microsecond);
      mu.Lock();
      mu.Unlock();
    }
    acquired.send(true);
  });
  bool got = false;
  gotime::Time timedOut;
  auto timeout = gotime::after(10 * gotime::Second);
  goxx::SelectCase cases[] = {goxx::recvCase(acquired, &got), goxx::recvCase(timeout, &timedOut)};
  CHECK(goxx::select(cases, false) == 0);
  stop.store(true);
  hogDone.recv();
  if (!got) acquired.recv();  // on failure, let the waiter finish before the mutex goes out of scope
}

TEST_CASE("sync.RWMutex: readers hold the lock together") {
  constexpr int kReaders = 4;
  gosync::RWMutex rw;
  std::atomic<int> inside{0};
  std::atomic<int> sawAllInside{0};
  gosync::WaitGroup wg;
  wg.Add(kReaders);
  for (int r = 0; r < kReaders; r++) {
    goxx::go([&] {
      rw.RLock();
      inside++;
      // Every reader stays until all are inside at once, which only shared locking allows.
      const int64_t deadline = goxx::nanotime() + 5 * gotime::Second;
      while (inside.load() < kReaders && goxx::nanotime() < deadline) gotime::sleep(gotime::Millisecond);
      if (inside.load() == kReaders) sawAllInside++;
      rw.RUnlock();
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(sawAllInside.load() == kReaders);
}

TEST_CASE("sync.RWMutex: a writer excludes readers and other writers") {
  gosync::RWMutex rw;
  std::atomic<int> readers{0};
  std::atomic<int> writers{0};
  std::atomic<int> violations{0};
  long shared = 0;
  gosync::WaitGroup wg;
  wg.Add(8);
  for (int g = 0; g < 8; g++) {
    goxx::go([&, g] {
      for (int i = 0; i < 2000; i++) {
        if ((g + i) % 4 == 0) {
          rw.Lock();
          if (writers.fetch_add(1) != 0 || readers.load() != 0) violations++;
          shared++;
          if (i % 50 == 0) goxx::gosched();
          writers.fetch_sub(1);
          rw.Unlock();
        } else {
          rw.RLock();
          readers.fetch_add(1);
          if (writers.load() != 0) violations++;
          volatile long snapshot = shared;
          (void)snapshot;
          if (i % 50 == 0) goxx::gosched();
          readers.fetch_sub(1);
          rw.RUnlock();
        }
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(violations.load() == 0);
  CHECK(shared == 8 * 2000 / 4);
}

TEST_CASE("sync.RWMutex: a pending writer blocks new readers (writer preference)") {
  gosync::RWMutex rw;
  rw.RLock();
  auto writerIn = makeChan<int>(1);
  goxx::go([&rw, writerIn] {
    rw.Lock();
    writerIn.send(1);
    rw.Unlock();
  });
  gotime::sleep(10 * gotime::Millisecond);  // the writer is now waiting for our read lock
  CHECK(writerIn.len() == 0);
  CHECK_FALSE(rw.TryRLock());
  CHECK_FALSE(rw.TryLock());
  rw.RUnlock();
  CHECK(writerIn.recv() == 1);
  gotime::sleep(5 * gotime::Millisecond);
  CHECK(rw.TryRLock());
  CHECK_FALSE(rw.TryLock());
  rw.RUnlock();
  CHECK(rw.TryLock());
  rw.Unlock();
}

TEST_CASE("sync.RWMutex: readers parked behind a writer all get in after Unlock") {
  gosync::RWMutex rw;
  rw.Lock();
  gosync::WaitGroup wg;
  std::atomic<int> got{0};
  wg.Add(5);
  for (int i = 0; i < 5; i++) {
    goxx::go([&] {
      rw.RLock();
      got++;
      rw.RUnlock();
      wg.Done();
    });
  }
  gotime::sleep(10 * gotime::Millisecond);
  CHECK(got.load() == 0);
  rw.Unlock();
  wg.Wait();
  CHECK(got.load() == 5);
}

TEST_CASE("sync: Locker adapts Mutex, RWMutex and RLocker") {
  gosync::Mutex mu;
  gosync::Locker l = &mu;
  l.Lock();
  CHECK_FALSE(mu.TryLock());
  l.Unlock();
  CHECK(mu.TryLock());
  mu.Unlock();

  gosync::RWMutex rw;
  gosync::Locker r = gosync::rlocker(&rw);
  r.Lock();
  CHECK(rw.TryRLock());
  CHECK_FALSE(rw.TryLock());
  rw.RUnlock();
  r.Unlock();
  CHECK(rw.TryLock());
  rw.Unlock();
}
