// goxx/value/hash.h — hashing of map keys: the customization point GoHash<T>.
//
// Consumes: basic_types.h. Produces: GoHash<T> for integers, floats, bool; hashBytes, hashMix and
// hashCombine for composite keys. String, Ptr, Chan, Array and Any specialize GoHash next to their types
// (type_of.h, any.h); generated code specializes it for structs by combining the fields:
//     template <> struct goxx::GoHash<main::P> {
//       uint64_t operator()(const main::P& p, uint64_t seed) const {
//         return goxx::hashCombine(goxx::GoHash<goxx::Int>{}(p.X, seed), goxx::GoHash<goxx::String>{}(p.Name, seed));
//       }
//     };
// Every GoHash must agree with ==: equal values hash equally. For floats +0 and -0 hash alike, and a NaN
// hashes randomly (NaN != NaN, so a NaN key can never be found again, exactly as in Go).
// The primary template is declared but not defined, so `kHashable<T>` tells whether a type has one.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace goxx {

template <class T, class Enable = void>
struct GoHash;

template <class T>
concept GoHashable = requires(const T& v, uint64_t seed) {
  { GoHash<T>{}(v, seed) } -> std::convertible_to<uint64_t>;
};

inline uint64_t hashMix(uint64_t x) {
  // A 64-bit finalizer (xor-shift-multiply): every input bit affects every output bit.
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

inline uint64_t hashCombine(uint64_t h, uint64_t v) { return hashMix(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6))); }

uint64_t hashBytes(const void* p, size_t n, uint64_t seed);
// A fresh random value (NaN hashing, map seeds, iteration starts).
uint64_t randomHash();

template <class T>
struct GoHash<T, std::enable_if_t<std::is_integral_v<T>>> {
  uint64_t operator()(T v, uint64_t seed) const { return hashMix(static_cast<uint64_t>(v) ^ seed); }
};

template <class T>
struct GoHash<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  uint64_t operator()(T v, uint64_t seed) const {
    if (v == 0) return hashMix(seed);  // +0 == -0
    if (std::isnan(v)) return randomHash();
    double d = static_cast<double>(v);
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return hashMix(bits ^ seed);
  }
};

}  // namespace goxx
