// strconv_float.cpp — Go's FormatFloat layout over std::to_chars digits (see strconv_float.h).
#include "strconv_float.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace goxx::fmtimpl {

namespace {

// A decimal d[0] d[1] ... d[nd-1] with the decimal point before digit `dp` (value 0.d * 10^dp).
// Trailing zeros are trimmed; zero has no digits.
struct Decimal {
  std::string digits;
  int dp = 0;
};

// Parses to_chars' scientific output "d.ddde+XX" (sign already removed).
Decimal fromScientific(std::string_view s) {
  Decimal d;
  size_t e = s.find('e');
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.') d.digits += s[i];
  int exp = std::atoi(std::string(s.substr(e + 1)).c_str());
  d.dp = exp + 1;
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty()) d.dp = 0;
  return d;
}

// Digits of |v|: shortest when sig < 0, else `sig` significant digits correctly rounded.
Decimal digitsOf(double v, int bitSize, int sig) {
  char buf[512];
  std::to_chars_result r;
  double a = std::fabs(v);
  if (bitSize == 32) {
    float f = static_cast<float>(a);
    r = sig < 0 ? std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific)
                : std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific, sig - 1);
  } else {
    r = sig < 0 ? std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific)
                : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, sig - 1);
  }
  return fromScientific(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
}

// %e: d.ddddde±dd
std::string layoutE(bool neg, const Decimal& d, int prec, char fmt) {
  std::string out;
  if (neg) out += '-';
  int nd = static_cast<int>(d.digits.size());
  out += nd == 0 ? '0' : d.digits[0];
  if (prec > 0) {
    out += '.';
    int i = 1;
    int m = nd < prec + 1 ? nd : prec + 1;
    for (; i < m; ++i) out += d.digits[static_cast<size_t>(i)];
    for (; i <= prec; ++i) out += '0';
  }
  out += fmt;
  int exp = nd == 0 ? 0 : d.dp - 1;
  out += exp < 0 ? '-' : '+';
  exp = std::abs(exp);
  if (exp < 10) {
    out += '0';
    out += static_cast<char>('0' + exp);
  } else {
    out += std::to_string(exp);
  }
  return out;
}

// %f: ddd.ddd
std::string layoutF(bool neg, const Decimal& d, int prec) {
  std::string out;
  if (neg) out += '-';
  int nd = static_cast<int>(d.digits.size());
  if (d.dp > 0) {
    int m = nd < d.dp ? nd : d.dp;
    out.append(d.digits, 0, static_cast<size_t>(m));
    for (int i = m; i < d.dp; ++i) out += '0';
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 1; i <= prec; ++i) {
      int j = d.dp + i - 1;
      out += (j >= 0 && j < nd) ? d.digits[static_cast<size_t>(j)] : '0';
    }
  }
  return out;
}

std::string fixedF(double v, int prec, int bitSize) {
  char buf[1100];
  std::to_chars_result r = bitSize == 32
                               ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::fixed, prec)
                               : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, prec);
  return std::string(buf, static_cast<size_t>(r.ptr - buf));
}

}  // namespace

std::string formatFloat(double v, char fmt, int prec, int bitSize) {
  if (bitSize == 32) v = static_cast<float>(v);
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  bool neg = std::signbit(v);
  bool shortest = prec < 0;

  if (fmt == 'f' && !shortest) return fixedF(v, prec, bitSize);

  Decimal d;
  if (shortest) {
    d = digitsOf(v, bitSize, -1);
    int nd = static_cast<int>(d.digits.size());
    switch (fmt) {
      case 'e': case 'E': prec = nd > 1 ? nd - 1 : 0; break;
      case 'f': prec = nd - d.dp > 0 ? nd - d.dp : 0; break;
      default: prec = nd; break;  // 'g', 'G'
    }
  } else if (fmt == 'e' || fmt == 'E') {
    d = digitsOf(v, bitSize, prec + 1);
  } else {  // 'g', 'G'
    if (prec == 0) prec = 1;
    d = digitsOf(v, bitSize, prec);
  }

  switch (fmt) {
    case 'e': case 'E': return layoutE(neg, d, prec, fmt);
    case 'f': return layoutF(neg, d, prec);
    default: break;
  }
  // 'g', 'G'
  int nd = static_cast<int>(d.digits.size());
  int eprec = prec;
  if (eprec > nd && nd >= d.dp) eprec = nd;
  if (shortest) eprec = 6;
  int exp = d.dp - 1;
  if (nd == 0) exp = 0;
  if (exp < -4 || exp >= eprec) {
    if (prec > nd) prec = nd;
    return layoutE(neg, d, prec - 1 < 0 ? 0 : prec - 1, fmt == 'g' ? 'e' : 'E');
  }
  if (prec > d.dp) prec = nd;
  return layoutF(neg, d, prec - d.dp > 0 ? prec - d.dp : 0);
}

}  // namespace goxx::fmtimpl
