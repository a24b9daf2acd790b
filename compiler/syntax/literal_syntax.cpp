#include "syntax/literal_syntax.h"

#include <cstdio>

namespace goxx::syntax {

static char lower(char c) { return static_cast<char>(c | 0x20); }
static bool isDecimal(char c) { return c >= '0' && c <= '9'; }
static bool isHex(char c) { return isDecimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

static const char* baseName(int base) {
  switch (base) {
  case 2: return "binary";
  case 8: return "octal";
  case 10: return "decimal";
  default: return "hexadecimal";
  }
}

static std::string quoteChar(char c) {
  // Go's %q of a byte-sized rune: 'x', or an escape for unprintable characters.
  if (c == '\'') return "'\\''";
  if (c == '\\') return "'\\\\'";
  if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f) return std::string("'") + c + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, "'\\x%02x'", static_cast<unsigned char>(c));
  return buf;
}

// Index of the first '_' that does not separate two digits (gc's invalidSep), or -1.
static long invalidSeparator(std::string_view x) {
  char x1 = ' '; // prefix char, we only care if it's 'x'
  char d = '.';  // digit, one of '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<long>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<long>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<long>(x.size()) - 1;
  return -1;
}

// Follows gc's scanner.number step by step over the token text; the lexer rule matched a superset of
// what gc consumes, so every character of `text` is examined here.
LiteralCheck checkNumberLiteral(std::string_view text) {
  LiteralCheck r;
  size_t i = 0;
  int base = 10;
  char prefix = 0;
  int digsep = 0;    // bit 0: digit present, bit 1: '_' present
  long invalid = -1; // index of the first digit not valid in `base`
  bool seenPoint = false;
  auto fail = [&](size_t at, std::string msg) {
    if (!r.ok) return;
    r.ok = false;
    r.offset = at;
    r.message = std::move(msg);
  };
  auto digits = [&](int b, bool trackInvalid) {
    int ds = 0;
    if (b <= 10) {
      int max = '0' + b;
      for (; i < text.size() && (isDecimal(text[i]) || text[i] == '_'); ++i) {
        int d = 1;
        if (text[i] == '_') d = 2;
        else if (text[i] >= max && trackInvalid && invalid < 0) invalid = static_cast<long>(i);
        ds |= d;
      }
    } else {
      for (; i < text.size() && (isHex(text[i]) || text[i] == '_'); ++i) ds |= text[i] == '_' ? 2 : 1;
    }
    return ds;
  };

  if (!text.empty() && text[0] == '.') {
    seenPoint = true;
    i = 1;
  } else {
    if (text.size() > 0 && text[0] == '0') {
      i = 1;
      char c = i < text.size() ? lower(text[i]) : 0;
      if (c == 'x') { ++i; base = 16; prefix = 'x'; }
      else if (c == 'o') { ++i; base = 8; prefix = 'o'; }
      else if (c == 'b') { ++i; base = 2; prefix = 'b'; }
      else { base = 8; prefix = '0'; digsep = 1; }
    }
    digsep |= digits(base, true);
    if (i < text.size() && text[i] == '.') {
      if (prefix == 'o' || prefix == 'b') fail(i, std::string("invalid radix point in ") + baseName(base) + " literal");
      ++i;
      seenPoint = true;
    }
  }
  if (seenPoint) {
    r.kind = LitKind::Float;
    digsep |= digits(base, true);
  }
  if ((digsep & 1) == 0) fail(i, std::string(baseName(base)) + " literal has no digits");

  char e = i < text.size() ? lower(text[i]) : 0;
  if (e == 'e' || e == 'p') {
    if (e == 'e' && prefix != 0 && prefix != '0') fail(i, "'" + std::string(1, text[i]) + "' exponent requires decimal mantissa");
    if (e == 'p' && prefix != 'x') fail(i, "'" + std::string(1, text[i]) + "' exponent requires hexadecimal mantissa");
    ++i;
    r.kind = LitKind::Float;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    int ds = digits(10, false);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0) fail(i, "exponent has no digits");
  } else if (prefix == 'x' && r.kind == LitKind::Float) {
    fail(i, "hexadecimal mantissa requires a 'p' exponent");
  }
  if (i < text.size() && text[i] == 'i') {
    r.kind = LitKind::Imag;
    ++i;
  }
  // gc only complains about invalid digits of integer literals (0778.5 is a valid float).
  if (r.kind == LitKind::Int && invalid >= 0)
    fail(static_cast<size_t>(invalid), "invalid digit " + quoteChar(text[invalid]) + " in " + baseName(base) + " literal");
  if (digsep & 2) {
    long sep = invalidSeparator(text);
    if (sep >= 0) fail(static_cast<size_t>(sep), "'_' must separate successive digits");
  }
  return r;
}

bool decodeEscape(std::string_view text, size_t i, char quote, uint32_t& value, bool& isByte, size_t& next,
                  std::string* message, size_t* errorAt) {
  auto fail = [&](size_t at, std::string msg) {
    if (message) *message = std::move(msg);
    if (errorAt) *errorAt = at;
    return false;
  };
  size_t j = i + 1; // after the backslash
  isByte = false;
  if (j >= text.size()) return fail(j, "unknown escape");
  char c = text[j];
  int n = 0;
  uint32_t base = 0, max = 0;
  switch (c) {
  case 'a': value = 7; next = j + 1; return true;
  case 'b': value = 8; next = j + 1; return true;
  case 'f': value = 12; next = j + 1; return true;
  case 'n': value = 10; next = j + 1; return true;
  case 'r': value = 13; next = j + 1; return true;
  case 't': value = 9; next = j + 1; return true;
  case 'v': value = 11; next = j + 1; return true;
  case '\\': value = '\\'; next = j + 1; return true;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    n = 3; base = 8; max = 255; isByte = true;
    break;
  case 'x': ++j; n = 2; base = 16; max = 255; isByte = true; break;
  case 'u': ++j; n = 4; base = 16; max = 0x10FFFF; break;
  case 'U': ++j; n = 8; base = 16; max = 0x10FFFF; break;
  default:
    if (c == quote) {
      value = static_cast<unsigned char>(c);
      next = j + 1;
      return true;
    }
    return fail(j, "unknown escape");
  }
  uint32_t x = 0;
  for (int k = 0; k < n; ++k, ++j) {
    char d = j < text.size() ? text[j] : 0;
    uint32_t digit = base;
    if (isDecimal(d)) digit = static_cast<uint32_t>(d - '0');
    else if (lower(d) >= 'a' && lower(d) <= 'f') digit = static_cast<uint32_t>(lower(d) - 'a' + 10);
    if (digit >= base)
      return fail(j, "invalid character " + quoteChar(d) + " in " + baseName(static_cast<int>(base)) + " escape");
    x = x * base + digit;
  }
  if (x > max && base == 8) return fail(j, "octal escape value " + std::to_string(x) + " > 255");
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "escape is invalid Unicode code point U+%04X", x);
    return fail(j, buf);
  }
  value = x;
  next = j;
  return true;
}

LiteralCheck checkStringLiteral(std::string_view text, bool terminated, bool atEOF) {
  LiteralCheck r;
  r.kind = LitKind::String;
  size_t end = terminated ? text.size() - 1 : text.size();
  for (size_t i = 1; i < end;) {
    if (text[i] != '\\') {
      ++i;
      continue;
    }
    uint32_t value;
    bool isByte;
    size_t next;
    std::string msg;
    size_t at = 0;
    if (i + 1 >= end && !terminated) break; // a trailing backslash: reported as unterminated below
    if (!decodeEscape(text.substr(0, end), i, '"', value, isByte, next, &msg, &at)) {
      r.ok = false;
      r.message = msg;
      r.offset = at;
      return r;
    }
    i = next;
  }
  if (!terminated) {
    r.ok = false;
    r.message = atEOF ? "string literal not terminated" : "newline in string";
    r.offset = atEOF ? 0 : text.size();
  }
  return r;
}

LiteralCheck checkRawStringLiteral(std::string_view, bool terminated) {
  LiteralCheck r;
  r.kind = LitKind::String;
  if (!terminated) {
    r.ok = false;
    r.message = "string literal not terminated";
  }
  return r;
}

LiteralCheck checkRuneLiteral(std::string_view text, bool terminated, bool atEOF) {
  LiteralCheck r;
  r.kind = LitKind::Rune;
  size_t end = terminated ? text.size() - 1 : text.size();
  size_t n = 0;
  for (size_t i = 1; i < end; ++n) {
    if (text[i] == '\\') {
      uint32_t value;
      bool isByte;
      size_t next;
      std::string msg;
      size_t at = 0;
      if (i + 1 >= end && !terminated) break;
      if (!decodeEscape(text.substr(0, end), i, '\'', value, isByte, next, &msg, &at)) {
        r.ok = false;
        r.message = msg;
        r.offset = at;
        return r;
      }
      i = next;
      continue;
    }
    // Skip one UTF-8 encoded character.
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    i += len;
  }
  if (!terminated) {
    r.ok = false;
    r.message = atEOF ? "rune literal not terminated" : "newline in rune literal";
    r.offset = atEOF ? 0 : text.size();
    return r;
  }
  if (n == 0) {
    r.ok = false;
    r.message = "empty rune literal or unescaped '";
    r.offset = text.size() - 1;
  } else if (n != 1) {
    r.ok = false;
    r.message = "more than one character in rune literal";
    r.offset = 0;
  }
  return r;
}

} // namespace goxx::syntax
