// A worker pool on the goxx runtime, written in plain C++: main feeds the numbers 1..9999 into a jobs
// channel, four worker goroutines compute each number's Collatz chain length and send it on a results
// channel, and a closer goroutine closes the results once a WaitGroup says every worker has returned.
// The output is the same whatever order the results arrive in: only the longest chain (ties go to the
// smaller number) and sums are printed.
#include <cstdint>
#include <cstdio>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/main.h"
#include "goxx/sync.h"

namespace {

constexpr int kWorkers = 4;
constexpr int kLimit = 10000;  // numbers 1..kLimit-1

struct ChainLength {
  int start = 0;
  int steps = 0;
};

// Steps of n -> n/2 (even) or 3n+1 (odd) until n reaches 1. Below 10000 the values stay under 2^32.
int collatzSteps(uint64_t n) {
  int steps = 0;
  for (; n != 1; steps++) n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
  return steps;
}

}  // namespace

int main(int argc, char** argv) {
  goxx::runMain(argc, argv, [] {
    auto jobs = goxx::makeChan<int>(16);
    auto results = goxx::makeChan<ChainLength>(16);
    goxx::sync::WaitGroup workers;

    for (int w = 0; w < kWorkers; w++) {
      workers.Add(1);
      goxx::go([jobs, results, &workers] {
        int n;
        while (jobs.recv(&n)) results.send(ChainLength{n, collatzSteps(static_cast<uint64_t>(n))});
        workers.Done();
      });
    }
    goxx::go([results, &workers] {
      workers.Wait();
      results.close();
    });
    goxx::go([jobs] {
      for (int n = 1; n < kLimit; n++) jobs.send(n);
      jobs.close();
    });

    ChainLength longest;
    long totalSteps = 0;
    int count = 0;
    ChainLength r;
    while (results.recv(&r)) {
      count++;
      totalSteps += r.steps;
      if (r.steps > longest.steps || (r.steps == longest.steps && r.start < longest.start)) longest = r;
    }
    std::printf("workers: %d\n", kWorkers);
    std::printf("results: %d\n", count);
    std::printf("longest chain below %d: %d (%d steps)\n", kLimit, longest.start, longest.steps);
    std::printf("total steps: %ld\n", totalSteps);
  });
}
