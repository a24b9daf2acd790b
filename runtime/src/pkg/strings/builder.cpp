// builder.cpp — strings.Builder (see goxx/pkg/strings.h) and its descriptor: *Builder implements
// io.Writer, io.StringWriter, io.ByteWriter and fmt.Stringer.
#include "goxx/pkg/strings.h"

namespace goxx {

namespace pkg::strings {

namespace {

void copyCheck(Builder* b) {
  if (b->addr == nullptr)
    b->addr = b;
  else if (b->addr != b)
    panicString("strings: illegal use of non-zero Builder copied by value");
}

}  // namespace

std::tuple<Int, Error> Builder_WriteString(Builder* b, const String& s) {
  copyCheck(b);
  b->buf += s.view();
  return {s.len(), Error()};
}

Error Builder_WriteByte(Builder* b, Byte c) {
  copyCheck(b);
  b->buf += static_cast<char>(c);
  return Error();
}

std::tuple<Int, Error> Builder_WriteRune(Builder* b, Rune r) {
  copyCheck(b);
  char tmp[4];
  int n = encodeRune(tmp, r);
  b->buf.append(tmp, static_cast<size_t>(n));
  return {n, Error()};
}

std::tuple<Int, Error> Builder_Write(Builder* b, const Slice<Byte>& p) {
  copyCheck(b);
  b->buf.append(reinterpret_cast<const char*>(p.data()), static_cast<size_t>(p.len()));
  return {p.len(), Error()};
}

String Builder_String(Builder* b) { return String(b->buf); }
Int Builder_Len(Builder* b) { return static_cast<Int>(b->buf.size()); }

void Builder_Reset(Builder* b) {
  b->addr = nullptr;
  b->buf = std::string();
}

void Builder_Grow(Builder* b, Int n) {
  copyCheck(b);
  if (n < 0) panicString("strings.Builder.Grow: negative count");
  if (b->buf.capacity() - b->buf.size() < static_cast<size_t>(n)) b->buf.reserve(2 * b->buf.capacity() + static_cast<size_t>(n));
}

}  // namespace pkg::strings

namespace {

using pkg::strings::Builder;
Builder* self(const void* recv) { return &**static_cast<const Ptr<Builder>*>(recv); }

std::tuple<Int, Error> mWrite(const void* r, Slice<Byte> p) { return pkg::strings::Builder_Write(self(r), p); }
std::tuple<Int, Error> mWriteString(const void* r, String s) { return pkg::strings::Builder_WriteString(self(r), s); }
Error mWriteByte(const void* r, Byte c) { return pkg::strings::Builder_WriteByte(self(r), c); }
std::tuple<Int, Error> mWriteRune(const void* r, Rune c) { return pkg::strings::Builder_WriteRune(self(r), c); }
String mString(const void* r) { return pkg::strings::Builder_String(self(r)); }
Int mLen(const void* r) { return pkg::strings::Builder_Len(self(r)); }
void mReset(const void* r) { pkg::strings::Builder_Reset(self(r)); }
void mGrow(const void* r, Int n) { pkg::strings::Builder_Grow(self(r), n); }

}  // namespace

const TypeDesc* TypeOf<Builder>::get() {
  static const TypeDesc d = structType<Builder>("strings.Builder", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Builder>>::get() {
  static const TypeDesc d = pointerType<Builder>(
      {method("Grow", &mGrow), method("Len", &mLen), method("Reset", &mReset),
       method("String", &mString, "func() string"), method("Write", &mWrite), method("WriteByte", &mWriteByte),
       method("WriteRune", &mWriteRune), method("WriteString", &mWriteString)});
  return &d;
}

}  // namespace goxx
