// goxx/pkg/math_rand.h — Go's package math/rand (compiler/stdlib/math/rand), per docs/ABI.md.
//
// Consumes: goxx/value.h, goxx/pkg/io.h (the interface-class macro). Produces: the Source interface
// type, NewSource, the Rand type with its methods (Rand_Intn(Rand*, n), ...), New, and the top-level
// functions over a goroutine-safe global source.
//
// What matches Go: every function's range, distribution, argument checks and panic texts ("invalid
// argument to Intn"), Perm/Shuffle as Fisher-Yates, the global source seeded randomly at start-up
// (Go 1.20+) unless Seed is called, and a Rand over a user-defined Source calling its Int63 through the
// interface. What does not: the generator itself (xoshiro256**, not Go's additive lagged Fibonacci
// generator, whose seed table goxx does not copy), so a given seed yields a different sequence than Go.
#pragma once

#include <cstdint>

#include "goxx/pkg/io.h"
#include "goxx/value.h"

namespace goxx::pkg::math_rand {

GOXX_PKG_INTERFACE_CLASS(Source);

// The generator behind NewSource (*rand.rngSource): xoshiro256** seeded through splitmix64.
struct RngSource {
  uint64_t state[4] = {0, 0, 0, 0};
  bool operator==(const RngSource&) const = default;
};
void seedRngSource(RngSource* s, goxx::Int64 seed);
goxx::Int64 rngSourceInt63(RngSource* s);

Source NewSource(goxx::Int64 seed);

struct Rand {
  Source src;
};
goxx::Ptr<Rand> New(const Source& src);
goxx::Int Rand_Int(Rand* r);
goxx::Int Rand_Intn(Rand* r, goxx::Int n);
goxx::Int64 Rand_Int63(Rand* r);
goxx::Int64 Rand_Int63n(Rand* r, goxx::Int64 n);
goxx::Float64 Rand_Float64(Rand* r);
goxx::Slice<goxx::Int> Rand_Perm(Rand* r, goxx::Int n);
void Rand_Shuffle(Rand* r, goxx::Int n, const goxx::Func<void(goxx::Int, goxx::Int)>& swap);

void Seed(goxx::Int64 seed);
goxx::Int Int();
goxx::Int Intn(goxx::Int n);
goxx::Int32 Int31();
goxx::Int32 Int31n(goxx::Int32 n);
goxx::Int64 Int63();
goxx::Int64 Int63n(goxx::Int64 n);
goxx::Uint32 Uint32();
goxx::Float64 Float64();
goxx::Float32 Float32();
goxx::Slice<goxx::Int> Perm(goxx::Int n);
void Shuffle(goxx::Int n, const goxx::Func<void(goxx::Int, goxx::Int)>& swap);

}  // namespace goxx::pkg::math_rand

namespace goxx {
template <> struct TypeOf<pkg::math_rand::Source> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::math_rand::RngSource> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::math_rand::RngSource>> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::math_rand::Rand> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::math_rand::Rand>> { static const TypeDesc* get(); };
}  // namespace goxx
