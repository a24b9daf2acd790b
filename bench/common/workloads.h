// bench/common/workloads.h — the eight workloads, declared once; bench/goxx and bench/boost each define them
// on their own runtime (bench/go has the Go twins). Each runs on the implementation's main goroutine/fiber with
// the workers already set up, verifies its result (exit 1 if wrong) and returns the value in the unit of
// workload_spec.cpp. What each one measures is described next to the Go version and in bench/README.md.
#pragma once

#include <cstdint>

#include "workload_spec.h"

namespace bench {

double spawnJoin(int64_t n);
double pingPong(int64_t n);
double chanThroughput(int64_t n);
double skynet(int64_t n);
double primeSieve(int64_t n);
double parkedMemory(int64_t n);
double mutexCounter(int64_t n);
double selectTwoProducers(int64_t n);

// Runs the workload named on the command line; exits 2 when this implementation has none of that name.
double runWorkload(const Invocation& inv, const char* program);

}  // namespace bench
