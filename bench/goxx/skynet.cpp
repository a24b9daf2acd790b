#include <cstdio>
#include <cstdlib>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "result_check.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {
namespace {

constexpr int64_t kFanOut = 10;

void skynetNode(goxx::Chan<int64_t> out, int64_t first, int64_t size) {
  if (size == 1) {
    out.send(first);
    return;
  }
  goxx::Chan<int64_t> children = goxx::makeChan<int64_t>(0);
  int64_t step = size / kFanOut;
  for (int64_t i = 0; i < kFanOut; ++i) {
    goxx::go([children, childFirst = first + i * step, step] { skynetNode(children, childFirst, step); });
  }
  int64_t sum = 0;
  for (int64_t i = 0; i < kFanOut; ++i) sum += children.recv();
  out.send(sum);
}

}  // namespace

// A goroutine tree with fan-out 10 over n leaves (n a power of 10); each node sends the sum of its
// children's values up an unbuffered channel. Milliseconds.
double skynet(int64_t n) {
  if (!isPowerOf10(n)) {
    std::fprintf(stderr, "bench: skynet size %lld is not a power of 10\n", static_cast<long long>(n));
    std::exit(2);
  }
  goxx::Chan<int64_t> result = goxx::makeChan<int64_t>(0);
  int64_t start = monotonicNanos();
  goxx::go([result, n] { skynetNode(result, 0, n); });
  int64_t sum = result.recv();
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("sum", sum, n * (n - 1) / 2);
  return static_cast<double>(elapsed) / 1e6;
}

}  // namespace bench
