#include <boost/fiber/unbuffered_channel.hpp>
#include <cstdio>
#include <cstdlib>

#include "result_check.h"
#include "spawn_fiber.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {
namespace {

constexpr int64_t kFanOut = 10;
using IntChannel = boost::fibers::unbuffered_channel<int64_t>;

// A node owns `children` on its own stack; it outlives every child's push because the node pops all
// kFanOut values first, and Boost's push touches only the pusher's own slot after the hand-off.
void skynetNode(IntChannel* out, int64_t first, int64_t size) {
  if (size == 1) {
    out->push(first);
    return;
  }
  IntChannel children;
  int64_t step = size / kFanOut;
  for (int64_t i = 0; i < kFanOut; ++i) {
    int64_t childFirst = first + i * step;
    spawnFiber([&children, childFirst, step] { skynetNode(&children, childFirst, step); });
  }
  int64_t sum = 0;
  for (int64_t i = 0; i < kFanOut; ++i) sum += children.value_pop();
  out->push(sum);
}

}  // namespace

// A fiber tree with fan-out 10 over n leaves (n a power of 10); each node sends the sum of its
// children's values up an unbuffered channel. Milliseconds.
double skynet(int64_t n) {
  if (!isPowerOf10(n)) {
    std::fprintf(stderr, "bench: skynet size %lld is not a power of 10\n", static_cast<long long>(n));
    std::exit(2);
  }
  IntChannel result;
  int64_t start = monotonicNanos();
  spawnFiber([&result, n] { skynetNode(&result, 0, n); });
  int64_t sum = result.value_pop();
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("sum", sum, n * (n - 1) / 2);
  return static_cast<double>(elapsed) / 1e6;
}

}  // namespace bench
