// search.cpp — package strings: searching and comparing (see goxx/pkg/strings.h).
#include <string_view>

#include "goxx/pkg/strings.h"
#include "goxx/pkg/unicode.h"

namespace goxx::pkg::strings {

namespace {

Int npos(size_t pos) { return pos == std::string_view::npos ? -1 : static_cast<Int>(pos); }

}  // namespace

bool Contains(const String& s, const String& substr) { return Index(s, substr) >= 0; }
bool ContainsRune(const String& s, Rune r) { return IndexRune(s, r) >= 0; }
bool ContainsAny(const String& s, const String& chars) { return IndexAny(s, chars) >= 0; }
bool HasPrefix(const String& s, const String& prefix) { return s.view().starts_with(prefix.view()); }
bool HasSuffix(const String& s, const String& suffix) { return s.view().ends_with(suffix.view()); }

Int Index(const String& s, const String& substr) { return npos(s.view().find(substr.view())); }
Int LastIndex(const String& s, const String& substr) { return npos(s.view().rfind(substr.view())); }
Int IndexByte(const String& s, Byte c) { return npos(s.view().find(static_cast<char>(c))); }

// RuneError matches an invalid byte as well as an encoded U+FFFD (what ranging over s yields).
Int IndexRune(const String& s, Rune r) {
  if (r >= 0 && r < 0x80) return IndexByte(s, static_cast<Byte>(r));
  if (r == kRuneError) {
    for (auto [i, c] : s)
      if (c == kRuneError) return i;
    return -1;
  }
  if (!validRune(r)) return -1;
  return Index(s, String::fromRune(r));
}

Int IndexAny(const String& s, const String& chars) {
  if (chars.empty()) return -1;
  for (auto [i, c] : s)
    if (IndexRune(chars, c) >= 0) return i;
  return -1;
}

Int IndexFunc(const String& s, const Func<bool(Rune)>& f) {
  for (auto [i, c] : s)
    if (f(c)) return i;
  return -1;
}

// Non-overlapping occurrences; an empty substr matches before every rune and at the end.
Int Count(const String& s, const String& substr) {
  if (substr.empty()) {
    Int runes = 0;
    for (auto it = s.begin(); it != s.end(); ++it) ++runes;
    return runes + 1;
  }
  Int n = 0;
  std::string_view v = s.view(), sub = substr.view();
  for (size_t pos = v.find(sub); pos != std::string_view::npos; pos = v.find(sub, pos + sub.size())) ++n;
  return n;
}

Int Compare(const String& a, const String& b) {
  int c = a.view().compare(b.view());
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// Go's EqualFold: runes are equal under simple case folding when one is reachable from the other by
// walking the case orbit (unicode.SimpleFold).
bool EqualFold(const String& s, const String& t) {
  auto is = s.begin(), it = t.begin();
  for (; is != s.end() && it != t.end(); ++is, ++it) {
    Rune sr = (*is).rune, tr = (*it).rune;
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < 0x80) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    Rune r = unicode::SimpleFold(sr);
    while (r != sr && r < tr) r = unicode::SimpleFold(r);
    if (r == tr) continue;
    return false;
  }
  return is == s.end() && it == t.end();
}

std::tuple<String, String, bool> Cut(const String& s, const String& sep) {
  Int i = Index(s, sep);
  if (i >= 0) return {s.slice(0, i), s.slice(i + sep.len()), true};
  return {s, String(), false};
}

}  // namespace goxx::pkg::strings
