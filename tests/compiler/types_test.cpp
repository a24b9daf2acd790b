// Type identity, comparability, method sets and lookup (Go spec "Type identity", "Comparison
// operators", "Method sets", "Selectors"), on types built by checking small declarations.
#include "check_support.h"

#include "types/lookup.h"
#include "types/predicates.h"

#include <doctest/doctest.h>

using namespace goxx;

namespace {

const char* kDecls = R"(package main

type S struct {
	a int
	b []int
}
type P struct{ x, y int }
type A [3]P
type I interface{ M() }
type J interface {
	I
	N() int
}
type T struct{}

func (t *T) M() {}

type V struct{}

func (V) M()     {}
func (V) N() int { return 0 }

type E struct{ *T }
type Inner struct{ Name string }
type Outer struct {
	Inner
	Age int
}
type Amb1 struct{ X int }
type Amb2 struct{ X int }
type Both struct {
	Amb1
	Amb2
}

var f1 func(a int) string
var f2 func(b int) string
var ch chan<- int
var m map[string][]*T

func main() {}
)";

types::Type* typeOf(const test::Checked& c, const char* name) {
  types::Object* o = c.lookup(name);
  REQUIRE(o != nullptr);
  return o->type;
}

} // namespace

TEST_CASE("the declarations check clean") {
  auto c = test::checkSource(kDecls);
  CHECK(c->messages().empty());
}

TEST_CASE("identity ignores parameter names; named types are identical only to themselves") {
  auto c = test::checkSource(kDecls);
  CHECK(types::identical(typeOf(*c, "f1"), typeOf(*c, "f2")));
  CHECK_FALSE(types::identical(typeOf(*c, "S"), typeOf(*c, "P")));
  CHECK(types::identical(types::underlying(typeOf(*c, "Amb1")), types::underlying(typeOf(*c, "Amb2"))));
  CHECK_FALSE(types::identical(typeOf(*c, "Amb1"), typeOf(*c, "Amb2")));
}

TEST_CASE("comparability follows the spec") {
  auto c = test::checkSource(kDecls);
  CHECK_FALSE(types::comparable(typeOf(*c, "S"))); // has a slice field
  CHECK(types::comparable(typeOf(*c, "P")));
  CHECK(types::comparable(typeOf(*c, "A")));       // array of comparable structs
  CHECK(types::comparable(typeOf(*c, "I")));       // interfaces compare (may panic at run time)
  CHECK_FALSE(types::comparable(typeOf(*c, "f1")));
  CHECK_FALSE(types::comparable(typeOf(*c, "m")));
  CHECK(types::hasNil(typeOf(*c, "m")));
  CHECK_FALSE(types::hasNil(typeOf(*c, "P")));
}

TEST_CASE("method sets: pointer receivers belong to *T only") {
  auto c = test::checkSource(kDecls);
  auto* iface = llvm::cast<types::Interface>(types::underlying(typeOf(*c, "I")));
  types::Type* T = typeOf(*c, "T");
  types::MissingMethod byValue = types::missingMethod(T, iface, true);
  REQUIRE(byValue.method != nullptr);
  CHECK(byValue.method->name == "M");
  CHECK(byValue.ptrRecv);
  types::Pointer ptr(T);
  CHECK(types::missingMethod(&ptr, iface, true).method == nullptr);
  // Value receivers are in the method set of both V and *V; J embeds I.
  auto* j = llvm::cast<types::Interface>(types::underlying(typeOf(*c, "J")));
  CHECK(types::interfaceMethods(j).size() == 2);
  CHECK(types::missingMethod(typeOf(*c, "V"), j, true).method == nullptr);
  // *T lacks N.
  types::MissingMethod mm = types::missingMethod(&ptr, j, true);
  REQUIRE(mm.method != nullptr);
  CHECK(mm.method->name == "N");
  CHECK_FALSE(mm.ptrRecv);
}

TEST_CASE("promoted fields and methods through embedding") {
  auto c = test::checkSource(kDecls);
  types::LookupResult name = types::lookupFieldOrMethod(typeOf(*c, "Outer"), true, c->pkg, "Name");
  REQUIRE(name.obj != nullptr);
  CHECK(name.index == std::vector<int>{0, 0});
  CHECK_FALSE(name.indirect);
  // E embeds *T: M (pointer receiver) is promoted to E's method set, through a pointer.
  types::LookupResult m = types::lookupFieldOrMethod(typeOf(*c, "E"), false, c->pkg, "M");
  REQUIRE(m.obj != nullptr);
  CHECK(m.indirect);
  CHECK_FALSE(m.needsAddressable);
  // Two X at the same depth: ambiguous.
  types::LookupResult x = types::lookupFieldOrMethod(typeOf(*c, "Both"), true, c->pkg, "X");
  CHECK(x.obj == nullptr);
  CHECK(x.ambiguous);
  CHECK(types::lookupFieldOrMethod(typeOf(*c, "Outer"), true, c->pkg, "Missing").obj == nullptr);
}

TEST_CASE("types print as go/types prints them") {
  auto c = test::checkSource(kDecls);
  CHECK(c->typeString(typeOf(*c, "f1")) == "func(a int) string");
  CHECK(c->typeString(typeOf(*c, "ch")) == "chan<- int");
  CHECK(c->typeString(typeOf(*c, "m")) == "map[string][]*T");
  CHECK(c->typeString(types::underlying(typeOf(*c, "S"))) == "struct{a int; b []int}");
  CHECK(c->typeString(types::underlying(typeOf(*c, "J"))) == "interface{N() int; I}");
  CHECK(c->typeString(types::underlying(typeOf(*c, "A"))) == "[3]P");
}
