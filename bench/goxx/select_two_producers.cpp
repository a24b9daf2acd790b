#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/select.h"
#include "result_check.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// Two producer goroutines send n values in total, half each, on their own unbuffered channel; the main
// goroutine receives them all with a two-case goxx::select. ns per message.
double selectTwoProducers(int64_t n) {
  goxx::Chan<int64_t> a = goxx::makeChan<int64_t>(0);
  goxx::Chan<int64_t> b = goxx::makeChan<int64_t>(0);
  auto produce = [](goxx::Chan<int64_t> out, int64_t from, int64_t to) {
    for (int64_t i = from; i < to; ++i) out.send(i);
  };
  int64_t start = monotonicNanos();
  goxx::go([produce, a, n] { produce(a, 0, n / 2); });
  goxx::go([produce, b, n] { produce(b, n / 2, n); });
  int64_t sum = 0;
  for (int64_t i = 0; i < n; ++i) {
    int64_t v = 0;
    goxx::SelectCase cases[] = {goxx::recvCase(a, &v), goxx::recvCase(b, &v)};
    goxx::select(cases, /*hasDefault=*/false);
    sum += v;
  }
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("sum", sum, n * (n - 1) / 2);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
