// The TypeInfo side table: constant values, final types of untyped expressions, uses/defs,
// selections, and the package-level initialization order (Go spec "Package initialization").
#include "check_support.h"

#include "types/predicates.h"

#include <doctest/doctest.h>

using namespace goxx;

TEST_CASE("constants: iota, implicit repetition, exact values, typed constants") {
  auto c = test::checkSource(R"(package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const huge = 1 << 100
const small = huge >> 98

func main() {}
)");
  REQUIRE(c->messages().empty());
  auto* tuesday = llvm::cast<types::Const>(c->lookup("Tuesday"));
  CHECK(tuesday->value.int64Val() == 2);
  CHECK(c->typeString(tuesday->type) == "Weekday");
  CHECK(llvm::cast<types::Const>(c->lookup("GB"))->value.int64Val() == int64_t(1) << 30);
  CHECK(llvm::cast<types::Const>(c->lookup("small"))->value.int64Val() == 4);
  CHECK(c->typeString(c->lookup("huge")->type) == "untyped int");
}

TEST_CASE("untyped expressions get their final types") {
  auto c = test::checkSource(R"(package main

func main() {
	x := 1.5
	var y int64 = 2 + 3
	z := 'a'
	_, _, _ = x, y, z
}
)");
  REQUIRE(c->messages().empty());
  const check::TypeAndValue* tv = c->typeOf("2 + 3");
  REQUIRE(tv != nullptr);
  CHECK(c->typeString(tv->type) == "int64");
  CHECK(tv->value.int64Val() == 5);
  CHECK(c->typeString(c->typeOf("1.5")->type) == "float64");
  CHECK(c->typeString(c->typeOf("'a'")->type) == "rune");
}

TEST_CASE("initialization order follows dependencies, then declaration order") {
  auto c = test::checkSource(R"(package main

var a = c + b
var b = f()
var c = f()
var d = 3

func f() int {
	d++
	return d
}

func main() {}
)");
  REQUIRE(c->messages().empty());
  std::vector<std::string> order;
  for (const check::Initializer& init : c->info.initOrder) {
    for (types::Var* v : init.lhs) order.push_back(v->name);
  }
  // The spec's own example: d, b, c, a.
  CHECK(order == std::vector<std::string>{"d", "b", "c", "a"});
}

TEST_CASE("selections and extern annotations of bundled packages") {
  auto c = test::checkSource(R"(package main

import (
	"fmt"
	"sync"
	"time"
)

type Inner struct{ n int }
type Outer struct{ Inner }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var o Outer
	o.n = 1
	fmt.Println(o.n, time.Second)
}
)");
  REQUIRE(c->messages().empty());
  bool sawAdd = false, sawField = false;
  for (const auto& [sel, s] : c->info.selections) {
    if (sel->sel->value == "Add") {
      sawAdd = true;
      CHECK(s.kind == check::Selection::Kind::MethodVal);
      CHECK(s.obj->externName == "goxx::pkg::sync::WaitGroup_Add");
    }
    if (sel->sel->value == "n") {
      sawField = true;
      CHECK(s.kind == check::Selection::Kind::FieldVal);
      CHECK(s.index == std::vector<int>{0, 0});
    }
  }
  CHECK(sawAdd);
  CHECK(sawField);
  types::Package* fmt = c->session->importBundled("fmt");
  REQUIRE(fmt != nullptr);
  CHECK(fmt->scope->lookupLocal("Println")->externName == "goxx::pkg::fmt::Println");
  types::Package* time = c->session->importBundled("time");
  auto* second = llvm::cast<types::Const>(time->scope->lookupLocal("Second"));
  CHECK(second->value.int64Val() == 1000000000);
}
