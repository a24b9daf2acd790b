// goxx/pkg/math.h — Go's package math (compiler/stdlib/math), per docs/ABI.md. The constants live in the
// stub (exact, untyped). Functions follow Go's special cases (Max/Min with NaN and signed zeros, Inf,
// IsInf's sign argument); the transcendental ones use the C library, which is correctly rounded or
// within one ulp where Go's pure-Go algorithms may round the last bit differently.
#pragma once

#include "goxx/value/basic_types.h"

namespace goxx::pkg::math {

Float64 Sqrt(Float64 x);
Float64 Cbrt(Float64 x);
Float64 Pow(Float64 x, Float64 y);
Float64 Abs(Float64 x);
Float64 Floor(Float64 x);
Float64 Ceil(Float64 x);
Float64 Round(Float64 x);
Float64 Trunc(Float64 x);
Float64 Max(Float64 x, Float64 y);
Float64 Min(Float64 x, Float64 y);
Float64 Mod(Float64 x, Float64 y);
Float64 Exp(Float64 x);
Float64 Log(Float64 x);
Float64 Log2(Float64 x);
Float64 Log10(Float64 x);
Float64 Sin(Float64 x);
Float64 Cos(Float64 x);
Float64 Tan(Float64 x);
Float64 Atan(Float64 x);
Float64 Atan2(Float64 y, Float64 x);
Float64 Hypot(Float64 p, Float64 q);
Float64 Inf(Int sign);
bool IsInf(Float64 f, Int sign);
bool IsNaN(Float64 f);
Float64 NaN();
Float64 Copysign(Float64 f, Float64 sign);
bool Signbit(Float64 x);
Uint64 Float64bits(Float64 f);
Float64 Float64frombits(Uint64 b);

}  // namespace goxx::pkg::math
