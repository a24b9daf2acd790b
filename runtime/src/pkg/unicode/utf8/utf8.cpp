// utf8.cpp — package unicode/utf8 (see goxx/pkg/unicode_utf8.h).
#include "goxx/pkg/unicode_utf8.h"

namespace goxx::pkg::unicode_utf8 {

namespace {

Int countRunes(const uint8_t* p, int64_t n) {
  Int count = 0;
  for (int64_t i = 0; i < n; ++count) i += p[i] < 0x80 ? 1 : decodeRune(p + i, n - i).width;
  return count;
}

bool isRuneStart(uint8_t b) { return (b & 0xC0) != 0x80; }

}  // namespace

DecodedRune decodeLastRune(const uint8_t* p, int64_t end) {
  if (end == 0) return {kRuneError, 0};
  int64_t start = end - 1;
  if (p[start] < 0x80) return {p[start], 1};
  int64_t lim = end - 4 < 0 ? 0 : end - 4;
  for (--start; start >= lim; --start)
    if (isRuneStart(p[start])) break;
  if (start < 0) start = 0;
  DecodedRune d = decodeRune(p + start, end - start);
  if (start + d.width != end) return {kRuneError, 1};
  return d;
}

Int RuneCountInString(const String& s) { return countRunes(s.bytes(), s.len()); }
Int RuneCount(const Slice<Byte>& p) { return countRunes(p.data(), p.len()); }

Int RuneLen(Rune r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= kMaxRune) return 4;
  return -1;
}

std::tuple<Rune, Int> DecodeRuneInString(const String& s) {
  DecodedRune d = decodeRune(s.bytes(), s.len());
  return {d.rune, d.width};
}
std::tuple<Rune, Int> DecodeLastRuneInString(const String& s) {
  DecodedRune d = decodeLastRune(s.bytes(), s.len());
  return {d.rune, d.width};
}
std::tuple<Rune, Int> DecodeRune(const Slice<Byte>& p) {
  DecodedRune d = decodeRune(p.data(), p.len());
  return {d.rune, d.width};
}

Int EncodeRune(const Slice<Byte>& p, Rune r) {
  char tmp[4];
  int n = encodeRune(tmp, r);
  (void)p[n - 1];  // Go checks the last index first: "index out of range [2] with length 1"
  for (int i = 0; i < n; ++i) p[i] = static_cast<Byte>(tmp[i]);
  return n;
}

Slice<Byte> AppendRune(const Slice<Byte>& p, Rune r) {
  char tmp[4];
  int n = encodeRune(tmp, r);
  Slice<Byte> out = p;
  for (int i = 0; i < n; ++i) out = append(out, static_cast<Byte>(tmp[i]));
  return out;
}

bool ValidString(const String& s) {
  const uint8_t* p = s.bytes();
  for (int64_t i = 0, n = s.len(); i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    DecodedRune d = decodeRune(p + i, n - i);
    if (d.rune == kRuneError && d.width == 1) return false;
    i += d.width;
  }
  return true;
}

bool ValidRune(Rune r) { return validRune(r); }

}  // namespace goxx::pkg::unicode_utf8
