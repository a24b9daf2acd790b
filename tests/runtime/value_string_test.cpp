// Go strings (goxx/value/string.h, string_convert.h): literals without allocation, O(1) shared slicing,
// bounds panics with Go's texts, concatenation, bytewise ordering, range over runes with Go's decoding of
// invalid UTF-8, and the []byte / []rune conversions. Expected values follow the Go specification
// ("For statements with range clause", "Conversions to and from a string type").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/value.h"
#include "panic_text.h"

using goxx::String;

namespace {

using goxx::test::panicText;

struct Step {
  int64_t index;
  int32_t rune;
  bool operator==(const Step&) const = default;
};

std::vector<Step> rangeOver(const String& s) {
  std::vector<Step> steps;
  for (auto [i, r] : s) steps.push_back({i, r});
  return steps;
}

}  // namespace

TEST_CASE("value/string: literals refer to static bytes; slices share the buffer") {
  String lit = "hello, world";
  CHECK(lit.block() == nullptr);
  CHECK(lit.len() == 12);
  String sub = lit.slice(7, 12);
  CHECK(sub == String("world"));
  CHECK(sub.data() == lit.data() + 7);  // no copy

  String heap = String(std::string("abcdef"));
  REQUIRE(heap.block() != nullptr);
  String part = heap.slice(2);
  CHECK(part.block() == heap.block());
  CHECK(part.data() == heap.data() + 2);
  CHECK(part.view() == "cdef");
  CHECK(heap.block()->refs.load() == 2);

  String nul = "a\0b";  // Go string literals may contain NUL bytes
  CHECK(nul.len() == 3);
  CHECK(nul[1] == 0);
}

TEST_CASE("value/string: index and slice bounds panic with Go's texts") {
  String s = "abc";
  CHECK(s[2] == 'c');
  CHECK(panicText([&] { (void)s[5]; }) == "runtime error: index out of range [5] with length 3");
  CHECK(panicText([&] { (void)s[-1]; }) == "runtime error: index out of range [-1]");
  String five = "abcde";
  CHECK(panicText([&] { (void)five.slice(0, 7); }) == "runtime error: slice bounds out of range [:7] with length 5");
  CHECK(panicText([&] { (void)five.slice(3, 2); }) == "runtime error: slice bounds out of range [3:2]");
  CHECK(five.slice(5).len() == 0);
}

TEST_CASE("value/string: concatenation, comparison and hashing") {
  String a = "foo";
  String b = String(std::string("bar"));
  String c = a + b;
  CHECK(c.view() == "foobar");
  c += "!";
  CHECK(c == String("foobar!"));
  CHECK(a + String() == a);
  CHECK(String("abc") < String("abd"));
  CHECK(String("ab") < String("abc"));
  CHECK(String("\xff") > String("a"));  // bytes compare unsigned
  CHECK(String() == String(""));
  goxx::GoHash<String> h;
  CHECK(h(String(std::string("same")), 7) == h(String("same"), 7));
}

TEST_CASE("value/string: range yields byte index and rune; invalid UTF-8 yields U+FFFD width 1") {
  CHECK(rangeOver("aé世") == std::vector<Step>{{0, 'a'}, {1, 0xE9}, {3, 0x4E16}});
  // "\xff" is invalid; "\xe4\xb8" is a truncated 3-byte sequence: each bad byte decodes alone.
  CHECK(rangeOver("a\xff" "b\xe4\xb8") == std::vector<Step>{{0, 'a'}, {1, 0xFFFD}, {2, 'b'}, {3, 0xFFFD}, {4, 0xFFFD}});
  // Overlong encoding of '/' and an encoded surrogate are invalid too.
  CHECK(rangeOver("\xc0\xaf") == std::vector<Step>{{0, 0xFFFD}, {1, 0xFFFD}});
  CHECK(rangeOver("\xed\xa0\x80") == std::vector<Step>{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}});
  CHECK(rangeOver("\xf0\x9f\x98\x80") == std::vector<Step>{{0, 0x1F600}});
}

TEST_CASE("value/string: conversions to and from []byte and []rune copy") {
  String s = "héllo";
  goxx::Slice<uint8_t> b = goxx::toBytes(s);
  CHECK(b.len() == 6);
  b[0] = 'H';
  CHECK(s.view() == "héllo");  // the string is not affected
  CHECK(goxx::toString(b).view() == "Héllo");

  goxx::Slice<int32_t> r = goxx::toRunes(s);
  CHECK(r.len() == 5);
  CHECK(r[1] == 0xE9);
  CHECK(goxx::toString(goxx::toRunes("a\xff")).view() == "a\xef\xbf\xbd");

  goxx::Slice<int32_t> runes{0x4E16, -1, 0xD800, 0x110000, 'z'};
  CHECK(goxx::toString(runes).view() == "世\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz");
  CHECK(String::fromRune(0x10FFFF).view() == "\xf4\x8f\xbf\xbf");
  CHECK(String::fromRune(-5).view() == "\xef\xbf\xbd");
  CHECK(String::fromRune(0xDFFF).view() == "\xef\xbf\xbd");
  CHECK(String::fromRune('A').view() == "A");

  goxx::Slice<uint8_t> dst = goxx::makeSlice<uint8_t>(3);
  CHECK(goxx::copy(dst, String("hello")) == 3);
  CHECK(goxx::toString(dst).view() == "hel");
  goxx::Slice<uint8_t> appended = goxx::appendString(dst, " world");
  CHECK(goxx::toString(appended).view() == "hel world");
}

TEST_CASE("value/string: strings are shared across goroutines safely") {
  String base = String(std::string(1000, 'x'));
  goxx::Chan<String> done = goxx::makeChan<String>(8);
  for (int g = 0; g < 8; ++g) {
    goxx::go([base, done, g] {
      String acc;
      for (int i = 0; i < 200; ++i) acc = base.slice(g, g + 10);
      done.send(acc);
    });
  }
  for (int g = 0; g < 8; ++g) CHECK(done.recv().len() == 10);
}
