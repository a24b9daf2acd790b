// Package fmt through its ABI entry points (goxx/pkg/fmt.h): Print* / Fprint* to os.Stdout and
// os.Stderr (in a child process, so the real streams are checked), Sprint*, and Sscan / Sscanf. Expected
// output is what Go 1.19 prints for the same program.
#include <doctest/doctest.h>

#include <string>

#include "child_process.h"
#include "goxx/pkg/fmt.h"
#include "goxx/pkg/io.h"
#include "goxx/pkg/os.h"

namespace f = goxx::pkg::fmt;
using goxx::Any;
using goxx::Error;
using goxx::Int;
using goxx::Slice;
using goxx::String;

namespace {

std::string msg(const Error& e) { return e.isNil() ? "<nil>" : goxx::errorMessage(e).str(); }

}  // namespace

// n, err := fmt.Println("a", 1, true); fmt.Println(n, err); os.Stdout.WriteString("direct\n")
// n, err = fmt.Fprintf(os.Stdout, "%5.2f|%-4s|%x\n", 3.14159, "ab", 255); fmt.Print(n, err, "\n")
// fmt.Fprintln(os.Stderr, "to stderr", 2); fmt.Printf("%v %+v\n", []int{1, 2}, "s")
GOXX_CHILD_SCENARIO("pkg-fmt-streams") {
  auto [n, err] = f::Println(Slice<Any>{Any("a"), Any(Int(1)), Any(true)});
  f::Println(Slice<Any>{Any(n), Any(err)});
  goxx::pkg::os::File_WriteString(goxx::pkg::os::Stdout.get(), "direct\n");
  goxx::pkg::io::Writer out{Any(goxx::pkg::os::Stdout)};
  std::tie(n, err) = f::Fprintf(out, "%5.2f|%-4s|%x\n", Slice<Any>{Any(3.14159), Any("ab"), Any(Int(255))});
  f::Print(Slice<Any>{Any(n), Any(err), Any("\n")});
  f::Fprintln(goxx::pkg::io::Writer(Any(goxx::pkg::os::Stderr)), Slice<Any>{Any("to stderr"), Any(Int(2))});
  f::Printf("%v %+v\n", Slice<Any>{Any(Slice<Int>{1, 2}), Any("s")});
}

TEST_CASE("pkg/fmt: Print*, Fprint* to os.Stdout and os.Stderr, in program order") {
  auto r = goxx::test::runChild("pkg-fmt-streams");
  CHECK(r.exitCode == 0);
  CHECK(r.out == "a 1 true\n9 <nil>\ndirect\n 3.14|ab  |ff\n14 <nil>\n[1 2] s\n");
  CHECK(r.err == "to stderr 2\n");
}

TEST_CASE("pkg/fmt: Sprint, Sprintln, Sprintf, Errorf") {
  CHECK(f::Sprint(Slice<Any>{Any("x"), Any(Int(1)), Any(Int(2)), Any("y")}) == "x1 2y");
  CHECK(f::Sprintln(Slice<Any>{Any("a"), Any("b")}) == "a b\n");
  CHECK(f::Sprintf("%03d|%q", Slice<Any>{Any(Int(7)), Any("hi")}) == "007|\"hi\"");
  CHECK(f::Sprintf("no args", Slice<Any>()) == "no args");
  Error e = f::Errorf("open %s: %w", Slice<Any>{Any("f"), Any(goxx::pkg::os::ErrNotExist)});
  CHECK(msg(e) == "open f: file does not exist");
  CHECK(goxx::typeOf<f::Stringer>()->name == "fmt.Stringer");
}

TEST_CASE("pkg/fmt: Sscan stores space-separated values with Go's errors") {
  goxx::Ptr<Int> a = goxx::newPtr<Int>(), b = goxx::newPtr<Int>();
  goxx::Ptr<String> s = goxx::newPtr<String>();
  goxx::Ptr<double> x = goxx::newPtr<double>();
  goxx::Ptr<bool> t = goxx::newPtr<bool>();
  goxx::Ptr<goxx::Uint8> u = goxx::newPtr<goxx::Uint8>();
  auto scan = [](const char* in, Slice<Any> args) {
    auto [n, err] = f::Sscan(String(std::string_view(in)), args);
    return std::to_string(n) + " " + msg(err);
  };
  CHECK(scan("5", Slice<Any>{Any(a), Any(b)}) == "1 EOF");
  CHECK(scan("5 x", Slice<Any>{Any(a), Any(b)}) == "1 expected integer");
  CHECK(scan("  7\n 8 hello 2.5 true", Slice<Any>{Any(a), Any(b), Any(s), Any(x), Any(t)}) == "5 <nil>");
  CHECK((*a == 7 && *b == 8 && *s == "hello" && *x == 2.5 && *t));
  CHECK(scan("300", Slice<Any>{Any(u)}) == "0 unsigned integer overflow on token 300");
  CHECK(scan("abc", Slice<Any>{Any(x)}) == "0 strconv.ParseFloat: parsing \"\": invalid syntax");
  CHECK(scan("0x1F -0b11", Slice<Any>{Any(a), Any(b)}) == "2 <nil>");
  CHECK((*a == 31 && *b == -3));
  CHECK(scan("", Slice<Any>{Any(a)}) == "0 EOF");
  CHECK(scan("12abc", Slice<Any>{Any(a)}) == "1 <nil>");
  CHECK(scan("1.5e3", Slice<Any>{Any(x)}) == "1 <nil>");
  CHECK(*x == 1500);
  CHECK(scan("99999999999999999999", Slice<Any>{Any(a)}) ==
        "0 strconv.ParseInt: parsing \"99999999999999999999\": value out of range");
  CHECK(scan("5", Slice<Any>{Any(Int(1))}) == "0 type not a pointer: int");
}

TEST_CASE("pkg/fmt: Sscanf matches literal text and verbs") {
  goxx::Ptr<Int> a = goxx::newPtr<Int>(), b = goxx::newPtr<Int>();
  goxx::Ptr<String> s = goxx::newPtr<String>();
  goxx::Ptr<double> x = goxx::newPtr<double>();
  goxx::Ptr<goxx::Rune> r = goxx::newPtr<goxx::Rune>();
  auto scanf = [](const char* in, const char* format, Slice<Any> args) {
    auto [n, err] = f::Sscanf(String(std::string_view(in)), String(std::string_view(format)), args);
    return std::to_string(n) + " " + msg(err);
  };
  CHECK(scanf("1,2", "%d,%d", Slice<Any>{Any(a), Any(b)}) == "2 <nil>");
  CHECK((*a == 1 && *b == 2));
  CHECK(scanf("x=10 y=abc", "x=%d y=%s", Slice<Any>{Any(a), Any(s)}) == "2 <nil>");
  CHECK((*a == 10 && *s == "abc"));
  CHECK(scanf("1;2", "%d,%d", Slice<Any>{Any(a), Any(b)}) == "1 input does not match format");
  CHECK(scanf("1", "%d %d", Slice<Any>{Any(a), Any(b)}) == "1 EOF");
  CHECK(scanf("ff", "%x", Slice<Any>{Any(a)}) == "1 <nil>");
  CHECK(*a == 255);
  CHECK(scanf("3.25abc", "%f%s", Slice<Any>{Any(x), Any(s)}) == "2 <nil>");
  CHECK((*x == 3.25 && *s == "abc"));
  CHECK(scanf("hi", "%d", Slice<Any>{Any(a)}) == "0 expected integer");
  CHECK(scanf("", "%d", Slice<Any>{Any(a)}) == "0 EOF");
  CHECK(scanf(" \xc3\xa9", "%c", Slice<Any>{Any(r)}) == "1 <nil>");
  CHECK(*r == ' ');
}
