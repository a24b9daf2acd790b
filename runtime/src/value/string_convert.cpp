// string_convert.cpp — strings to and from byte and rune slices (see goxx/value/string_convert.h).
#include "goxx/value/string_convert.h"

#include <cstring>

namespace goxx {

Slice<uint8_t> toBytes(const String& s) {
  Slice<uint8_t> b = makeSlice<uint8_t>(s.len());
  if (s.len() > 0) std::memcpy(b.data(), s.data(), static_cast<size_t>(s.len()));
  return b;
}

Slice<int32_t> toRunes(const String& s) {
  int64_t n = 0;
  for (auto ir : s) {
    (void)ir;
    ++n;
  }
  Slice<int32_t> r = makeSlice<int32_t>(n);
  int64_t i = 0;
  for (auto ir : s) r.data()[i++] = ir.rune;
  return r;
}

String toString(const Slice<uint8_t>& b) {
  return String(std::string_view(reinterpret_cast<const char*>(b.data()), static_cast<size_t>(b.len())));
}

String toString(const Slice<int32_t>& runes) {
  int64_t n = 0;
  for (int32_t r : runes) n += runeLen(r);
  char* out;
  String s = String::uninitialized(n, &out);
  for (int32_t r : runes) out += encodeRune(out, r);
  return s;
}

int64_t copy(const Slice<uint8_t>& dst, const String& src) {
  int64_t n = dst.len() < src.len() ? dst.len() : src.len();
  if (n > 0) std::memmove(dst.data(), src.data(), static_cast<size_t>(n));
  return n;
}

Slice<uint8_t> appendString(const Slice<uint8_t>& b, const String& s) {
  if (s.len() == 0) return b;
  String keep = s;  // hold the bytes while b grows (s may be a view into a buffer only b's caller owns)
  Slice<uint8_t> r = detail::growForAppend(b, keep.len());
  std::memmove(r.data() + b.len(), keep.data(), static_cast<size_t>(keep.len()));
  return r;
}

}  // namespace goxx
