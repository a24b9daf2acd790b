// goxx/pkg/io.h — Go's package io (the subset compiler/stdlib/io/io.gox declares), per docs/ABI.md.
//
// Consumes: goxx/value.h. Produces: the interface types io.Reader, Writer, Closer, ReadWriter,
// ReadCloser, WriteCloser, StringWriter (classes deriving from Any, like goxx::Error), the variables
// EOF_ (Go's io.EOF: `EOF` itself is a C macro), ErrUnexpectedEOF, ErrShortWrite, ErrNoProgress, Discard, the functions WriteString,
// Copy, ReadAll, and callRead / callWrite: how C++ code (fmt, bufio, io.Copy) calls Read and Write on an
// interface value given by Go, through the interface's method table (goxx::ItabCache).
//
// Method table entries of the io methods (what a type implementing io.Reader must provide):
//   Read:  std::tuple<Int, Error> (*)(const void* receiver, Slice<Byte> p)
//   Write: std::tuple<Int, Error> (*)(const void* receiver, Slice<Byte> p)
//   Close: Error (*)(const void* receiver)
//   WriteString: std::tuple<Int, Error> (*)(const void* receiver, String s)
// The runtime's descriptors give these methods no signature string (unchecked), so they match
// whatever spelling generated descriptors use; only Error/String/Unwrap carry one (value/error.h).
#pragma once

#include <tuple>

#include "goxx/value.h"

namespace goxx::pkg::io {

#define GOXX_PKG_INTERFACE_CLASS(Name)          \
  class Name : public ::goxx::Any {             \
   public:                                      \
    using ::goxx::Any::Any;                     \
    Name() noexcept = default;                  \
    explicit Name(const ::goxx::Any& a) : ::goxx::Any(a) {} \
  }

GOXX_PKG_INTERFACE_CLASS(Reader);
GOXX_PKG_INTERFACE_CLASS(Writer);
GOXX_PKG_INTERFACE_CLASS(Closer);
GOXX_PKG_INTERFACE_CLASS(ReadWriter);
GOXX_PKG_INTERFACE_CLASS(ReadCloser);
GOXX_PKG_INTERFACE_CLASS(WriteCloser);
GOXX_PKG_INTERFACE_CLASS(StringWriter);

// Go's io.EOF, io.ErrUnexpectedEOF, io.Discard (a Writer holding the io.discard value).
extern Error EOF_;
extern Error ErrUnexpectedEOF;
extern Error ErrShortWrite;
extern Error ErrNoProgress;
extern Writer Discard;

std::tuple<Int, Error> WriteString(const Writer& w, const String& s);
std::tuple<Int64, Error> Copy(const Writer& dst, const Reader& src);
std::tuple<Slice<Byte>, Error> ReadAll(const Reader& r);

// r.Read(p) / w.Write(p) on any value whose dynamic type has the method (panics on the nil interface).
std::tuple<Int, Error> callRead(const Any& r, const Slice<Byte>& p);
std::tuple<Int, Error> callWrite(const Any& w, const Slice<Byte>& p);
// w.Write([]byte(text)) without the caller building the slice.
std::tuple<Int, Error> writeText(const Any& w, std::string_view text);

}  // namespace goxx::pkg::io

namespace goxx {
template <> struct TypeOf<pkg::io::Reader> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::io::Writer> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::io::Closer> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::io::ReadWriter> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::io::ReadCloser> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::io::WriteCloser> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::io::StringWriter> { static const TypeDesc* get(); };
}  // namespace goxx
