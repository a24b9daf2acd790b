// bench/goxx/workloads.h — the eight workloads on the goxx runtime's C++ API (runtime/include/goxx/),
// written the way goxx's lowering of the Go versions in bench/go would use that API: goroutines via
// goxx::go, channels as goxx::Chan handles captured by value, sync.Mutex / sync.WaitGroup as
// goxx::sync::Mutex / WaitGroup. Each runs on the main goroutine (goxx::runMain) with GOMAXPROCS already
// set, verifies its result (exit 1 if wrong) and returns the value in the unit of
// bench/common/workload_spec.cpp.
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
