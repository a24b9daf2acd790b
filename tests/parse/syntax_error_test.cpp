// Syntax errors read like gc's: "file:line:col: syntax error: unexpected X, expected Y". The expected
// texts follow gc (cmd/compile/internal/syntax) in its Go 1.22 wording: tokens named "name x",
// "literal 2", "keyword else", "newline", "EOF"; "expected" (Go 1.19 still said "expecting").
#include "parse_support.h"

#include <doctest/doctest.h>

using goxx::test::parseText;

static std::string firstError(const std::string& src) {
  auto p = parseText(src);
  auto errs = p.errors();
  return errs.empty() ? std::string("<none>") : errs[0];
}

TEST_CASE("lists: possibly missing comma or closing token") {
  CHECK(firstError("package p\nfunc f() {\n\tf(a\n}\n") ==
        "t.gox:3:5: syntax error: unexpected newline in argument list; possibly missing comma or )");
  CHECK(firstError("package p\nfunc f() {\n\tf(a b)\n}\n") ==
        "t.gox:3:6: syntax error: unexpected name b in argument list; possibly missing comma or )");
  CHECK(firstError("package p\nfunc f() {\n\tx := []int{1, 2\n}\n") ==
        "t.gox:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }");
  CHECK(firstError("package p\nfunc f(a int\n) {}\n") ==
        "t.gox:2:13: syntax error: unexpected newline in parameter list; possibly missing comma or )");
  CHECK(firstError("package p\ntype T struct {\n\ta int,\n}\n") ==
        "t.gox:3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }");
}

TEST_CASE("statements") {
  CHECK(firstError("package p\nfunc f() {\n\tx := 1 2\n}\n") ==
        "t.gox:3:9: syntax error: unexpected literal 2 at end of statement");
  CHECK(firstError("package p\nfunc f() {\n\tx :=\n}\n") == "t.gox:4:1: syntax error: unexpected }, expected expression");
  CHECK(firstError("package p\nfunc f() {\n\tx := (1 + 2\n}\n") ==
        "t.gox:3:13: syntax error: unexpected newline, expected )");
  CHECK(firstError("package p\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n") ==
        "t.gox:5:2: syntax error: unexpected keyword else, expected }");
  CHECK(firstError("package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n") ==
        "t.gox:3:6: syntax error: unexpected newline, expected { after if clause");
  CHECK(firstError("package p\nfunc f() {\n\tif x := 1; {\n\t}\n}\n") ==
        "t.gox:3:11: syntax error: missing condition in if statement");
  CHECK(firstError("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n") == "t.gox:3:7: syntax error: cannot use x := 1 as value");
  CHECK(firstError("package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n") ==
        "t.gox:3:7: syntax error: cannot use assignment (x) = (1) as value");
  CHECK(firstError("package p\nfunc f() {\n\tif x {\n\t} else for {\n\t}\n}\n") ==
        "t.gox:4:9: syntax error: else must be followed by if or statement block");
  CHECK(firstError("package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n") ==
        "t.gox:3:23: syntax error: cannot declare in post statement of for loop");
  CHECK(firstError("package p\nfunc f() {\n\tgo (f())\n}\n") == "t.gox:3:5: expression in go must not be parenthesized");
  CHECK(firstError("package p\nfunc f() {\n\tdefer 1\n}\n") == "t.gox:3:8: expression in defer must be function call");
  CHECK(firstError("package p\nfunc f() {\n\ta[1:2:]\n}\n") == "t.gox:3:8: final index required in 3-index slice");
  CHECK(firstError("package p\nfunc f() {\n\ta[1::3]\n}\n") == "t.gox:3:6: middle index required in 3-index slice");
  CHECK(firstError("package p\nfunc f() {\n\tselect {\n\tcase x > 1:\n\t}\n}\n") ==
        "t.gox:4:9: select case must be send or receive (possibly with assignment)");
}

TEST_CASE("declarations") {
  CHECK(firstError("package p\nx := 1\n") == "t.gox:2:1: syntax error: non-declaration statement outside function body");
  CHECK(firstError("package p\nfunc f()\n{\n}\n") == "t.gox:3:1: syntax error: unexpected semicolon or newline before {");
  CHECK(firstError("package p\nvar x") == "t.gox:2:6: syntax error: unexpected EOF, expected type");
  CHECK(firstError("package p\nfunc f() {") == "t.gox:2:11: syntax error: unexpected EOF, expected }");
  CHECK(firstError("package p\nfunc f(a, b int, string) {}\n") == "t.gox:2:18: syntax error: mixed named and unnamed parameters");
  CHECK(firstError("package p\nfunc func() {}\n") == "t.gox:2:6: syntax error: unexpected keyword func, expected name or (");
  CHECK(firstError("package p\nimport \"fmt\"\nvar x int\nimport \"os\"\n") ==
        "t.gox:4:1: syntax error: imports must appear before other declarations");
  CHECK(firstError("func f() {}\n") == "t.gox:1:1: syntax error: package statement must be first");
  CHECK(firstError("package p\nvar x int y\n") == "t.gox:2:11: syntax error: unexpected name y after top level declaration");
}

TEST_CASE("no ANTLR wording ever reaches the user") {
  const char* inputs[] = {
      "package p\nfunc f() { ) }\n", "package p\nfunc f() { x := [ }\n", "package p\ntype T interface { , }\n",
      "package p\nvar = 1\n",       "package p\nfunc f() { for ; ; ; {} }\n", "package",
      "package p\nfunc f() { switch { case: } }\n", "package p\nfunc f() { x. }\n", "package p\nconst (\n",
      "package p\nfunc (a, b T) f() {}\n", "package p\nfunc f() { L: }\nfunc g() { select { case 1: } }\n",
  };
  for (const char* src : inputs) {
    CAPTURE(src);
    auto p = parseText(src);
    auto errs = p.errors();
    CHECK_FALSE(errs.empty());
    for (const std::string& e : errs) {
      CHECK(e.find("mismatched input") == std::string::npos);
      CHECK(e.find("extraneous input") == std::string::npos);
      CHECK(e.find("no viable alternative") == std::string::npos);
      CHECK(e.find("token recognition error") == std::string::npos);
      CHECK(e.find("<EOF>") == std::string::npos);
      CHECK(e.find("expecting") == std::string::npos);
    }
  }
}

TEST_CASE("the engine prints at most 10 errors, sorted, with source line and caret") {
  std::string src = "package p\n";
  for (int i = 0; i < 12; ++i) src += "var v" + std::to_string(i) + " = 0778\n";
  auto p = parseText(src);
  std::string out = p.diags->render();
  CHECK(out.rfind("too many errors\n") == out.size() - std::string("too many errors\n").size());
  CHECK(out.find("t.gox:2:13: invalid digit '8' in octal literal\nvar v0 = 0778\n            ^\n") == 0);
  size_t lines = 0;
  for (char c : out) lines += c == '\n';
  CHECK(lines == 10 * 3 + 1);
}

// gc reports the syntax errors of several declarations (up to 10 per run); goxx resumes at the next
// declaration that certainly starts a new one. Expected: gc on the same text (Go 1.19 printed
// "unexpected y" / "expecting }", which 1.22 words "unexpected name y" / "expected }").
TEST_CASE("syntax errors of later declarations are reported too") {
  auto p = parseText("package p\n\nfunc a() {\n\tf(1\n}\n\nfunc b() {\n\tx := 1 2\n}\n\nvar x int y\n\nx := 3\n\n"
                     "func c() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n\nfunc main() {}\n");
  std::vector<std::string> want = {
      "t.gox:4:5: syntax error: unexpected newline in argument list; possibly missing comma or )",
      "t.gox:8:9: syntax error: unexpected literal 2 at end of statement",
      "t.gox:11:11: syntax error: unexpected name y after top level declaration",
      "t.gox:18:2: syntax error: unexpected keyword else, expected }",
  };
  CHECK(p.errors() == want);
  // A missing } leaves no certain place to resume: one error, as before.
  auto q = parseText("package p\nfunc a() {\n\tif x {\n}\nfunc b() {\n\tx := 1 2\n}\n");
  CHECK(q.errors().size() == 1);
}
