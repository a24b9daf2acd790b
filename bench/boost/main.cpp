// bench-boost: the eight workloads on Boost.Fiber. Usage and output as bench/go: "bench-boost WORKLOAD [N]"
// prints "WORKLOAD VALUE UNIT". Each workload runs on the main thread's main fiber with the FiberWorkers
// (Boost's work-stealing scheduler over the workload's worker count) installed.
#include <cstdlib>

#include "fiber_workers.h"
#include "workloads.h"

int main(int argc, char** argv) {
  bench::Invocation inv = bench::parseCommandLine(argc, argv);
  // Deliberately leaked: its destructor would wait for the helper threads, and the sieve leaves fibers
  // blocked for ever. The process ends here whatever other fibers are doing, as a Go program does.
  auto* workers = new bench::FiberWorkers(inv.spec->workers);
  (void)workers;
  bench::printResult(inv, bench::runWorkload(inv, "bench-boost"));
  std::_Exit(0);
}
