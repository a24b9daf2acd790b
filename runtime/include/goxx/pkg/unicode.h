// goxx/pkg/unicode.h — Go's package unicode (compiler/stdlib/unicode) for Unicode 15.0, Go 1.21+'s
// version: character classes by general category (IsLetter: L, IsUpper: Lu, IsLower: Ll, IsDigit: Nd,
// IsNumber: N, IsPunct: P), Go's IsSpace (Latin-1 spaces plus the White_Space property), and the simple
// case mappings. Tables: runtime/src/pkg/unicode/unicode_tables.cpp (generated from ICU's data).
#pragma once

#include "goxx/value/basic_types.h"

namespace goxx::pkg::unicode {

bool IsLetter(Rune r);
bool IsDigit(Rune r);
bool IsNumber(Rune r);
bool IsSpace(Rune r);
bool IsUpper(Rune r);
bool IsLower(Rune r);
bool IsPunct(Rune r);
Rune ToUpper(Rune r);
Rune ToLower(Rune r);
Rune ToTitle(Rune r);
// The next rune of r's case-folding orbit (unicode.SimpleFold); strings.EqualFold uses it.
Rune SimpleFold(Rune r);

}  // namespace goxx::pkg::unicode
