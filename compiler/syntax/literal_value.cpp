#include "syntax/literal_value.h"

#include "syntax/literal_syntax.h"

namespace goxx::syntax {

static void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string decodeStringLit(std::string_view text) {
  std::string out;
  if (text.size() < 2) return out;
  std::string_view body = text.substr(1, text.size() - 2);
  if (text[0] == '`') {
    for (char c : body) {
      if (c != '\r') out += c;
    }
    return out;
  }
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    uint32_t value = 0;
    bool isByte = false;
    size_t next = i + 1;
    if (!decodeEscape(body, i, '"', value, isByte, next)) {
      ++i; // invalid escapes were reported by the lexer; keep going
      continue;
    }
    if (isByte) out += static_cast<char>(value);
    else appendUtf8(out, value);
    i = next;
  }
  return out;
}

uint32_t decodeRuneLit(std::string_view text) {
  if (text.size() < 3) return 0;
  std::string_view body = text.substr(1, text.size() - 2);
  if (body[0] == '\\') {
    uint32_t value = 0;
    bool isByte = false;
    size_t next = 0;
    return decodeEscape(body, 0, '\'', value, isByte, next) ? value : 0;
  }
  unsigned char c = static_cast<unsigned char>(body[0]);
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  uint32_t cp = len == 1 ? c : c & (0x7F >> len);
  for (size_t k = 1; k < len && k < body.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(body[k]) & 0x3F);
  return cp;
}

} // namespace goxx::syntax
