// classes.cpp — package unicode's predicates and case mappings over the generated tables (see
// goxx/pkg/unicode.h). ASCII is answered without a table search.
#include <algorithm>

#include "goxx/pkg/unicode.h"
#include "unicode_tables.h"

namespace goxx::pkg::unicode {

namespace {

bool inRanges(const tables::RuneRange* ranges, int count, Rune r) {
  const tables::RuneRange* end = ranges + count;
  const tables::RuneRange* it =
      std::upper_bound(ranges, end, r, [](Rune v, const tables::RuneRange& range) { return v < range.lo; });
  return it != ranges && r <= (it - 1)->hi;
}

const tables::CaseMapping* findMapping(Rune r) {
  const tables::CaseMapping* begin = tables::kCaseMappings;
  const tables::CaseMapping* end = begin + tables::kCaseMappingsCount;
  const tables::CaseMapping* it =
      std::lower_bound(begin, end, r, [](const tables::CaseMapping& m, Rune v) { return m.rune < v; });
  return it != end && it->rune == r ? it : nullptr;
}

bool isAsciiLetter(Rune r) { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'); }

}  // namespace

bool IsLetter(Rune r) {
  if (r < 0x80) return isAsciiLetter(r);
  return inRanges(tables::kLetter, tables::kLetterCount, r);
}
bool IsDigit(Rune r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return inRanges(tables::kDigit, tables::kDigitCount, r);
}
bool IsNumber(Rune r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return inRanges(tables::kNumber, tables::kNumberCount, r);
}
bool IsUpper(Rune r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z';
  return inRanges(tables::kUpper, tables::kUpperCount, r);
}
bool IsLower(Rune r) {
  if (r < 0x80) return r >= 'a' && r <= 'z';
  return inRanges(tables::kLower, tables::kLowerCount, r);
}
bool IsPunct(Rune r) { return r >= 0 && inRanges(tables::kPunct, tables::kPunctCount, r); }

// Go's IsSpace: '\t' '\n' '\v' '\f' '\r' ' ' U+0085 U+00A0 in Latin-1, the White_Space property above.
bool IsSpace(Rune r) {
  if (r <= 0xFF) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

Rune ToUpper(Rune r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
  const tables::CaseMapping* m = findMapping(r);
  return m != nullptr ? m->upper : r;
}
Rune ToLower(Rune r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
  const tables::CaseMapping* m = findMapping(r);
  return m != nullptr ? m->lower : r;
}
Rune ToTitle(Rune r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
  const tables::CaseMapping* m = findMapping(r);
  return m != nullptr ? m->title : r;
}

// Go: an invalid rune (negative or above U+10FFFF) is returned unchanged.
Rune SimpleFold(Rune r) {
  if (r < 0 || r > 0x10FFFF) return r;
  const tables::FoldPair* begin = tables::kCaseOrbit;
  const tables::FoldPair* end = begin + tables::kCaseOrbitCount;
  const tables::FoldPair* it =
      std::lower_bound(begin, end, r, [](const tables::FoldPair& p, Rune v) { return p.from < v; });
  if (it != end && it->from == r) return it->to;
  Rune l = ToLower(r);
  return l != r ? l : ToUpper(r);
}

}  // namespace goxx::pkg::unicode
