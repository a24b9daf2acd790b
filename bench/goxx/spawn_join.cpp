#include <atomic>

#include "goxx/goroutine.h"
#include "goxx/sync.h"
#include "result_check.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// n goroutines that each count themselves and call wg.Done(); ns per goroutine, creation to exit.
double spawnJoin(int64_t n) {
  goxx::sync::WaitGroup wg;
  std::atomic<int64_t> ran{0};
  int64_t start = monotonicNanos();
  wg.Add(n);
  for (int64_t i = 0; i < n; ++i) {
    goxx::go([&ran, &wg] {
      ran.fetch_add(1, std::memory_order_relaxed);
      wg.Done();
    });
  }
  wg.Wait();
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("goroutines run", ran.load(), n);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
