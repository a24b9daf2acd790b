// goxx/value/utf8.h — UTF-8 decoding and encoding with Go's rules (package unicode/utf8).
//
// Consumes: nothing. Produces: decodeRune / encodeRune / runeLen, used by strings (range, conversions)
// and fmt. Decoding follows utf8.DecodeRune exactly: an invalid or truncated sequence, an overlong
// encoding, a surrogate half or a value above U+10FFFF decodes to U+FFFD with width 1, so ranging over
// arbitrary bytes always makes progress one byte at a time through garbage.
#pragma once

#include <cstdint>

namespace goxx {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;

struct DecodedRune {
  int32_t rune;
  int width;  // bytes consumed: 1..4 (1 for an invalid byte); 0 only for empty input
};

DecodedRune decodeRune(const uint8_t* p, int64_t n);
// Writes r's encoding (U+FFFD for an invalid rune: negative, surrogate, > U+10FFFF) to out[0..4) and
// returns the byte count.
int encodeRune(char* out, int32_t r);
// Bytes encodeRune would write.
int runeLen(int32_t r);
bool validRune(int32_t r);

}  // namespace goxx
