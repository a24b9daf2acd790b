// Package fmt (goxx/fmt.h): verbs, flags, width and precision, composite values, methods, and Go's
// in-band error forms. Every expected string below was produced by Debian's Go 1.19 running the same
// call (`fmt.Sprintf(format, args...)` with the Go values the C++ arguments stand for); the Go types are
// mirrored here with hand-written descriptors as generated code will have them. Where Go 1.22 differs from
// 1.19 (several %w in Errorf, Go 1.20), the expectation follows the fmt.Errorf documentation instead.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "goxx/fmt.h"
#include "goxx/panic.h"

using goxx::Any;
using goxx::Int;
using goxx::String;
using goxx::Uint;

namespace {

// type T struct { A int; B string }
struct T {
  Int A = 0;
  String B;
  bool operator==(const T&) const = default;
};
// type Temp struct{ D float64 }; func (t Temp) String() string { return fmt.Sprintf("%.1fC", t.D) }
struct Temp {
  double D = 0;
  bool operator==(const Temp&) const = default;
};
String Temp_String(const void* recv) { return goxx::fmt::Sprintf("%.1fC", static_cast<const Temp*>(recv)->D); }
// type E struct{}; func (e *E) Error() string { return "E!" }
struct E {
  bool operator==(const E&) const = default;
};
String E_Error(const void*) { return "E!"; }
// type Inner struct{ N int }
struct Inner {
  Int N = 0;
  bool operator==(const Inner&) const = default;
};
// type Outer struct { I Inner; P *Inner; S []int; M map[string]int; X any }
struct Outer {
  Inner I;
  goxx::Ptr<Inner> P;
  goxx::Slice<Int> S;
  goxx::Map<String, Int> M;
  Any X;
};
// type Boom struct{}; func (Boom) String() string { panic("bang") }
struct Boom {
  bool operator==(const Boom&) const = default;
};
String Boom_String(const void*) { goxx::panicString("bang"); }
// type hidden struct { t Temp; U Temp }
struct Hidden {
  Temp t;
  Temp U;
  bool operator==(const Hidden&) const = default;
};

}  // namespace

template <>
struct goxx::TypeOf<T> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<T>("main.T", {field<&T::A>("A"), field<&T::B>("B")});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Temp> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Temp>("main.Temp", {field<&Temp::D>("D")}, {method("String", &Temp_String)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<E> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<E>("main.E", {});
    return &d;
  }
};
template <>
struct goxx::TypeOf<goxx::Ptr<E>> {
  static const TypeDesc* get() {
    static const TypeDesc d = pointerType<E>({method("Error", &E_Error)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Inner> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Inner>("main.Inner", {field<&Inner::N>("N")});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Outer> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Outer>(
        "main.Outer", {field<&Outer::I>("I"), field<&Outer::P>("P"), field<&Outer::S>("S"), field<&Outer::M>("M"),
                       field<&Outer::X>("X")});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Boom> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Boom>("main.Boom", {}, {method("String", &Boom_String)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Hidden> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Hidden>("main.hidden", {field<&Hidden::t>("t"), field<&Hidden::U>("U")});
    return &d;
  }
};

namespace {

template <class... A>
std::string S(const char* format, const A&... a) {
  return goxx::fmt::SprintfArgs(String::fromStatic(format), goxx::fmt::operands(a...)).str();
}
template <class... A>
std::string P(const A&... a) {
  return goxx::fmt::Sprint(a...).str();
}
template <class... A>
std::string L(const A&... a) {
  return goxx::fmt::Sprintln(a...).str();
}
double math_inf() { return std::numeric_limits<double>::infinity(); }
double math_nan() { return std::numeric_limits<double>::quiet_NaN(); }
goxx::Slice<uint8_t> bytes(const char* s) { return goxx::toBytes(String::fromStatic(s)); }
Outer outer() { return Outer{Inner{1}, nullptr, goxx::Slice<Int>{2}, goxx::Map<String, Int>{{"k", 3}}, Any("str")}; }
Hidden hiddenValue() { return Hidden{Temp{1}, Temp{2}}; }
goxx::Map<Int, String> intMap() { return goxx::Map<Int, String>{{3, "c"}, {-1, "z"}, {2, "b"}}; }
goxx::Slice<Any> anys() { return goxx::Slice<Any>{Int(1), "a", Any(), 2.5}; }
goxx::Error oops() { return goxx::errorsNew("oops"); }

}  // namespace

TEST_CASE("fmt/verbs: integers of every width, flags, bases, runes") {
  CHECK(S("%d", Int(42)) == "42");
  CHECK(S("%5d|%-5d|%05d", Int(-42), Int(-42), Int(-42)) == "  -42|-42  |-0042");
  CHECK(S("%+d|% d|%x", Int(42), Int(42), Int(42)) == "+42| 42|2a");
  CHECK(S("%x|%X|%#x|%#X", Int(255), Int(255), Int(255), Int(255)) == "ff|FF|0xff|0XFF");
  CHECK(S("%o|%#o|%O|%b", Int(8), Int(8), Int(8), Int(5)) == "10|010|0o10|101");
  CHECK(S("%.3d|%.0d|%5.0d|", Int(7), Int(0), Int(0)) == "007||     |");
  CHECK(S("%08.3d", Int(-7)) == "    -007");
  CHECK(S("%#08x", Int(255)) == "0x000000ff");
  CHECK(S("%d %d %d %d", int8_t(-128), int16_t(-32768), int32_t(-5), int64_t(-9223372036854775807 - 1)) == "-128 -32768 -5 -9223372036854775808");
  CHECK(S("%d %d %d %d %d", uint8_t(255), uint16_t(65535), uint32_t(4294967295u), uint64_t(18446744073709551615ull), Uint(1)) == "255 65535 4294967295 18446744073709551615 1");
  CHECK(S("%v %v", uint8_t(200), Int(-3)) == "200 -3");
  CHECK(S("%#v %#v %#v", uint8_t(200), Uint(17), Int(-3)) == "0xc8 0x11 -3");
  CHECK(S("%c|%c|%c|%c", Int(65), Int(0x4E16), Int(0x1F600), Int(-1)) == "A|\344\270\226|\360\237\230\200|\357\277\275");
  CHECK(S("%q|%q|%q|%+q", Int(65), Int(0x4E16), Int(10), Int(0x1F600)) == "'A'|'\344\270\226'|'\\n'|'\\U0001f600'");
  CHECK(S("%U|%#U|%8U|%.6U", Int(0x41), Int(0x1F600), Int(0x41), Int(0x41)) == "U+0041|U+1F600 '\360\237\230\200'|  U+0041|U+000041");
}

TEST_CASE("fmt/verbs: floats formatted like strconv (shortest %v, %e %f %g, flags, Inf/NaN, float32)") {
  CHECK(S("%v %v %v %v %v %v %v", 3.14159, 1000000.0, 1e21, 1e-7, 100000.0, 0.0001, 123456789.0) == "3.14159 1e+06 1e+21 1e-07 100000 0.0001 1.23456789e+08");
  CHECK(S("%v %v %v %v", 1.0, 1.5, -0.0, 0.3) == "1 1.5 -0 0.3");
  CHECK(S("%f|%.2f|%8.3f|%-8.1f|", 3.14159, 3.14159, 3.14159, 3.14159) == "3.141590|3.14|   3.142|3.1     |");
  CHECK(S("%e|%E|%.2e|%e", 1.0, 123456.789, 1.0, 0.000123) == "1.000000e+00|1.234568E+05|1.00e+00|1.230000e-04");
  CHECK(S("%g|%g|%.3g|%.3g|%g", 100.0, 1e6, 1.0, 123456.0, 0.00001234) == "100|1e+06|1|1.23e+05|1.234e-05");
  CHECK(S("%#g|%#.3g|%#v|%#g", 1.0, 1.0, 2.5, 1e6) == "1.00000|1.00|2.5|1.00000e+06");
  CHECK(S("%+.1f|%08.2f|% .1f", 3.5, -3.5, 3.5) == "+3.5|-0003.50| 3.5");
  CHECK(S("%.0f %.0f %.0f %.2f", 0.5, 1.5, 2.5, 2.675) == "0 2 2 2.67");
  CHECK(S("%v %v %v", float(0.1), float(16777216.0), float(3.4e38)) == "0.1 1.6777216e+07 3.4e+38");
  CHECK(S("%v %v %v", math_inf(), -math_inf(), math_nan()) == "+Inf -Inf NaN");
  CHECK(S("%08.2f|%+v|% v", math_inf(), math_nan(), math_nan()) == "    +Inf|NaN| NaN");
  CHECK(S("%v %v %v", 1e100, 5e-324, 1.7976931348623157e308) == "1e+100 5e-324 1.7976931348623157e+308");
  CHECK(S("%10.2e|%-12g|%012.3f", 12345.678, 12345.678, 12345.678) == "  1.23e+04|12345.678   |00012345.678");
}

TEST_CASE("fmt/verbs: strings (width in runes, precision, %q %#q %+q, %x) and bools") {
  CHECK(S("%s|%5s|%-5s|%.1s|", "hi", "hi", "hi", "hi") == "hi|   hi|hi   |h|");
  CHECK(S("%.2s|%7s|", "héllo", "héllo") == "h\303\251|  h\303\251llo|");
  CHECK(S("%q|%#q|%#q|%#q", "a\"b\n", "a\"b\n", "tab\there", "`x`") == "\"a\\\"b\\n\"|\"a\\\"b\\n\"|`tab\011here`|\"`x`\"");
  CHECK(S("%q|%+q", "héllo\x01\xff", "héllo") == "\"h\303\251llo\\x01\\xff\"|\"h\\u00e9llo\"");
  CHECK(S("%x|%X|% x|%#x", "Hi!", "Hi!", "Hi!", "Hi!") == "486921|486921|48 69 21|0x486921");
  CHECK(S("%# x|%10x|", "Hi!", "Hi!") == "0x48 0x69 0x21|    486921|");
  CHECK(S("%05s", "abc") == "00abc");
  CHECK(S("%t %v %5t|", true, false, true) == "true false  true|");
  CHECK(S("%#v", "s") == "\"s\"");
}

TEST_CASE("fmt/values: slices, arrays, byte slices, sorted maps, structs, pointers, nested values") {
  CHECK(S("%v %v %v", goxx::Slice<Int>{1, 2, 3}, goxx::Slice<Int>(), goxx::makeSlice<Int>(0)) == "[1 2 3] [] []");
  CHECK(S("%#v %#v %#v", goxx::Slice<Int>{1, 2, 3}, goxx::Slice<Int>(), goxx::Slice<String>{"a", "b"}) == "[]int{1, 2, 3} []int(nil) []string{\"a\", \"b\"}");
  CHECK(S("%x|%d|%03d", goxx::Slice<Int>{10, 11}, goxx::Slice<Int>{10, 11}, goxx::Slice<Int>{10, 11}) == "[a b]|[10 11]|[010 011]");
  CHECK(S("%s|%x|%q|%v|%X", bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi")) == "hi|6869|\"hi\"|[104 105]|6869");
  CHECK(S("%#v %#v", bytes("hi"), goxx::Slice<uint8_t>()) == "[]byte{0x68, 0x69} []byte(nil)");
  CHECK(S("%v %#v", goxx::Array<Int, 3>{1, 2, 3}, goxx::Array<Int, 3>{1, 2, 3}) == "[1 2 3] [3]int{1, 2, 3}");
  CHECK(S("%v", goxx::Map<String, Int>{{"b", 2}, {"a", 1}, {"c", 3}}) == "map[a:1 b:2 c:3]");
  CHECK(S("%v|%#v", intMap(), intMap()) == "map[-1:z 2:b 3:c]|map[int]string{-1:\"z\", 2:\"b\", 3:\"c\"}");
  CHECK(S("%v %#v", goxx::Map<String, Int>(), goxx::Map<String, Int>()) == "map[] map[string]int(nil)");
  CHECK(S("%v", goxx::Map<double, Int>{{2.5, 1}, {math_nan(), 2}, {-1.0, 3}}) == "map[NaN:2 -1:3 2.5:1]");
  CHECK(S("%v", goxx::Map<bool, Int>{{true, 1}, {false, 0}}) == "map[false:0 true:1]");
  CHECK(S("%v|%+v|%#v", T{1, "x"}, T{1, "x"}, T{1, "x"}) == "{1 x}|{A:1 B:x}|main.T{A:1, B:\"x\"}");
  CHECK(S("%v|%+v|%#v", goxx::newPtr<T>(T{2, "y"}), goxx::newPtr<T>(T{2, "y"}), goxx::newPtr<T>(T{2, "y"})) == "&{2 y}|&{A:2 B:y}|&main.T{A:2, B:\"y\"}");
  CHECK(S("%v|%#v", goxx::Ptr<T>(), goxx::Ptr<T>()) == "<nil>|(*main.T)(nil)");
  CHECK(S("%v %v", goxx::newPtr<goxx::Slice<Int>>(goxx::Slice<Int>{1}), goxx::newPtr<goxx::Map<String, Int>>(goxx::Map<String, Int>{{"k", 1}})) == "&[1] &map[k:1]");
  CHECK(S("%v", outer()) == "{{1} <nil> [2] map[k:3] str}");
  CHECK(S("%+v", outer()) == "{I:{N:1} P:<nil> S:[2] M:map[k:3] X:str}");
  CHECK(S("%#v", outer()) == "main.Outer{I:main.Inner{N:1}, P:(*main.Inner)(nil), S:[]int{2}, M:map[string]int{\"k\":3}, X:\"str\"}");
  CHECK(S("%v|%#v", anys(), anys()) == "[1 a <nil> 2.5]|[]interface {}{1, \"a\", interface {}(nil), 2.5}");
  CHECK(S("%v", goxx::Slice<goxx::Slice<Int>>{{1, 2}, {3}}) == "[[1 2] [3]]");
}

TEST_CASE("fmt/values: String() and Error() methods, panics inside them, unexported fields") {
  CHECK(S("%v|%s|%d", Temp{21.5}, Temp{21.5}, Temp{21.5}) == "21.5C|21.5C|{%!d(float64=21.5)}");
  CHECK(S("%v %v", goxx::Slice<Temp>{{1}, {2}}, goxx::Map<String, Temp>{{"x", {3}}}) == "[1.0C 2.0C] map[x:3.0C]");
  CHECK(S("%q|%x", Temp{21.5}, Temp{21.5}) == "\"21.5C\"|32312e3543");
  CHECK(S("%v", hiddenValue()) == "{{1} 2.0C}");
  CHECK(S("%v|%s", goxx::newPtr<E>(), goxx::Ptr<E>()) == "E!|E!");
  CHECK(S("%v|%d", Boom{}, Boom{}) == "%!v(PANIC=String method: bang)|{}");
  CHECK(S("%v|%q|%T", oops(), oops(), oops()) == "oops|\"oops\"|*errors.errorString");
}

TEST_CASE("fmt/values: %T and nil operands") {
  CHECK(S("%T %T %T %T %T %T %T", Int(1), "s", 1.5, goxx::Slice<Any>(), goxx::Map<String, goxx::Slice<Int>>(), goxx::Ptr<T>(), T{}) == "int string float64 []interface {} map[string][]int *main.T main.T");
  CHECK(S("%v|%T|%d", Any(), Any(), Any()) == "<nil>|<nil>|%!d(<nil>)");
  CHECK(S("%v %v", goxx::Func<void()>(), goxx::Chan<Int>()) == "<nil> <nil>");
}

TEST_CASE("fmt/errors: bad verbs, missing and extra operands, indexes, * width and precision") {
  CHECK(S("%d", "hi") == "%!d(string=hi)");
  CHECK(S("%d", Int(1), Int(2)) == "1%!(EXTRA int=2)");
  CHECK(S("%d %s") == "%!d(MISSING) %!s(MISSING)");
  CHECK(S("%d", Int(1), "x") == "1%!(EXTRA string=x)");
  CHECK(S("%!") == "%!!(MISSING)");
  CHECK(S("%z", Int(1)) == "%!z(int=1)");
  CHECK(S("100%%", Int(1)) == "100%%!(EXTRA int=1)");
  CHECK(S("%", Int(1)) == "%!(NOVERB)%!(EXTRA int=1)");
  CHECK(S("%[2]d %[1]d", Int(1), Int(2)) == "2 1");
  CHECK(S("%[3]d", Int(1), Int(2)) == "%!d(BADINDEX)");
  CHECK(S("%[2]d %d", Int(1), Int(2)) == "2 %!d(MISSING)");
  CHECK(S("%*d|", Int(5), Int(42)) == "   42|");
  CHECK(S("%*d|", Int(-5), Int(42)) == "42   |");
  CHECK(S("%.*f", Int(2), 3.14159) == "3.14");
  CHECK(S("%*d", "x", Int(42)) == "%!(BADWIDTH)42");
  CHECK(S("%.*d", "x", Int(42)) == "%!(BADPREC)42");
  CHECK(S("%d", Int(1), Any(), "s") == "1%!(EXTRA <nil>, string=s)");
  CHECK(S("%d", T{1, "a"}) == "{1 %!d(string=a)}");
  CHECK(S("%d", true) == "%!d(bool=true)");
  CHECK(S("%d", 2.5) == "%!d(float64=2.5)");
  CHECK(S("%s", Int(3)) == "%!s(int=3)");
  CHECK(S("%s", goxx::Slice<Int>{1}) == "[%!s(int=1)]");
  CHECK(S("%[1]d %[1]v %v", Int(1), Int(2)) == "1 1 2");
  CHECK(S("%[2]d %d %[5]d %d", Int(1), Int(2), Int(3)) == "2 3 %!d(BADINDEX) %!d(MISSING)");
  CHECK(S("%[x]d %v", Int(1)) == "%!d(BADINDEX) 1");
  CHECK(S("%-+5d|%-05d|", Int(1), Int(1)) == "+1   |1    |");
}

TEST_CASE("fmt/print: Sprint spacing, Sprintln, Errorf and %w") {
  CHECK(P(Int(1), Int(2), "a", "b", Int(3), 4.5, Any(), "c") == "1 2ab3 4.5 <nil>c");
  CHECK(L(Int(1), Int(2), "a", "b", Any()) == "1 2 a b <nil>\n");
  CHECK(P(Temp{1}, Temp{2}, goxx::Slice<Int>{1}, "x") == "1.0C 2.0C [1]x");
  CHECK(P() == "");
  CHECK(L() == "\n");
  CHECK(goxx::errorMessage(goxx::fmt::Errorf("outer: %w", goxx::errorsNew("inner"))).str() == "outer: inner");
  CHECK(goxx::errorMessage(goxx::fmt::Errorf("bad %w", Int(1))).str() == "bad %!w(int=1)");
  CHECK(goxx::errorMessage(goxx::fmt::Errorf("%d items", Int(3))).str() == "3 items");
  CHECK(goxx::fmt::Sprintf("%w", goxx::errorsNew("e")).str() == "%!w(*errors.errorString=&{e})");
  CHECK(goxx::fmt::Sprintf("%T|%T", goxx::fmt::Errorf("%w", goxx::errorsNew("a")), goxx::fmt::Errorf("x")).str() == "*fmt.wrapError|*errors.errorString");
  // Go 1.20+: several %w make an error whose Unwrap() []error lists every wrapped operand.
  goxx::Error a = goxx::errorsNew("a"), b = goxx::errorsNew("b");
  goxx::Error both = goxx::fmt::Errorf("%w + %w", a, b);
  CHECK(goxx::errorMessage(both).str() == "a + b");
  CHECK(both.type()->name == "*fmt.wrapErrors");
  CHECK(goxx::errorsIs(both, a));
  CHECK(goxx::errorsIs(both, b));
  CHECK(goxx::errorsUnwrap(both).isNil());  // errors.Unwrap only follows Unwrap() error
  goxx::Error one = goxx::fmt::Errorf("ctx: %w", a);
  CHECK(goxx::errorsUnwrap(one) == a);
  CHECK(goxx::errorsIs(goxx::fmt::Errorf("more: %w", one), a));
  CHECK_FALSE(goxx::errorsIs(one, b));
}

TEST_CASE("fmt/values: pointers print as &{...} at top level and as addresses when nested") {
  goxx::Ptr<Inner> p = goxx::newPtr<Inner>(Inner{4});
  Outer o{Inner{1}, p, {}, {}, Any()};
  std::string nested = S("%v", o);
  // Go: {{1} 0xc000012345 [] map[] <nil>} — the address itself varies.
  REQUIRE(nested.size() > 20);
  CHECK(nested.rfind("{{1} 0x", 0) == 0);
  CHECK(nested.substr(nested.size() - 16) == " [] map[] <nil>}");
  CHECK(S("%v", p) == "&{4}");
  std::string addr = S("%p", p);
  CHECK(addr.rfind("0x", 0) == 0);
  CHECK(S("%v", goxx::Slice<goxx::Ptr<Inner>>{p}) == "[" + addr + "]");
  CHECK(S("%#p", p) == addr.substr(2));
  CHECK(S("%p", goxx::Ptr<Inner>()) == "0x0");
  CHECK(S("%p", Int(1)) == "%!p(int=1)");
  goxx::Func<void()> f = [] {};
  CHECK(S("%v", f).rfind("0x", 0) == 0);
}

namespace {
// type Celsius float64; func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
struct Celsius {
  double v = 0;
  bool operator==(const Celsius&) const = default;
};
String Celsius_String(const void* recv) { return goxx::fmt::Sprintf("%.1f°C", static_cast<const Celsius*>(recv)->v); }
// type Names []string
struct Names {
  goxx::Slice<String> v;
};
}  // namespace

template <>
struct goxx::TypeOf<Celsius> {
  static const TypeDesc* get() {
    static const TypeDesc d =
        namedType<Celsius>("main.Celsius", typeOf<double>(), {method("String", &Celsius_String)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Names> {
  static const TypeDesc* get() {
    static const TypeDesc d = namedType<Names>("main.Names", typeOf<goxx::Slice<String>>());
    return &d;
  }
};

// Expected strings from Go 1.19 running the same calls on `type Celsius float64` (with a String method)
// and `type Names []string`.
TEST_CASE("fmt/values: named non-struct types use their underlying layout and their own methods") {
  CHECK(S("%v|%.2f|%T|%d|%x|%X|%+d", Celsius{36.6}, Celsius{36.6}, Celsius{1}, Int(-255), Int(-255),
          goxx::Slice<String>{"ab"}, Int(0)) == "36.6\302\260C|36.60|main.Celsius|-255|-ff|[6162]|+0");
  CHECK(S("%v|%T|%#v", Names{{"a", "b"}}, Names{}, Names{{"a"}}) == "[a b]|main.Names|main.Names{\"a\"}");
  CHECK(L(Celsius{2}, goxx::Slice<Celsius>{{1}, {2}}) == "2.0\302\260C [1.0\302\260C 2.0\302\260C]\n");
}
