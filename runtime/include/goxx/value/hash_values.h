// goxx/value/hash_values.h — GoHash for the value types that can be map keys: String, Ptr, Chan, Array.
//
// Consumes: hash.h, string.h, ptr.h, array.h, chan.h. Produces: the GoHash specializations (Any's is in
// any.h, structs' in generated code). Pointers and channels hash their identity, as == compares it.
#pragma once

#include <cstdint>

#include "goxx/chan.h"
#include "goxx/value/array.h"
#include "goxx/value/hash.h"
#include "goxx/value/ptr.h"
#include "goxx/value/string.h"

namespace goxx {

template <>
struct GoHash<String> {
  uint64_t operator()(const String& s, uint64_t seed) const {
    return hashBytes(s.data(), static_cast<size_t>(s.len()), seed);
  }
};

template <class T>
struct GoHash<Ptr<T>> {
  uint64_t operator()(const Ptr<T>& p, uint64_t seed) const {
    return hashMix(reinterpret_cast<uintptr_t>(p.get()) ^ seed);
  }
};

template <class T>
struct GoHash<Chan<T>> {
  uint64_t operator()(const Chan<T>& c, uint64_t seed) const {
    return hashMix(reinterpret_cast<uintptr_t>(c.core()) ^ seed);
  }
};

template <class T, size_t N>
  requires GoHashable<T>
struct GoHash<Array<T, N>> {
  uint64_t operator()(const Array<T, N>& a, uint64_t seed) const {
    uint64_t h = hashMix(seed ^ N);
    for (const T& e : a) h = hashCombine(h, GoHash<T>{}(e, seed));
    return h;
  }
};

}  // namespace goxx
