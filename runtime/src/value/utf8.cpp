// utf8.cpp — Go's UTF-8 decoder and encoder (see goxx/value/utf8.h).
//
// The decoder checks the second byte's range per lead byte (RFC 3629 table 3-7), which rejects overlong
// forms, surrogates and values above U+10FFFF in one place; continuation bytes after that are 0x80..0xBF.
#include "goxx/value/utf8.h"

namespace goxx {

namespace {

bool isContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }

}  // namespace

DecodedRune decodeRune(const uint8_t* p, int64_t n) {
  if (n <= 0) return {kRuneError, 0};
  uint8_t b0 = p[0];
  if (b0 < 0x80) return {b0, 1};
  const DecodedRune bad{kRuneError, 1};
  int need;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  int32_t r;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
    r = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    r = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong 3-byte forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    r = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // no overlong 4-byte forms
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return bad;
  }
  if (n < need) return bad;
  if (p[1] < lo || p[1] > hi) return bad;
  r = (r << 6) | (p[1] & 0x3F);
  for (int i = 2; i < need; ++i) {
    if (!isContinuation(p[i])) return bad;
    r = (r << 6) | (p[i] & 0x3F);
  }
  return {r, need};
}

bool validRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune); }

int runeLen(int32_t r) {
  if (!validRune(r)) return 3;  // U+FFFD
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r < 0x10000) return 3;
  return 4;
}

int encodeRune(char* out, int32_t r) {
  if (!validRune(r)) r = kRuneError;
  auto put = [&](int i, uint32_t v) { out[i] = static_cast<char>(static_cast<uint8_t>(v)); };
  uint32_t u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    put(0, u);
    return 1;
  }
  if (u < 0x800) {
    put(0, 0xC0 | (u >> 6));
    put(1, 0x80 | (u & 0x3F));
    return 2;
  }
  if (u < 0x10000) {
    put(0, 0xE0 | (u >> 12));
    put(1, 0x80 | ((u >> 6) & 0x3F));
    put(2, 0x80 | (u & 0x3F));
    return 3;
  }
  put(0, 0xF0 | (u >> 18));
  put(1, 0x80 | ((u >> 12) & 0x3F));
  put(2, 0x80 | ((u >> 6) & 0x3F));
  put(3, 0x80 | (u & 0x3F));
  return 4;
}

}  // namespace goxx
