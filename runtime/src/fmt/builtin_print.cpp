// builtin_print.cpp — Go's print and println builtins (see goxx/fmt.h).
//
// The runtime's own formatting, not fmt's: integers in decimal, floats in a fixed 7-digit exponent form
// computed by repeated scaling (so the digits are exactly what Go's printfloat prints, including its
// rounding quirks), references as 0x addresses, slices as [len/cap]0xaddr, interfaces as
// (0xtype,0xdata). Each call is written to stderr with one fwrite.
#include <cmath>
#include <cstdio>
#include <string>

#include "goxx/fmt.h"

namespace goxx {

namespace {

std::string hexAddress(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

// Go's printfloat: sign, one digit, '.', six digits, 'e', sign, three exponent digits.
std::string floatText(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  constexpr int kDigits = 7;
  char sign = '+';
  int exp = 0;
  if (v == 0) {
    if (std::signbit(v)) sign = '-';
  } else {
    if (v < 0) {
      v = -v;
      sign = '-';
    }
    while (v >= 10) {
      ++exp;
      v /= 10;
    }
    while (v < 1) {
      --exp;
      v *= 10;
    }
    double half = 5.0;
    for (int i = 0; i < kDigits; ++i) half /= 10;
    v += half;
    if (v >= 10) {
      ++exp;
      v /= 10;
    }
  }
  std::string digits;
  for (int i = 0; i < kDigits; ++i) {
    int d = static_cast<int>(v);
    digits += static_cast<char>('0' + d);
    v -= d;
    v *= 10;
  }
  std::string out;
  out += sign;
  out += digits[0];
  out += '.';
  out += digits.substr(1);
  out += 'e';
  out += exp < 0 ? '-' : '+';
  int e = exp < 0 ? -exp : exp;
  out += static_cast<char>('0' + e / 100);
  out += static_cast<char>('0' + (e / 10) % 10);
  out += static_cast<char>('0' + e % 10);
  return out;
}

void appendValue(std::string& out, const Any& v, bool isInterface) {
  if (isInterface) {
    out += "(" + hexAddress(v.type()) + "," + hexAddress(v.isNil() ? nullptr : v.valuePtr()) + ")";
    return;
  }
  if (v.isNil()) {
    out += "nil";
    return;
  }
  const TypeDesc* t = v.type();
  const void* p = v.valuePtr();
  switch (t->kind) {
    case Kind::Bool: out += *static_cast<const bool*>(p) ? "true" : "false"; return;
    case Kind::Int8: out += std::to_string(*static_cast<const int8_t*>(p)); return;
    case Kind::Int16: out += std::to_string(*static_cast<const int16_t*>(p)); return;
    case Kind::Int32: out += std::to_string(*static_cast<const int32_t*>(p)); return;
    case Kind::Int: case Kind::Int64: out += std::to_string(*static_cast<const int64_t*>(p)); return;
    case Kind::Uint8: out += std::to_string(*static_cast<const uint8_t*>(p)); return;
    case Kind::Uint16: out += std::to_string(*static_cast<const uint16_t*>(p)); return;
    case Kind::Uint32: out += std::to_string(*static_cast<const uint32_t*>(p)); return;
    case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: out += std::to_string(*static_cast<const uint64_t*>(p)); return;
    case Kind::Float32: out += floatText(*static_cast<const float*>(p)); return;
    case Kind::Float64: out += floatText(*static_cast<const double*>(p)); return;
    case Kind::String: out += static_cast<const String*>(p)->view(); return;
    case Kind::Slice:
      out += "[" + std::to_string(t->length(p)) + "/" + std::to_string(t->capacity(p)) + "]" + hexAddress(t->identity(p));
      return;
    case Kind::Pointer: case Kind::Chan: case Kind::Func: case Kind::Map: case Kind::UnsafePointer:
      out += hexAddress(t->identity(p));
      return;
    default: out += "(" + hexAddress(t) + "," + hexAddress(p) + ")"; return;
  }
}

}  // namespace

std::string builtinFloatText(double v) { return floatText(v); }

void builtinPrintArgs(const Any* args, const bool* isInterface, size_t n, bool newline) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (newline && i > 0) out += ' ';
    appendValue(out, args[i], isInterface[i]);
  }
  if (newline) out += '\n';
  std::fwrite(out.data(), 1, out.size(), stderr);
}

}  // namespace goxx
