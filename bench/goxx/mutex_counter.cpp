#include "goxx/goroutine.h"
#include "goxx/sync.h"
#include "result_check.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// 8 goroutines share n increments of one counter, each under a goxx::sync::Mutex; ns per Lock+Unlock.
double mutexCounter(int64_t n) {
  constexpr int kGoroutines = 8;
  goxx::sync::Mutex mu;
  goxx::sync::WaitGroup wg;
  int64_t counter = 0;  // guarded by mu
  int64_t start = monotonicNanos();
  wg.Add(kGoroutines);
  for (int g = 0; g < kGoroutines; ++g) {
    int64_t share = n / kGoroutines + (g < n % kGoroutines ? 1 : 0);
    goxx::go([&mu, &wg, &counter, share] {
      for (int64_t i = 0; i < share; ++i) {
        mu.Lock();
        ++counter;
        mu.Unlock();
      }
      wg.Done();
    });
  }
  wg.Wait();
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("counter", counter, n);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
