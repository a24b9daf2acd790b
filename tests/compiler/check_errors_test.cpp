// The checker's messages on small programs. Expected texts are Go 1.22's (types2's) wording for the
// same programs; goxx-only refusals name the unsupported feature.
#include "check_support.h"

#include <doctest/doctest.h>

using goxx::test::checkSource;

namespace {

std::vector<std::string> errorsOf(const std::string& body, const std::string& decls = "") {
  auto c = checkSource("package main\n\n" + decls + "\nfunc main() {\n" + body + "\n}\n");
  REQUIRE_FALSE(c->syntaxErrors);
  return c->messages();
}

std::string onlyError(const std::string& body, const std::string& decls = "") {
  auto errs = errorsOf(body, decls);
  REQUIRE(errs.size() == 1);
  return errs[0];
}

} // namespace

TEST_CASE("constant overflow and representability") {
  CHECK(onlyError("var b byte = 256\n_ = b") == "cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)");
  CHECK(onlyError("var i int = 2.5\n_ = i") == "cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)");
  CHECK(onlyError("_ = byte(300)") == "constant 300 overflows byte");
  CHECK(onlyError("_ = uint(-1)") == "constant -1 overflows uint");
  CHECK(onlyError("x := 1 / 0\n_ = x") == "invalid operation: division by zero");
  CHECK(onlyError("var s string = 1\n_ = s") == "cannot use 1 (untyped int constant) as string value in variable declaration");
  // Untyped integer constants are exact up to 512 bits (gc's limit); beyond that, an overflow error.
  CHECK(onlyError("const c = 1 << 1000\n_ = c") == "constant shift overflow");
  CHECK(onlyError("const c = 1 << 100\nvar i int = c\n_ = i") == "cannot use c (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)");
}

TEST_CASE("assignability and interfaces") {
  CHECK(onlyError("x := 1\nvar s string\ns = x\n_ = s") == "cannot use x (variable of type int) as string value in assignment");
  std::string decls = "type I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\n";
  auto errs = errorsOf("var i I = T{}\n_ = i", decls);
  REQUIRE(errs.size() == 1);
  CHECK(errs[0] == "cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)");
  errs = errorsOf("var i I = 5\n_ = i", decls);
  REQUIRE(errs.size() == 1);
  CHECK(errs[0] == "cannot use 5 (constant of type int) as I value in variable declaration: int does not implement I (missing method M)");
}

TEST_CASE("unused variables and imports") {
  CHECK(onlyError("x := 1") == "declared and not used: x");
  CHECK(onlyError("x := 1\nfunc() { x = 2 }()") == "declared and not used: x");
  auto c = checkSource("package main\n\nimport \"os\"\n\nfunc main() {}\n");
  CHECK(c->messages() == std::vector<std::string>{"\"os\" imported and not used"});
}

TEST_CASE("calls: argument counts with have/want") {
  auto c = checkSource("package main\n\nfunc f(a int, b string) {}\n\nfunc main() {\n\tf(1)\n\tf(1, \"a\", 2)\n}\n");
  auto msgs = c->fullMessages();
  REQUIRE(msgs.size() == 2);
  CHECK(msgs[0] == "not enough arguments in call to f\n\thave (number)\n\twant (int, string)");
  CHECK(msgs[1] == "too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)");
  CHECK(onlyError("a, b := 1\n_, _ = a, b") == "assignment mismatch: 2 variables but 1 value");
  CHECK(onlyError("a, b := f()\n_, _ = a, b", "func f() int { return 1 }") == "assignment mismatch: 2 variables but f() returns 1 value");
  CHECK(onlyError("x := 1\nx := 2\n_ = x") == "no new variables on left side of :=");
}

TEST_CASE("channels: direction rules") {
  CHECK(onlyError("var ch <-chan int\nch <- 1") == "invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)");
  CHECK(onlyError("var ch chan<- int\n<-ch") == "invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)");
  CHECK(onlyError("var ch <-chan int\nclose(ch)") == "invalid operation: cannot close receive-only channel ch (variable of type <-chan int)");
}

TEST_CASE("composite literals") {
  std::string decls = "type P struct{ x, y int }\n";
  CHECK(onlyError("_ = P{1}", decls) == "too few values in struct literal of type P");
  CHECK(onlyError("_ = P{z: 1}", decls) == "unknown field z in struct literal of type P");
  CHECK(onlyError("_ = map[string]int{1}") == "missing key in map literal");
  CHECK(onlyError("_ = map[string]int{\"a\": 1, \"a\": 2}") == "duplicate key \"a\" in map literal");
  CHECK(onlyError("a := [...]int{1, 2, 3}\n_ = a[5]") == "invalid argument: index 5 out of bounds [0:3]");
  CHECK(errorsOf("a := [...]int{1, 2, 3}\n_ = a[2]").empty());
}

TEST_CASE("statements: returns, branches, go/defer") {
  auto c = checkSource("package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() { _ = f() }\n");
  CHECK(c->messages() == std::vector<std::string>{"missing return"});
  // An infinite loop without break and a panic are terminating statements.
  c = checkSource("package main\n\nfunc f() int {\n\tfor {\n\t}\n}\n\nfunc g() int { panic(1) }\n\nfunc main() { _, _ = f(), g() }\n");
  CHECK(c->messages().empty());
  CHECK(onlyError("break") == "break is not in a loop, switch, or select");
  CHECK(onlyError("s := []int{}\ndefer append(s, 1)") == "defer discards result of append(s, 1) (value of type []int)");
  CHECK(onlyError("var a, b []int\n_ = a == b") == "invalid operation: a == b (slice can only be compared to nil)");
  CHECK(onlyError("x := 1\n_ = x.(int)") == "invalid operation: x (variable of type int) is not an interface");
  // Unreachable code is not an error.
  CHECK(errorsOf("return\nprintln(1)").empty());
}

TEST_CASE("no cascades after an error; refused features get one message") {
  CHECK(onlyError("x := undefinedThing + 1\ny := x * 2\n_ = y") == "undefined: undefinedThing");
  auto c = checkSource("package main\n\nfunc Map[T any](xs []T) []T { return xs }\n\nfunc main() { _ = Map([]int{1}) }\n");
  CHECK(c->messages() == std::vector<std::string>{"generic functions are not supported by goxx yet"});
  c = checkSource("package main\n\nimport \"net/http\"\n\nfunc main() { http.Get(\"x\") }\n");
  REQUIRE(c->messages().size() == 1);
  CHECK(c->messages()[0].rfind("package \"net/http\" is not available in goxx (bundled packages: ", 0) == 0);
  CHECK(onlyError("var z complex128\n_ = z") == "complex numbers (type complex128) are not supported by goxx yet");
  // Shadowing a builtin is allowed.
  CHECK(errorsOf("len := 3\n_ = len").empty());
}
