// math.cpp — package math (see goxx/pkg/math.h).
#include <cmath>
#include <cstring>
#include <limits>

#include "goxx/pkg/math.h"

namespace goxx::pkg::math {

Float64 Sqrt(Float64 x) { return std::sqrt(x); }
Float64 Cbrt(Float64 x) { return std::cbrt(x); }
Float64 Abs(Float64 x) { return std::fabs(x); }
Float64 Floor(Float64 x) { return std::floor(x); }
Float64 Ceil(Float64 x) { return std::ceil(x); }
Float64 Round(Float64 x) { return std::round(x); }  // half away from zero, as Go's
Float64 Trunc(Float64 x) { return std::trunc(x); }
Float64 Mod(Float64 x, Float64 y) { return std::fmod(x, y); }  // sign of x; NaN for y == 0 or x infinite
Float64 Exp(Float64 x) { return std::exp(x); }
Float64 Log(Float64 x) { return std::log(x); }
Float64 Log2(Float64 x) { return std::log2(x); }
Float64 Log10(Float64 x) { return std::log10(x); }
Float64 Sin(Float64 x) { return std::sin(x); }
Float64 Cos(Float64 x) { return std::cos(x); }
Float64 Tan(Float64 x) { return std::tan(x); }
Float64 Atan(Float64 x) { return std::atan(x); }
Float64 Atan2(Float64 y, Float64 x) { return std::atan2(y, x); }
Float64 Hypot(Float64 p, Float64 q) { return std::hypot(p, q); }
Float64 Copysign(Float64 f, Float64 sign) { return std::copysign(f, sign); }
bool Signbit(Float64 x) { return std::signbit(x); }
bool IsNaN(Float64 f) { return f != f; }
Float64 NaN() { return std::numeric_limits<Float64>::quiet_NaN(); }

// C99's pow agrees with Go's special cases (pow(x, ±0) = 1, pow(1, y) = 1, pow(-1, ±Inf) = 1, ...).
Float64 Pow(Float64 x, Float64 y) { return std::pow(x, y); }

// Go: Max(x, +Inf) = +Inf, Max(x, NaN) = NaN, Max(+0, -0) = +0 (C's fmax prefers the non-NaN operand).
Float64 Max(Float64 x, Float64 y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (x != x || y != y) return NaN();
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}

// Go: Min(x, -Inf) = -Inf, Min(x, NaN) = NaN, Min(-0, +0) = -0.
Float64 Min(Float64 x, Float64 y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (x != x || y != y) return NaN();
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

Float64 Inf(Int sign) {
  return sign >= 0 ? std::numeric_limits<Float64>::infinity() : -std::numeric_limits<Float64>::infinity();
}

bool IsInf(Float64 f, Int sign) {
  return (sign >= 0 && f > std::numeric_limits<Float64>::max()) ||
         (sign <= 0 && f < -std::numeric_limits<Float64>::max());
}

Uint64 Float64bits(Float64 f) {
  Uint64 b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}

Float64 Float64frombits(Uint64 b) {
  Float64 f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

}  // namespace goxx::pkg::math
