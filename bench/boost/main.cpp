// bench-boost: the eight workloads on Boost.Fiber. Usage and output as bench/go: "bench-boost WORKLOAD [N]"
// prints "WORKLOAD VALUE UNIT".
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "fiber_workers.h"
#include "workload_spec.h"
#include "workloads.h"

namespace {

double run(const bench::Invocation& inv) {
  const char* name = inv.spec->name;
  if (std::strcmp(name, "spawn") == 0) return bench::spawnJoin(inv.n);
  if (std::strcmp(name, "pingpong2") == 0 || std::strcmp(name, "pingpong1") == 0) return bench::pingPong(inv.n);
  if (std::strcmp(name, "chan") == 0) return bench::chanThroughput(inv.n);
  if (std::strcmp(name, "skynet") == 0) return bench::skynet(inv.n);
  if (std::strcmp(name, "sieve") == 0) return bench::primeSieve(inv.n);
  if (std::strcmp(name, "parked") == 0) return bench::parkedMemory(inv.n);
  if (std::strcmp(name, "mutex") == 0) return bench::mutexCounter(inv.n);
  if (std::strcmp(name, "select") == 0) return bench::selectTwoProducers(inv.n);
  std::fprintf(stderr, "bench-boost: no implementation of %s\n", name);
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  bench::Invocation inv = bench::parseCommandLine(argc, argv);
  // Deliberately leaked: its destructor would wait for the helper threads, and the sieve leaves fibers
  // blocked for ever. The process ends here whatever other fibers are doing, as a Go program does.
  auto* workers = new bench::FiberWorkers(inv.spec->workers);
  (void)workers;
  bench::printResult(inv, run(inv));
  std::_Exit(0);
}
