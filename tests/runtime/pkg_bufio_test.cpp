// Package bufio through its ABI entry points (goxx/pkg/bufio.h), reading from strings.Reader and writing
// to strings.Builder through io.Reader / io.Writer. Expected values are what Go 1.19 prints.
#include <doctest/doctest.h>

#include <string>

#include "goxx/pkg/bufio.h"
#include "goxx/pkg/fmt.h"
#include "goxx/pkg/io.h"
#include "goxx/pkg/strings.h"
#include "panic_text.h"

namespace b = goxx::pkg::bufio;
using goxx::Any;
using goxx::Error;
using goxx::Int;
using goxx::Slice;
using goxx::String;

namespace {

std::string msg(const Error& e) { return e.isNil() ? "<nil>" : goxx::errorMessage(e).str(); }
goxx::pkg::io::Reader stringReader(const String& s) { return goxx::pkg::io::Reader(Any(goxx::pkg::strings::NewReader(s))); }

std::string scanAll(goxx::Ptr<b::Scanner> sc) {
  std::string out;
  while (b::Scanner_Scan(sc.get())) out += "[" + b::Scanner_Text(sc.get()).str() + "]";
  return out + " " + msg(b::Scanner_Err(sc.get()));
}

b::SplitFunc splitOf(b::SplitResult (*fn)(const Slice<goxx::Byte>&, bool)) {
  return b::SplitFunc{[fn](Slice<goxx::Byte> data, bool atEOF) { return fn(data, atEOF); }};
}

}  // namespace

TEST_CASE("pkg/bufio: Scanner with ScanLines (default), ScanWords, ScanRunes") {
  CHECK(scanAll(b::NewScanner(stringReader("a\r\n\nb"))) == "[a][][b] <nil>");
  auto words = b::NewScanner(stringReader("one two\n three\r\nlast"));
  b::Scanner_Split(words.get(), splitOf(&b::ScanWords));
  CHECK(scanAll(words) == "[one][two][three][last] <nil>");
  auto runes = b::NewScanner(stringReader("h\xc3\xa9\xff"));
  b::Scanner_Split(runes.get(), splitOf(&b::ScanRunes));
  CHECK(scanAll(runes) == "[h][\xc3\xa9][\xef\xbf\xbd] <nil>");
  CHECK(goxx::test::panicText([&] { b::Scanner_Split(runes.get(), splitOf(&b::ScanLines)); }) ==
        "Split called after Scan");
}

TEST_CASE("pkg/bufio: Scanner stops with ErrTooLong past its maximum token size") {
  auto sc = b::NewScanner(stringReader(String(std::string(100, 'x') + "\n")));
  b::Scanner_Buffer(sc.get(), goxx::makeSlice<goxx::Byte>(10), 20);
  CHECK(!b::Scanner_Scan(sc.get()));
  CHECK(b::Scanner_Err(sc.get()) == b::ErrTooLong);
  CHECK(msg(b::Scanner_Err(sc.get())) == "bufio.Scanner: token too long");
  // Lines longer than the 4096-byte start buffer are read whole (the buffer grows).
  auto big = b::NewScanner(stringReader(String(std::string(10000, 'y') + "\nz")));
  REQUIRE(b::Scanner_Scan(big.get()));
  CHECK(b::Scanner_Text(big.get()).len() == 10000);
  REQUIRE(b::Scanner_Scan(big.get()));
  CHECK(b::Scanner_Text(big.get()) == "z");
  CHECK(!b::Scanner_Scan(big.get()));
}

TEST_CASE("pkg/bufio: Reader ReadString, ReadRune, ReadByte, Read") {
  auto r = b::NewReader(stringReader("ab\ncd"));
  auto [s1, e1] = b::Reader_ReadString(r.get(), '\n');
  CHECK((s1 == "ab\n" && e1.isNil()));
  auto [s2, e2] = b::Reader_ReadString(r.get(), '\n');
  CHECK(s2 == "cd");
  CHECK(e2 == goxx::pkg::io::EOF_);
  auto [s3, e3] = b::Reader_ReadString(r.get(), '\n');
  CHECK((s3 == "" && msg(e3) == "EOF"));

  auto r2 = b::NewReader(stringReader("\xc3\xa9!"));
  auto [rune, size, re] = b::Reader_ReadRune(r2.get());
  CHECK((rune == 0xE9 && size == 2 && re.isNil()));
  auto [c1, ce1] = b::Reader_ReadByte(r2.get());
  CHECK((c1 == '!' && ce1.isNil()));
  auto [c2, ce2] = b::Reader_ReadByte(r2.get());
  CHECK((c2 == 0 && msg(ce2) == "EOF"));

  auto r3 = b::NewReader(stringReader("line1\nrest"));
  auto [bytes, be] = b::Reader_ReadBytes(r3.get(), '\n');
  CHECK((goxx::toString(bytes) == "line1\n" && be.isNil()));
  Slice<goxx::Byte> buf = goxx::makeSlice<goxx::Byte>(10);
  auto [n, err] = b::Reader_Read(r3.get(), buf);
  CHECK((n == 4 && err.isNil()));
  CHECK(b::NewReader(goxx::pkg::io::Reader(Any(r3))) == r3);  // already a large enough *bufio.Reader
}

TEST_CASE("pkg/bufio: Writer buffers until Flush; *Writer is an io.Writer") {
  auto sb = goxx::newPtr<goxx::pkg::strings::Builder>();
  auto w = b::NewWriter(goxx::pkg::io::Writer(Any(sb)));
  goxx::pkg::fmt::Fprintf(goxx::pkg::io::Writer(Any(w)), "x=%d", Slice<Any>{Any(Int(1))});
  CHECK(b::Writer_WriteByte(w.get(), ' ').isNil());
  auto [n, err] = b::Writer_WriteRune(w.get(), 0x263A);
  CHECK((n == 3 && err.isNil()));
  CHECK(goxx::pkg::strings::Builder_Len(sb.get()) == 0);
  CHECK(b::Writer_Flush(w.get()).isNil());
  CHECK(goxx::pkg::strings::Builder_String(sb.get()) == "x=1 \xe2\x98\xba");
  // A write larger than the buffer while it is empty goes straight through.
  std::string big(5000, 'q');
  auto [bn, berr] = b::Writer_WriteString(w.get(), String(big));
  CHECK((bn == 5000 && berr.isNil()));
  CHECK(b::Writer_Flush(w.get()).isNil());
  CHECK(goxx::pkg::strings::Builder_Len(sb.get()) == 7 + 5000);
}
