// goxx/value/string_convert.h — conversions between strings and byte/rune slices, and the string forms
// of copy and append.
//
// Consumes: string.h, slice.h, utf8.h. Produces: toBytes ([]byte(s)), toRunes ([]rune(s)), toString
// (string(b), string(runes)), copy(dst []byte, src string), appendString (append(b, s...)).
// Every conversion copies (strings are immutable, slices are not), as Go does.
#pragma once

#include <cstdint>

#include "goxx/value/slice.h"
#include "goxx/value/string.h"

namespace goxx {

Slice<uint8_t> toBytes(const String& s);
// Invalid UTF-8 becomes U+FFFD, one per bad byte.
Slice<int32_t> toRunes(const String& s);
String toString(const Slice<uint8_t>& b);
// Invalid runes become U+FFFD.
String toString(const Slice<int32_t>& runes);
int64_t copy(const Slice<uint8_t>& dst, const String& src);
Slice<uint8_t> appendString(const Slice<uint8_t>& b, const String& s);

}  // namespace goxx
