#include <boost/fiber/buffered_channel.hpp>

#include "result_check.h"
#include "spawn_fiber.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// n ints from a producer fiber to the main fiber through a channel of capacity 128, then close; ns per
// message. Boost's buffered_channel takes a power-of-two capacity, 128 qualifies.
double chanThroughput(int64_t n) {
  boost::fibers::buffered_channel<int64_t> ch(128);
  int64_t start = monotonicNanos();
  spawnFiber([&] {
    for (int64_t i = 0; i < n; ++i) ch.push(i);
    ch.close();
  });
  int64_t sum = 0;
  int64_t v = 0;
  while (ch.pop(v) == boost::fibers::channel_op_status::success) sum += v;
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("sum", sum, n * (n - 1) / 2);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
