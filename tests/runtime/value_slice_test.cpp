// Go slices and arrays (goxx/value/slice.h, array.h): nil vs empty, make's panics, aliasing through
// shared arrays, append within capacity writing into the shared array, Go 1.20's growth rule, 3-index
// slicing, overlap-safe copy, and every bounds panic text (runtime/error.go's boundsError forms).
#include <doctest/doctest.h>

#include <string>

#include "goxx/panic.h"
#include "goxx/value.h"
#include "panic_text.h"

using goxx::Int;
using goxx::Slice;

namespace {

using goxx::test::panicText;

template <class T>
std::vector<T> items(const Slice<T>& s) {
  return std::vector<T>(s.begin(), s.end());
}

}  // namespace

TEST_CASE("value/slice: nil, empty and make") {
  Slice<Int> nilSlice;
  CHECK(nilSlice.isNil());
  CHECK(nilSlice == nullptr);
  CHECK(nilSlice.len() == 0);
  CHECK(nilSlice.cap() == 0);
  Slice<Int> empty = goxx::makeSlice<Int>(0);
  CHECK_FALSE(empty.isNil());
  CHECK(empty.len() == 0);
  CHECK(nilSlice.slice(0, 0).isNil());  // nil[0:0] is nil

  Slice<Int> z = goxx::makeSlice<Int>(3, 10);
  CHECK(z.len() == 3);
  CHECK(z.cap() == 10);
  CHECK(items(z) == std::vector<Int>{0, 0, 0});
  CHECK(items(z.slice(0, 10)) == std::vector<Int>(10, 0));  // the whole array is zeroed

  Slice<goxx::String> strs = goxx::makeSlice<goxx::String>(2);
  CHECK(strs[1].len() == 0);

  CHECK(panicText([] { goxx::makeSlice<Int>(-1); }) == "runtime error: makeslice: len out of range");
  CHECK(panicText([] { goxx::makeSlice<Int>(2, 1); }) == "runtime error: makeslice: cap out of range");
  CHECK(panicText([] { goxx::makeSlice<Int>(int64_t(1) << 62); }) == "runtime error: makeslice: len out of range");
}

TEST_CASE("value/slice: index and slice-expression panics") {
  Slice<Int> s{1, 2, 3};
  CHECK(panicText([&] { s[5] = 1; }) == "runtime error: index out of range [5] with length 3");
  CHECK(panicText([&] { (void)s[-1]; }) == "runtime error: index out of range [-1]");
  Slice<Int> f = goxx::makeSlice<Int>(5);
  CHECK(panicText([&] { (void)f.slice(0, 7); }) == "runtime error: slice bounds out of range [:7] with capacity 5");
  CHECK(panicText([&] { (void)f.slice(3, 2); }) == "runtime error: slice bounds out of range [3:2]");
  CHECK(panicText([&] { (void)f.slice(-1); }) == "runtime error: slice bounds out of range [-1:]");
  Slice<Int> g = goxx::makeSlice<Int>(2, 5);
  CHECK(panicText([&] { (void)g.slice(1, 2, 7); }) == "runtime error: slice bounds out of range [::7] with capacity 5");
  CHECK(panicText([&] { (void)g.slice(1, 4, 3); }) == "runtime error: slice bounds out of range [:4:3]");
  CHECK(panicText([&] { (void)g.slice(2, 1, 3); }) == "runtime error: slice bounds out of range [2:1:]");
  CHECK(g.slice(0, 5).len() == 5);  // reslicing up to cap is allowed

  goxx::Array<Int, 3> a{1, 2, 3};
  CHECK(panicText([&] { (void)a[3]; }) == "runtime error: index out of range [3] with length 3");
  auto pa = goxx::newPtr<goxx::Array<Int, 3>>(a);
  CHECK(panicText([&] { (void)goxx::sliceOf(pa, 1, 4); }) == "runtime error: slice bounds out of range [:4] with length 3");
}

TEST_CASE("value/slice: slices alias their array; append within capacity writes into it") {
  Slice<Int> base = goxx::makeSlice<Int>(3, 4);
  Slice<Int> a = base.slice(0, 2);
  a[0] = 7;
  CHECK(base[0] == 7);
  Slice<Int> b = goxx::append(a, Int(9));  // cap 4: writes base[2]
  CHECK(base[2] == 9);
  CHECK(b.data() == base.data());
  Slice<Int> c = goxx::append(base, Int(1), Int(2));  // needs 5 > cap 4: new array
  CHECK(c.data() != base.data());
  c[0] = 100;
  CHECK(base[0] == 7);
  CHECK(items(c) == std::vector<Int>{100, 0, 9, 1, 2});

  // Three-index slicing limits capacity so a later append copies.
  Slice<Int> limited = base.slice(0, 1, 1);
  CHECK(limited.cap() == 1);
  Slice<Int> d = goxx::append(limited, Int(5));
  CHECK(d.data() != base.data());
  CHECK(base[1] == 0);

  // Appending an element of the slice itself while growing.
  Slice<goxx::String> s{"x"};
  for (int i = 0; i < 5; ++i) s = goxx::append(s, s[0]);
  CHECK(s.len() == 6);
  CHECK(s[5] == goxx::String("x"));

  Slice<Int> nothing;
  CHECK(goxx::appendSlice(nothing, Slice<Int>()).isNil());  // append(nil, nil...) is nil
}

TEST_CASE("value/slice: growth doubles below 256 elements, then grows by (cap+768)/4") {
  CHECK(goxx::nextSliceCap(1, 0) == 1);
  CHECK(goxx::nextSliceCap(5, 4) == 8);
  CHECK(goxx::nextSliceCap(11, 4) == 11);  // more than double needed: exactly what is needed
  CHECK(goxx::nextSliceCap(256, 255) == 510);
  CHECK(goxx::nextSliceCap(257, 256) == 256 + (256 + 768) / 4);
  CHECK(goxx::nextSliceCap(1025, 1024) == 1024 + (1024 + 768) / 4);
  Slice<Int> s;
  int64_t lastCap = 0, reallocs = 0;
  for (Int i = 0; i < 1000; ++i) {
    s = goxx::append(s, i);
    if (s.cap() != lastCap) {
      ++reallocs;
      lastCap = s.cap();
    }
  }
  CHECK(s.len() == 1000);
  CHECK(s[999] == 999);
  CHECK(reallocs < 20);
}

TEST_CASE("value/slice: copy returns the count and handles overlap like memmove") {
  Slice<Int> s{1, 2, 3, 4, 5};
  CHECK(goxx::copy(s.slice(1), s) == 4);  // shift right
  CHECK(items(s) == std::vector<Int>{1, 1, 2, 3, 4});
  Slice<Int> t{1, 2, 3, 4, 5};
  CHECK(goxx::copy(t, t.slice(2)) == 3);  // shift left
  CHECK(items(t) == std::vector<Int>{3, 4, 5, 4, 5});
  Slice<Int> u{1, 2, 3};
  CHECK(goxx::appendSlice(u.slice(0, 1), u.slice(2)).len() == 2);
  CHECK(items(u) == std::vector<Int>{1, 3, 3});  // append(u[:1], u[2:]...) writes into u
  CHECK(goxx::copy(Slice<Int>(), u) == 0);
}

TEST_CASE("value/array: arrays are values; == compares elements; slicing through a pointer aliases") {
  goxx::Array<Int, 3> a{1, 2, 3};
  goxx::Array<Int, 3> b = a;
  b[0] = 9;
  CHECK(a[0] == 1);
  CHECK_FALSE(a == b);
  b[0] = 1;
  CHECK(a == b);
  auto p = goxx::newPtr<goxx::Array<Int, 3>>(a);
  Slice<Int> s = goxx::sliceOf(p, 1, 3);
  CHECK(s.cap() == 2);
  s[0] = 20;
  CHECK((*p)[1] == 20);
  p = nullptr;  // the slice keeps the array alive
  CHECK(s[0] == 20);
}

TEST_CASE("value/slice: &s[i] keeps the array alive") {
  goxx::Ptr<Int> p;
  {
    Slice<Int> s{1, 2, 3};
    p = s.addr(1);
  }
  CHECK(*p == 2);
  *p = 5;
  CHECK(*p == 5);
}
