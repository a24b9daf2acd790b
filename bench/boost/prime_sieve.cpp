#include <boost/fiber/unbuffered_channel.hpp>

#include "result_check.h"
#include "spawn_fiber.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {
namespace {

using IntChannel = boost::fibers::unbuffered_channel<int64_t>;

}  // namespace

// The concurrent prime sieve: a generator fiber feeds 2, 3, 4, ... through a daisy chain of filter
// fibers, one per prime found, linked by unbuffered channels. Milliseconds for n primes.
// The channels are never freed: the generator and filters stay blocked on them until the process
// exits, as the goroutines do in the Go version.
double primeSieve(int64_t n) {
  int64_t start = monotonicNanos();
  IntChannel* in = new IntChannel;
  spawnFiber([in] {
    for (int64_t i = 2;; ++i) in->push(i);
  });
  int64_t last = 0;
  for (int64_t i = 0; i < n; ++i) {
    last = in->value_pop();
    IntChannel* out = new IntChannel;
    spawnFiber([in, out, prime = last] {
      for (;;) {
        int64_t v = in->value_pop();
        if (v % prime != 0) out->push(v);
      }
    });
    in = out;
  }
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("last prime", last, nthPrime(n));
  return static_cast<double>(elapsed) / 1e6;
}

}  // namespace bench
