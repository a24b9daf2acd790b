// Interface values and type descriptors (goxx/value/any.h, interface.h, type_of.h, error.h), exercised the
// way generated code will use them: a hand-written struct with a TypeOf specialization and methods, a
// non-empty interface called through an itab cache, type assertions and switches, interface ==, and
// errors. Panic texts are Go's (runtime.TypeAssertionError, runtime/alg.go), checked against go1.19.
#include <doctest/doctest.h>

#include <string>

#include "goxx/panic.h"
#include "goxx/value.h"
#include "panic_text.h"

using goxx::Any;
using goxx::Int;
using goxx::Ptr;
using goxx::String;
using goxx::TypeDesc;

namespace {

using goxx::test::panicText;

// --- What the lowering would emit for:
//   type Shape interface { Area() float64; Name() string }
//   type Rect struct { W, H float64 }
//   func (r Rect) Area() float64 { return r.W * r.H }
//   func (r Rect) Name() string { return "rect" }
//   type Circle struct { R float64 }
//   func (c *Circle) Area() float64 { return 3 * c.R * c.R }
//   func (c *Circle) Name() string { return "circle" }
struct Rect {
  double W = 0, H = 0;
  bool operator==(const Rect&) const = default;
};
double Rect_Area(Rect r) { return r.W * r.H; }
String Rect_Name(Rect) { return "rect"; }
// Method-table thunks: the receiver arrives as a pointer to the value stored in the interface.
double Rect_Area_thunk(const void* recv) { return Rect_Area(*static_cast<const Rect*>(recv)); }
String Rect_Name_thunk(const void* recv) { return Rect_Name(*static_cast<const Rect*>(recv)); }

struct Circle {
  double R = 0;
};
double Circle_Area(const Ptr<Circle>& c) { return 3 * c->R * c->R; }
double Circle_Area_thunk(const void* recv) { return Circle_Area(*static_cast<const Ptr<Circle>*>(recv)); }
String Circle_Name_thunk(const void*) { return "circle"; }

struct Shape : Any {
  using Any::Any;
  Shape() = default;
  explicit Shape(const Any& a) : Any(a) {}
};

}  // namespace

template <>
struct goxx::TypeOf<Rect> {
  static const TypeDesc* get() {
    static const TypeDesc d = goxx::structType<Rect>(
        "main.Rect", {goxx::field<&Rect::W>("W"), goxx::field<&Rect::H>("H")},
        {goxx::method("Name", &Rect_Name_thunk), goxx::method("Area", &Rect_Area_thunk)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Circle> {
  static const TypeDesc* get() {
    static const TypeDesc d = goxx::structType<Circle>("main.Circle", {goxx::field<&Circle::R>("R")});
    return &d;
  }
};
// *Circle has the pointer-receiver methods (and Circle has none).
template <>
struct goxx::TypeOf<Ptr<Circle>> {
  static const TypeDesc* get() {
    static const TypeDesc d = goxx::pointerType<Circle>(
        {goxx::method("Area", &Circle_Area_thunk), goxx::method("Name", &Circle_Name_thunk)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Shape> {
  static const TypeDesc* get() {
    static const TypeDesc d = goxx::interfaceType("main.Shape", {"Area", "Name"});
    return &d;
  }
};

namespace {

// The lowering of `s.Area()` for s of type Shape: a per-call-site itab cache; "Area" is method 0 of
// Shape (methods sorted by name).
double callArea(const Shape& s) {
  static goxx::ItabCache site;
  return site.method<double (*)(const void*)>(s, goxx::typeOf<Shape>(), 0)(s.valuePtr());
}
String callName(const Shape& s) {
  static goxx::ItabCache site;
  return site.method<String (*)(const void*)>(s, goxx::typeOf<Shape>(), 1)(s.valuePtr());
}

// A recursive type: type Node struct { V int; Next *Node }
struct Node {
  Int V = 0;
  Ptr<Node> Next;
  bool operator==(const Node&) const = default;
};

}  // namespace

template <>
struct goxx::TypeOf<Node> {
  static const TypeDesc* get() {
    static const TypeDesc d =
        goxx::structType<Node>("main.Node", {goxx::field<&Node::V>("V"), goxx::field<&Node::Next>("Next")});
    return &d;
  }
};

namespace {
// An unnamed struct type: struct { A int; B string }
struct Anon {
  Int A = 0;
  String B;
};
}  // namespace

template <>
struct goxx::TypeOf<Anon> {
  static const TypeDesc* get() {
    static const TypeDesc d = goxx::structType<Anon>("", {goxx::field<&Anon::A>("A"), goxx::field<&Anon::B>("B")});
    return &d;
  }
};

TEST_CASE("value/any: type descriptors name types as %T does") {
  CHECK(goxx::typeOf<Int>()->name == "int");
  CHECK(goxx::typeOf<int32_t>()->name == "int32");
  CHECK(goxx::typeOf<uint8_t>()->name == "uint8");
  CHECK(goxx::typeOf<goxx::Slice<Int>>()->name == "[]int");
  CHECK(goxx::typeOf<goxx::Map<String, Int>>()->name == "map[string]int");
  CHECK(goxx::typeOf<goxx::Map<String, goxx::Slice<goxx::Error>>>()->name == "map[string][]error");
  CHECK(goxx::typeOf<goxx::Slice<Any>>()->name == "[]interface {}");
  CHECK(goxx::typeOf<goxx::Array<double, 4>>()->name == "[4]float64");
  CHECK(goxx::typeOf<Ptr<Rect>>()->name == "*main.Rect");
  CHECK(goxx::typeOf<goxx::Chan<Int>>()->name == "chan int");
  CHECK((goxx::typeOf<goxx::Func<String(Int, bool)>>()->name == "func(int, bool) string"));
  CHECK(goxx::typeOf<goxx::Func<void()>>()->name == "func()");
  CHECK(goxx::typeOf<Anon>()->name == "struct { A int; B string }");
  CHECK(goxx::typeOf<Rect>()->fields.size() == 2);
  CHECK(goxx::typeOf<Node>()->fields[1].type()->name == "*main.Node");
  CHECK(goxx::typeOf<goxx::Slice<Int>>() == goxx::typeOf<goxx::Slice<Int>>());  // one descriptor per type
}

TEST_CASE("value/any: nil interface, interface holding a nil pointer, equality") {
  Any nilAny;
  CHECK(nilAny.isNil());
  CHECK(nilAny == nullptr);
  Any nilPtr = Ptr<Rect>();
  CHECK_FALSE(nilPtr.isNil());  // holds (*main.Rect)(nil): not the nil interface
  CHECK_FALSE(nilPtr == nilAny);

  CHECK(Any(Int(3)) == Any(Int(3)));
  CHECK_FALSE(Any(Int(3)) == Any(int32_t(3)));  // different dynamic types
  CHECK(Any("hi") == Any(String(std::string("hi"))));
  CHECK(Any(Rect{1, 2}) == Any(Rect{1, 2}));
  CHECK_FALSE(Any(Rect{1, 2}) == Any(Rect{2, 1}));
  auto p = goxx::newPtr<Rect>();
  CHECK(Any(p) == Any(p));
  CHECK_FALSE(Any(p) == Any(goxx::newPtr<Rect>()));

  Any s1 = goxx::Slice<Int>{1};
  CHECK(panicText([&] { (void)(s1 == s1); }) == "runtime error: comparing uncomparable type []int");
  CHECK_FALSE(s1 == Any(Int(1)));  // different types compare unequal without panicking
  Any m = goxx::makeMap<String, Int>();
  CHECK(panicText([&] { (void)(m == m); }) == "runtime error: comparing uncomparable type map[string]int");
}

TEST_CASE("value/any: type assertions, comma-ok and type switches") {
  Any x = String("hi");
  CHECK(x.as<String>() == String("hi"));
  CHECK(panicText([&] { x.as<Int>(); }) == "interface conversion: interface {} is string, not int");
  CHECK(panicText([&] { Any().as<Int>(); }) == "interface conversion: interface {} is nil, not int");
  Int n = 99;
  CHECK_FALSE(x.as(&n));
  CHECK(n == 0);
  String str;
  CHECK(x.as(&str));
  CHECK(str.view() == "hi");

  Shape nilShape;
  CHECK(panicText([&] { nilShape.as<Ptr<Circle>>(goxx::typeOf<Shape>()); }) ==
        "interface conversion: main.Shape is nil, not *main.Circle");
  Shape rect = Rect{2, 3};
  CHECK(panicText([&] { rect.as<Ptr<Circle>>(goxx::typeOf<Shape>()); }) ==
        "interface conversion: main.Shape is main.Rect, not *main.Circle");

  // A type switch compares descriptors.
  auto kind = [](const Any& v) -> std::string {
    if (v.isNil()) return "nil";
    if (v.is<Int>()) return "int";
    if (v.is<String>()) return "string";
    if (goxx::implements(v.type(), goxx::typeOf<Shape>())) return "Shape";
    return "other";
  };
  CHECK(kind(Any()) == "nil");
  CHECK(kind(Int(1)) == "int");
  CHECK(kind("s") == "string");
  CHECK(kind(Rect{}) == "Shape");
  CHECK(kind(goxx::newPtr<Circle>()) == "Shape");
  CHECK(kind(Circle{}) == "other");  // Circle's methods have pointer receivers
  CHECK(kind(3.5) == "other");
}

TEST_CASE("value/any: assertion to an interface type reports the missing method") {
  Any c = Circle{1};
  CHECK(panicText([&] { goxx::assertInterface(c, goxx::typeOf<Shape>()); }) ==
        "interface conversion: main.Circle is not main.Shape: missing method Area");
  CHECK(panicText([&] { goxx::assertInterface(Any(), goxx::typeOf<Shape>()); }) ==
        "interface conversion: interface is nil, not main.Shape");
  Any out;
  CHECK_FALSE(goxx::assertInterface(c, goxx::typeOf<Shape>(), &out));
  CHECK(out.isNil());
  CHECK(goxx::assertInterface(Any(goxx::newPtr<Circle>()), goxx::typeOf<Shape>(), &out));
  CHECK(out.is<Ptr<Circle>>());
}

TEST_CASE("value/any: methods are called through itabs, with per-site caches") {
  Shape shapes[] = {Shape(Rect{2, 3}), Shape(goxx::newPtr<Circle>(Circle{2})), Shape(Rect{1, 1})};
  double total = 0;
  std::string names;
  for (const Shape& s : shapes) {
    total += callArea(s);
    names += callName(s).str() + " ";
  }
  CHECK(total == 6 + 12 + 1);
  CHECK(names == "rect circle rect ");
  CHECK(panicText([] { callArea(Shape()); }) == "runtime error: invalid memory address or nil pointer dereference");
  const goxx::Itab* itab = goxx::findItab(goxx::typeOf<Shape>(), goxx::typeOf<Rect>());
  REQUIRE(itab != nullptr);
  CHECK(itab == goxx::findItab(goxx::typeOf<Shape>(), goxx::typeOf<Rect>()));  // cached once
}

TEST_CASE("value/any: small values are stored inline, others boxed and shared") {
  Any i = Int(5);
  Any copy = i;
  CHECK(copy.as<Int>() == 5);
  Any s = Rect{1, 2};
  Any s2 = s;
  CHECK(s2.valuePtr() == s.valuePtr());  // the box is shared, never written
  CHECK(s2.as<Rect>().H == 2);
  Any fromAny = Any(s);  // boxing an interface value copies the interface, not a nested box
  CHECK(fromAny.type() == goxx::typeOf<Rect>());
}

TEST_CASE("value/error: errors.New values are distinct; Error() via the method table; Is/Unwrap") {
  goxx::Error e1 = goxx::errorsNew("boom");
  goxx::Error e2 = goxx::errorsNew("boom");
  CHECK(goxx::errorMessage(e1).view() == "boom");
  CHECK_FALSE(e1 == e2);  // distinct pointers
  goxx::Error copy = e1;
  CHECK(copy == e1);
  CHECK(e1.type()->name == "*errors.errorString");
  CHECK(goxx::typeOf<goxx::Error>()->name == "error");
  CHECK(goxx::errorsUnwrap(e1).isNil());
  CHECK(goxx::errorsIs(e1, copy));
  CHECK_FALSE(goxx::errorsIs(e1, e2));
  goxx::Error nilErr;
  CHECK(nilErr == nullptr);
  CHECK(panicText([&] { goxx::errorMessage(nilErr); }) ==
        "runtime error: invalid memory address or nil pointer dereference");
  Any notError = Int(1);
  CHECK(panicText([&] { goxx::assertInterface(notError, goxx::typeOf<goxx::Error>()); }) ==
        "interface conversion: int is not error: missing method Error");
}
