// format_state.cpp — padding and primitive operand formatting with Go's fmt rules (see format_state.h).
#include "format_state.h"

#include "goxx/value/utf8.h"
#include "strconv_float.h"
#include "strconv_quote.h"

namespace goxx::fmtimpl {

namespace {

int64_t runeCount(std::string_view s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size()), count = 0;
  for (int64_t i = 0; i < n; ++count) i += decodeRune(p + i, n - i).width;
  return count;
}

void appendRune(std::string& out, int32_t r) {
  char buf[4];
  out.append(buf, static_cast<size_t>(encodeRune(buf, r)));
}

}  // namespace

void FormatState::writePadding(int n) {
  if (n <= 0) return;
  out_->append(static_cast<size_t>(n), flags.zero ? '0' : ' ');
}

void FormatState::pad(std::string_view s) {
  if (!flags.widPresent || wid == 0) {
    out_->append(s);
    return;
  }
  int width = wid - static_cast<int>(runeCount(s));
  if (!flags.minus) {
    writePadding(width);
    out_->append(s);
  } else {
    out_->append(s);
    writePadding(width);
  }
}

std::string_view FormatState::truncate(std::string_view s) const {
  if (!flags.precPresent) return s;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size()), i = 0;
  for (int runes = 0; i < n; ++runes) {
    if (runes == prec) return s.substr(0, static_cast<size_t>(i));
    i += decodeRune(p + i, n - i).width;
  }
  return s;
}

// Digits are produced right to left into a buffer; precision (or zero padding turned into precision) adds
// leading zeros, then the base prefix and the sign go in front, then the whole is padded with spaces.
void FormatState::fmtInteger(uint64_t u, int base, bool isSigned, char verb, bool digitsUpper) {
  bool negative = isSigned && static_cast<int64_t>(u) < 0;
  if (negative) u = ~u + 1;
  const char* digits = digitsUpper ? "0123456789ABCDEFX" : "0123456789abcdefx";

  int precision = 0;
  if (flags.precPresent) {
    precision = prec;
    if (precision == 0 && u == 0) {  // "%.0d" of 0 prints nothing but padding
      bool oldZero = flags.zero;
      flags.zero = false;
      writePadding(wid);
      flags.zero = oldZero;
      return;
    }
  } else if (flags.zero && flags.widPresent) {
    precision = wid;
    if (negative || flags.plus || flags.space) --precision;  // room for the sign
  }

  std::string buf;  // reversed
  do {
    buf += digits[u % static_cast<uint64_t>(base)];
    u /= static_cast<uint64_t>(base);
  } while (u != 0);
  while (static_cast<int>(buf.size()) < precision) buf += '0';
  if (flags.sharp) {
    switch (base) {
      case 2: buf += "b0"; break;
      case 8:
        if (buf.back() != '0') buf += '0';
        break;
      case 16:
        buf += digits[16];
        buf += '0';
        break;
      default: break;
    }
  }
  if (verb == 'O') buf += "o0";
  if (negative)
    buf += '-';
  else if (flags.plus)
    buf += '+';
  else if (flags.space)
    buf += ' ';
  std::string forward(buf.rbegin(), buf.rend());
  bool oldZero = flags.zero;
  flags.zero = false;  // zero padding, if any, was applied as precision
  pad(forward);
  flags.zero = oldZero;
}

void FormatState::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = flags.sharp;
  flags.sharp = leading0x;
  fmtInteger(v, 16, false, 'v', false);
  flags.sharp = sharp;
}

void FormatState::fmtUnicode(uint64_t u) {
  int precision = 4;
  if (flags.precPresent && prec > 4) precision = prec;
  std::string hex;
  const char* digits = "0123456789ABCDEF";
  uint64_t v = u;
  do {
    hex.insert(hex.begin(), digits[v & 0xF]);
    v >>= 4;
  } while (v != 0);
  while (static_cast<int>(hex.size()) < precision) hex.insert(hex.begin(), '0');
  std::string s = "U+" + hex;
  if (flags.sharp && u <= static_cast<uint64_t>(kMaxRune) && isPrint(static_cast<int32_t>(u))) {
    s += " '";
    appendRune(s, static_cast<int32_t>(u));
    s += '\'';
  }
  bool oldZero = flags.zero;
  flags.zero = false;
  pad(s);
  flags.zero = oldZero;
}

void FormatState::fmtC(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  std::string s;
  appendRune(s, r);
  pad(s);
}

void FormatState::fmtQc(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  pad(quoteRune(r, flags.plus));
}

void FormatState::fmtS(std::string_view s) { pad(truncate(s)); }

void FormatState::fmtSbx(std::string_view s, bool upper) {
  const char* digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
  int length = static_cast<int>(s.size());
  if (flags.precPresent && prec < length) length = prec;
  int width = 2 * length;
  if (width > 0) {
    if (flags.space) {
      if (flags.sharp) width *= 2;
      width += length - 1;
    } else if (flags.sharp) {
      width += 2;
    }
  } else {
    if (flags.widPresent) writePadding(wid);
    return;
  }
  if (flags.widPresent && wid > width && !flags.minus) writePadding(wid - width);
  std::string& out = *out_;
  if (flags.sharp) {
    out += '0';
    out += digits[16];
  }
  for (int i = 0; i < length; ++i) {
    if (flags.space && i > 0) {
      out += ' ';
      if (flags.sharp) {
        out += '0';
        out += digits[16];
      }
    }
    uint8_t c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    out += digits[c >> 4];
    out += digits[c & 0xF];
  }
  if (flags.widPresent && wid > width && flags.minus) writePadding(wid - width);
}

void FormatState::fmtQ(std::string_view s) {
  s = truncate(s);
  if (flags.sharp && canBackquote(s)) {
    std::string q = "`";
    q.append(s);
    q += '`';
    pad(q);
    return;
  }
  pad(quote(s, flags.plus));
}

// Go's fmt.fmtFloat: strconv's text with a sign slot in front; '+' and ' ' flags, %#g keeping trailing
// zeros and the decimal point, infinities and NaN never zero-padded, the sign before zero padding.
void FormatState::fmtFloat(double v, int size, char verb, int precision) {
  if (flags.precPresent) precision = prec;
  char conv = verb == 'F' ? 'f' : verb;
  std::string num = formatFloat(v, conv, precision, size);
  if (num[0] == '-' || num[0] == '+') {
    // keep the sign strconv wrote
  } else {
    num.insert(num.begin(), '+');
  }
  if (flags.space && num[0] == '+' && !flags.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = flags.zero;
    flags.zero = false;
    if (num[1] == 'N' && !flags.space && !flags.plus) num.erase(0, 1);
    pad(num);
    flags.zero = oldZero;
    return;
  }
  if (flags.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = precision == -1 ? 6 : precision;
    std::string tail;
    bool hasDecimalPoint = false, sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); ++i) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
      } else if (c == 'e' || c == 'E') {
        tail = num.substr(i);
        num.resize(i);
        break;
      } else {
        if (c != '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) --digits;
      }
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0') --digits;  // a lone leading 0 counts once
      num += '.';
    }
    for (; digits > 0; --digits) num += '0';
    num += tail;
  }
  if (flags.plus || num[0] != '+') {
    if (flags.zero && flags.widPresent && wid > static_cast<int>(num.size())) {
      *out_ += num[0];
      writePadding(wid - static_cast<int>(num.size()));
      out_->append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

}  // namespace goxx::fmtimpl
