// hash.cpp — byte hashing and the process's source of hash randomness (see goxx/value/hash.h).
//
// Go seeds map hashes randomly so that programs cannot depend on hash order; randomHash() serves the
// per-map seeds, NaN hashes and iteration start points. It is a splitmix64 sequence over an atomic counter
// seeded from the clock and an address (no lock; fine for non-cryptographic use from any thread).
#include <atomic>
#include <chrono>
#include <cstring>

#include "goxx/value/hash.h"

namespace goxx {

namespace {

uint64_t initialSeed() {
  static int anchor;
  auto now = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  return hashMix(now ^ reinterpret_cast<uintptr_t>(&anchor));
}

std::atomic<uint64_t> randomState{initialSeed()};

}  // namespace

uint64_t randomHash() {
  uint64_t x = randomState.fetch_add(0x9e3779b97f4a7c15ULL, std::memory_order_relaxed) + 0x9e3779b97f4a7c15ULL;
  return hashMix(x);
}

uint64_t hashBytes(const void* p, size_t n, uint64_t seed) {
  const unsigned char* b = static_cast<const unsigned char*>(p);
  uint64_t h = hashMix(seed ^ (n * 0x9e3779b97f4a7c15ULL));
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, b, 8);
    h = hashCombine(h, w);
    b += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, b, n);
  return hashCombine(h, tail ^ (uint64_t(n) << 56));
}

}  // namespace goxx
