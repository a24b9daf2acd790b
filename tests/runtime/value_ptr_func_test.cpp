// Go pointers and func values (goxx/value/ptr.h, func.h): new(T) zero values, nil dereference panics,
// interior pointers keeping the enclosing object alive, == by address, closures sharing captured
// variables, nil func calls panicking, and refcounts freeing what is no longer referenced.
#include <doctest/doctest.h>

#include <string>

#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/value.h"
#include "panic_text.h"

using goxx::Func;
using goxx::Int;
using goxx::Ptr;

namespace {

using goxx::test::panicText;

struct Counted {
  static inline int live = 0;
  Int v = 0;
  Counted() { ++live; }
  Counted(const Counted& o) : v(o.v) { ++live; }
  ~Counted() { --live; }
};

struct Pair {
  Int a = 0;
  Counted c;
};

}  // namespace

TEST_CASE("value/ptr: new gives a zero value; nil dereference panics") {
  Ptr<Int> p = goxx::newPtr<Int>();
  CHECK(*p == 0);
  *p = 42;
  Ptr<Int> q = p;
  CHECK(*q == 42);
  CHECK(p == q);
  CHECK_FALSE(p == goxx::newPtr<Int>(42));  // == compares addresses, not values
  Ptr<Int> nil;
  CHECK(nil == nullptr);
  CHECK(panicText([&] { (void)*nil; }) == "runtime error: invalid memory address or nil pointer dereference");
  Ptr<Pair> np;
  CHECK(panicText([&] { np->a = 1; }) == "runtime error: invalid memory address or nil pointer dereference");
}

TEST_CASE("value/ptr: an interior pointer keeps the whole object alive") {
  REQUIRE(Counted::live == 0);
  Ptr<Int> field;
  {
    Ptr<Pair> obj = goxx::newPtr<Pair>();
    obj->a = 7;
    field = obj.alias(obj->a);
    CHECK(Counted::live == 1);
  }
  CHECK(Counted::live == 1);  // &obj.a still refers into it
  CHECK(*field == 7);
  field = nullptr;
  CHECK(Counted::live == 0);
}

TEST_CASE("value/func: closures share captured variables; nil calls panic; only == nil") {
  Ptr<Int> counter = goxx::newPtr<Int>(0);  // a captured variable lives in a cell
  Func<Int()> next = [counter] { return ++*counter; };
  Func<Int()> same = next;
  CHECK(next() == 1);
  CHECK(same() == 2);
  CHECK(*counter == 2);
  Func<Int(Int, Int)> add = [](Int a, Int b) { return a + b; };
  CHECK(add(2, 3) == 5);
  Func<void()> nilFunc;
  CHECK(nilFunc == nullptr);
  CHECK(panicText([&] { nilFunc(); }) == "runtime error: invalid memory address or nil pointer dereference");

  REQUIRE(Counted::live == 0);
  {
    Counted c;
    Func<Int()> keep = [c] { return c.v; };
    CHECK(Counted::live == 2);
  }
  CHECK(Counted::live == 0);  // the closure's captures are freed with it
}

TEST_CASE("value/ptr: refcounts are safe when pointers are copied across goroutines") {
  Ptr<Int> shared = goxx::newPtr<Int>(5);
  auto done = goxx::makeChan<Int>(8);
  for (int g = 0; g < 8; ++g) {
    goxx::go([shared, done]() mutable {
      Ptr<Int> mine = std::move(shared);  // dropped before the send, so main sees the final count
      Int seen = 0;
      for (int i = 0; i < 1000; ++i) {
        Ptr<Int> copy = mine;
        seen = *copy;
      }
      mine = nullptr;
      done.send(seen);
    });
  }
  for (int g = 0; g < 8; ++g) CHECK(done.recv() == 5);
  CHECK(shared.block()->refs.load() == 1);
}
