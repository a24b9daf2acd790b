#include <boost/fiber/unbuffered_channel.hpp>

#include "result_check.h"
#include "spawn_fiber.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// n round trips between the main fiber and an echo fiber over two unbuffered channels; ns per round
// trip. One or two worker threads, as set up by main.
double pingPong(int64_t n) {
  boost::fibers::unbuffered_channel<int64_t> ping;
  boost::fibers::unbuffered_channel<int64_t> pong;
  spawnFiber([&] {
    int64_t v = 0;
    while (ping.pop(v) == boost::fibers::channel_op_status::success) pong.push(v + 1);
  });
  int64_t sum = 0;
  int64_t start = monotonicNanos();
  for (int64_t i = 0; i < n; ++i) {
    ping.push(i);
    sum += pong.value_pop();
  }
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("sum", sum, n * (n - 1) / 2 + n);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
