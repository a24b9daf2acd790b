// Values of string and rune literals, decoded from their source text (BasicLit::value).
//   Consumes: the text of a String or Rune BasicLit that the lexer accepted (bad == false).
//   Produces: the bytes of the string (UTF-8, as Go strings are) or the rune's code point.
// Integer and float literals are left to the constant package (arbitrary precision).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace goxx::syntax {

// "..." (escapes decoded; \xNN and octal escapes produce single bytes) or `...` (carriage returns
// removed, as the spec says).
std::string decodeStringLit(std::string_view text);

// 'x', '\n', '\u00e9', '\377' ... -> code point (octal/hex byte escapes give their byte value).
uint32_t decodeRuneLit(std::string_view text);

} // namespace goxx::syntax
