// Package math/rand through its ABI entry points (goxx/pkg/math_rand.h). goxx's generator differs from
// Go's (see the header), so these tests check what Go specifies: ranges, determinism for a seed, Perm
// being a permutation, Shuffle calling swap n-1 times, Go's panic texts, and a user Source being used
// through the interface.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "goxx/pkg/math_rand.h"
#include "panic_text.h"

namespace r = goxx::pkg::math_rand;
using goxx::Int;
using goxx::Int64;

namespace {

// A user-defined Source (as generated code would describe it) counting up from 0.
struct Counter {
  Int64 next = 0;
};
Int64 counterInt63(const void* p) { return (*static_cast<const goxx::Ptr<Counter>*>(p))->next++; }
void counterSeed(const void* p, Int64 s) { (*static_cast<const goxx::Ptr<Counter>*>(p))->next = s; }

}  // namespace

template <>
struct goxx::TypeOf<Counter> {
  static const goxx::TypeDesc* get() {
    static const goxx::TypeDesc d = goxx::structType<Counter>("main.counter", {goxx::field<&Counter::next>("next")});
    return &d;
  }
};
template <>
struct goxx::TypeOf<goxx::Ptr<Counter>> {
  static const goxx::TypeDesc* get() {
    static const goxx::TypeDesc d =
        goxx::pointerType<Counter>({goxx::method("Int63", &counterInt63), goxx::method("Seed", &counterSeed)});
    return &d;
  }
};

TEST_CASE("pkg/math/rand: ranges and Go's argument checks") {
  for (int i = 0; i < 1000; ++i) {
    Int v = r::Intn(10);
    CHECK((v >= 0 && v < 10));
    double f = r::Float64();
    CHECK((f >= 0 && f < 1));
    CHECK(r::Int31n(7) < 7);
    CHECK(r::Int63n(int64_t(1) << 40) < (int64_t(1) << 40));
    CHECK(r::Int() >= 0);
    float g = r::Float32();
    CHECK((g >= 0 && g < 1));
  }
  CHECK(goxx::test::panicText([] { r::Intn(0); }) == "invalid argument to Intn");
  CHECK(goxx::test::panicText([] { r::Int63n(-1); }) == "invalid argument to Int63n");
  CHECK(goxx::test::panicText([] { r::Int31n(0); }) == "invalid argument to Int31n");
  CHECK(goxx::test::panicText([] { r::Shuffle(-1, [](Int, Int) {}); }) == "invalid argument to Shuffle");
}

TEST_CASE("pkg/math/rand: a seeded Rand is deterministic; Perm and Shuffle permute") {
  auto a = r::New(r::NewSource(42)), b = r::New(r::NewSource(42));
  for (int i = 0; i < 100; ++i) CHECK(r::Rand_Int63(a.get()) == r::Rand_Int63(b.get()));
  goxx::Slice<Int> p = r::Rand_Perm(a.get(), 50);
  std::vector<Int> sorted(p.begin(), p.end());
  std::sort(sorted.begin(), sorted.end());
  for (Int i = 0; i < 50; ++i) CHECK(sorted[i] == i);
  int swaps = 0;
  r::Rand_Shuffle(a.get(), 10, [&](Int i, Int j) {
    ++swaps;
    CHECK((j >= 0 && j <= i));
  });
  CHECK(swaps == 9);
  r::Seed(7);
  Int64 first = r::Int63();
  r::Seed(7);
  CHECK(r::Int63() == first);
  CHECK(goxx::typeOf<goxx::Ptr<r::Rand>>()->name == "*rand.Rand");
}

TEST_CASE("pkg/math/rand: a Rand over a user-defined Source calls it through the interface") {
  auto rnd = r::New(r::Source(goxx::Any(goxx::newPtr<Counter>())));
  CHECK(r::Rand_Int63(rnd.get()) == 0);
  CHECK(r::Rand_Int63(rnd.get()) == 1);
  CHECK(r::Rand_Int(rnd.get()) == 2);
}
