// writer.cpp — bufio.Writer (see goxx/pkg/bufio.h), Go's algorithm: bytes collect in a 4096-byte buffer
// that Flush hands to the underlying Write; a large write into an empty buffer goes straight through; a
// write error is sticky (every later call returns it).
#include <algorithm>
#include <cstring>

#include "goxx/pkg/bufio.h"

namespace goxx {

namespace pkg::bufio {

namespace {

Int available(const Writer* b) { return b->buf.len() - b->n; }

// Copies as much of [p, p+len) as fits into the buffer; returns the count.
Int copyIn(Writer* b, const char* p, Int len) {
  Int n = std::min(len, available(b));
  if (n > 0) std::memcpy(b->buf.data() + b->n, p, static_cast<size_t>(n));
  b->n += n;
  return n;
}

}  // namespace

Ptr<Writer> NewWriter(const io::Writer& w) {
  if (const Ptr<Writer>* existing = w.tryAs<Ptr<Writer>>())
    if (!existing->isNil() && (*existing)->buf.len() >= kDefaultBufSize) return *existing;
  Writer b;
  b.buf = makeSlice<Byte>(kDefaultBufSize);
  b.wr = w;
  return newPtr<Writer>(std::move(b));
}

Error Writer_Flush(Writer* b) {
  if (!b->err.isNil()) return b->err;
  if (b->n == 0) return Error();
  auto [n, err] = io::callWrite(b->wr, b->buf.slice(0, b->n));
  if (n < b->n && err.isNil()) err = io::ErrShortWrite;
  if (!err.isNil()) {
    if (n > 0 && n < b->n) std::memmove(b->buf.data(), b->buf.data() + n, static_cast<size_t>(b->n - n));
    b->n -= n;
    b->err = err;
    return err;
  }
  b->n = 0;
  return Error();
}

std::tuple<Int, Error> Writer_Write(Writer* b, const Slice<Byte>& data) {
  Slice<Byte> p = data;
  Int nn = 0;
  while (p.len() > available(b) && b->err.isNil()) {
    Int n;
    if (b->n == 0) {
      Error err;
      std::tie(n, err) = io::callWrite(b->wr, p);
      b->err = err;
    } else {
      n = copyIn(b, reinterpret_cast<const char*>(p.data()), p.len());
      Writer_Flush(b);
    }
    nn += n;
    p = p.slice(n);
  }
  if (!b->err.isNil()) return {nn, b->err};
  nn += copyIn(b, reinterpret_cast<const char*>(p.data()), p.len());
  return {nn, Error()};
}

std::tuple<Int, Error> Writer_WriteString(Writer* b, const String& str) {
  const char* s = str.data();
  Int len = str.len();
  Int nn = 0;
  while (len > available(b) && b->err.isNil()) {
    Int n = copyIn(b, s, len);
    nn += n;
    s += n;
    len -= n;
    Writer_Flush(b);
  }
  if (!b->err.isNil()) return {nn, b->err};
  nn += copyIn(b, s, len);
  return {nn, Error()};
}

Error Writer_WriteByte(Writer* b, Byte c) {
  if (!b->err.isNil()) return b->err;
  if (available(b) <= 0 && !Writer_Flush(b).isNil()) return b->err;
  b->buf[b->n++] = c;
  return Error();
}

std::tuple<Int, Error> Writer_WriteRune(Writer* b, Rune r) {
  if (r >= 0 && r < 0x80) {
    Error err = Writer_WriteByte(b, static_cast<Byte>(r));
    if (!err.isNil()) return {0, err};
    return {1, Error()};
  }
  if (!b->err.isNil()) return {0, b->err};
  if (available(b) < 4) {
    Writer_Flush(b);
    if (!b->err.isNil()) return {0, b->err};
    if (available(b) < 4) return Writer_WriteString(b, String::fromRune(r));
  }
  char tmp[4];
  int size = encodeRune(tmp, r);
  copyIn(b, tmp, size);
  return {size, Error()};
}

}  // namespace pkg::bufio

using pkg::bufio::Writer;

namespace {
Writer* self(const void* r) { return &**static_cast<const Ptr<Writer>*>(r); }
std::tuple<Int, Error> mWrite(const void* r, Slice<Byte> p) { return pkg::bufio::Writer_Write(self(r), p); }
std::tuple<Int, Error> mWriteString(const void* r, String s) { return pkg::bufio::Writer_WriteString(self(r), s); }
Error mWriteByte(const void* r, Byte c) { return pkg::bufio::Writer_WriteByte(self(r), c); }
std::tuple<Int, Error> mWriteRune(const void* r, Rune c) { return pkg::bufio::Writer_WriteRune(self(r), c); }
Error mFlush(const void* r) { return pkg::bufio::Writer_Flush(self(r)); }
}  // namespace

const TypeDesc* TypeOf<Writer>::get() {
  static const TypeDesc d = structType<Writer>("bufio.Writer", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Writer>>::get() {
  static const TypeDesc d = pointerType<Writer>({method("Flush", &mFlush, "func() error"), method("Write", &mWrite),
                                                 method("WriteByte", &mWriteByte), method("WriteRune", &mWriteRune),
                                                 method("WriteString", &mWriteString)});
  return &d;
}

}  // namespace goxx
