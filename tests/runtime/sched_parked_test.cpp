// Scheduler: a million goroutines parked at once, each with its own guarded stack.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/runtime_api.h"
#include "goxx/sync.h"

namespace {

#if !defined(GOXX_TSAN) && !defined(GOXX_ASAN)
int mapCount() {
  std::ifstream maps("/proc/self/maps");
  int n = 0;
  std::string line;
  while (std::getline(maps, line)) n++;
  return n;
}
#endif

TEST_CASE("sched: one million goroutines parked at once, then released" * doctest::test_suite("long")) {
#if defined(GOXX_TSAN) || defined(GOXX_ASAN)
  const int n = 20000;  // sanitizer shadow memory per stack makes a million impractical
#else
  const int n = 1000000;
#endif
  int64_t before = goxx::numGoroutine();
  auto gate = goxx::makeChan<int>();
  goxx::sync::WaitGroup parked, finished;
  parked.Add(n);
  finished.Add(n);
  for (int i = 0; i < n; i++) {
    goxx::go([&, gate] {
      parked.Done();
      gate.recv();  // parks until close
      finished.Done();
    });
  }
  parked.Wait();
  CHECK(goxx::numGoroutine() >= before + n);
#if !defined(GOXX_TSAN) && !defined(GOXX_ASAN)
  // One mapping per slab of stacks, not per stack: far below vm.max_map_count (65530). (Sanitizers add
  // mappings of their own per fiber, so the count says nothing about our stacks there.)
  CHECK(mapCount() < 20000);
#endif
  gate.close();
  finished.Wait();
}

}  // namespace
