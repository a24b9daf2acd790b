// select/cheap_rand.h — a per-thread pseudo-random generator for select's poll order (Go's cheaprand).
//
// Not cryptographic and not shared: each worker thread has its own state, so no synchronization is needed.
// Seeded from the clock and the state's own address so threads diverge.
#pragma once

#include <cstdint>

#include "goxx/sched.h"

namespace goxx {

// Uniform in [0, n) for n > 0 (Lemire's multiply-shift reduction; the bias is below 2^-32 for our n).
inline uint32_t cheapRandN(uint32_t n) {
  thread_local uint64_t state = 0;
  if (state == 0) {
    state = uint64_t(nanotime()) ^ (reinterpret_cast<uintptr_t>(&state) * 0x9E3779B97F4A7C15ull);
    if (state == 0) state = 1;
  }
  // xorshift64*
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  const uint64_t r = state * 0x2545F4914F6CDD1Dull;
  return uint32_t((uint64_t(uint32_t(r >> 32)) * n) >> 32);
}

}  // namespace goxx
