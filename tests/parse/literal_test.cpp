// Literal lexing: every valid form is classified as the spec says, values decode as the spec says, and
// malformed literals get gc's messages.
#include "parse_support.h"
#include "syntax/literal_syntax.h"
#include "syntax/literal_value.h"

#include <doctest/doctest.h>

using namespace goxx;
using namespace goxx::syntax;
using goxx::test::parseText;

static LitKind kindOf(const char* text) { return checkNumberLiteral(text).kind; }

TEST_CASE("integer literals") {
  for (const char* t : {"0", "42", "4_2", "0600", "0_600", "0o600", "0O600", "0xBadFace", "0xBad_Face",
                        "0x_67_7a_2f_cc_40_c6", "170141183460469231731687303715884105727", "0b1011", "0B_1_0"}) {
    CAPTURE(t);
    LiteralCheck c = checkNumberLiteral(t);
    CHECK(c.ok);
    CHECK(c.kind == LitKind::Int);
  }
}

TEST_CASE("floating-point literals") {
  for (const char* t : {"0.", "72.40", "072.40", "2.71828", "1.e+0", "6.67428e-11", "1E6", ".25", ".12345E+5",
                        "1_5.", "0.15e+0_2", "0x1p-2", "0x2.p10", "0x1.Fp+0", "0X.8p-0", "0X_1FFFP-16", "089.5"}) {
    CAPTURE(t);
    LiteralCheck c = checkNumberLiteral(t);
    CHECK(c.ok);
    CHECK(c.kind == LitKind::Float);
  }
}

TEST_CASE("imaginary literals are lexed (the checker refuses them)") {
  for (const char* t : {"0i", "0123i", "0o123i", "0xabci", "0.i", "2.71828i", "1.e+0i", "1E6i", ".25i", "0x1p-2i"}) {
    CAPTURE(t);
    CHECK(checkNumberLiteral(t).ok);
    CHECK(kindOf(t) == LitKind::Imag);
  }
}

TEST_CASE("malformed numbers: gc's messages") {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"0778", "invalid digit '8' in octal literal"},
      {"0o8", "invalid digit '8' in octal literal"},
      {"0b102", "invalid digit '2' in binary literal"},
      {"0x", "hexadecimal literal has no digits"},
      {"0b", "binary literal has no digits"},
      {"1e", "exponent has no digits"},
      {"1e+", "exponent has no digits"},
      {"0x1.5", "hexadecimal mantissa requires a 'p' exponent"},
      {"1p4", "'p' exponent requires hexadecimal mantissa"},
      {"0x1e3p", "exponent has no digits"},
      {"0b1.0", "invalid radix point in binary literal"},
      {"1__2", "'_' must separate successive digits"},
      {"12_", "'_' must separate successive digits"},
      {"0x_", "hexadecimal literal has no digits"},
      {"0_x", "'_' must separate successive digits"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    LiteralCheck r = checkNumberLiteral(c.text);
    CHECK_FALSE(r.ok);
    CHECK(r.message == c.message);
  }
}

TEST_CASE("string values") {
  CHECK(decodeStringLit("\"abc\"") == "abc");
  CHECK(decodeStringLit("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"") == "\a\b\f\n\r\t\v\\\"");
  CHECK(decodeStringLit("\"\\101\\x41\\u0041\\U00000041\"") == "AAAA");
  CHECK(decodeStringLit("\"\\xff\"") == std::string(1, '\xff'));                // a byte, not U+00FF
  CHECK(decodeStringLit("\"\\u00FF\"") == "\xc3\xbf");                         // U+00FF in UTF-8
  CHECK(decodeStringLit("\"\\u65e5本\\U00008a9e\"") == "日本語");
  CHECK(decodeStringLit("`a\\n\r\nb`") == "a\\n\nb");                         // raw: no escapes, CR dropped
  CHECK(decodeStringLit("\"\"") == "");
}

TEST_CASE("rune values") {
  CHECK(decodeRuneLit("'a'") == 'a');
  CHECK(decodeRuneLit("'ä'") == 0xE4);
  CHECK(decodeRuneLit("'本'") == 0x672C);
  CHECK(decodeRuneLit("'\\t'") == 9);
  CHECK(decodeRuneLit("'\\000'") == 0);
  CHECK(decodeRuneLit("'\\377'") == 255);
  CHECK(decodeRuneLit("'\\x07'") == 7);
  CHECK(decodeRuneLit("'\\u12e4'") == 0x12E4);
  CHECK(decodeRuneLit("'\\U00101234'") == 0x101234);
  CHECK(decodeRuneLit("'\\''") == '\'');
}

TEST_CASE("lexical errors in files: text and position") {
  auto firstError = [](const std::string& src) {
    auto p = parseText(src);
    auto errs = p.errors();
    return errs.empty() ? std::string("<none>") : errs[0];
  };
  CHECK(firstError("package p\nvar x = @\n") == "t.gox:2:9: invalid character U+0040 '@'");
  CHECK(firstError("package p\nvar x = 1 # 2\n") == "t.gox:2:11: invalid character U+0023 '#'");
  CHECK(firstError("package p\nvar s = \"abc\nvar t = 1\n") == "t.gox:2:13: newline in string");
  CHECK(firstError("package p\nvar s = \"abc") == "t.gox:2:9: string literal not terminated");
  CHECK(firstError("package p\nvar s = `abc") == "t.gox:2:9: string literal not terminated");
  CHECK(firstError("package p\nvar r = 'ab'\n") == "t.gox:2:9: more than one character in rune literal");
  CHECK(firstError("package p\nvar r = ''\n") == "t.gox:2:10: empty rune literal or unescaped '");
  CHECK(firstError("package p\nvar r = 'a") == "t.gox:2:9: rune literal not terminated");
  CHECK(firstError("package p\nvar r = 'a\nvar t = 1\n") == "t.gox:2:11: newline in rune literal");
  CHECK(firstError("package p\nvar x = 0778\n") == "t.gox:2:12: invalid digit '8' in octal literal");
  CHECK(firstError("package p\nvar s = \"\\q\"\n") == "t.gox:2:11: unknown escape");
  CHECK(firstError("package p\nvar s = \"\\xZZ\"\n") == "t.gox:2:12: invalid character 'Z' in hexadecimal escape");
  CHECK(firstError("package p\nvar s = \"\\400\"\n") == "t.gox:2:14: octal escape value 256 > 255");
  CHECK(firstError("package p\nvar s = \"\\uD800\"\n") == "t.gox:2:16: escape is invalid Unicode code point U+D800");
  CHECK(firstError("package p\n/* open") == "t.gox:2:1: comment not terminated");
  CHECK(firstError("package p\nvar x\xff = 1\n") == "t.gox:2:6: invalid UTF-8 encoding");
}

TEST_CASE("a bad literal is marked bad in the AST, parsing goes on") {
  auto p = parseText("package p\nvar x = 0778\nvar y = 1\n");
  REQUIRE(p.file != nullptr);
  REQUIRE(p.file->decls.size() == 2);
  auto* x = llvm::cast<VarDecl>(p.file->decls[0]);
  auto* lit = llvm::cast<BasicLit>(x->values[0]);
  CHECK(lit->bad);
  auto* y = llvm::cast<VarDecl>(p.file->decls[1]);
  CHECK_FALSE(llvm::cast<BasicLit>(y->values[0])->bad);
}
