// format.cpp — strconv's formatting and quoting: Itoa, FormatInt, FormatUint, AppendInt, FormatFloat,
// FormatBool, Quote, QuoteRune, Unquote (see goxx/pkg/strconv.h).
#include <string>

#include "fmt/strconv_float.h"
#include "fmt/strconv_quote.h"
#include "goxx/pkg/strconv.h"

namespace goxx::pkg::strconv {

namespace {

std::string formatBits(Uint64 u, Int base, bool neg) {
  if (base < 2 || base > 36) panicString("strconv: illegal AppendInt/FormatInt base");
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buf[65];
  int i = sizeof buf;
  do {
    buf[--i] = kDigits[u % static_cast<Uint64>(base)];
    u /= static_cast<Uint64>(base);
  } while (u != 0);
  if (neg) buf[--i] = '-';
  return std::string(buf + i, sizeof buf - static_cast<size_t>(i));
}

std::string formatInt(Int64 v, Int base) {
  bool neg = v < 0;
  Uint64 u = neg ? 0 - static_cast<Uint64>(v) : static_cast<Uint64>(v);
  return formatBits(u, base, neg);
}

bool unhex(char c, Rune* v) {
  if (c >= '0' && c <= '9') *v = c - '0';
  else if (c >= 'a' && c <= 'f') *v = c - 'a' + 10;
  else if (c >= 'A' && c <= 'F') *v = c - 'A' + 10;
  else return false;
  return true;
}

// Go's UnquoteChar: decodes the first character or escape of s (inside quotes `quote`).
bool unquoteChar(std::string_view& s, char quote, Rune* value, bool* multibyte) {
  *multibyte = false;
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    DecodedRune d = decodeRune(reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size()));
    s.remove_prefix(static_cast<size_t>(d.width));
    *value = d.rune;
    *multibyte = true;
    return true;
  }
  if (c != '\\') {
    *value = c;
    s.remove_prefix(1);
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  s.remove_prefix(2);
  switch (e) {
    case 'a': *value = '\a'; return true;
    case 'b': *value = '\b'; return true;
    case 'f': *value = '\f'; return true;
    case 'n': *value = '\n'; return true;
    case 'r': *value = '\r'; return true;
    case 't': *value = '\t'; return true;
    case 'v': *value = '\v'; return true;
    case 'x': case 'u': case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      Rune v = 0;
      for (size_t j = 0; j < n; ++j) {
        Rune x;
        if (!unhex(s[j], &x)) return false;
        v = v << 4 | x;
      }
      s.remove_prefix(n);
      if (e == 'x') {
        *value = v;  // a single byte, possibly not UTF-8
        return true;
      }
      if (!validRune(v)) return false;
      *value = v;
      *multibyte = true;
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      Rune v = e - '0';
      if (s.size() < 2) return false;
      for (size_t j = 0; j < 2; ++j) {
        Rune x = s[j] - '0';
        if (x < 0 || x > 7) return false;
        v = (v << 3) | x;
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      *value = v;
      return true;
    }
    case '\\': *value = '\\'; return true;
    case '\'': case '"':
      if (e != quote) return false;
      *value = e;
      return true;
    default: return false;
  }
}

}  // namespace

String Itoa(Int i) { return String(formatInt(i, 10)); }
String FormatInt(Int64 i, Int base) { return String(formatInt(i, base)); }
String FormatUint(Uint64 i, Int base) { return String(formatBits(i, base, false)); }
String FormatBool(bool b) { return b ? String("true") : String("false"); }

Slice<Byte> AppendInt(const Slice<Byte>& dst, Int64 i, Int base) {
  return appendString(dst, String(formatInt(i, base)));
}

String FormatFloat(Float64 f, Byte fmt, Int prec, Int bitSize) {
  if (bitSize != 32 && bitSize != 64) panicString("strconv: illegal AppendFloat/FormatFloat bitSize");
  switch (fmt) {
    case 'e': case 'E': case 'f': case 'g': case 'G':
      return String(fmtimpl::formatFloat(f, static_cast<char>(fmt), static_cast<int>(prec), static_cast<int>(bitSize)));
    default: {
      char unknown[2] = {'%', static_cast<char>(fmt)};
      return String(std::string_view(unknown, 2));
    }
  }
}

String Quote(const String& s) { return String(fmtimpl::quote(s.view(), false)); }
String QuoteRune(Rune r) { return String(fmtimpl::quoteRune(r, false)); }

std::tuple<String, Error> Unquote(const String& str) {
  std::string_view s = str.view();
  size_t n = s.size();
  if (n < 2) return {String(), ErrSyntax};
  char quote = s[0];
  if (quote != s[n - 1]) return {String(), ErrSyntax};
  s = s.substr(1, n - 2);
  if (quote == '`') {
    if (s.find('`') != std::string_view::npos) return {String(), ErrSyntax};
    std::string out;
    for (char c : s)
      if (c != '\r') out += c;
    return {String(out), Error()};
  }
  if (quote != '"' && quote != '\'') return {String(), ErrSyntax};
  if (s.find('\n') != std::string_view::npos) return {String(), ErrSyntax};
  if (s.find('\\') == std::string_view::npos && s.find(quote) == std::string_view::npos) {
    const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
    if (quote == '"') {
      bool valid = true;
      for (int64_t i = 0, len = static_cast<int64_t>(s.size()); i < len;) {
        DecodedRune d = decodeRune(p + i, len - i);
        if (d.rune == kRuneError && d.width == 1) {
          valid = false;
          break;
        }
        i += d.width;
      }
      if (valid) return {String(s), Error()};
    } else {
      DecodedRune d = decodeRune(p, static_cast<int64_t>(s.size()));
      if (static_cast<size_t>(d.width) == s.size() && (d.rune != kRuneError || d.width != 1)) return {String(s), Error()};
    }
  }
  std::string out;
  while (!s.empty()) {
    Rune c;
    bool multibyte;
    if (!unquoteChar(s, quote, &c, &multibyte)) return {String(), ErrSyntax};
    if (c < 0x80 || !multibyte) {
      out += static_cast<char>(c);
    } else {
      char tmp[4];
      out.append(tmp, static_cast<size_t>(encodeRune(tmp, c)));
    }
    if (quote == '\'' && !s.empty()) return {String(), ErrSyntax};
  }
  return {String(out), Error()};
}

}  // namespace goxx::pkg::strconv
