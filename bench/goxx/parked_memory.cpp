#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/sched.h"
#include "goxx/sync.h"
#include "resident_memory.h"
#include "workloads.h"

namespace bench {

// n goroutines blocked receiving from one channel; (resident bytes after - before) / n, in KB.
// See bench/common/resident_memory.h for what "resident" includes.
double parkedMemory(int64_t n) {
  int64_t before = residentBytes();
  goxx::Chan<int> release = goxx::makeChan<int>(0);
  goxx::sync::WaitGroup started;
  goxx::sync::WaitGroup finished;
  started.Add(n);
  finished.Add(n);
  for (int64_t i = 0; i < n; ++i) {
    goxx::go([release, &started, &finished] {
      started.Done();
      int v = 0;
      (void)release.recv(&v);  // ok == false once release is closed
      finished.Done();
    });
  }
  started.Wait();
  // Every goroutine has run; give the last ones time to reach the receive and park.
  goxx::sleepFor(100'000'000);
  int64_t after = residentBytes();
  release.close();
  finished.Wait();
  return static_cast<double>(after - before) / 1024.0 / static_cast<double>(n);
}

}  // namespace bench
