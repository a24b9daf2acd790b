#include <atomic>

#include "count_down_latch.h"
#include "result_check.h"
#include "spawn_fiber.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// n fibers that each count themselves and signal a latch; ns per fiber, creation to exit.
double spawnJoin(int64_t n) {
  CountDownLatch done(n);
  std::atomic<int64_t> ran{0};
  int64_t start = monotonicNanos();
  for (int64_t i = 0; i < n; ++i) {
    spawnFiber([&] {
      ran.fetch_add(1, std::memory_order_relaxed);
      done.countDown();
    });
  }
  done.wait();
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("fibers run", ran.load(), n);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
