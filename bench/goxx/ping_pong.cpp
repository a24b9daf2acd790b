#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "result_check.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// n round trips between the main goroutine and an echo goroutine over two unbuffered channels; ns per
// round trip. GOMAXPROCS 1 or 2, as set by main.
double pingPong(int64_t n) {
  goxx::Chan<int64_t> ping = goxx::makeChan<int64_t>(0);
  goxx::Chan<int64_t> pong = goxx::makeChan<int64_t>(0);
  goxx::go([ping, pong] {
    int64_t v = 0;
    while (ping.recv(&v)) pong.send(v + 1);
  });
  int64_t sum = 0;
  int64_t start = monotonicNanos();
  for (int64_t i = 0; i < n; ++i) {
    ping.send(i);
    sum += pong.recv();
  }
  int64_t elapsed = monotonicNanos() - start;
  ping.close();
  checkEqual("sum", sum, n * (n - 1) / 2 + n);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
