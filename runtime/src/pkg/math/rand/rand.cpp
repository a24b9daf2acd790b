// rand.cpp — rand.Rand's methods and the top-level functions (see goxx/pkg/math_rand.h). Every
// derived function is written once over a "draw 63 bits" callable, so a Rand over any Source and the
// global locked source share Go's algorithms (rejection sampling for Int31n/Int63n, Fisher-Yates).
#include <ctime>
#include <mutex>
#include <random>

#include "goxx/pkg/math_rand.h"
#include "goxx/sched.h"

namespace goxx {

namespace pkg::math_rand {

namespace {

constexpr Int32 kMaxInt32 = 0x7FFFFFFF;

template <class Draw>
Int32 int31(Draw& draw) { return static_cast<Int32>(draw() >> 32); }

template <class Draw>
Int64 int63n(Draw& draw, Int64 n, const char* name) {
  if (n <= 0) panicString(std::string("invalid argument to ") + name);
  if ((n & (n - 1)) == 0) return draw() & (n - 1);
  Int64 max = static_cast<Int64>((uint64_t(1) << 63) - 1 - (uint64_t(1) << 63) % static_cast<uint64_t>(n));
  Int64 v = draw();
  while (v > max) v = draw();
  return v % n;
}

template <class Draw>
Int32 int31n(Draw& draw, Int32 n, const char* name) {
  if (n <= 0) panicString(std::string("invalid argument to ") + name);
  if ((n & (n - 1)) == 0) return int31(draw) & (n - 1);
  Int32 max = static_cast<Int32>((uint32_t(1) << 31) - 1 - (uint32_t(1) << 31) % static_cast<uint32_t>(n));
  Int32 v = int31(draw);
  while (v > max) v = int31(draw);
  return v % n;
}

template <class Draw>
goxx::Int intn(Draw& draw, goxx::Int n) {
  if (n <= 0) panicString("invalid argument to Intn");
  if (n <= kMaxInt32) return int31n(draw, static_cast<Int32>(n), "Int31n");
  return int63n(draw, n, "Int63n");
}

template <class Draw>
goxx::Float64 float64(Draw& draw) {
  for (;;) {
    goxx::Float64 f = static_cast<goxx::Float64>(draw()) / 9223372036854775808.0;
    if (f != 1) return f;
  }
}

template <class Draw>
Slice<goxx::Int> perm(Draw& draw, goxx::Int n) {
  Slice<goxx::Int> m = makeSlice<goxx::Int>(n);
  for (goxx::Int i = 0; i < n; ++i) {
    goxx::Int j = intn(draw, i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  return m;
}

template <class Draw>
void shuffle(Draw& draw, goxx::Int n, const Func<void(goxx::Int, goxx::Int)>& swap) {
  if (n < 0) panicString("invalid argument to Shuffle");
  for (goxx::Int i = n - 1; i > 0; --i) swap(i, intn(draw, i + 1));
}

// A Rand draws from its Source: directly for the built-in generator, else through the interface.
struct RandDraw {
  Rand* r;
  Int64 operator()() const {
    const Source& src = r->src;
    if (const Ptr<RngSource>* builtin = src.tryAs<Ptr<RngSource>>()) return rngSourceInt63(builtin->get());
    static ItabCache site;
    return site.method<Int64 (*)(const void*)>(src, typeOf<Source>(), 0)(src.valuePtr());
  }
};

// The global source: one generator shared by all goroutines, one draw per lock hold (callbacks such as
// Shuffle's swap run without the lock).
struct GlobalSource {
  SpinLock lock;
  RngSource gen;
  GlobalSource() {
    std::random_device rd;
    uint64_t seed = (uint64_t(rd()) << 32) ^ rd() ^ static_cast<uint64_t>(std::time(nullptr));
    seedRngSource(&gen, static_cast<Int64>(seed));
  }
};
GlobalSource& global() {
  static GlobalSource g;
  return g;
}
struct GlobalDraw {
  Int64 operator()() const {
    GlobalSource& g = global();
    std::lock_guard<SpinLock> hold(g.lock);
    return rngSourceInt63(&g.gen);
  }
};

}  // namespace

Ptr<Rand> New(const Source& src) { return newPtr<Rand>(Rand{src}); }

goxx::Int Rand_Int(Rand* r) { return RandDraw{r}(); }
goxx::Int Rand_Intn(Rand* r, goxx::Int n) {
  RandDraw d{r};
  return intn(d, n);
}
Int64 Rand_Int63(Rand* r) { return RandDraw{r}(); }
Int64 Rand_Int63n(Rand* r, Int64 n) {
  RandDraw d{r};
  return int63n(d, n, "Int63n");
}
goxx::Float64 Rand_Float64(Rand* r) {
  RandDraw d{r};
  return float64(d);
}
Slice<goxx::Int> Rand_Perm(Rand* r, goxx::Int n) {
  RandDraw d{r};
  return perm(d, n);
}
void Rand_Shuffle(Rand* r, goxx::Int n, const Func<void(goxx::Int, goxx::Int)>& swap) {
  RandDraw d{r};
  shuffle(d, n, swap);
}

void Seed(Int64 seed) {
  GlobalSource& g = global();
  std::lock_guard<SpinLock> hold(g.lock);
  seedRngSource(&g.gen, seed);
}

goxx::Int Int() { return GlobalDraw{}(); }
goxx::Int Intn(goxx::Int n) {
  GlobalDraw d;
  return intn(d, n);
}
Int32 Int31() {
  GlobalDraw d;
  return int31(d);
}
Int32 Int31n(Int32 n) {
  GlobalDraw d;
  return int31n(d, n, "Int31n");
}
Int64 Int63() { return GlobalDraw{}(); }
Int64 Int63n(Int64 n) {
  GlobalDraw d;
  return int63n(d, n, "Int63n");
}
goxx::Uint32 Uint32() { return static_cast<goxx::Uint32>(GlobalDraw{}() >> 31); }
goxx::Float64 Float64() {
  GlobalDraw d;
  return float64(d);
}
goxx::Float32 Float32() {
  GlobalDraw d;
  for (;;) {
    goxx::Float32 f = static_cast<goxx::Float32>(float64(d));
    if (f != 1) return f;
  }
}
Slice<goxx::Int> Perm(goxx::Int n) {
  GlobalDraw d;
  return perm(d, n);
}
void Shuffle(goxx::Int n, const Func<void(goxx::Int, goxx::Int)>& swap) {
  GlobalDraw d;
  shuffle(d, n, swap);
}

}  // namespace pkg::math_rand

using pkg::math_rand::Rand;

namespace {
Rand* self(const void* r) { return &**static_cast<const Ptr<Rand>*>(r); }
goxx::Int mInt(const void* r) { return pkg::math_rand::Rand_Int(self(r)); }
goxx::Int mIntn(const void* r, goxx::Int n) { return pkg::math_rand::Rand_Intn(self(r), n); }
Int64 mInt63(const void* r) { return pkg::math_rand::Rand_Int63(self(r)); }
Int64 mInt63n(const void* r, Int64 n) { return pkg::math_rand::Rand_Int63n(self(r), n); }
goxx::Float64 mFloat64(const void* r) { return pkg::math_rand::Rand_Float64(self(r)); }
Slice<goxx::Int> mPerm(const void* r, goxx::Int n) { return pkg::math_rand::Rand_Perm(self(r), n); }
void mShuffle(const void* r, goxx::Int n, Func<void(goxx::Int, goxx::Int)> swap) { pkg::math_rand::Rand_Shuffle(self(r), n, swap); }
}  // namespace

const TypeDesc* TypeOf<Rand>::get() {
  static const TypeDesc d = structType<Rand>("rand.Rand", {field<&Rand::src>("src")});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Rand>>::get() {
  static const TypeDesc d = pointerType<Rand>({method("goxx::Float64", &mFloat64), method("goxx::Int", &mInt),
                                               method("Int63", &mInt63), method("Int63n", &mInt63n),
                                               method("Intn", &mIntn), method("Perm", &mPerm),
                                               method("Shuffle", &mShuffle)});
  return &d;
}

}  // namespace goxx
