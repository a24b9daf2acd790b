#include "result_check.h"
#include "select_rendezvous.h"
#include "spawn_fiber.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// Two producer fibers send n values in total, half each, on their own case of a SelectRendezvous (the
// emulated two-case select on unbuffered channels); the main fiber receives them all. ns per message.
double selectTwoProducers(int64_t n) {
  SelectRendezvous sel;
  int64_t start = monotonicNanos();
  spawnFiber([&sel, n] {
    for (int64_t i = 0; i < n / 2; ++i) sel.send(0, i);
  });
  spawnFiber([&sel, n] {
    for (int64_t i = n / 2; i < n; ++i) sel.send(1, i);
  });
  int64_t sum = 0;
  for (int64_t i = 0; i < n; ++i) sum += sel.receive();
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("sum", sum, n * (n - 1) / 2);
  return static_cast<double>(elapsed) / static_cast<double>(n);
}

}  // namespace bench
