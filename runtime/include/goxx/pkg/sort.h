// goxx/pkg/sort.h — package sort as generated code calls it (docs/ABI.md, compiler/stdlib/sort/sort.gox).
//
// Consumes: goxx/value.h. Produces, in goxx::pkg::sort: the Interface type (an Any whose dynamic value has
// Len, Less and Swap), Sort/Stable/IsSorted/Reverse, Slice/SliceStable/SliceIsSorted on any slice value
// (through its descriptor's swapElements), Ints/Float64s/Strings and their AreSorted checks, Search and
// SearchInts/SearchStrings.
//
// Sort and Slice run Go's own pattern-defeating quicksort step for step (same comparisons, same swaps, same
// deterministic xorshift), so elements that compare equal end in the same order as under Go; Stable and
// SliceStable are Go's insertion-sort blocks plus SymMerge.
#pragma once

#include "goxx/value.h"

namespace goxx::pkg::sort {

// sort.Interface: interface { Len() int; Less(i, j int) bool; Swap(i, j int) }.
class Interface : public Any {
 public:
  using Any::Any;
  Interface() noexcept = default;
  explicit Interface(const Any& a) : Any(a) {}
};

// data.Len(), data.Less(i, j), data.Swap(i, j) through the interface (nil panics with Go's nil dereference).
Int Interface_Len(const Interface& data);
bool Interface_Less(const Interface& data, Int i, Int j);
void Interface_Swap(const Interface& data, Int i, Int j);

void Sort(Interface data);
void Stable(Interface data);
bool IsSorted(Interface data);
// The value of Reverse(data): Go's *sort.reverse, whose Less is data's with the operands exchanged.
Interface Reverse(Interface data);
struct Reversed {
  Interface data;
  friend bool operator==(const Reversed& a, const Reversed& b) { return a.data == b.data; }
};

// x must hold a slice ("sort: Slice of non-slice ..." panics otherwise, as reflect's Swapper does in Go).
void Slice(Any x, Func<bool(Int, Int)> less);
void SliceStable(Any x, Func<bool(Int, Int)> less);
bool SliceIsSorted(Any x, Func<bool(Int, Int)> less);

void Ints(::goxx::Slice<Int> x);
// NaNs order before every other value, as Go's Float64Slice.Less says.
void Float64s(::goxx::Slice<Float64> x);
void Strings(::goxx::Slice<String> x);
bool IntsAreSorted(::goxx::Slice<Int> x);
bool StringsAreSorted(::goxx::Slice<String> x);

// The smallest i in [0, n) with f(i) true (n if none), assuming f is false then true; Go's binary search
// (it calls f exactly where Go does).
Int Search(Int n, Func<bool(Int)> f);
Int SearchInts(::goxx::Slice<Int> a, Int x);
Int SearchStrings(::goxx::Slice<String> a, String x);

}  // namespace goxx::pkg::sort

namespace goxx {
template <>
struct TypeOf<pkg::sort::Interface> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::sort::Reversed> {
  static const TypeDesc* get();
};
}  // namespace goxx
