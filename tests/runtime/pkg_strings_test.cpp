// Package strings through its ABI entry points (goxx/pkg/strings.h), as generated code calls them.
// Expected values are what Go 1.19 prints for the same calls (go run; noted where a case is Go's
// documented behaviour instead).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "goxx/pkg/fmt.h"
#include "goxx/pkg/io.h"
#include "goxx/pkg/strings.h"
#include "goxx/pkg/unicode.h"
#include "panic_text.h"

namespace s = goxx::pkg::strings;
using goxx::Int;
using goxx::Rune;
using goxx::Slice;
using goxx::String;

namespace {

std::vector<std::string> strs(const Slice<String>& v) {
  std::vector<std::string> out;
  for (const String& x : v) out.push_back(x.str());
  return out;
}
using V = std::vector<std::string>;

goxx::Func<bool(Rune)> isDigit() { return [](Rune r) { return goxx::pkg::unicode::IsDigit(r); }; }

}  // namespace

TEST_CASE("pkg/strings: Split, SplitN, SplitAfter, Fields, FieldsFunc, Join") {
  CHECK(strs(s::Split("a,b,,c", ",")) == V{"a", "b", "", "c"});
  CHECK(strs(s::Split("h\xc3\xa9llo", "")) == V{"h", "\xc3\xa9", "l", "l", "o"});
  CHECK(strs(s::SplitN("a,b,c,d", ",", 2)) == V{"a", "b,c,d"});
  CHECK(s::SplitN("a,b", ",", 0).isNil());
  CHECK(strs(s::SplitAfter("a,b,c", ",")) == V{"a,", "b,", "c"});
  CHECK(strs(s::Split("", ",")) == V{""});
  CHECK(strs(s::Fields("  foo bar\xc2\xa0" "baz\t\n")) == V{"foo", "bar", "baz"});
  CHECK(!s::Fields("   ").isNil());  // Go: an empty, non-nil slice
  CHECK(strs(s::FieldsFunc("a1b22c", isDigit())) == V{"a", "b", "c"});
  CHECK(s::Join(Slice<String>{"a", "b", "c"}, "-") == "a-b-c");
  CHECK(s::Join(Slice<String>(), "-") == "");
}

TEST_CASE("pkg/strings: searching") {
  CHECK(s::Index("chicken", "ken") == 4);
  CHECK(s::Index("x", "") == 0);
  CHECK(s::LastIndex("go gopher", "go") == 3);
  CHECK(s::IndexRune("chicken", 'k') == 4);
  CHECK(s::IndexRune("a\xff" "b", 0xFFFD) == 1);  // an invalid byte matches RuneError
  CHECK(s::IndexAny("golang", "ny") == 4);
  CHECK(s::IndexByte("abc", 'c') == 2);
  CHECK(s::IndexFunc("ab3", isDigit()) == 2);
  CHECK(s::Count("cheese", "e") == 3);
  CHECK(s::Count("five", "") == 5);
  CHECK(s::Count("aaaa", "aa") == 2);
  CHECK(s::ContainsAny("failure", "ui"));
  CHECK(!s::ContainsAny("", ""));
  CHECK(s::ContainsRune("abc", 'b'));
  CHECK(s::Contains("seafood", "foo"));
  CHECK(s::HasPrefix("golang", "go"));
  CHECK(s::HasSuffix("golang", "ng"));
  CHECK(s::Compare("a", "b") == -1);
  CHECK(s::Compare("b", "a") == 1);
  CHECK(s::Compare("x", "x") == 0);
  auto [before, after, found] = s::Cut("key=value=x", "=");
  CHECK(before == "key");
  CHECK(after == "value=x");
  CHECK(found);
  auto [b2, a2, f2] = s::Cut("novalue", "=");
  CHECK((b2 == "novalue" && a2 == "" && !f2));
}

TEST_CASE("pkg/strings: EqualFold follows Unicode case orbits") {
  CHECK(s::EqualFold("Go", "GO"));
  CHECK(!s::EqualFold("stra\xc3\x9f" "e", "STRASSE"));          // ß has no single-rune fold to "SS"
  CHECK(s::EqualFold("k", "\xe2\x84\xaa"));                       // KELVIN SIGN
  CHECK(s::EqualFold("\xc7\x86", "\xc7\x85"));                    // ǆ ǅ
  CHECK(s::EqualFold("\xcf\x83", "\xcf\x82"));                    // σ ς
  CHECK(!s::EqualFold("a", "ab"));
}

TEST_CASE("pkg/strings: Replace, ReplaceAll, Repeat, Map, case mapping, Title") {
  CHECK(s::Replace("oink oink oink", "k", "ky", 2) == "oinky oinky oink");
  CHECK(s::Replace("h\xc3\xa9llo", "", "-", -1) == "-h-\xc3\xa9-l-l-o-");
  CHECK(s::ReplaceAll("oink oink", "oink", "moo") == "moo moo");
  CHECK(s::Repeat("na", 3) == "nanana");
  CHECK(goxx::test::panicText([] { s::Repeat("x", -1); }) == "strings: negative Repeat count");
  CHECK(s::ToUpper("h\xc3\xa9llo w\xc3\xb6rld \xc3\x9f \xc7\x86") == "H\xc3\x89LLO W\xc3\x96RLD \xc3\x9f \xc7\x84");
  CHECK(s::ToLower("H\xc3\x89LLO \xc4\xb0 \xce\xa3") == "h\xc3\xa9llo i \xcf\x83");
  CHECK(s::ToUpper("abc") == "ABC");
  CHECK(s::Title("\xc7\x86" "emal o'neil") == "\xc7\x85" "emal O'Neil");
  goxx::Func<Rune(Rune)> dropA = [](Rune r) -> Rune { return r == 'a' ? -1 : goxx::pkg::unicode::ToUpper(r); };
  CHECK(s::Map(dropA, "banana\xff") == "BNN\xef\xbf\xbd");  // an invalid byte becomes U+FFFD
}

TEST_CASE("pkg/strings: the Trim family") {
  CHECK(s::TrimSpace(" \t\n hi \xe3\x80\x80") == "hi");
  CHECK(s::Trim("\xc2\xa1\xc2\xa1\xc2\xa1Hello, Gophers!!!", "!\xc2\xa1") == "Hello, Gophers");
  CHECK(s::TrimLeft("xxhixx", "x") == "hixx");
  CHECK(s::TrimRight("xxhixx", "x") == "xxhi");
  CHECK(s::TrimPrefix("prefix-body", "prefix-") == "body");
  CHECK(s::TrimSuffix("body.go", ".go") == "body");
  CHECK(s::TrimFunc("123abc456", isDigit()) == "abc");
  CHECK(s::TrimSpace("   ") == "");
}

TEST_CASE("pkg/strings: Builder writes, Len, Reset, Grow, and Go's copy check") {
  s::Builder b;
  s::Builder_WriteString(&b, "abc");
  CHECK(s::Builder_WriteByte(&b, '-').isNil());
  auto [n, err] = s::Builder_WriteRune(&b, 0x4E16);
  CHECK(n == 3);
  CHECK(err.isNil());
  s::Builder_Write(&b, Slice<goxx::Byte>{'!', '?'});
  CHECK(s::Builder_String(&b) == "abc-\xe4\xb8\x96!?");
  CHECK(s::Builder_Len(&b) == 9);
  s::Builder copy = b;
  CHECK(goxx::test::panicText([&] { s::Builder_WriteString(&copy, "x"); }) ==
        "strings: illegal use of non-zero Builder copied by value");
  s::Builder_Reset(&b);
  CHECK(s::Builder_String(&b) == "");
  s::Builder_Grow(&b, 64);
  CHECK(goxx::test::panicText([&] { s::Builder_Grow(&b, -1); }) == "strings.Builder.Grow: negative count");
}

TEST_CASE("pkg/strings: *Builder is an io.Writer and a fmt.Stringer") {
  goxx::Ptr<s::Builder> b = goxx::newPtr<s::Builder>();
  goxx::pkg::io::Writer w(goxx::Any{b});
  auto [n, err] = goxx::pkg::fmt::Fprintf(w, "%d-%s", Slice<goxx::Any>{Int(7), String("x")});
  CHECK(n == 3);
  CHECK(err.isNil());
  CHECK(goxx::pkg::fmt::Sprint(Slice<goxx::Any>{goxx::Any(b)}) == "7-x");
  CHECK(goxx::typeOf<goxx::Ptr<s::Builder>>()->name == "*strings.Builder");
}

TEST_CASE("pkg/strings: Reader reads then reports io.EOF; Replacer") {
  goxx::Ptr<s::Reader> r = s::NewReader("hello");
  CHECK(s::Reader_Len(r.get()) == 5);
  Slice<goxx::Byte> buf = goxx::makeSlice<goxx::Byte>(3);
  auto [n1, e1] = s::Reader_Read(r.get(), buf);
  CHECK(n1 == 3);
  CHECK(e1.isNil());
  CHECK(goxx::toString(buf) == "hel");
  auto [n2, e2] = s::Reader_Read(r.get(), buf);
  CHECK(n2 == 2);
  auto [n3, e3] = s::Reader_Read(r.get(), buf);
  CHECK(n3 == 0);
  CHECK(e3 == goxx::pkg::io::EOF_);

  goxx::Ptr<s::Replacer> html = s::NewReplacer(Slice<String>{"<", "&lt;", ">", "&gt;", "&", "&amp;"});
  CHECK(s::Replacer_Replace(html.get(), "<a href=\"x&y\">") == "&lt;a href=\"x&amp;y\"&gt;");
  // Go 1.19: NewReplacer("", "X").Replace("a\u00e9") inserts at every byte boundary.
  goxx::Ptr<s::Replacer> empty = s::NewReplacer(Slice<String>{"", "X"});
  CHECK(s::Replacer_Replace(empty.get(), "a\xc3\xa9") == "XaX\xc3X\xa9X");
  goxx::Ptr<s::Replacer> prio = s::NewReplacer(Slice<String>{"a", "1", "aa", "2", "", "-"});
  CHECK(s::Replacer_Replace(prio.get(), "aaab") == "111-b-");
  CHECK(goxx::test::panicText([] { s::NewReplacer(Slice<String>{"a"}); }) == "strings.NewReplacer: odd argument count");
}
