// pkg/sort/sort.cpp — sort's entry points: the data adapters for pdqsort.h (an Interface value, a slice
// in an `any` with a less func, typed slices) and the binary searches.
#include <algorithm>
#include <cmath>
#include <string>

#include "goxx/defer.h"
#include "goxx/pkg/sort.h"
#include "pkg/sort/pdqsort.h"

namespace goxx::pkg::sort {
namespace {

using algo::Index;

// Interface's methods in name order: Len, Less, Swap.
using LenFn = Int (*)(const void*);
using LessFn = bool (*)(const void*, Int, Int);
using SwapFn = void (*)(const void*, Int, Int);

// An Interface value's methods, looked up once per call of Sort/Stable/IsSorted.
struct InterfaceData {
  explicit InterfaceData(const Interface& d) : data(d) {
    static ItabCache site;
    const Itab& itab = site.get(data, typeOf<Interface>());
    len = reinterpret_cast<LenFn>(itab.fns[0]);
    lessFn = reinterpret_cast<LessFn>(itab.fns[1]);
    swapFn = reinterpret_cast<SwapFn>(itab.fns[2]);
  }
  Int size() const { return len(data.valuePtr()); }
  bool less(Index i, Index j) const { return lessFn(data.valuePtr(), i, j); }
  void swap(Index i, Index j) const { swapFn(data.valuePtr(), i, j); }

  const Interface& data;
  LenFn len;
  LessFn lessFn;
  SwapFn swapFn;
};

// A slice held in an `any`, ordered by a less func (Go's lessSwap{less, reflectlite.Swapper(x)}).
struct FuncData {
  FuncData(const Any& x, const Func<bool(Int, Int)>& lessFunc) : slice(x), lessF(lessFunc) {
    const TypeDesc* t = x.type();
    if (t == nullptr || t->kind != Kind::Slice || t->swapElements == nullptr) {
      std::string kind = t == nullptr ? "zero" : t->name;
      panicAny(errorsNew(String("reflect: call of Swapper on " + kind + " Value")));
    }
    swapper = t->swapElements;
    n = t->length(x.valuePtr());
  }
  bool less(Index i, Index j) const { return lessF(i, j); }
  void swap(Index i, Index j) const { swapper(slice.valuePtr(), i, j); }

  const Any& slice;
  const Func<bool(Int, Int)>& lessF;
  void (*swapper)(const void*, int64_t, int64_t);
  Index n;
};

bool floatLess(double a, double b) { return a < b || (std::isnan(a) && !std::isnan(b)); }

struct Float64Data {
  bool less(Index i, Index j) const { return floatLess(x[i], x[j]); }
  void swap(Index i, Index j) const { std::swap(x[i], x[j]); }
  const ::goxx::Slice<Float64>& x;
};

}  // namespace

Int Interface_Len(const Interface& data) {
  static ItabCache site;
  return site.method<LenFn>(data, typeOf<Interface>(), 0)(data.valuePtr());
}

bool Interface_Less(const Interface& data, Int i, Int j) {
  static ItabCache site;
  return site.method<LessFn>(data, typeOf<Interface>(), 1)(data.valuePtr(), i, j);
}

void Interface_Swap(const Interface& data, Int i, Int j) {
  static ItabCache site;
  site.method<SwapFn>(data, typeOf<Interface>(), 2)(data.valuePtr(), i, j);
}

void Sort(Interface data) {
  InterfaceData d(data);
  algo::sortAll(d, d.size());
}

void Stable(Interface data) {
  InterfaceData d(data);
  algo::stable(d, d.size());
}

bool IsSorted(Interface data) {
  InterfaceData d(data);
  return algo::isSorted(d, d.size());
}

Interface Reverse(Interface data) { return Interface(Any(Reversed{std::move(data)})); }

void Slice(Any x, Func<bool(Int, Int)> less) {
  FuncData d(x, less);
  algo::sortAll(d, d.n);
}

void SliceStable(Any x, Func<bool(Int, Int)> less) {
  FuncData d(x, less);
  algo::stable(d, d.n);
}

// Go reads only the length here (reflect's Len), so any slice works, swappable or not.
bool SliceIsSorted(Any x, Func<bool(Int, Int)> less) {
  const TypeDesc* t = x.type();
  if (t == nullptr || t->kind != Kind::Slice) {
    panicAny(errorsNew(String("reflect: call of reflect.Value.Len on " + (t == nullptr ? std::string("zero") : t->name) + " Value")));
  }
  const Index n = t->length(x.valuePtr());
  for (Index i = n - 1; i > 0; i--) {
    if (less(i, i - 1)) return false;
  }
  return true;
}

// Equal ints and equal strings are indistinguishable, so any correct sort gives Go's result.
void Ints(::goxx::Slice<Int> x) { std::sort(x.data(), x.data() + x.len()); }
void Strings(::goxx::Slice<String> x) { std::sort(x.data(), x.data() + x.len()); }

// -0 and +0 (and NaNs) compare equal but print differently: Go's exact swap sequence decides their order.
void Float64s(::goxx::Slice<Float64> x) {
  Float64Data d{x};
  algo::sortAll(d, x.len());
}

bool IntsAreSorted(::goxx::Slice<Int> x) { return std::is_sorted(x.data(), x.data() + x.len()); }
bool StringsAreSorted(::goxx::Slice<String> x) { return std::is_sorted(x.data(), x.data() + x.len()); }

Int Search(Int n, Func<bool(Int)> f) {
  Int i = 0, j = n;
  while (i < j) {
    const Int h = Int(uint64_t(i + j) >> 1);
    if (!f(h)) i = h + 1;
    else j = h;
  }
  return i;
}

Int SearchInts(::goxx::Slice<Int> a, Int x) {
  return std::lower_bound(a.data(), a.data() + a.len(), x) - a.data();
}

Int SearchStrings(::goxx::Slice<String> a, String x) {
  return std::lower_bound(a.data(), a.data() + a.len(), x) - a.data();
}

}  // namespace goxx::pkg::sort

namespace goxx {
namespace {
using pkg::sort::Reversed;
Int reversedLen(const void* r) { return pkg::sort::Interface_Len(static_cast<const Reversed*>(r)->data); }
bool reversedLess(const void* r, Int i, Int j) { return pkg::sort::Interface_Less(static_cast<const Reversed*>(r)->data, j, i); }
void reversedSwap(const void* r, Int i, Int j) { pkg::sort::Interface_Swap(static_cast<const Reversed*>(r)->data, i, j); }
}  // namespace

const TypeDesc* TypeOf<pkg::sort::Interface>::get() {
  static const TypeDesc d = interfaceType("sort.Interface", std::vector<Method>{Method{"Len", nullptr, "func() int"},
                                                                                Method{"Less", nullptr, "func(int, int) bool"},
                                                                                Method{"Swap", nullptr, "func(int, int)"}});
  return &d;
}

const TypeDesc* TypeOf<Reversed>::get() {
  static const TypeDesc d = structType<Reversed>("*sort.reverse", {field<&Reversed::data>("Interface", true)},
                                                 {method("Len", &reversedLen, "func() int"),
                                                  method("Less", &reversedLess, "func(int, int) bool"),
                                                  method("Swap", &reversedSwap, "func(int, int)")});
  return &d;
}

}  // namespace goxx
