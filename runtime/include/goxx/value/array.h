// goxx/value/array.h — Go arrays: values of fixed length.
//
// Consumes: bounds.h, slice.h, ptr.h. Produces: goxx::Array<T, N> and sliceOf (slicing an array).
//
// An Array is a plain value (copied on assignment, like a Go array), an aggregate around std::array so
// `Array<Int, 3>{1, 2, 3}` works. Indexing is bounds-checked with Go's panic. Slicing needs the array to
// live in a heap cell (the lowering gives a sliced array variable a Ptr<Array>), because the slice keeps
// the array alive: sliceOf(p, i, j) aliases p's block.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>

#include "goxx/value/bounds.h"
#include "goxx/value/ptr.h"
#include "goxx/value/slice.h"

namespace goxx {

template <class T, size_t N>
struct Array {
  std::array<T, N> elems{};

  static constexpr int64_t len() noexcept { return static_cast<int64_t>(N); }
  T& operator[](int64_t i) {
    checkIndex(i, static_cast<int64_t>(N));
    return elems[static_cast<size_t>(i)];
  }
  const T& operator[](int64_t i) const {
    checkIndex(i, static_cast<int64_t>(N));
    return elems[static_cast<size_t>(i)];
  }
  T* begin() noexcept { return elems.data(); }
  T* end() noexcept { return elems.data() + N; }
  const T* begin() const noexcept { return elems.data(); }
  const T* end() const noexcept { return elems.data() + N; }

  friend bool operator==(const Array& a, const Array& b)
    requires std::equality_comparable<T>
  {
    return a.elems == b.elems;
  }
};

// (*p)[i:j] and (*p)[i:j:k] for an array behind a pointer (or in an escaping variable's cell).
template <class T, size_t N>
Slice<T> sliceOf(const Ptr<Array<T, N>>& p, int64_t i, int64_t j) {
  Array<T, N>& a = *p;
  checkSlice2(i, j, static_cast<int64_t>(N), false);
  return Slice<T>(p.block(), a.elems.data() + i, j - i, static_cast<int64_t>(N) - i);
}
template <class T, size_t N>
Slice<T> sliceOf(const Ptr<Array<T, N>>& p, int64_t i, int64_t j, int64_t k) {
  Array<T, N>& a = *p;
  checkSlice3(i, j, k, static_cast<int64_t>(N), false);
  return Slice<T>(p.block(), a.elems.data() + i, j - i, k - i);
}

}  // namespace goxx
