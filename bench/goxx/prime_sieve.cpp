#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "result_check.h"
#include "workload_spec.h"
#include "workloads.h"

namespace bench {

// The concurrent prime sieve: a generator goroutine feeds 2, 3, 4, ... through a daisy chain of filter
// goroutines, one per prime found, linked by unbuffered channels. Milliseconds for n primes. The
// generator and filters stay blocked when main returns; the process ends anyway, as in Go.
double primeSieve(int64_t n) {
  int64_t start = monotonicNanos();
  goxx::Chan<int64_t> in = goxx::makeChan<int64_t>(0);
  goxx::go([in] {
    for (int64_t i = 2;; ++i) in.send(i);
  });
  int64_t last = 0;
  for (int64_t i = 0; i < n; ++i) {
    last = in.recv();
    goxx::Chan<int64_t> out = goxx::makeChan<int64_t>(0);
    goxx::go([in, out, prime = last] {
      for (;;) {
        int64_t v = in.recv();
        if (v % prime != 0) out.send(v);
      }
    });
    in = out;
  }
  int64_t elapsed = monotonicNanos() - start;
  checkEqual("last prime", last, nthPrime(n));
  return static_cast<double>(elapsed) / 1e6;
}

}  // namespace bench
