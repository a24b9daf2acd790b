// goxx/value/slice.h — Go slices: make, index, slicing, append, copy.
//
// Consumes: refcount.h, bounds.h, ptr.h, panic.h. Produces: goxx::Slice<T>, makeSlice, append, appendSlice,
// copy.
//
// A Slice is {block, data, len, cap}: `block` owns the backing array (an RcArray<T>, all of whose elements
// are constructed: Go zeroes the whole array), `data` points at element 0 of this slice inside it. The
// default Slice is nil (no array); an empty non-nil slice (make(n=0), s[0:0]) has an array and differs from
// nil only in isNil(), as in Go. Copies share the array: writing s[i] is seen through every slice that
// aliases it, and append within capacity writes into the shared array exactly as Go does.
//
// Growth (append past cap), Go 1.20's rule on element counts: the new capacity is the needed length if that
// exceeds twice the old capacity; otherwise double while the old capacity is below 256; otherwise grow by
// (cap + 3*256)/4 until large enough. Go then rounds the byte size up to a malloc size class; goxx does not
// (so cap after append can be smaller than Go's, never larger than needed-by-the-rule).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <utility>

#include "goxx/panic.h"
#include "goxx/value/bounds.h"
#include "goxx/value/ptr.h"
#include "goxx/value/refcount.h"

namespace goxx {

// The largest element count make() accepts: beyond it Go reports "len out of range".
constexpr int64_t kMaxAllocBytes = int64_t(1) << 47;

template <class T>
class Slice {
 public:
  using value_type = T;

  Slice() noexcept = default;
  Slice(std::nullptr_t) noexcept {}
  // []T{a, b, c}
  Slice(std::initializer_list<T> elems) {
    *this = make(static_cast<int64_t>(elems.size()), static_cast<int64_t>(elems.size()));
    std::copy(elems.begin(), elems.end(), data_);
  }
  // A view of [data, data+len) with room up to cap inside the array owned by `block` (retained).
  Slice(RcHeader* block, T* data, int64_t len, int64_t cap) noexcept : block_(block), data_(data), len_(len), cap_(cap) {
    rcRetain(block_);
  }
  Slice(const Slice& o) noexcept : Slice(o.block_, o.data_, o.len_, o.cap_) {}
  Slice(Slice&& o) noexcept
      : block_(std::exchange(o.block_, nullptr)), data_(std::exchange(o.data_, nullptr)),
        len_(std::exchange(o.len_, 0)), cap_(std::exchange(o.cap_, 0)) {}
  Slice& operator=(Slice o) noexcept {
    std::swap(block_, o.block_);
    std::swap(data_, o.data_);
    std::swap(len_, o.len_);
    std::swap(cap_, o.cap_);
    return *this;
  }
  ~Slice() { rcRelease(block_); }

  // make([]T, len, cap): zero values. Panics "makeslice: len out of range" / "makeslice: cap out of range".
  static Slice make(int64_t len, int64_t cap) {
    int64_t maxElems = kMaxAllocBytes / static_cast<int64_t>(sizeof(T) == 0 ? 1 : sizeof(T));
    if (len < 0 || len > maxElems) panicRuntimeError("makeslice: len out of range");
    if (cap < len || cap > maxElems) panicRuntimeError("makeslice: cap out of range");
    RcArray<T>* a = RcArray<T>::make(cap);
    Slice s;
    s.block_ = a;
    s.data_ = a->elems();
    s.len_ = len;
    s.cap_ = cap;
    return s;
  }

  int64_t len() const noexcept { return len_; }
  int64_t cap() const noexcept { return cap_; }
  bool isNil() const noexcept { return block_ == nullptr && data_ == nullptr; }

  // s[i]: a reference into the shared array (a slice is a reference; constness of the handle is not Go's).
  T& operator[](int64_t i) const {
    checkIndex(i, len_);
    return data_[i];
  }
  // &s[i]: keeps the whole array alive.
  Ptr<T> addr(int64_t i) const {
    checkIndex(i, len_);
    return Ptr<T>(block_, data_ + i);
  }
  // s[i:j] (j may go up to cap), s[i:], s[i:j:k].
  Slice slice(int64_t i, int64_t j) const {
    checkSlice2(i, j, cap_, true);
    return Slice(block_, data_ + i, j - i, cap_ - i);
  }
  Slice slice(int64_t i) const { return slice(i, len_); }
  Slice slice(int64_t i, int64_t j, int64_t k) const {
    checkSlice3(i, j, k, cap_, true);
    return Slice(block_, data_ + i, j - i, k - i);
  }

  T* data() const noexcept { return data_; }
  T* begin() const noexcept { return data_; }
  T* end() const noexcept { return data_ + len_; }
  RcHeader* block() const noexcept { return block_; }

  // == nil is the only comparison Go allows on slices.
  friend bool operator==(const Slice& s, std::nullptr_t) noexcept { return s.isNil(); }

 private:
  RcHeader* block_ = nullptr;
  T* data_ = nullptr;
  int64_t len_ = 0;
  int64_t cap_ = 0;
};

template <class T>
Slice<T> makeSlice(int64_t len) {
  return Slice<T>::make(len, len);
}
template <class T>
Slice<T> makeSlice(int64_t len, int64_t cap) {
  return Slice<T>::make(len, cap);
}

// The capacity append grows to when oldCap cannot hold newLen (see the header comment).
inline int64_t nextSliceCap(int64_t newLen, int64_t oldCap) {
  int64_t doubled = oldCap + oldCap;
  if (newLen > doubled) return newLen;
  constexpr int64_t kThreshold = 256;
  if (oldCap < kThreshold) return doubled;
  int64_t c = oldCap;
  while (c < newLen) c += (c + 3 * kThreshold) / 4;
  return c;
}

// copy(dst, src): min(len) elements, correct when the two share an array and overlap (memmove semantics).
template <class T>
int64_t copy(const Slice<T>& dst, const Slice<T>& src) {
  int64_t n = std::min(dst.len(), src.len());
  if (n == 0 || dst.data() == src.data()) return n;
  if (dst.data() < src.data())
    std::copy(src.data(), src.data() + n, dst.data());
  else
    std::copy_backward(src.data(), src.data() + n, dst.data() + n);
  return n;
}

namespace detail {
// Returns s extended by n elements (whose values the caller then writes), reallocating when cap is short.
template <class T>
Slice<T> growForAppend(const Slice<T>& s, int64_t n) {
  int64_t newLen = s.len() + n;
  if (newLen <= s.cap()) return Slice<T>(s.block(), s.data(), newLen, s.cap());
  Slice<T> grown = Slice<T>::make(newLen, nextSliceCap(newLen, s.cap()));
  std::copy(s.data(), s.data() + s.len(), grown.data());
  return grown;
}
}  // namespace detail

// append(s, x, y, ...). The arguments are taken by value, so appending an element of s itself is safe.
template <class T, class... U>
Slice<T> append(const Slice<T>& s, U... xs) {
  Slice<T> r = detail::growForAppend(s, static_cast<int64_t>(sizeof...(U)));
  T* out = r.data() + s.len();
  ((*out++ = T(std::move(xs))), ...);
  return r;
}

// append(s, xs...). xs may alias s's array (Go copies with memmove semantics).
template <class T>
Slice<T> appendSlice(const Slice<T>& s, const Slice<T>& xs) {
  if (xs.len() == 0) return s;
  Slice<T> keep = xs;  // the source array must outlive the copy even if s's growth drops a shared block
  Slice<T> r = detail::growForAppend(s, xs.len());
  copy(r.slice(s.len()), keep);
  return r;
}

}  // namespace goxx
