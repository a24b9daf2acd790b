// bench/common/result_check.h — every workload verifies what it computed (a sum, a count, the n-th
// prime) so that a broken runtime produces an error instead of a fast-looking number.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace bench {

// Exits 1 with "bench: wrong result: <what> = <got>, want <want>" unless got == want.
inline void checkEqual(const char* what, int64_t got, int64_t want) {
  if (got == want) return;
  std::fprintf(stderr, "bench: wrong result: %s = %lld, want %lld\n", what, static_cast<long long>(got),
               static_cast<long long>(want));
  std::exit(1);
}

// The n-th prime by trial division: the sequential answer the concurrent sieve must agree with.
inline int64_t nthPrime(int64_t n) {
  int64_t count = 0;
  for (int64_t c = 2;; ++c) {
    bool isPrime = true;
    for (int64_t d = 2; d * d <= c; ++d) {
      if (c % d == 0) {
        isPrime = false;
        break;
      }
    }
    if (isPrime && ++count == n) return c;
  }
}

inline bool isPowerOf10(int64_t n) {
  while (n > 1 && n % 10 == 0) n /= 10;
  return n == 1;
}

}  // namespace bench
