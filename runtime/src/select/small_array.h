// select/small_array.h — fixed-size scratch storage that stays on the stack for small selects.
//
// A select's scratch (poll order, lock order, waiters) must outlive the park inside select(), so it lives in
// select()'s frame; only selects with more than N cases pay for a heap allocation.
#pragma once

#include <cstddef>
#include <memory>

namespace goxx {

template <class T, size_t N>
class SmallArray {
 public:
  explicit SmallArray(size_t n) : data_(n <= N ? inline_ : (heap_ = std::make_unique<T[]>(n)).get()) {}
  SmallArray(const SmallArray&) = delete;
  SmallArray& operator=(const SmallArray&) = delete;
  T& operator[](size_t i) noexcept { return data_[i]; }
  const T& operator[](size_t i) const noexcept { return data_[i]; }
  T* data() noexcept { return data_; }

 private:
  T inline_[N];
  std::unique_ptr<T[]> heap_;
  T* data_;
};

}  // namespace goxx
