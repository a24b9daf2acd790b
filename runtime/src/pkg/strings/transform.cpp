// transform.cpp — package strings: Map and the case mappings, Repeat, Replace, and the Trim family
// (see goxx/pkg/strings.h).
#include <limits>
#include <string>

#include "goxx/pkg/strings.h"
#include "goxx/pkg/unicode.h"
#include "goxx/pkg/unicode_utf8.h"

namespace goxx::pkg::strings {

namespace {

void appendRune(std::string& out, Rune r) {
  char tmp[4];
  out.append(tmp, static_cast<size_t>(encodeRune(tmp, r)));
}

// Go's Map: every rune of s (U+FFFD for an invalid byte) replaced by mapping(r); negative drops it.
template <class F>
String mapRunes(const String& s, F&& mapping) {
  std::string out;
  out.reserve(static_cast<size_t>(s.len()));
  bool changed = false;
  for (auto [i, c] : s) {
    Rune r = mapping(c);
    int width = decodeRune(s.bytes() + i, s.len() - i).width;
    if (r == c && !(c == kRuneError && width == 1)) {
      out.append(s.data() + i, static_cast<size_t>(width));
      continue;
    }
    changed = true;
    if (r >= 0) appendRune(out, r);
  }
  return changed ? String(out) : s;
}

bool isAscii(const String& s) {
  for (int64_t i = 0; i < s.len(); ++i)
    if (s.bytes()[i] >= 0x80) return false;
  return true;
}

// Title's word boundaries (Go's isSeparator).
bool isSeparator(Rune r) {
  if (r <= 0x7F) {
    if (('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_') return false;
    return true;
  }
  if (unicode::IsLetter(r) || unicode::IsDigit(r)) return false;
  return unicode::IsSpace(r);
}

template <class Keep>
String trimLeftBy(const String& s, Keep&& trimmed) {
  for (auto [i, r] : s)
    if (!trimmed(r)) return s.slice(i);
  return s.slice(s.len());
}

template <class Keep>
String trimRightBy(const String& s, Keep&& trimmed) {
  int64_t end = s.len();
  while (end > 0) {
    DecodedRune d = unicode_utf8::decodeLastRune(s.bytes(), end);
    if (!trimmed(d.rune)) break;
    end -= d.width;
  }
  return s.slice(0, end);
}

}  // namespace

String Map(const Func<Rune(Rune)>& mapping, const String& s) { return mapRunes(s, [&](Rune r) { return mapping(r); }); }

String ToUpper(const String& s) {
  if (isAscii(s)) {
    std::string out(s.view());
    bool changed = false;
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32), changed = true;
    return changed ? String(out) : s;
  }
  return mapRunes(s, unicode::ToUpper);
}

String ToLower(const String& s) {
  if (isAscii(s)) {
    std::string out(s.view());
    bool changed = false;
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32), changed = true;
    return changed ? String(out) : s;
  }
  return mapRunes(s, unicode::ToLower);
}

String Title(const String& s) {
  Rune prev = ' ';
  return mapRunes(s, [&](Rune r) {
    Rune out = isSeparator(prev) ? unicode::ToTitle(r) : r;
    prev = r;
    return out;
  });
}

String Repeat(const String& s, Int count) {
  if (count == 0) return String();
  if (count < 0) panicString("strings: negative Repeat count");
  if (s.len() > std::numeric_limits<Int>::max() / count) panicString("strings: Repeat output length overflow");
  std::string out;
  out.reserve(static_cast<size_t>(s.len() * count));
  for (Int i = 0; i < count; ++i) out += s.view();
  return String(out);
}

String Replace(const String& s, const String& old, const String& new_, Int n) {
  if (old == new_ || n == 0) return s;
  Int m = Count(s, old);
  if (m == 0) return s;
  if (n < 0 || m < n) n = m;
  std::string out;
  int64_t start = 0;
  for (Int i = 0; i < n; ++i) {
    int64_t j = start;
    if (old.empty()) {
      if (i > 0) j += decodeRune(s.bytes() + start, s.len() - start).width;
    } else {
      j += Index(s.slice(start), old);
    }
    out.append(s.data() + start, static_cast<size_t>(j - start));
    out += new_.view();
    start = j + old.len();
  }
  out += s.view().substr(static_cast<size_t>(start));
  return String(out);
}

String ReplaceAll(const String& s, const String& old, const String& new_) { return Replace(s, old, new_, -1); }

String TrimSpace(const String& s) { return trimRightBy(trimLeftBy(s, unicode::IsSpace), unicode::IsSpace); }

String TrimFunc(const String& s, const Func<bool(Rune)>& f) {
  auto trimmed = [&](Rune r) { return f(r); };
  return trimRightBy(trimLeftBy(s, trimmed), trimmed);
}

String Trim(const String& s, const String& cutset) {
  if (s.empty() || cutset.empty()) return s;
  auto inCutset = [&](Rune r) { return ContainsRune(cutset, r); };
  return trimRightBy(trimLeftBy(s, inCutset), inCutset);
}

String TrimLeft(const String& s, const String& cutset) {
  if (s.empty() || cutset.empty()) return s;
  return trimLeftBy(s, [&](Rune r) { return ContainsRune(cutset, r); });
}

String TrimRight(const String& s, const String& cutset) {
  if (s.empty() || cutset.empty()) return s;
  return trimRightBy(s, [&](Rune r) { return ContainsRune(cutset, r); });
}

String TrimPrefix(const String& s, const String& prefix) {
  return HasPrefix(s, prefix) ? s.slice(prefix.len()) : s;
}

String TrimSuffix(const String& s, const String& suffix) {
  return HasSuffix(s, suffix) ? s.slice(0, s.len() - suffix.len()) : s;
}

}  // namespace goxx::pkg::strings
