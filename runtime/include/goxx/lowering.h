// goxx/lowering.h — small operations generated code needs to give Go's defined behaviour where C++'s
// differs (integer division, shifts, conversions), and the loop back-edge preemption point.
//
// Consumes: panic.h, defer.h, sched.h, value.h. Produces: goxx::ops::{div, rem, shl, shr, ...}.
// Signed overflow wraps because the driver compiles generated code with -fwrapv; these helpers only
// cover what -fwrapv does not: division by zero (a Go panic, not SIGFPE), MinInt / -1 (wraps in Go, traps
// in C++), and shift counts >= the width (0 or -1 in Go, undefined in C++) or negative (a Go panic).
#pragma once

#include <cstdint>
#include <limits>
#include <tuple>
#include <type_traits>

#include "goxx/defer.h"
#include "goxx/panic.h"
#include "goxx/sched.h"
#include "goxx/value.h"

namespace goxx {

// x.M(args) for an interface value x: the method at `index` in the interface's (name-sorted) method list,
// found through the call site's one-entry itab cache. Fn is R (*)(const void* receiver, Args...).
template <class Fn, class... A>
inline auto callInterfaceMethod(ItabCache& site, const Any& x, const TypeDesc* iface, size_t index, A&&... args) {
  Fn fn = site.method<Fn>(x, iface, index);
  return fn(x.valuePtr(), std::forward<A>(args)...);
}

// A boxed value of a comma-ok form: `v, ok := x.(T)` for a concrete T.
template <class T>
inline std::tuple<T, bool> assertCommaOk(const Any& x) {
  T v{};
  bool ok = x.as<T>(&v);
  return {std::move(v), ok};
}
template <class I>
inline std::tuple<I, bool> assertInterfaceCommaOk(const Any& x, const TypeDesc* iface) {
  Any out;
  bool ok = assertInterface(x, iface, &out);
  return {I(out), ok};
}
template <class M, class K>
inline auto mapGetCommaOk(const M& m, const K& k) {
  typename std::decay_t<decltype(m.get(k))> v{};
  bool ok = m.get(k, &v);
  return std::tuple<decltype(v), bool>{std::move(v), ok};
}
template <class T>
inline std::tuple<T, bool> recvCommaOk(const Chan<T>& c, const SrcPos* where) {
  T v{};
  bool ok = c.recv(&v, where);
  return {std::move(v), ok};
}

}  // namespace goxx

namespace goxx::ops {

[[noreturn]] void panicDivideByZero();
[[noreturn]] void panicNegativeShift();

template <class T>
inline T div(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    if (b == 0) panicDivideByZero();
    if constexpr (std::is_signed_v<T>) {
      if (b == -1) return static_cast<T>(static_cast<std::make_unsigned_t<T>>(0) - static_cast<std::make_unsigned_t<T>>(a));
    }
  }
  return a / b;
}

template <class T>
inline T rem(T a, T b) {
  if (b == 0) panicDivideByZero();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) return 0;
  }
  return a % b;
}

template <class T, class S>
inline T shl(T x, S n) {
  if constexpr (std::is_signed_v<S>) {
    if (n < 0) panicNegativeShift();
  }
  using U = std::make_unsigned_t<T>;
  if (static_cast<uint64_t>(n) >= sizeof(T) * 8) return 0;
  return static_cast<T>(static_cast<U>(static_cast<U>(x) << n));
}

template <class T, class S>
inline T shr(T x, S n) {
  if constexpr (std::is_signed_v<S>) {
    if (n < 0) panicNegativeShift();
  }
  if (static_cast<uint64_t>(n) >= sizeof(T) * 8) {
    if constexpr (std::is_signed_v<T>) return x < 0 ? T(-1) : T(0);
    return 0;
  }
  return static_cast<T>(x >> n);
}

// Float-to-integer conversion: Go leaves out-of-range results implementation-defined; C++ makes them
// undefined. Saturate NaN to 0 like amd64's CVTTSD2SI "indefinite" would otherwise surprise.
template <class To, class From>
inline To convertFloatToInt(From f) {
  if (!(f == f)) return std::numeric_limits<To>::min();
  if (f >= static_cast<From>(std::numeric_limits<To>::max())) return std::numeric_limits<To>::min();
  if (f <= static_cast<From>(std::numeric_limits<To>::min())) return std::numeric_limits<To>::min();
  return static_cast<To>(f);
}

}  // namespace goxx::ops
