// unicode_tables.h — the Unicode 15.0 data package unicode needs, generated into unicode_tables.cpp by
// gen_unicode_tables.cc (private to the unicode package's sources).
#pragma once

#include <cstdint>

namespace goxx::pkg::unicode::tables {

struct RuneRange {
  int32_t lo, hi;  // inclusive
};
// Simple case mappings (UnicodeData.txt fields 12-14) of every rune that has at least one.
struct CaseMapping {
  int32_t rune, upper, lower, title;
};
// SimpleFold's answer where it is not ToLower(r) (or ToUpper(r) when ToLower(r) == r).
struct FoldPair {
  int32_t from, to;
};

// General categories L, Lu, Ll, Nd, N, P as sorted, disjoint ranges.
extern const RuneRange kLetter[], kUpper[], kLower[], kDigit[], kNumber[], kPunct[];
extern const int kLetterCount, kUpperCount, kLowerCount, kDigitCount, kNumberCount, kPunctCount;
extern const CaseMapping kCaseMappings[];  // sorted by rune
extern const int kCaseMappingsCount;
extern const FoldPair kCaseOrbit[];  // sorted by from
extern const int kCaseOrbitCount;

}  // namespace goxx::pkg::unicode::tables
