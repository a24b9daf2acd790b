// Reference counting frees what Go's GC would collect: every container releases its elements when the
// last reference goes (slices after growth, maps after erase/clear, interface boxes, closures, pointers,
// wrapped errors). Under -DGOXX_SANITIZE=address, LeakSanitizer then checks the whole heap (the process
// ends with _exit, which skips LSan's exit-time check).
#include <doctest/doctest.h>

#include "goxx/fmt.h"
#include "goxx/value.h"

#if defined(GOXX_ASAN)
#include <sanitizer/lsan_interface.h>
#endif

using goxx::Int;

namespace {

struct Tracked {
  static inline int live = 0;
  Int v = 0;
  Tracked() { ++live; }
  explicit Tracked(Int x) : v(x) { ++live; }
  Tracked(const Tracked& o) : v(o.v) { ++live; }
  Tracked& operator=(const Tracked&) = default;
  ~Tracked() { --live; }
  bool operator==(const Tracked& o) const { return v == o.v; }
};

}  // namespace

template <>
struct goxx::TypeOf<Tracked> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Tracked>("main.Tracked", {field<&Tracked::v>("v")});
    return &d;
  }
};

TEST_CASE("value/lifetime: containers release their elements with the last reference") {
  REQUIRE(Tracked::live == 0);
  {
    goxx::Slice<Tracked> s;
    for (Int i = 0; i < 100; ++i) s = goxx::append(s, Tracked(i));
    goxx::Slice<Tracked> tail = s.slice(90);
    s = nullptr;
    CHECK(Tracked::live >= 10);  // the last array is kept alive by tail
    CHECK(tail[9].v == 99);
  }
  CHECK(Tracked::live == 0);
  {
    auto m = goxx::makeMap<Int, Tracked>();
    for (Int i = 0; i < 50; ++i) m.set(i, Tracked(i));
    for (Int i = 0; i < 25; ++i) m.erase(i);
    CHECK(Tracked::live == 25);
    for (auto [k, v] : m) CHECK(k == v.v);
    m.clear();
    CHECK(Tracked::live == 0);
    m.set(1, Tracked(1));
  }
  CHECK(Tracked::live == 0);
  {
    goxx::Any a = Tracked(3);
    goxx::Any b = a;
    goxx::Slice<goxx::Any> many{a, b, goxx::Any(Tracked(4))};
    CHECK(Tracked::live == 2);
    CHECK(goxx::fmt::Sprint(many).view() == "[{3} {3} {4}]");
  }
  CHECK(Tracked::live == 0);
  {
    auto p = goxx::newPtr<Tracked>(Tracked(5));
    goxx::Func<Int()> f = [p] { return p->v; };
    p = nullptr;
    CHECK(f() == 5);
    CHECK(Tracked::live == 1);
  }
  CHECK(Tracked::live == 0);
  {
    goxx::Error e = goxx::fmt::Errorf("wrap: %w", goxx::fmt::Errorf("%v", goxx::Any(Tracked(6))));
    CHECK(goxx::errorMessage(e).view() == "wrap: {6}");
  }
  CHECK(Tracked::live == 0);
}

#if defined(GOXX_ASAN)
TEST_CASE("value/lifetime: LeakSanitizer finds no unreachable blocks") {
  CHECK(__lsan_do_recoverable_leak_check() == 0);
}
#endif
