// Go maps (goxx/value/map.h): nil-map rules, comma-ok, delete, clear, randomized iteration order, the
// spec's rules for mutation during range ("For statements with range clause": an entry removed before it
// is reached is not produced; each entry is produced at most once), float keys (+0 == -0, NaN never
// matches) and interface keys (unhashable dynamic types panic).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>

#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/value.h"
#include "panic_text.h"

using goxx::Int;
using goxx::Map;
using goxx::String;

namespace {

using goxx::test::panicText;

}  // namespace

TEST_CASE("value/map: a nil map reads as empty and panics on write") {
  Map<String, Int> m;
  CHECK(m.isNil());
  CHECK(m == nullptr);
  CHECK(m.len() == 0);
  CHECK(m.get("a") == 0);
  Int v = 5;
  CHECK_FALSE(m.get("a", &v));
  CHECK(v == 0);
  m.erase("a");  // no-op
  m.clear();     // no-op
  int n = 0;
  for (auto kv : m) {
    (void)kv;
    ++n;
  }
  CHECK(n == 0);
  std::string text = panicText([&] { m.set("a", 1); });
  CHECK(text == "assignment to entry in nil map");
  // A plain runtime.Error: no "runtime error: " prefix, but still a runtime error.
  try {
    m.set("a", 1);
  } catch (const goxx::Panic& p) {
    CHECK(p.value().isRuntimeError());
  }
}

TEST_CASE("value/map: set, get, comma-ok, delete, len, clear; copies share the table") {
  auto m = goxx::makeMap<String, Int>();
  m.set("a", 1);
  m.set("b", 2);
  Map<String, Int> alias = m;
  alias.set("c", 3);
  CHECK(m.len() == 3);
  CHECK(m.get("c") == 3);
  Int v = 0;
  CHECK(m.get("b", &v));
  CHECK(v == 2);
  CHECK_FALSE(m.get("zz", &v));
  CHECK(v == 0);
  m.set("a", 10);
  CHECK(m.len() == 3);
  CHECK(m.get("a") == 10);
  m.erase("a");
  CHECK(m.len() == 2);
  CHECK_FALSE(m.contains("a"));
  m.erase("nope");
  CHECK(m.len() == 2);
  m.clear();
  CHECK(m.len() == 0);
  CHECK(alias.len() == 0);

  Map<Int, String> lit{{1, "one"}, {2, "two"}};
  CHECK(lit.get(2) == String("two"));
}

TEST_CASE("value/map: many inserts and deletes keep every live entry reachable") {
  auto m = goxx::makeMap<Int, Int>();
  for (Int i = 0; i < 5000; ++i) m.set(i, i * i);
  for (Int i = 0; i < 5000; i += 2) m.erase(i);
  CHECK(m.len() == 2500);
  for (Int i = 0; i < 5000; ++i) {
    Int v = -1;
    bool ok = m.get(i, &v);
    CHECK(ok == (i % 2 == 1));
    if (ok) CHECK(v == i * i);
  }
  for (Int i = 0; i < 5000; i += 2) m.set(i, -i);
  CHECK(m.len() == 5000);
  Int sum = 0;
  for (auto [k, val] : m) sum += k;
  CHECK(sum == 4999 * 5000 / 2);
}

TEST_CASE("value/map: iteration order is randomized per range loop") {
  auto m = goxx::makeMap<Int, bool>();
  for (Int i = 0; i < 16; ++i) m.set(i, true);
  std::set<Int> firsts;
  for (int trial = 0; trial < 200; ++trial) {
    for (auto kv : m) {
      firsts.insert(kv.first);
      break;
    }
  }
  CHECK(firsts.size() > 4);  // Go randomizes the start; a fixed order would give one first key
}

TEST_CASE("value/map: deleting unreached entries during range skips them; added ones at most once") {
  for (int trial = 0; trial < 50; ++trial) {
    auto m = goxx::makeMap<Int, Int>();
    for (Int i = 0; i < 10; ++i) m.set(i, i);
    std::set<Int> seen;
    int produced = 0;
    for (auto [k, v] : m) {
      ++produced;
      seen.insert(k);
      // Delete every key not yet seen except one, and add new keys.
      for (Int j = 0; j < 10; ++j)
        if (!seen.count(j) && j != 9) m.erase(j);
      m.set(100 + produced, 0);
      if (produced > 100) break;
    }
    CHECK(produced <= 12);
    CHECK(static_cast<size_t>(produced) == seen.size());  // nothing produced twice
    for (Int k : seen) CHECK((k < 10 || k > 100));
  }
}

TEST_CASE("value/map: float keys: +0 and -0 are one key, NaN keys never match") {
  auto m = goxx::makeMap<double, Int>();
  m.set(0.0, 1);
  m.set(-0.0, 2);
  CHECK(m.len() == 1);
  CHECK(m.get(0.0) == 2);
  double nan = std::numeric_limits<double>::quiet_NaN();
  m.set(nan, 1);
  m.set(nan, 2);
  CHECK(m.len() == 3);
  CHECK_FALSE(m.contains(nan));
  m.erase(nan);
  CHECK(m.len() == 3);
  int nans = 0;
  for (auto [k, v] : m)
    if (std::isnan(k)) ++nans;
  CHECK(nans == 2);
  m.clear();  // clear removes NaN keys too
  CHECK(m.len() == 0);
}

TEST_CASE("value/map: interface keys hash the dynamic value; unhashable ones panic") {
  auto m = goxx::makeMap<goxx::Any, Int>();
  m.set(goxx::Any(Int(1)), 1);
  m.set(goxx::Any(String("1")), 2);
  m.set(goxx::Any(int32_t(1)), 3);  // a different dynamic type: a different key
  CHECK(m.len() == 3);
  CHECK(m.get(goxx::Any(Int(1))) == 1);
  CHECK(m.get(goxx::Any(String(std::string("1")))) == 2);
  m.set(goxx::Any(), 4);  // the nil interface is a valid key
  CHECK(m.get(goxx::Any()) == 4);
  CHECK(panicText([&] { m.set(goxx::Any(goxx::Slice<Int>{1}), 5); }) ==
        "runtime error: hash of unhashable type []int");

  auto arrays = goxx::makeMap<goxx::Array<Int, 2>, Int>();
  arrays.set({1, 2}, 12);
  CHECK(arrays.get({1, 2}) == 12);
  CHECK(arrays.get({2, 1}) == 0);

  auto p = goxx::newPtr<Int>(1);
  auto q = goxx::newPtr<Int>(1);
  auto ptrs = goxx::makeMap<goxx::Ptr<Int>, Int>();
  ptrs.set(p, 1);
  ptrs.set(q, 2);
  CHECK(ptrs.len() == 2);  // pointers are keys by identity
  CHECK(ptrs.get(p) == 1);
}

TEST_CASE("value/map: concurrent range loops over one map from several goroutines") {
  auto m = goxx::makeMap<Int, Int>();
  for (Int i = 0; i < 1000; ++i) m.set(i, i);
  auto results = goxx::makeChan<Int>(4);
  for (int g = 0; g < 4; ++g) {
    goxx::go([m, results] {
      Int sum = 0;
      for (int rep = 0; rep < 20; ++rep)
        for (auto [k, v] : m) sum += v;
      results.send(sum);
    });
  }
  for (int g = 0; g < 4; ++g) CHECK(results.recv() == 20 * 999 * 1000 / 2);
}
