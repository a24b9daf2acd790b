// Package math through its ABI entry points (goxx/pkg/math.h): Go's special cases. Expected values are
// what Go 1.19 prints for the same calls.
#include <doctest/doctest.h>

#include <cmath>

#include "goxx/pkg/math.h"

namespace m = goxx::pkg::math;

TEST_CASE("pkg/math: Max and Min with NaN, infinities and signed zeros") {
  CHECK(std::isnan(m::Max(1, m::NaN())));
  CHECK(m::Max(m::Inf(1), m::NaN()) == m::Inf(1));
  double negZero = m::Copysign(0, -1);
  CHECK(m::Signbit(m::Min(0, negZero)));
  CHECK(!m::Signbit(m::Max(negZero, 0)));
  CHECK(m::Min(m::Inf(-1), m::NaN()) == m::Inf(-1));
  CHECK(m::Max(2, 3) == 3);
  CHECK(m::Min(2, 3) == 2);
}

TEST_CASE("pkg/math: rounding, Mod, Pow, roots, logs, bits") {
  CHECK(m::Round(-2.5) == -3);
  CHECK(m::Round(2.5) == 3);
  CHECK(m::Trunc(-1.7) == -1);
  CHECK(m::Mod(-7, 3) == -1);
  CHECK(m::Pow(2, 10) == 1024);
  CHECK(std::isnan(m::Pow(-8, 1.0 / 3)));
  CHECK(m::Cbrt(-8) == -2);
  CHECK(m::Sqrt(2) == 1.4142135623730951);
  CHECK(m::Hypot(3, 4) == 5);
  CHECK(m::Log2(8) == 3);
  CHECK(m::Log10(1000) == 3);
  CHECK(m::Floor(-0.5) == -1);
  CHECK(m::Ceil(0.2) == 1);
  CHECK(m::Abs(-3) == 3);
  CHECK(m::Atan2(1, 1) * 4 == 3.14159265358979323846);
  CHECK(m::Inf(-1) < 0);
  CHECK(!m::IsInf(m::Inf(1), -1));
  CHECK(m::IsInf(m::Inf(-1), 0));
  CHECK(m::IsNaN(m::NaN()));
  CHECK(m::Float64bits(1.5) == 4609434218613702656ull);
  CHECK(m::Float64frombits(0x4000000000000000ull) == 2);
  CHECK(m::Exp(0) == 1);
  CHECK(m::Log(1) == 0);
  CHECK(m::Sin(0) == 0);
  CHECK(m::Cos(0) == 1);
  CHECK(m::Tan(0) == 0);
  CHECK(m::Atan(0) == 0);
}
