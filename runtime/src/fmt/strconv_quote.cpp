// strconv_quote.cpp — Go string and rune quoting (see strconv_quote.h).
#include "strconv_quote.h"

#include "goxx/value/utf8.h"

namespace goxx::fmtimpl {

namespace {

const char kLowerHex[] = "0123456789abcdef";

void appendHex(std::string& out, uint32_t v, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kLowerHex[(v >> shift) & 0xF];
}

void appendRune(std::string& out, int32_t r) {
  char buf[4];
  out.append(buf, static_cast<size_t>(encodeRune(buf, r)));
}

// One rune inside quotes: the quote character and backslash are escaped, printable runes are kept
// (only ASCII ones when asciiOnly), the rest use Go's shortest escape.
void appendEscapedRune(std::string& out, int32_t r, char quoteChar, bool asciiOnly) {
  if (r == quoteChar || r == '\\') {
    out += '\\';
    appendRune(out, r);
    return;
  }
  if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
    appendRune(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    appendHex(out, static_cast<uint32_t>(r), 2);
    return;
  }
  if (!validRune(r)) r = kRuneError;
  if (r < 0x10000) {
    out += "\\u";
    appendHex(out, static_cast<uint32_t>(r), 4);
    return;
  }
  out += "\\U";
  appendHex(out, static_cast<uint32_t>(r), 8);
}

}  // namespace

bool isPrint(int32_t r) {
  if (r < 0x20 || (r >= 0x7F && r <= 0x9F)) return false;
  if (r < 0x7F) return true;
  if (!validRune(r)) return false;
  if (r == 0xA0 || r == 0xAD || r == 0x1680 || r == 0x180E || r == 0x3000 || r == 0xFEFF) return false;
  if (r >= 0x2000 && r <= 0x200F) return false;  // spaces, zero-width and direction marks
  if (r >= 0x2028 && r <= 0x202F) return false;  // line/paragraph separators, bidi embeddings, NNBSP
  if (r >= 0x205F && r <= 0x206F) return false;  // MMSP, invisible operators, deprecated format chars
  if (r >= 0xFFF9 && r <= 0xFFFB) return false;  // interlinear annotations
  if (r >= 0xE000 && r <= 0xF8FF) return false;  // private use
  if (r >= 0xF0000) return false;                // planes 15-16: private use
  if ((r & 0xFFFE) == 0xFFFE) return false;      // noncharacters
  if (r >= 0xFDD0 && r <= 0xFDEF) return false;  // noncharacters
  return true;
}

std::string quote(std::string_view s, bool asciiOnly) {
  std::string out = "\"";
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    DecodedRune d = decodeRune(p + i, n - i);
    if (d.width == 1 && d.rune == kRuneError) {
      out += "\\x";
      appendHex(out, p[i], 2);
      i += 1;
      continue;
    }
    appendEscapedRune(out, d.rune, '"', asciiOnly);
    i += d.width;
  }
  out += '"';
  return out;
}

std::string quoteRune(int32_t r, bool asciiOnly) {
  if (!validRune(r)) r = kRuneError;
  std::string out = "'";
  appendEscapedRune(out, r, '\'', asciiOnly);
  out += '\'';
  return out;
}

bool canBackquote(std::string_view s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    DecodedRune d = decodeRune(p + i, n - i);
    i += d.width;
    if (d.width > 1) {
      if (d.rune == 0xFEFF) return false;
      continue;
    }
    if (d.rune == kRuneError) return false;
    if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F) return false;
  }
  return true;
}

}  // namespace goxx::fmtimpl
