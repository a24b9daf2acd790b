// parse.cpp — strconv.ParseInt, ParseUint, Atoi, ParseBool, ParseFloat with Go's syntax and errors
// (see goxx/pkg/strconv.h).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "goxx/pkg/strconv.h"

namespace goxx::pkg::strconv {

namespace {

char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

// Go's underscoreOK: underscores may only separate digits (or follow a base prefix).
bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
      saw = '0';
      continue;
    }
    if (s[i] == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

std::tuple<Uint64, Error> parseUint(const String& str, Int base, Int bitSize, const char* fn) {
  std::string_view s = str.view();
  if (s.empty()) return {0, numError(fn, str, ErrSyntax)};
  bool base0 = base == 0;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return {0, numError(fn, str, errorsNew(String("invalid base " + std::to_string(base))))};
  }
  if (bitSize == 0) {
    bitSize = 64;
  } else if (bitSize < 0 || bitSize > 64) {
    return {0, numError(fn, str, errorsNew(String("invalid bit size " + std::to_string(bitSize))))};
  }
  const Uint64 maxVal = bitSize == 64 ? ~Uint64(0) : (Uint64(1) << bitSize) - 1;
  const Uint64 cutoff = std::numeric_limits<Uint64>::max() / static_cast<Uint64>(base) + 1;
  bool underscores = false;
  Uint64 n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return {0, numError(fn, str, ErrSyntax)};
    }
    if (d >= base) return {0, numError(fn, str, ErrSyntax)};
    if (n >= cutoff) return {maxVal, numError(fn, str, ErrRange)};
    n *= static_cast<Uint64>(base);
    Uint64 n1 = n + static_cast<Uint64>(d);
    if (n1 < n || n1 > maxVal) return {maxVal, numError(fn, str, ErrRange)};
    n = n1;
  }
  if (underscores && !underscoreOK(str.view())) return {0, numError(fn, str, ErrSyntax)};
  return {n, Error()};
}

std::tuple<Int64, Error> parseInt(const String& str, Int base, Int bitSize, const char* fn) {
  if (str.empty()) return {0, numError(fn, str, ErrSyntax)};
  String s = str;
  bool neg = false;
  if (s[0] == '+') {
    s = s.slice(1);
  } else if (s[0] == '-') {
    neg = true;
    s = s.slice(1);
  }
  auto [un, err] = parseUint(s, base, bitSize, fn);
  if (!err.isNil()) {
    NumError* ne = err.tryAs<Ptr<NumError>>()->get();
    if (!(ne->Err == ErrRange)) return {0, numError(fn, str, ne->Err)};
  }
  if (bitSize == 0) bitSize = 64;
  Uint64 cutoff = Uint64(1) << (bitSize - 1);
  if (!neg && un >= cutoff) return {static_cast<Int64>(cutoff - 1), numError(fn, str, ErrRange)};
  if (neg && un > cutoff) return {static_cast<Int64>(-cutoff), numError(fn, str, ErrRange)};
  Int64 n = static_cast<Int64>(un);
  return {neg ? static_cast<Int64>(0 - un) : n, Error()};
}

bool equalFoldAscii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

// The syntax Go's readFloat accepts (the whole string): sign, decimal digits with an optional point and
// e exponent, or 0x hex digits with an optional point and a required p exponent; underscores between
// digits. Returns false on a syntax error; *clean gets the number without underscores.
bool floatSyntax(std::string_view s, std::string* clean) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean->push_back(s[i++]);
  bool hex = false;
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    hex = true;
    clean->append("0x");
    i += 2;
  }
  bool sawDigits = false, sawDot = false, underscores = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawDot) break;
      sawDot = true;
    } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      sawDigits = true;
    } else {
      break;
    }
    clean->push_back(c);
  }
  if (!sawDigits) return false;
  if (i < s.size() && lower(s[i]) == (hex ? 'p' : 'e')) {
    clean->push_back(s[i++]);
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean->push_back(s[i++]);
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i) {
      if (s[i] == '_') {
        underscores = true;
        continue;
      }
      clean->push_back(s[i]);
    }
  } else if (hex) {
    return false;
  }
  if (i != s.size()) return false;
  if (underscores && !underscoreOK(s)) return false;
  return true;
}

}  // namespace

std::tuple<Uint64, Error> ParseUint(const String& s, Int base, Int bitSize) {
  return parseUint(s, base, bitSize, "ParseUint");
}

std::tuple<Int64, Error> ParseInt(const String& s, Int base, Int bitSize) {
  return parseInt(s, base, bitSize, "ParseInt");
}

std::tuple<Int, Error> Atoi(const String& s) {
  auto [v, err] = parseInt(s, 10, 0, "Atoi");
  return {static_cast<Int>(v), err};
}

std::tuple<bool, Error> ParseBool(const String& str) {
  std::string_view s = str.view();
  if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") return {true, Error()};
  if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False") return {false, Error()};
  return {false, numError("ParseBool", str, ErrSyntax)};
}

std::tuple<Float64, Error> ParseFloat(const String& str, Int bitSize) {
  std::string_view s = str.view();
  // inf, infinity, nan (any case), with a sign except for nan.
  {
    std::string_view body = s;
    double sign = 1;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
      sign = body[0] == '-' ? -1 : 1;
      body.remove_prefix(1);
    }
    if (equalFoldAscii(body, "inf") || equalFoldAscii(body, "infinity"))
      return {sign * std::numeric_limits<double>::infinity(), Error()};
    if (body.size() == s.size() && equalFoldAscii(body, "nan")) return {std::numeric_limits<double>::quiet_NaN(), Error()};
  }
  std::string clean;
  if (!floatSyntax(s, &clean)) return {0, numError("ParseFloat", str, ErrSyntax)};
  errno = 0;
  double v;
  if (bitSize == 32)
    v = std::strtof(clean.c_str(), nullptr);
  else
    v = std::strtod(clean.c_str(), nullptr);
  // ERANGE also reports underflow to zero or a denormal, which Go does not treat as an error.
  if (errno == ERANGE && std::isinf(v)) return {v, numError("ParseFloat", str, ErrRange)};
  return {v, Error()};
}

}  // namespace goxx::pkg::strconv
