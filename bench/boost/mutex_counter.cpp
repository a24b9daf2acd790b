#include <boost/fiber/mutex.hpp>

#include "count_down_latch.h"
#include "result_check.h"
#include "spawn_fiber.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// 8 fibers share n increments of one counter, each under a boost::fibers::mutex; ns per lock+unlock.
double mutexCounter(int64_t n) {
  constexpr int kFibers = 8;
  boost::fibers::mutex mu;
  int64_t counter = 0;  // guarded by mu
  CountDownLatch done(kFibers);
  int64_t start = monotonicNanos();
  for (int f = 0; f < kFibers; ++f) {
    int64_t share = n / kFibers + (f < n % kFibers ? 1 : 0);
    spawnFiber([&, share] {
      for (int64_t i = 0; i < share; ++i) {
        mu.lock();
        ++counter;
        mu.unlock();
      }
      done.countDown();
    });
  }
  done.wait();
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("counter", counter, n);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
