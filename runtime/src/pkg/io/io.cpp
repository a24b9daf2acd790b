// io.cpp — package io: its interface descriptors, EOF and friends, Discard, WriteString, Copy, ReadAll
// (see goxx/pkg/io.h).
#include "goxx/pkg/io.h"

#include <cstring>
#include <vector>

namespace goxx {

namespace {

// io.discard: the dynamic type behind io.Discard (an empty struct; its methods ignore their input).
struct Discarder {
  bool operator==(const Discarder&) const = default;
};

std::tuple<Int, Error> discardWrite(const void*, Slice<Byte> p) { return {p.len(), Error()}; }
std::tuple<Int, Error> discardWriteString(const void*, String s) { return {s.len(), Error()}; }

Method unchecked(const char* name) { return Method{name, nullptr, {}}; }

}  // namespace

template <>
struct TypeOf<Discarder> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Discarder>(
        "io.discard", {}, {method("Write", &discardWrite), method("WriteString", &discardWriteString)});
    return &d;
  }
};

const TypeDesc* TypeOf<pkg::io::Reader>::get() {
  static const TypeDesc d = interfaceType("io.Reader", std::vector<Method>{unchecked("Read")});
  return &d;
}
const TypeDesc* TypeOf<pkg::io::Writer>::get() {
  static const TypeDesc d = interfaceType("io.Writer", std::vector<Method>{unchecked("Write")});
  return &d;
}
const TypeDesc* TypeOf<pkg::io::Closer>::get() {
  static const TypeDesc d = interfaceType("io.Closer", std::vector<Method>{Method{"Close", nullptr, "func() error"}});
  return &d;
}
const TypeDesc* TypeOf<pkg::io::ReadWriter>::get() {
  static const TypeDesc d = interfaceType("io.ReadWriter", std::vector<Method>{unchecked("Read"), unchecked("Write")});
  return &d;
}
const TypeDesc* TypeOf<pkg::io::ReadCloser>::get() {
  static const TypeDesc d = interfaceType(
      "io.ReadCloser", std::vector<Method>{Method{"Close", nullptr, "func() error"}, unchecked("Read")});
  return &d;
}
const TypeDesc* TypeOf<pkg::io::WriteCloser>::get() {
  static const TypeDesc d = interfaceType(
      "io.WriteCloser", std::vector<Method>{Method{"Close", nullptr, "func() error"}, unchecked("Write")});
  return &d;
}
const TypeDesc* TypeOf<pkg::io::StringWriter>::get() {
  static const TypeDesc d = interfaceType("io.StringWriter", std::vector<Method>{unchecked("WriteString")});
  return &d;
}

namespace pkg::io {

Error EOF_ = errorsNew("EOF");
Error ErrUnexpectedEOF = errorsNew("unexpected EOF");
Error ErrShortWrite = errorsNew("short write");
Error ErrNoProgress = errorsNew("multiple Read calls return no data or error");
Writer Discard = Writer(Any(Discarder{}));

namespace {
Error errInvalidWrite = errorsNew("invalid write result");
}  // namespace

using IoMethod = std::tuple<Int, Error> (*)(const void*, Slice<Byte>);

std::tuple<Int, Error> callRead(const Any& r, const Slice<Byte>& p) {
  static ItabCache site;
  return site.method<IoMethod>(r, typeOf<Reader>(), 0)(r.valuePtr(), p);
}

std::tuple<Int, Error> callWrite(const Any& w, const Slice<Byte>& p) {
  static ItabCache site;
  return site.method<IoMethod>(w, typeOf<Writer>(), 0)(w.valuePtr(), p);
}

std::tuple<Int, Error> writeText(const Any& w, std::string_view text) {
  Slice<Byte> p = makeSlice<Byte>(static_cast<int64_t>(text.size()));
  if (!text.empty()) std::memcpy(p.data(), text.data(), text.size());
  return callWrite(w, p);
}

std::tuple<Int, Error> WriteString(const Writer& w, const String& s) {
  if (w.isNil()) panicNilDeref();
  if (implements(w.type(), typeOf<StringWriter>())) {
    static ItabCache site;
    auto fn = site.method<std::tuple<Int, Error> (*)(const void*, String)>(w, typeOf<StringWriter>(), 0);
    return fn(w.valuePtr(), s);
  }
  return writeText(w, s.view());
}

// Go's io.Copy with its 32 KiB buffer (without the WriterTo / ReaderFrom shortcuts, which only change
// how the bytes move, not the result).
std::tuple<Int64, Error> Copy(const Writer& dst, const Reader& src) {
  Slice<Byte> buf = makeSlice<Byte>(32 * 1024);
  Int64 written = 0;
  for (;;) {
    auto [nr, er] = callRead(src, buf);
    if (nr > 0) {
      auto [nw, ew] = callWrite(dst, buf.slice(0, nr));
      if (nw < 0 || nr < nw) {
        nw = 0;
        if (ew.isNil()) ew = errInvalidWrite;
      }
      written += nw;
      if (!ew.isNil()) return {written, ew};
      if (nr != nw) return {written, ErrShortWrite};
    }
    if (!er.isNil()) return {written, er == EOF_ ? Error() : er};
  }
}

std::tuple<Slice<Byte>, Error> ReadAll(const Reader& r) {
  Slice<Byte> b = makeSlice<Byte>(0, 512);
  for (;;) {
    auto [n, err] = callRead(r, b.slice(b.len(), b.cap()));
    b = b.slice(0, b.len() + n);
    if (!err.isNil()) return {b, err == EOF_ ? Error() : err};
    if (b.len() == b.cap()) b = append(b, Byte(0)).slice(0, b.len());
  }
}

}  // namespace pkg::io
}  // namespace goxx
