// pkg/time/duration.cpp — time.Duration's methods and time.ParseDuration, with Go's exact rules.
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "goxx/pkg/time.h"

namespace goxx::pkg::time {

String Duration_String(Duration d) { return String(::goxx::time::durationString(d.v)); }
Float64 Duration_Seconds(Duration d) { return ::goxx::time::durationSeconds(d.v); }
Float64 Duration_Minutes(Duration d) { return ::goxx::time::durationMinutes(d.v); }
Float64 Duration_Hours(Duration d) { return ::goxx::time::durationHours(d.v); }
Int64 Duration_Milliseconds(Duration d) { return ::goxx::time::durationMilliseconds(d.v); }
Int64 Duration_Microseconds(Duration d) { return ::goxx::time::durationMicroseconds(d.v); }
Int64 Duration_Nanoseconds(Duration d) { return d.v; }

Duration Duration_Truncate(Duration d, Duration m) {
  if (m.v <= 0) return d;
  return Duration{d.v - d.v % m.v};
}

namespace {
// x < y/2 without overflow, as Go's lessThanHalf.
bool lessThanHalf(int64_t x, int64_t y) { return uint64_t(x) + uint64_t(x) < uint64_t(y); }
}  // namespace

// Halfway values round away from zero; results that would overflow saturate (Go's Round).
Duration Duration_Round(Duration d, Duration m) {
  if (m.v <= 0) return d;
  int64_t r = d.v % m.v;
  if (d.v < 0) {
    r = -r;
    if (lessThanHalf(r, m.v)) return Duration{d.v + r};
    const int64_t d1 = int64_t(uint64_t(d.v) - uint64_t(m.v) + uint64_t(r));
    if (d1 < d.v) return Duration{d1};
    return Duration{std::numeric_limits<int64_t>::min()};
  }
  if (lessThanHalf(r, m.v)) return Duration{d.v - r};
  const int64_t d1 = int64_t(uint64_t(d.v) + uint64_t(m.v) - uint64_t(r));
  if (d1 > d.v) return Duration{d1};
  return Duration{std::numeric_limits<int64_t>::max()};
}

namespace {

// time's own quoting for error texts: bytes outside printable ASCII as \xNN, '"' and '\' escaped.
std::string quote(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c >= 0x80 || c < ' ') {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += char(c);
  }
  return out + "\"";
}

constexpr uint64_t kTwo63 = uint64_t(1) << 63;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Consumes leading digits into *x; false on overflow past 2^63.
bool leadingInt(std::string_view& s, uint64_t* x) {
  size_t i = 0;
  uint64_t v = 0;
  for (; i < s.size() && isDigit(s[i]); i++) {
    if (v > kTwo63 / 10) return false;
    v = v * 10 + uint64_t(s[i] - '0');
    if (v > kTwo63) return false;
  }
  s.remove_prefix(i);
  *x = v;
  return true;
}

// Consumes leading digits as a fraction: *x the digits that fit, *scale 10^(their count).
void leadingFraction(std::string_view& s, uint64_t* x, double* scale) {
  size_t i = 0;
  uint64_t v = 0;
  double sc = 1;
  bool overflow = false;
  for (; i < s.size() && isDigit(s[i]); i++) {
    if (overflow) continue;
    if (v > (kTwo63 - 1) / 10) {
      overflow = true;
      continue;
    }
    const uint64_t y = v * 10 + uint64_t(s[i] - '0');
    if (y > kTwo63) {
      overflow = true;
      continue;
    }
    v = y;
    sc *= 10;
  }
  s.remove_prefix(i);
  *x = v;
  *scale = sc;
}

bool unitValue(std::string_view u, uint64_t* out) {
  struct Unit {
    std::string_view name;
    uint64_t ns;
  };
  static constexpr Unit kUnits[] = {
      {"ns", 1}, {"us", 1000}, {"\xc2\xb5s", 1000}, {"\xce\xbcs", 1000}, {"ms", 1000000},
      {"s", 1000000000}, {"m", 60000000000ULL}, {"h", 3600000000000ULL},
  };
  for (const Unit& unit : kUnits) {
    if (unit.name == u) {
      *out = unit.ns;
      return true;
    }
  }
  return false;
}

}  // namespace

std::tuple<Duration, Error> ParseDuration(String str) {
  const std::string_view orig = str.view();
  std::string_view s = orig;
  auto invalid = [&] { return std::tuple<Duration, Error>{Duration{}, errorsNew(String("time: invalid duration " + quote(orig)))}; };
  uint64_t d = 0;
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") return {Duration{}, Error()};
  if (s.empty()) return invalid();
  while (!s.empty()) {
    uint64_t v = 0, f = 0;
    double scale = 1;
    if (!(s[0] == '.' || isDigit(s[0]))) return invalid();
    size_t before = s.size();
    if (!leadingInt(s, &v)) return invalid();
    const bool pre = before != s.size();
    bool post = false;
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      before = s.size();
      leadingFraction(s, &f, &scale);
      post = before != s.size();
    }
    if (!pre && !post) return invalid();
    size_t i = 0;
    while (i < s.size() && !(s[i] == '.' || isDigit(s[i]))) i++;
    if (i == 0) return {Duration{}, errorsNew(String("time: missing unit in duration " + quote(orig)))};
    const std::string_view u = s.substr(0, i);
    s.remove_prefix(i);
    uint64_t unit = 0;
    if (!unitValue(u, &unit)) {
      return {Duration{}, errorsNew(String("time: unknown unit " + quote(u) + " in duration " + quote(orig)))};
    }
    if (v > kTwo63 / unit) return invalid();
    v *= unit;
    if (f > 0) {
      v += uint64_t(double(f) * (double(unit) / scale));
      if (v > kTwo63) return invalid();
    }
    d += v;
    if (d > kTwo63) return invalid();
  }
  if (neg) return {Duration{int64_t(0 - d)}, Error()};
  if (d > kTwo63 - 1) return invalid();
  return {Duration{int64_t(d)}, Error()};
}

}  // namespace goxx::pkg::time
