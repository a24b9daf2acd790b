// split.cpp — package strings: Split, SplitN, SplitAfter, Fields, FieldsFunc, Join (see goxx/pkg/strings.h).
// Results share the bytes of s (substrings), as Go's do.
#include <string>

#include "goxx/pkg/strings.h"
#include "goxx/pkg/unicode.h"

namespace goxx::pkg::strings {

namespace {

// Splits s into its UTF-8 sequences (an invalid byte is one element), at most n (n < 0: all); the last
// element holds the rest.
Slice<String> explode(const String& s, Int n) {
  Int runes = 0;
  for (auto it = s.begin(); it != s.end(); ++it) ++runes;
  if (n < 0 || n > runes) n = runes;
  Slice<String> a = makeSlice<String>(n);
  int64_t pos = 0;
  for (Int i = 0; i < n - 1; ++i) {
    int width = decodeRune(s.bytes() + pos, s.len() - pos).width;
    a[i] = s.slice(pos, pos + width);
    pos += width;
  }
  if (n > 0) a[n - 1] = s.slice(pos);
  return a;
}

// Go's genSplit: sepSave bytes of each separator stay with the element before it.
Slice<String> genSplit(String s, const String& sep, Int sepSave, Int n) {
  if (n == 0) return Slice<String>();
  if (sep.empty()) return explode(s, n);
  if (n < 0) n = Count(s, sep) + 1;
  if (n > s.len() + 1) n = s.len() + 1;
  Slice<String> a = makeSlice<String>(n);
  --n;
  Int i = 0;
  while (i < n) {
    Int m = Index(s, sep);
    if (m < 0) break;
    a[i] = s.slice(0, m + sepSave);
    s = s.slice(m + sep.len());
    ++i;
  }
  a[i] = s;
  return a.slice(0, i + 1);
}

template <class IsSep>
Slice<String> fieldsBy(const String& s, IsSep&& isSep) {
  Slice<String> out;
  int64_t start = -1;
  for (auto [i, r] : s) {
    if (isSep(r)) {
      if (start >= 0) {
        out = append(out, s.slice(start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) out = append(out, s.slice(start));
  return out;
}

}  // namespace

Slice<String> Split(const String& s, const String& sep) { return genSplit(s, sep, 0, -1); }
Slice<String> SplitN(const String& s, const String& sep, Int n) { return genSplit(s, sep, 0, n); }
Slice<String> SplitAfter(const String& s, const String& sep) { return genSplit(s, sep, sep.len(), -1); }

// Go returns a non-nil empty slice when s has no fields.
Slice<String> Fields(const String& s) {
  Slice<String> out = fieldsBy(s, [](Rune r) { return unicode::IsSpace(r); });
  return out.isNil() ? makeSlice<String>(0) : out;
}

Slice<String> FieldsFunc(const String& s, const Func<bool(Rune)>& f) {
  Slice<String> out = fieldsBy(s, [&](Rune r) { return f(r); });
  return out.isNil() ? makeSlice<String>(0) : out;
}

String Join(const Slice<String>& elems, const String& sep) {
  if (elems.len() == 0) return String();
  if (elems.len() == 1) return elems[0];
  std::string out;
  for (int64_t i = 0; i < elems.len(); ++i) {
    if (i > 0) out += sep.view();
    out += elems[i].view();
  }
  return String(out);
}

}  // namespace goxx::pkg::strings
