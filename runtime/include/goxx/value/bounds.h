// goxx/value/bounds.h — Go's run-time checks on indexes, slice bounds and nil dereferences.
//
// Consumes: panic.h. Produces: the checks generated code and the value types call, each throwing the
// runtime.Error Go throws, with Go's exact text (runtime/error.go's boundsError):
//   index out of range [5] with length 3            slice bounds out of range [:7] with capacity 5
//   slice bounds out of range [3:2]                  slice bounds out of range [::7] with length 5
//   invalid memory address or nil pointer dereference
// A negative index prints without the "with length" part ("index out of range [-1]"), as in Go.
// The failing paths are out of line (bounds_error.cpp) so the checks inline to a compare and a branch.
#pragma once

#include <cstdint>

namespace goxx {

[[noreturn]] void panicIndex(int64_t i, int64_t len);
// s[i:j] with j > len (strings, arrays) or j > cap (slices).
[[noreturn]] void panicSliceEndLen(int64_t j, int64_t len);
[[noreturn]] void panicSliceEndCap(int64_t j, int64_t cap);
// s[i:j] with i > j.
[[noreturn]] void panicSliceStart(int64_t i, int64_t j);
// s[i:j:k] with k > len/cap, j > k, i > j.
[[noreturn]] void panicSlice3Max(int64_t k, int64_t cap, bool isCap);
[[noreturn]] void panicSlice3End(int64_t j, int64_t k);
[[noreturn]] void panicSlice3Start(int64_t i, int64_t j);
[[noreturn]] void panicNilDeref();

// Unsigned compares catch negative indexes too, as Go's bounds checks do.
inline void checkIndex(int64_t i, int64_t len) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) panicIndex(i, len);
}

// s[i:j] against a limit (len for strings and arrays, cap for slices). Checked in Go's order: j first.
inline void checkSlice2(int64_t i, int64_t j, int64_t limit, bool limitIsCap) {
  if (static_cast<uint64_t>(j) > static_cast<uint64_t>(limit)) {
    if (limitIsCap) panicSliceEndCap(j, limit);
    panicSliceEndLen(j, limit);
  }
  if (static_cast<uint64_t>(i) > static_cast<uint64_t>(j)) panicSliceStart(i, j);
}

// s[i:j:k]: k against the limit, then j against k, then i against j.
inline void checkSlice3(int64_t i, int64_t j, int64_t k, int64_t limit, bool limitIsCap) {
  if (static_cast<uint64_t>(k) > static_cast<uint64_t>(limit)) panicSlice3Max(k, limit, limitIsCap);
  if (static_cast<uint64_t>(j) > static_cast<uint64_t>(k)) panicSlice3End(j, k);
  if (static_cast<uint64_t>(i) > static_cast<uint64_t>(j)) panicSlice3Start(i, j);
}

}  // namespace goxx
