// bench/common/workload_spec.h — the eight workloads' names, sizes and units, and the command line that
// every C++ benchmark binary (bench/boost, bench/goxx) shares with the Go one (bench/go).
//
// Consumes: argv ("BINARY WORKLOAD [N]"). Produces: which workload to run and its size, and the one
// output line "WORKLOAD VALUE UNIT" that bench/compare.sh parses. Keep the table in step with
// bench/go/main.go: the three implementations must measure the same thing under the same name.
#pragma once

#include <cstdint>

namespace bench {

struct WorkloadSpec {
  const char* name;
  int64_t defaultSize;
  int workers;       // OS threads running goroutines/fibers (GOMAXPROCS)
  const char* unit;  // of the printed value
};

struct Invocation {
  const WorkloadSpec* spec;
  int64_t n;  // the workload's size: goroutines, round trips, messages, leaves, primes or increments
};

// Parses "WORKLOAD [N]"; prints the usage and exits 2 when it does not parse.
Invocation parseCommandLine(int argc, char** argv);

// Prints "WORKLOAD VALUE UNIT" on stdout and flushes it.
void printResult(const Invocation& inv, double value);

// Monotonic clock in nanoseconds, for timing a workload from inside the process.
int64_t monotonicNanos();

}  // namespace bench
