// bench-goxx: the eight workloads on the goxx runtime. Usage and output as bench/go: "bench-goxx WORKLOAD
// [N]" prints "WORKLOAD VALUE UNIT". The workload runs as goxx's main goroutine; the process exits when it
// returns, whatever other goroutines are doing (the sieve leaves its filters blocked), as in Go.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "goxx/main.h"
#include "goxx/runtime_api.h"
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
  std::fprintf(stderr, "bench-goxx: no implementation of %s\n", name);
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  bench::Invocation inv = bench::parseCommandLine(argc, argv);
  goxx::runMain(argc, argv, [inv] {
    goxx::gomaxprocs(inv.spec->workers);
    bench::printResult(inv, run(inv));
  });
}
