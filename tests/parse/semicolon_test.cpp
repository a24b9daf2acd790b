// Automatic semicolon insertion (Go spec, "Semicolons"): a newline or EOF after an identifier, a
// literal, break/continue/fallthrough/return, ++ -- ) ] } becomes a ';' (named "newline"/"EOF").
#include "parse_support.h"

#include <doctest/doctest.h>

using goxx::test::tokenList;

TEST_CASE("semicolons after each kind of line-ending token") {
  CHECK(tokenList("x\n") == "name x newline");
  CHECK(tokenList("1\n") == "literal 1 newline");
  CHECK(tokenList("1.5\n") == "literal 1.5 newline");
  CHECK(tokenList("2i\n") == "literal 2i newline");
  CHECK(tokenList("'a'\n") == "literal 'a' newline");
  CHECK(tokenList("\"s\"\n") == "literal \"s\" newline");
  CHECK(tokenList("`raw`\n") == "literal `raw` newline");
  CHECK(tokenList("break\n") == "keyword break newline");
  CHECK(tokenList("continue\n") == "keyword continue newline");
  CHECK(tokenList("fallthrough\n") == "keyword fallthrough newline");
  CHECK(tokenList("return\n") == "keyword return newline");
  CHECK(tokenList("x++\n") == "name x ++ newline");
  CHECK(tokenList("x--\n") == "name x -- newline");
  CHECK(tokenList("f()\n") == "name f ( ) newline");
  CHECK(tokenList("a[1]\n") == "name a [ literal 1 ] newline");
  CHECK(tokenList("{}\n") == "{ } newline");
}

TEST_CASE("no semicolon after other tokens") {
  CHECK(tokenList("x +\ny") == "name x + name y EOF");
  CHECK(tokenList("f(\n") == "name f (");
  CHECK(tokenList("a,\n") == "name a comma");
  CHECK(tokenList("func\n") == "keyword func");
  CHECK(tokenList("if\n") == "keyword if");
  CHECK(tokenList("x :=\n") == "name x :=");
  CHECK(tokenList("L:\n") == "name L :");
  CHECK(tokenList("{\n") == "{");
}

TEST_CASE("semicolon at EOF only after a line-ending token") {
  CHECK(tokenList("x") == "name x EOF");
  CHECK(tokenList("x;") == "name x semicolon");
  CHECK(tokenList("x +") == "name x +");
  CHECK(tokenList("") == "");
}

TEST_CASE("comments act like the newline they contain") {
  CHECK(tokenList("x // comment\ny") == "name x newline name y EOF");
  CHECK(tokenList("x /* one line */ y") == "name x name y EOF");
  CHECK(tokenList("x /* two\nlines */ y") == "name x newline name y EOF");
  CHECK(tokenList("x // at EOF") == "name x newline");
  CHECK(tokenList("/* a */ x") == "name x EOF");
}

TEST_CASE("blank lines insert one semicolon") {
  CHECK(tokenList("x\n\n\ny\n") == "name x newline name y newline");
  CHECK(tokenList("x;\ny") == "name x semicolon name y EOF");
}

TEST_CASE("a statement split before an operator continues, after it does not") {
  // From the spec: to reflect idiomatic use, code in this form needs care.
  CHECK(tokenList("return a +\nb") == "keyword return name a + name b EOF");
  CHECK(tokenList("return a\n+ b") == "keyword return name a newline + name b EOF");
}
