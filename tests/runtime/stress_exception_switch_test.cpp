// Stress: C++ exception state follows its goroutine across switches and threads.
//
// The "currently caught" exception stack and the count of exceptions in flight are per thread in the C++
// ABI (__cxa_eh_globals). A goroutine may park inside a catch block, or in a destructor run by unwinding,
// and resume on another thread while other goroutines throw and catch on the first one. The scheduler
// saves that state at every switch; these tests check it with many goroutines doing exactly that.
#include <doctest/doctest.h>

#include <atomic>
#include <exception>
#include <stdexcept>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/sched.h"
#include "goxx/sync.h"
#include "stress_watchdog.h"

namespace {

#if defined(GOXX_TSAN) || defined(GOXX_ASAN)
constexpr int kGoroutines = 40;
constexpr int kIterations = 30;
#else
constexpr int kGoroutines = 200;
constexpr int kIterations = 100;
#endif

struct Tagged {
  int owner;
  int iteration;
};

// Parks in a way that makes a move to another thread likely: a rendezvous with a fresh goroutine, a yield
// or a short sleep, depending on `how`.
void parkSomehow(int how) {
  switch (how % 3) {
    case 0: {
      auto c = goxx::makeChan<int>();
      goxx::go([c] { c.send(1); });
      c.recv();
      break;
    }
    case 1:
      goxx::gosched();
      break;
    case 2:
      goxx::sleepFor(20000);
      break;
  }
}

TEST_CASE("stress/exceptions: a goroutine parked in a catch block rethrows its own exception") {
  goxx::test::Watchdog dog("exceptions across switches", 120);
  std::atomic<int> wrong{0}, rethrown{0};
  goxx::sync::WaitGroup wg;
  wg.Add(kGoroutines);
  for (int g = 0; g < kGoroutines; g++) {
    goxx::go([&, g] {
      for (int it = 0; it < kIterations; it++) {
        try {
          try {
            throw Tagged{g, it};
          } catch (const Tagged& first) {
            parkSomehow(g + it);
            // Nested: while this exception is caught, throw and catch another one, parking in between.
            try {
              throw std::runtime_error("inner");
            } catch (const std::runtime_error&) {
              parkSomehow(g + it + 1);
              if (std::current_exception() == nullptr) wrong++;
            }
            // The inner one is finished: the caught exception is `first` again.
            if (first.owner != g || first.iteration != it) wrong++;
            throw;  // rethrow `first`, possibly on another thread than the one that caught it
          }
        } catch (const Tagged& again) {
          if (again.owner == g && again.iteration == it) {
            rethrown++;
          } else {
            wrong++;
          }
        } catch (...) {
          wrong++;
        }
        if (std::current_exception() != nullptr) wrong++;  // nothing is being handled any more
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(wrong.load() == 0);
  CHECK(rethrown.load() == kGoroutines * kIterations);
}

// A destructor run while an exception propagates may park (deferred calls that block, in generated code).
// std::uncaught_exceptions() must count the goroutine's own exception before and after the park, and zero
// on goroutines that are not unwinding.
TEST_CASE("stress/exceptions: unwinding that parks keeps its own uncaught-exception count") {
  goxx::test::Watchdog dog("uncaught exceptions across switches", 120);
  std::atomic<int> wrong{0}, caught{0};
  goxx::sync::WaitGroup wg;
  wg.Add(kGoroutines);
  for (int g = 0; g < kGoroutines; g++) {
    goxx::go([&, g] {
      for (int it = 0; it < kIterations; it++) {
        if (std::uncaught_exceptions() != 0) wrong++;
        try {
          struct ParksWhileUnwinding {
            std::atomic<int>* wrong;
            int how;
            ~ParksWhileUnwinding() {
              if (std::uncaught_exceptions() != 1) (*wrong)++;
              parkSomehow(how);
              if (std::uncaught_exceptions() != 1) (*wrong)++;
            }
          } guard{&wrong, g + it};
          throw Tagged{g, it};
        } catch (const Tagged& t) {
          if (t.owner == g && t.iteration == it) caught++;
        }
        if (std::uncaught_exceptions() != 0) wrong++;
      }
      wg.Done();
    });
  }
  wg.Wait();
  CHECK(wrong.load() == 0);
  CHECK(caught.load() == kGoroutines * kIterations);
}

}  // namespace
