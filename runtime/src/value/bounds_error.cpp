// bounds_error.cpp — the text of Go's index and slice-bounds panics (see goxx/value/bounds.h).
//
// Go prints the offending value; when it is negative the comparison with the length is meaningless, so the
// "with length N" part is dropped and a slice bound keeps its position marker ("[-1:]", "[:-1]").
#include "goxx/value/bounds.h"

#include <string>

#include "goxx/panic.h"

namespace goxx {

namespace {
std::string num(int64_t v) { return std::to_string(v); }
}  // namespace

[[noreturn]] void panicIndex(int64_t i, int64_t len) {
  if (i < 0) panicRuntimeError("index out of range [" + num(i) + "]");
  panicRuntimeError("index out of range [" + num(i) + "] with length " + num(len));
}

[[noreturn]] void panicSliceEndLen(int64_t j, int64_t len) {
  if (j < 0) panicRuntimeError("slice bounds out of range [:" + num(j) + "]");
  panicRuntimeError("slice bounds out of range [:" + num(j) + "] with length " + num(len));
}

[[noreturn]] void panicSliceEndCap(int64_t j, int64_t cap) {
  if (j < 0) panicRuntimeError("slice bounds out of range [:" + num(j) + "]");
  panicRuntimeError("slice bounds out of range [:" + num(j) + "] with capacity " + num(cap));
}

[[noreturn]] void panicSliceStart(int64_t i, int64_t j) {
  if (i < 0) panicRuntimeError("slice bounds out of range [" + num(i) + ":]");
  panicRuntimeError("slice bounds out of range [" + num(i) + ":" + num(j) + "]");
}

[[noreturn]] void panicSlice3Max(int64_t k, int64_t limit, bool isCap) {
  if (k < 0) panicRuntimeError("slice bounds out of range [::" + num(k) + "]");
  panicRuntimeError("slice bounds out of range [::" + num(k) + "] with " + (isCap ? "capacity " : "length ") +
                    num(limit));
}

[[noreturn]] void panicSlice3End(int64_t j, int64_t k) {
  if (j < 0) panicRuntimeError("slice bounds out of range [:" + num(j) + ":]");
  panicRuntimeError("slice bounds out of range [:" + num(j) + ":" + num(k) + "]");
}

[[noreturn]] void panicSlice3Start(int64_t i, int64_t j) {
  if (i < 0) panicRuntimeError("slice bounds out of range [" + num(i) + "::]");
  panicRuntimeError("slice bounds out of range [" + num(i) + ":" + num(j) + ":]");
}

[[noreturn]] void panicNilDeref() { panicRuntimeError("invalid memory address or nil pointer dereference"); }

}  // namespace goxx
