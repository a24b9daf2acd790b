// goxx/pkg/unicode_utf8.h — Go's package unicode/utf8 (compiler/stdlib/unicode/utf8), per docs/ABI.md,
// over the runtime's decoder (goxx/value/utf8.h). Invalid input decodes as (RuneError, 1); RuneLen of an
// invalid rune is -1; EncodeRune panics with Go's index-out-of-range text when p is too short.
#pragma once

#include <tuple>

#include "goxx/value.h"

namespace goxx::pkg::unicode_utf8 {

Int RuneCountInString(const String& s);
Int RuneCount(const Slice<Byte>& p);
Int RuneLen(Rune r);
std::tuple<Rune, Int> DecodeRuneInString(const String& s);
std::tuple<Rune, Int> DecodeLastRuneInString(const String& s);
std::tuple<Rune, Int> DecodeRune(const Slice<Byte>& p);
Int EncodeRune(const Slice<Byte>& p, Rune r);
Slice<Byte> AppendRune(const Slice<Byte>& p, Rune r);
bool ValidString(const String& s);
bool ValidRune(Rune r);

// The last rune of bytes [p, p+n), as DecodeLastRuneInString decodes it (shared with strings).
DecodedRune decodeLastRune(const uint8_t* p, int64_t n);

}  // namespace goxx::pkg::unicode_utf8
