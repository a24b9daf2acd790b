// Packages runtime, log and sort through their //goxx:extern entry points. Sort orders of equal elements,
// log line formats and panic texts are go1.19's for the same inputs.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "goxx/pkg/log.h"
#include "goxx/pkg/runtime.h"
#include "goxx/pkg/sort.h"
#include "panic_text.h"

namespace rt = goxx::pkg::runtime;
namespace lg = goxx::pkg::log;
namespace so = goxx::pkg::sort;
using goxx::Any;
using goxx::Int;
using goxx::Slice;
using goxx::String;
using goxx::test::panicText;

namespace {

std::string str(const String& s) { return std::string(s.view()); }

struct Person {
  String name;
  Int age = 0;
  bool operator==(const Person&) const = default;
};

// type byAge []Person with Len/Less/Swap, as the emitter lowers a named slice type: struct { v; }.
struct ByAge {
  Slice<Person> v;
};
Int byAgeLen(const void* r) { return static_cast<const ByAge*>(r)->v.len(); }
bool byAgeLess(const void* r, Int i, Int j) {
  const Slice<Person>& s = static_cast<const ByAge*>(r)->v;
  return s[i].age < s[j].age;
}
void byAgeSwap(const void* r, Int i, Int j) {
  const Slice<Person>& s = static_cast<const ByAge*>(r)->v;
  std::swap(s[i], s[j]);
}

// An io.Writer collecting what it is given.
struct Collector {
  goxx::Ptr<std::string> text;
  bool operator==(const Collector&) const = default;
};
std::tuple<Int, goxx::Error> collectorWrite(const void* r, Slice<goxx::Byte> p) {
  static_cast<const Collector*>(r)->text->append(reinterpret_cast<const char*>(p.data()), size_t(p.len()));
  return {p.len(), goxx::Error()};
}

Slice<Person> people(std::initializer_list<std::pair<const char*, Int>> list) {
  Slice<Person> s;
  for (auto& [n, a] : list) s = goxx::append(s, Person{String(std::string_view(n)), a});
  return s;
}

std::string names(const Slice<Person>& s, Int limit = -1) {
  std::string out;
  for (Int i = 0; i < s.len() && (limit < 0 || i < limit); i++) out += str(s[i].name) + ",";
  return out;
}

// 200 people, ages (i*7919)%13: many equal keys, so the unstable order is the algorithm's fingerprint.
Slice<Person> crowd() {
  Slice<Person> s;
  for (Int i = 0; i < 200; i++) s = goxx::append(s, Person{String(std::to_string(i)), (i * 7919) % 13});
  return s;
}

}  // namespace

template <>
struct goxx::TypeOf<Person> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Person>("main.person", {field<&Person::name>("name"), field<&Person::age>("age")});
    return &d;
  }
};
template <>
struct goxx::TypeOf<ByAge> {
  static const TypeDesc* get() {
    static const TypeDesc d = namedType<ByAge>("main.byAge", typeOf<Slice<Person>>(),
                                               {method("Len", &byAgeLen), method("Less", &byAgeLess), method("Swap", &byAgeSwap)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Collector> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Collector>("main.collector", {}, {method("Write", &collectorWrite)});
    return &d;
  }
};

TEST_CASE("runtime: processors, goroutines, version, MemStats") {
  CHECK(rt::NumCPU() >= 1);
  const Int procs = rt::GOMAXPROCS(0);
  CHECK(procs >= 1);
  CHECK(rt::GOMAXPROCS(procs) == procs);
  CHECK(rt::NumGoroutine() >= 1);
  rt::Gosched();
  CHECK(str(rt::Version()).rfind("go1.", 0) == 0);

  goxx::Ptr<rt::MemStats> before = goxx::newPtr<rt::MemStats>();
  rt::ReadMemStats(before);
  std::vector<std::unique_ptr<int[]>> blocks;
  for (int i = 0; i < 100; i++) blocks.emplace_back(new int[1000]);
  goxx::Ptr<rt::MemStats> during = goxx::newPtr<rt::MemStats>();
  rt::ReadMemStats(during);
  CHECK(during->Mallocs >= before->Mallocs + 100);
  CHECK(during->TotalAlloc >= before->TotalAlloc + 100 * 4000);
  CHECK(during->Alloc >= 100 * 4000);
  CHECK(during->Sys >= during->HeapAlloc);
  blocks.clear();
  rt::GC();
  goxx::Ptr<rt::MemStats> after = goxx::newPtr<rt::MemStats>();
  rt::ReadMemStats(after);
  CHECK(after->Frees >= during->Frees + 100);
  CHECK(after->NumGC == during->NumGC + 1);
  CHECK(panicText([] { rt::ReadMemStats(nullptr); }) == "runtime error: invalid memory address or nil pointer dereference");
}

TEST_CASE("log: line format, prefixes, flags, Panic") {
  // 2009-11-10 23:04:05.123456 UTC
  const int64_t when = 1257894245123456789;
  CHECK(lg::formatLine(String("p: "), 1 | 2 | 32, when, "hi") == "p: 2009/11/10 23:04:05 hi\n");
  CHECK(lg::formatLine(String("p: "), 1 | 4 | 32 | 64, when, "hi\n") == "2009/11/10 23:04:05.123456 p: hi\n");
  CHECK(lg::formatLine(String("pre: "), 64 | 16, when, "hello 1 2\n") == "???:0: pre: hello 1 2\n");
  CHECK(lg::formatLine(String(), 0, when, "") == "\n");

  Collector out{goxx::newPtr<std::string>()};
  goxx::Ptr<lg::Logger> l = lg::New(goxx::pkg::io::Writer(Any(out)), String("[p] "), 0);
  lg::Logger_Print(l.get(), Slice<Any>{Any(String("a")), Any(String("b")), Any(Int(1)), Any(Int(2)), Any(String("c\n"))});
  lg::Logger_Println(l.get(), Slice<Any>{Any(String("x")), Any(Int(3))});
  lg::Logger_Printf(l.get(), String("n=%d"), Slice<Any>{Any(Int(5))});
  CHECK(*out.text == "[p] ab1 2c\n[p] x 3\n[p] n=5\n");
  out.text->clear();
  CHECK(panicText([&] { lg::Logger_Panicf(l.get(), String("bad %d"), Slice<Any>{Any(Int(7))}); }) == "bad 7");
  CHECK(*out.text == "[p] bad 7\n");
  lg::Logger_SetPrefix(l.get(), String("q "));
  lg::Logger_SetFlags(l.get(), 64);
  CHECK(str(lg::Logger_Prefix(l.get())) == "q ");
  CHECK(lg::Logger_Flags(l.get()) == 64);
  CHECK(lg::Flags() == 3);  // LstdFlags
  CHECK(str(lg::Prefix()).empty());
}

TEST_CASE("sort.Sort, Reverse, Stable: Go's order for equal elements") {
  Slice<Person> p = people({{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}, {"f", 3}, {"g", 2}, {"h", 1}, {"i", 3},
                            {"j", 2}, {"k", 1}, {"l", 3}, {"m", 2}, {"n", 1}, {"o", 3}});
  so::Sort(so::Interface(Any(ByAge{p})));
  CHECK(names(p) == "h,b,n,k,e,g,j,d,m,a,f,i,l,c,o,");
  CHECK(so::IsSorted(so::Interface(Any(ByAge{p}))));

  Slice<Person> big = crowd();
  so::Sort(so::Reverse(so::Interface(Any(ByAge{big}))));
  CHECK(names(big, 40) == "19,110,97,123,84,136,6,71,149,58,45,162,32,188,175,155,77,51,64,103,116,181,142,38,90,25,194,"
                          "168,12,129,122,70,174,135,5,187,83,31,161,96,");
  CHECK(so::Reverse(so::Interface(Any(ByAge{big}))).type()->name == "*sort.reverse");

  Slice<Person> stable = crowd();
  so::Stable(so::Interface(Any(ByAge{stable})));
  CHECK(names(stable, 30) == "0,13,26,39,52,65,78,91,104,117,130,143,156,169,182,195,7,20,33,46,59,72,85,98,111,124,137,150,163,176,");
}

TEST_CASE("sort.Slice, SliceStable, SliceIsSorted") {
  Slice<Person> big = crowd();
  so::Slice(Any(big), [big](Int i, Int j) { return big[i].age < big[j].age; });
  CHECK(names(big, 40) == "0,65,143,91,52,195,156,26,39,130,104,169,182,13,78,117,111,176,124,150,20,46,59,189,163,137,7,"
                          "98,72,33,85,170,53,157,105,79,144,1,183,27,");
  CHECK(so::SliceIsSorted(Any(big), [big](Int i, Int j) { return big[i].age < big[j].age; }));
  Slice<Person> stable = crowd();
  so::SliceStable(Any(stable), [stable](Int i, Int j) { return stable[i].age < stable[j].age; });
  CHECK(names(stable, 16) == "0,13,26,39,52,65,78,91,104,117,130,143,156,169,182,195,");
  CHECK(panicText([] { so::Slice(Any(Int(5)), [](Int, Int) { return false; }); }) == "reflect: call of Swapper on int Value");
}

TEST_CASE("sort: typed slices and searches") {
  Slice<Int> ints{5, 2, 8, 1, 9, 3};
  so::Ints(ints);
  const Int want[] = {1, 2, 3, 5, 8, 9};
  for (Int i = 0; i < 6; i++) CHECK(ints[i] == want[i]);
  CHECK(so::IntsAreSorted(ints));
  Slice<String> strs{String("b"), String("c"), String("a")};
  so::Strings(strs);
  CHECK(str(strs[0]) == "a");
  CHECK(str(strs[2]) == "c");
  CHECK(so::StringsAreSorted(strs));
  const double nan = std::nan("");
  Slice<double> fl{3, nan, 1, -INFINITY, 0, 2, nan, -1};
  so::Float64s(fl);
  CHECK(std::isnan(fl[0]));
  CHECK(std::isnan(fl[1]));
  CHECK(fl[2] == -INFINITY);
  CHECK(fl[3] == -1);
  CHECK(fl[7] == 3);
  CHECK(so::SearchInts(Slice<Int>{1, 3, 5, 7}, 5) == 2);
  CHECK(so::SearchInts(Slice<Int>{1, 3, 5, 7}, 8) == 4);
  CHECK(so::SearchStrings(strs, String("b")) == 1);
  CHECK(so::Search(100, [](Int i) { return i * i >= 50; }) == 8);
}
