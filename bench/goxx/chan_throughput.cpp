#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "result_check.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// n ints from a producer goroutine to the main goroutine through a channel of capacity 128, then close;
// ns per message.
double chanThroughput(int64_t n) {
  goxx::Chan<int64_t> ch = goxx::makeChan<int64_t>(128);
  int64_t start = monotonicNanos();
  goxx::go([ch, n] {
    for (int64_t i = 0; i < n; ++i) ch.send(i);
    ch.close();
  });
  int64_t sum = 0;
  int64_t v = 0;
  while (ch.recv(&v)) sum += v;
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("sum", sum, n * (n - 1) / 2);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
