// Packages unicode and unicode/utf8 through their ABI entry points (goxx/pkg/unicode.h,
// goxx/pkg/unicode_utf8.h). Expected values are what Go 1.19 prints (for characters whose properties
// did not change between its Unicode 13 and the Unicode 15 of goxx and Go 1.21+).
#include <doctest/doctest.h>

#include "goxx/pkg/unicode.h"
#include "goxx/pkg/unicode_utf8.h"
#include "panic_text.h"

namespace u = goxx::pkg::unicode;
namespace u8 = goxx::pkg::unicode_utf8;
using goxx::Rune;

TEST_CASE("pkg/unicode: classes") {
  CHECK(u::IsLetter(0xE9));
  CHECK(!u::IsLetter('1'));
  CHECK(u::IsDigit(0x663));    // ARABIC-INDIC DIGIT THREE
  CHECK(u::IsNumber(0xBD));    // ½
  CHECK(!u::IsDigit(0xBD));
  CHECK(u::IsSpace(0x2003));
  CHECK(!u::IsSpace(0x200B));  // ZERO WIDTH SPACE is not White_Space
  CHECK(u::IsSpace(0x85));
  CHECK(u::IsUpper(0x3A3));
  CHECK(u::IsLower(0xDF));
  CHECK(u::IsPunct('!'));
  CHECK(!u::IsPunct('+'));     // Sm, not P
  CHECK(u::IsPunct(0xBF));
  CHECK(u::IsLetter(0x4E16));  // CJK
  CHECK(!u::IsLetter(-1));
}

TEST_CASE("pkg/unicode: case mapping and SimpleFold orbits") {
  CHECK(u::ToUpper(0xDF) == 223);  // ß has no single-rune upper case
  CHECK(u::ToUpper(0x1C6) == 452);
  CHECK(u::ToTitle(0x1C6) == 453);
  CHECK(u::ToLower(0x3A3) == 963);
  CHECK(u::SimpleFold('A') == 97);
  CHECK(u::SimpleFold('a') == 65);
  CHECK(u::SimpleFold('K') == 107);
  CHECK(u::SimpleFold('k') == 8490);
  CHECK(u::SimpleFold(0x212A) == 75);
  CHECK(u::SimpleFold('1') == 49);
  CHECK(u::SimpleFold(-2) == -2);
}

TEST_CASE("pkg/unicode/utf8: counting, decoding, encoding, validity") {
  CHECK(u8::RuneCountInString("h\xc3\xa9llo\xff") == 6);
  CHECK(u8::RuneCount(goxx::toBytes("\xe2\x82\xac")) == 1);
  CHECK(u8::RuneLen(0x20AC) == 3);
  CHECK(u8::RuneLen(-1) == -1);
  CHECK(u8::RuneLen(0xD800) == -1);
  CHECK(u8::DecodeRuneInString("\xe2\x82\xacx") == std::tuple<Rune, goxx::Int>{8364, 3});
  CHECK(u8::DecodeRuneInString("") == std::tuple<Rune, goxx::Int>{65533, 0});
  CHECK(u8::DecodeLastRuneInString("x\xe2\x82\xac") == std::tuple<Rune, goxx::Int>{8364, 3});
  CHECK(u8::DecodeLastRuneInString("x\xe2\x82") == std::tuple<Rune, goxx::Int>{65533, 1});
  CHECK(u8::DecodeRune(goxx::toBytes("\xc3\xa9")) == std::tuple<Rune, goxx::Int>{0xE9, 2});
  CHECK(u8::ValidString("ok\xe2\x82\xac"));
  CHECK(!u8::ValidString("\xed\xa0\x80"));
  CHECK(u8::ValidRune(0x10FFFF));
  CHECK(!u8::ValidRune(0x110000));
  goxx::Slice<goxx::Byte> b = goxx::makeSlice<goxx::Byte>(4);
  CHECK(u8::EncodeRune(b, 0x20AC) == 3);
  CHECK((b[0] == 226 && b[1] == 130 && b[2] == 172 && b[3] == 0));
  CHECK(goxx::toString(u8::AppendRune(goxx::toBytes("a"), 0x1F600)) == "a\xf0\x9f\x98\x80");
  CHECK(goxx::test::panicText([] { u8::EncodeRune(goxx::makeSlice<goxx::Byte>(1), 0x20AC); }) ==
        "runtime error: index out of range [2] with length 1");
}
