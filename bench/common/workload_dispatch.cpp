// Maps a workload name to its function. Compiled into each implementation's executable (the functions it
// calls are defined there), so bench_common itself stays free of them.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "workloads.h"

namespace bench {

double runWorkload(const Invocation& inv, const char* program) {
  const char* name = inv.spec->name;
  if (std::strcmp(name, "spawn") == 0) return spawnJoin(inv.n);
  if (std::strcmp(name, "pingpong2") == 0 || std::strcmp(name, "pingpong1") == 0) return pingPong(inv.n);
  if (std::strcmp(name, "chan") == 0) return chanThroughput(inv.n);
  if (std::strcmp(name, "skynet") == 0) return skynet(inv.n);
  if (std::strcmp(name, "sieve") == 0) return primeSieve(inv.n);
  if (std::strcmp(name, "parked") == 0) return parkedMemory(inv.n);
  if (std::strcmp(name, "mutex") == 0) return mutexCounter(inv.n);
  if (std::strcmp(name, "select") == 0) return selectTwoProducers(inv.n);
  std::fprintf(stderr, "%s: no implementation of %s\n", program, name);
  std::exit(2);
}

}  // namespace bench
