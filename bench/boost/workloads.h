// bench/boost/workloads.h — the eight workloads on Boost.Fiber. Each runs on the calling thread's main
// fiber with the FiberWorkers already installed, verifies its result (exit 1 if wrong) and returns the
// value in the unit of bench/common/workload_spec.cpp. What each one measures is described next to the
// Go version (bench/go) and in bench/README.md.
#pragma once

#include <cstdint>

namespace bench {

double spawnJoin(int64_t n);
double pingPong(int64_t n);
double chanThroughput(int64_t n);
double skynet(int64_t n);
double primeSieve(int64_t n);
double parkedMemory(int64_t n);
double mutexCounter(int64_t n);
double selectTwoProducers(int64_t n);

}  // namespace bench
