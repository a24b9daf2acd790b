// time/duration.cpp — Duration's String and unit conversions (Go's time.Duration methods).
//
// String's format: below one second, the largest unit among ns, µs, ms with a decimal fraction; from one
// second up, "[<h>h][<m>m]<s>[.<frac>]s" where minutes appear whenever hours do. Fractions drop trailing
// zeros. Arithmetic is on the magnitude as uint64_t so that the most negative Duration works.
#include <string>

#include "goxx/time.h"

namespace goxx::time {
namespace {

// v / 10^digits, then "." and the remainder's digits without trailing zeros (nothing if it is zero).
std::string fixedPoint(uint64_t v, int digits) {
  uint64_t scale = 1;
  for (int i = 0; i < digits; i++) scale *= 10;
  std::string out = std::to_string(v / scale);
  uint64_t frac = v % scale;
  if (frac == 0) return out;
  std::string fracDigits(size_t(digits), '0');
  for (int i = digits - 1; i >= 0; i--) {
    fracDigits[size_t(i)] = char('0' + frac % 10);
    frac /= 10;
  }
  fracDigits.erase(fracDigits.find_last_not_of('0') + 1);
  return out + "." + fracDigits;
}

}  // namespace

std::string durationString(Duration d) {
  if (d == 0) return "0s";
  const bool negative = d < 0;
  const uint64_t u = negative ? 0 - uint64_t(d) : uint64_t(d);
  std::string out;
  if (u < uint64_t(Second)) {
    if (u < uint64_t(Microsecond)) {
      out = std::to_string(u) + "ns";
    } else if (u < uint64_t(Millisecond)) {
      out = fixedPoint(u, 3) + "\u00b5s";
    } else {
      out = fixedPoint(u, 6) + "ms";
    }
  } else {
    const uint64_t seconds = u / uint64_t(Second);
    out = fixedPoint(seconds % 60 * uint64_t(Second) + u % uint64_t(Second), 9) + "s";
    const uint64_t minutes = seconds / 60;
    if (minutes > 0) {
      out = std::to_string(minutes % 60) + "m" + out;
      const uint64_t hours = minutes / 60;
      if (hours > 0) out = std::to_string(hours) + "h" + out;
    }
  }
  return negative ? "-" + out : out;
}

// Whole and fractional parts are converted separately so large durations keep their nanoseconds.
double durationSeconds(Duration d) { return double(d / Second) + double(d % Second) / 1e9; }
double durationMinutes(Duration d) { return double(d / Minute) + double(d % Minute) / (60 * 1e9); }
double durationHours(Duration d) { return double(d / Hour) + double(d % Hour) / (60 * 60 * 1e9); }
int64_t durationMilliseconds(Duration d) { return d / Millisecond; }
int64_t durationMicroseconds(Duration d) { return d / Microsecond; }

}  // namespace goxx::time
