// Construction, conversion and printing of constant Values.
#include "constant/value.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Error.h>

#include <cmath>
#include <cstdio>

namespace goxx::constant {

namespace {

// Drops the `_` digit separators Go allows in numeric literals.
std::string withoutUnderscores(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '_') out.push_back(c);
  }
  return out;
}

bool isDigitOfRadix(char c, unsigned radix) {
  unsigned d;
  if (c >= '0' && c <= '9') d = c - '0';
  else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
  else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
  else return false;
  return d < radix;
}

} // namespace

Value Value::makeBool(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.b_ = b;
  return v;
}

Value Value::makeString(std::string s) {
  Value v;
  v.kind_ = Kind::String;
  v.s_ = std::move(s);
  return v;
}

Value Value::makeInt64(int64_t x) {
  Value v;
  v.kind_ = Kind::Int;
  v.i_ = llvm::APInt(kIntWidth, static_cast<uint64_t>(x), /*isSigned=*/true);
  return v;
}

Value Value::makeUint64(uint64_t x) {
  Value v;
  v.kind_ = Kind::Int;
  v.i_ = llvm::APInt(kIntWidth, x, /*isSigned=*/false);
  return v;
}

Value Value::makeInt(const llvm::APInt& x) {
  Value v;
  v.kind_ = Kind::Int;
  v.i_ = x.sextOrTrunc(kIntWidth);
  return v;
}

Value Value::makeFloat(const llvm::APFloat& f) {
  if (f.isNaN() || f.isInfinity()) return Value();
  Value v;
  v.kind_ = Kind::Float;
  v.f_ = f;
  bool lost = false;
  v.f_.convert(llvm::APFloat::IEEEquad(), llvm::APFloat::rmNearestTiesToEven, &lost);
  if (v.f_.isNegZero()) v.f_ = llvm::APFloat(llvm::APFloat::IEEEquad()); // constants have no -0
  return v;
}

Value Value::makeFloat64(double d) { return makeFloat(llvm::APFloat(d)); }

Value Value::fromIntLiteral(std::string_view text) {
  std::string s = withoutUnderscores(text);
  unsigned radix = 10;
  size_t start = 0;
  if (s.size() >= 2 && s[0] == '0') {
    char p = s[1];
    if (p == 'x' || p == 'X') radix = 16, start = 2;
    else if (p == 'b' || p == 'B') radix = 2, start = 2;
    else if (p == 'o' || p == 'O') radix = 8, start = 2;
    else radix = 8, start = 1; // legacy octal 0777
  }
  llvm::StringRef digits = llvm::StringRef(s).substr(start);
  if (digits.empty()) return Value();
  for (char c : digits) {
    if (!isDigitOfRadix(c, radix)) return Value();
  }
  // Bits needed: at most 4 per digit, plus a sign bit. Larger literals cannot be valid constants.
  if (digits.size() * 4 + 1 >= kIntWidth) return Value();
  llvm::APInt v(kIntWidth, digits, static_cast<uint8_t>(radix));
  if (v.getMinSignedBits() > kMaxIntBits) return Value();
  return makeInt(v);
}

Value Value::fromFloatLiteral(std::string_view text) {
  std::string s = withoutUnderscores(text);
  llvm::APFloat f(llvm::APFloat::IEEEquad());
  auto status = f.convertFromString(s, llvm::APFloat::rmNearestTiesToEven);
  if (!status) {
    llvm::consumeError(status.takeError());
    return Value();
  }
  return makeFloat(f);
}

bool Value::isNegative() const {
  if (kind_ == Kind::Int) return i_.isNegative();
  if (kind_ == Kind::Float) return f_.isNegative() && !f_.isZero();
  return false;
}

bool Value::isZero() const {
  if (kind_ == Kind::Int) return i_.isZero();
  if (kind_ == Kind::Float) return f_.isZero();
  return false;
}

std::optional<Value> Value::toInt() const {
  if (kind_ == Kind::Int) return *this;
  if (kind_ != Kind::Float) return std::nullopt;
  if (!f_.isInteger()) return std::nullopt;
  llvm::APSInt result(kIntWidth, /*isUnsigned=*/false);
  bool exact = false;
  auto st = f_.convertToInteger(result, llvm::APFloat::rmTowardZero, &exact);
  if (st == llvm::APFloat::opInvalidOp || !exact) return std::nullopt;
  return makeInt(result);
}

Value Value::toFloat() const {
  if (kind_ == Kind::Float) return *this;
  if (kind_ != Kind::Int) return Value();
  llvm::APFloat f(llvm::APFloat::IEEEquad());
  f.convertFromAPInt(i_, /*IsSigned=*/true, llvm::APFloat::rmNearestTiesToEven);
  return makeFloat(f);
}

std::optional<int64_t> Value::int64Val() const {
  if (kind_ != Kind::Int || i_.getMinSignedBits() > 64) return std::nullopt;
  return i_.getSExtValue();
}

std::optional<uint64_t> Value::uint64Val() const {
  if (kind_ != Kind::Int || i_.isNegative() || i_.getActiveBits() > 64) return std::nullopt;
  return i_.getZExtValue();
}

double Value::float64Val() const {
  Value f = toFloat();
  if (f.kind_ != Kind::Float) return 0;
  llvm::APFloat d = f.f_;
  bool lost = false;
  d.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven, &lost);
  return d.convertToDouble();
}

namespace {

// Go's %.6g differs from C's only in corner cases that do not arise for finite doubles.
std::string formatG(double d, int precision) {
  char buf[64];
  if (precision < 0) std::snprintf(buf, sizeof buf, "%.17g", d);
  else std::snprintf(buf, sizeof buf, "%.*g", precision, d);
  return buf;
}

// Go's shortest round-trip %g for a double.
std::string shortestG(double d) {
  for (int p = 1; p <= 17; ++p) {
    std::string s = formatG(d, p);
    if (std::strtod(s.c_str(), nullptr) == d) return s;
  }
  return formatG(d, 17);
}

std::string quoteGo(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (c < 0x20 || c == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out.push_back(static_cast<char>(c));
      }
    }
  }
  out += "\"";
  return out;
}

} // namespace

// Mirrors go/constant: strings longer than 72 bytes are shortened with "...", floats use %.6g unless
// that would hide a fraction.
std::string Value::toString() const {
  switch (kind_) {
  case Kind::Unknown: return "unknown";
  case Kind::Bool: return b_ ? "true" : "false";
  case Kind::String: {
    std::string q = quoteGo(s_);
    const size_t maxLen = 72;
    if (q.size() > maxLen) q = q.substr(0, maxLen - 3) + "...";
    return q;
  }
  case Kind::Int: return exactString();
  case Kind::Float: {
    double d = float64Val();
    if (std::isinf(d) || (d == 0) != f_.isZero()) {
      llvm::SmallString<64> str;
      f_.toString(str, 6, 0);
      return std::string(str);
    }
    std::string s = formatG(d, 6);
    if (!f_.isInteger() && s.find('.') == std::string::npos && s.find('e') == std::string::npos) {
      s = shortestG(d);
    }
    return s;
  }
  }
  return "unknown";
}

std::string Value::exactString() const {
  if (kind_ == Kind::Int) {
    llvm::SmallString<64> str;
    i_.toString(str, 10, /*Signed=*/true);
    return std::string(str);
  }
  if (kind_ == Kind::Float) {
    llvm::SmallString<64> str;
    f_.toString(str, 0, 0, /*TruncateZero=*/false);
    return std::string(str);
  }
  return toString();
}

} // namespace goxx::constant
