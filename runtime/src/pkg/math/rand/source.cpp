// source.cpp — math/rand's generator (rand.NewSource) and the Source interface (see goxx/pkg/math_rand.h).
#include "goxx/pkg/math_rand.h"

namespace goxx {

namespace pkg::math_rand {

namespace {

uint64_t splitmix64(uint64_t* x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

void seedRngSource(RngSource* s, Int64 seed) {
  uint64_t x = static_cast<uint64_t>(seed);
  for (uint64_t& word : s->state) word = splitmix64(&x);
}

// xoshiro256**; the top 63 bits.
Int64 rngSourceInt63(RngSource* s) {
  uint64_t* st = s->state;
  if ((st[0] | st[1] | st[2] | st[3]) == 0) seedRngSource(s, 0);  // the zero value acts as seed 0
  uint64_t result = rotl(st[1] * 5, 7) * 9;
  uint64_t t = st[1] << 17;
  st[2] ^= st[0];
  st[3] ^= st[1];
  st[1] ^= st[2];
  st[0] ^= st[3];
  st[2] ^= t;
  st[3] = rotl(st[3], 45);
  return static_cast<Int64>(result >> 1);
}

Source NewSource(Int64 seed) {
  Ptr<RngSource> s = newPtr<RngSource>();
  seedRngSource(s.get(), seed);
  return Source(Any(s));
}

}  // namespace pkg::math_rand

using pkg::math_rand::RngSource;

namespace {
RngSource* self(const void* r) { return &**static_cast<const Ptr<RngSource>*>(r); }
Int64 mInt63(const void* r) { return pkg::math_rand::rngSourceInt63(self(r)); }
void mSeed(const void* r, Int64 seed) { pkg::math_rand::seedRngSource(self(r), seed); }
Uint64 mUint64(const void* r) {
  RngSource* s = self(r);
  return static_cast<Uint64>(pkg::math_rand::rngSourceInt63(s)) >> 31 |
         static_cast<Uint64>(pkg::math_rand::rngSourceInt63(s)) << 32;
}
}  // namespace

const TypeDesc* TypeOf<pkg::math_rand::Source>::get() {
  static const TypeDesc d =
      interfaceType("rand.Source", std::vector<Method>{Method{"Int63", nullptr, {}}, Method{"Seed", nullptr, {}}});
  return &d;
}

const TypeDesc* TypeOf<RngSource>::get() {
  static const TypeDesc d = structType<RngSource>("rand.rngSource", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<RngSource>>::get() {
  static const TypeDesc d =
      pointerType<RngSource>({method("Int63", &mInt63), method("Seed", &mSeed), method("Uint64", &mUint64)});
  return &d;
}

}  // namespace goxx
