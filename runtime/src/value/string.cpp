// string.cpp — building Go strings: copies, concatenation, string(rune) (see goxx/value/string.h).
#include "goxx/value/string.h"

namespace goxx {

String String::uninitialized(int64_t n, char** out) {
  String s;
  if (n == 0) {
    *out = nullptr;
    return s;
  }
  RcArray<char>* buf = RcArray<char>::make(n);
  s.block_ = buf;
  s.data_ = buf->elems();
  s.len_ = n;
  *out = buf->elems();
  return s;
}

String::String(std::string_view v) {
  char* out;
  *this = uninitialized(static_cast<int64_t>(v.size()), &out);
  if (!v.empty()) std::memcpy(out, v.data(), v.size());
}

String String::fromRune(int32_t r) {
  char buf[4];
  int n = encodeRune(buf, r);
  return String(std::string_view(buf, static_cast<size_t>(n)));
}

// Concatenation allocates once; an empty operand returns the other one unchanged (shared), as Go does.
String operator+(const String& a, const String& b) {
  if (a.len_ == 0) return b;
  if (b.len_ == 0) return a;
  char* out;
  String r = String::uninitialized(a.len_ + b.len_, &out);
  std::memcpy(out, a.data_, static_cast<size_t>(a.len_));
  std::memcpy(out + a.len_, b.data_, static_cast<size_t>(b.len_));
  return r;
}

}  // namespace goxx
