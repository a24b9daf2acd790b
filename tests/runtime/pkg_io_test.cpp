// Package io through its ABI entry points (goxx/pkg/io.h): Copy, ReadAll, WriteString, Discard, EOF, and
// interface satisfaction of the runtime's reader/writer types. Expected values are Go 1.19's.
#include <doctest/doctest.h>

#include <string>

#include "goxx/pkg/io.h"
#include "goxx/pkg/os.h"
#include "goxx/pkg/strings.h"

namespace io = goxx::pkg::io;
using goxx::Any;

TEST_CASE("pkg/io: Copy, ReadAll, WriteString, Discard") {
  auto sb = goxx::newPtr<goxx::pkg::strings::Builder>();
  io::Writer w{Any(sb)};
  auto [wn, we] = io::WriteString(w, "x=1 ");
  CHECK((wn == 4 && we.isNil()));
  auto [n, err] = io::Copy(w, io::Reader(Any(goxx::pkg::strings::NewReader("copied"))));
  CHECK(n == 6);
  CHECK(err.isNil());  // io.EOF ends a Copy without an error
  CHECK(goxx::pkg::strings::Builder_String(sb.get()) == "x=1 copied");
  auto [data, rerr] = io::ReadAll(io::Reader(Any(goxx::pkg::strings::NewReader(goxx::String(std::string(1000, 'z'))))));
  CHECK((data.len() == 1000 && rerr.isNil()));
  auto [dn, de] = io::WriteString(io::Discard, "abc");
  CHECK((dn == 3 && de.isNil()));
  CHECK(io::Discard.type()->name == "io.discard");
  CHECK(goxx::errorMessage(io::EOF_) == "EOF");
  CHECK(goxx::errorMessage(io::ErrUnexpectedEOF) == "unexpected EOF");
}

TEST_CASE("pkg/io: which runtime types implement which io interfaces") {
  using goxx::implements;
  using goxx::typeOf;
  auto file = typeOf<goxx::Ptr<goxx::pkg::os::File>>();
  CHECK(implements(file, typeOf<io::Reader>()));
  CHECK(implements(file, typeOf<io::Writer>()));
  CHECK(implements(file, typeOf<io::ReadWriter>()));
  CHECK(implements(file, typeOf<io::WriteCloser>()));
  CHECK(implements(file, typeOf<io::StringWriter>()));
  auto builder = typeOf<goxx::Ptr<goxx::pkg::strings::Builder>>();
  CHECK(implements(builder, typeOf<io::Writer>()));
  CHECK(!implements(builder, typeOf<io::Reader>()));
  CHECK(!implements(typeOf<goxx::pkg::strings::Builder>(), typeOf<io::Writer>()));  // methods are on *Builder
  CHECK(implements(typeOf<goxx::Ptr<goxx::pkg::strings::Reader>>(), typeOf<io::Reader>()));
  CHECK(typeOf<io::ReadCloser>()->name == "io.ReadCloser");
}
