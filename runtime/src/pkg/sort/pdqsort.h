// pkg/sort/pdqsort.h — Go's sorting algorithms over any "data" with less(i, j) and swap(i, j).
//
// Go's sort.Sort and sort.Slice are pattern-defeating quicksort (Go 1.19+, unchanged through 1.22): insertion
// sort below 13 elements, heapsort when the recursion limit (bit length of n) runs out, ninther pivots with
// a sortedness hint, partial insertion sort for nearly sorted input, and a deterministic xorshift seeded by
// the length to break patterns. The order of equal elements after an unstable sort is whatever that exact
// sequence of swaps produces, so goxx repeats it step for step. stable() is Go's insertion-sort blocks of 20
// merged by SymMerge (in place, swaps only).
#pragma once

#include <bit>
#include <cstdint>

namespace goxx::pkg::sort::algo {

using Index = int64_t;

template <class D>
void insertionSort(D& data, Index a, Index b) {
  for (Index i = a + 1; i < b; i++) {
    for (Index j = i; j > a && data.less(j, j - 1); j--) data.swap(j, j - 1);
  }
}

template <class D>
void siftDown(D& data, Index lo, Index hi, Index first) {
  Index root = lo;
  for (;;) {
    Index child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && data.less(first + child, first + child + 1)) child++;
    if (!data.less(first + root, first + child)) return;
    data.swap(first + root, first + child);
    root = child;
  }
}

template <class D>
void heapSort(D& data, Index a, Index b) {
  const Index first = a, lo = 0, hi = b - a;
  for (Index i = (hi - 1) / 2; i >= 0; i--) siftDown(data, i, hi, first);
  for (Index i = hi - 1; i >= 0; i--) {
    data.swap(first, first + i);
    siftDown(data, lo, i, first);
  }
}

enum class Hint { Unknown, Increasing, Decreasing };

template <class D>
void order2(D& data, Index& a, Index& b, int& swaps) {
  if (data.less(b, a)) {
    swaps++;
    const Index t = a;
    a = b;
    b = t;
  }
}

template <class D>
Index median(D& data, Index a, Index b, Index c, int& swaps) {
  order2(data, a, b, swaps);
  order2(data, b, c, swaps);
  order2(data, a, b, swaps);
  return b;
}

template <class D>
Index medianAdjacent(D& data, Index a, int& swaps) {
  return median(data, a - 1, a, a + 1, swaps);
}

template <class D>
Index choosePivot(D& data, Index a, Index b, Hint& hint) {
  constexpr Index kShortestNinther = 50;
  constexpr int kMaxSwaps = 4 * 3;
  const Index l = b - a;
  int swaps = 0;
  Index i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= kShortestNinther) {
      i = medianAdjacent(data, i, swaps);
      j = medianAdjacent(data, j, swaps);
      k = medianAdjacent(data, k, swaps);
    }
    j = median(data, i, j, k, swaps);
  }
  hint = swaps == 0 ? Hint::Increasing : swaps == kMaxSwaps ? Hint::Decreasing : Hint::Unknown;
  return j;
}

template <class D>
void reverseRange(D& data, Index a, Index b) {
  for (Index i = a, j = b - 1; i < j; i++, j--) data.swap(i, j);
}

// True if data[a:b] ended sorted after at most 5 adjacent fix-ups.
template <class D>
bool partialInsertionSort(D& data, Index a, Index b) {
  constexpr int kMaxSteps = 5;
  constexpr Index kShortestShifting = 50;
  Index i = a + 1;
  for (int step = 0; step < kMaxSteps; step++) {
    while (i < b && !data.less(i, i - 1)) i++;
    if (i == b) return true;
    if (b - a < kShortestShifting) return false;
    data.swap(i, i - 1);
    if (i - a >= 2) {
      for (Index j = i - 1; j >= 1; j--) {
        if (!data.less(j, j - 1)) break;
        data.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (Index j = i + 1; j < b; j++) {
        if (!data.less(j, j - 1)) break;
        data.swap(j, j - 1);
      }
    }
  }
  return false;
}

template <class D>
void breakPatterns(D& data, Index a, Index b) {
  const Index length = b - a;
  if (length < 8) return;
  uint64_t random = uint64_t(length);
  const uint64_t modulus = uint64_t(1) << std::bit_width(uint64_t(length));
  for (Index idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
    random ^= random << 13;
    random ^= random >> 17;
    random ^= random << 5;
    Index other = Index(random & (modulus - 1));
    if (other >= length) other -= length;
    data.swap(idx, a + other);
  }
}

// Partitions around data[pivot]; returns the pivot's new index and whether nothing had to move.
template <class D>
Index partition(D& data, Index a, Index b, Index pivot, bool& alreadyPartitioned) {
  data.swap(a, pivot);
  Index i = a + 1, j = b - 1;
  while (i <= j && data.less(i, a)) i++;
  while (i <= j && !data.less(j, a)) j--;
  if (i > j) {
    data.swap(j, a);
    alreadyPartitioned = true;
    return j;
  }
  data.swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && data.less(i, a)) i++;
    while (i <= j && !data.less(j, a)) j--;
    if (i > j) break;
    data.swap(i, j);
    i++;
    j--;
  }
  data.swap(j, a);
  alreadyPartitioned = false;
  return j;
}

// Moves the elements equal to data[pivot] (none is less: the caller knows) to the front.
template <class D>
Index partitionEqual(D& data, Index a, Index b, Index pivot) {
  data.swap(a, pivot);
  Index i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !data.less(a, i)) i++;
    while (i <= j && data.less(a, j)) j--;
    if (i > j) break;
    data.swap(i, j);
    i++;
    j--;
  }
  return i;
}

template <class D>
void pdqsort(D& data, Index a, Index b, int limit) {
  constexpr Index kMaxInsertion = 12;
  bool wasBalanced = true, wasPartitioned = true;
  for (;;) {
    const Index length = b - a;
    if (length <= kMaxInsertion) {
      insertionSort(data, a, b);
      return;
    }
    if (limit == 0) {
      heapSort(data, a, b);
      return;
    }
    if (!wasBalanced) {
      breakPatterns(data, a, b);
      limit--;
    }
    Hint hint = Hint::Unknown;
    Index pivot = choosePivot(data, a, b, hint);
    if (hint == Hint::Decreasing) {
      reverseRange(data, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = Hint::Increasing;
    }
    if (wasBalanced && wasPartitioned && hint == Hint::Increasing) {
      if (partialInsertionSort(data, a, b)) return;
    }
    if (a > 0 && !data.less(a - 1, pivot)) {
      a = partitionEqual(data, a, b, pivot);
      continue;
    }
    bool alreadyPartitioned = false;
    const Index mid = partition(data, a, b, pivot, alreadyPartitioned);
    wasPartitioned = alreadyPartitioned;
    const Index leftLen = mid - a, rightLen = b - mid;
    const Index balanceThreshold = length / 8;
    if (leftLen < rightLen) {
      wasBalanced = leftLen >= balanceThreshold;
      pdqsort(data, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = rightLen >= balanceThreshold;
      pdqsort(data, mid + 1, b, limit);
      b = mid;
    }
  }
}

// sort.Sort / sort.Slice on data[0:n].
template <class D>
void sortAll(D& data, Index n) {
  pdqsort(data, 0, n, int(std::bit_width(uint64_t(n))));
}

template <class D>
void swapRange(D& data, Index a, Index b, Index n) {
  for (Index i = 0; i < n; i++) data.swap(a + i, b + i);
}

// Exchanges the blocks data[a:m] and data[m:b].
template <class D>
void rotate(D& data, Index a, Index m, Index b) {
  Index i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swapRange(data, m - i, m, j);
      i -= j;
    } else {
      swapRange(data, m - i, m + j - i, i);
      j -= i;
    }
  }
  swapRange(data, m - i, m, i);
}

// Merges the sorted runs data[a:m] and data[m:b] in place (Kim & Kutzner's SymMerge).
template <class D>
void symMerge(D& data, Index a, Index m, Index b) {
  if (m - a == 1) {
    Index i = m, j = b;
    while (i < j) {
      const Index h = Index(uint64_t(i + j) >> 1);
      if (data.less(h, a)) i = h + 1;
      else j = h;
    }
    for (Index k = a; k < i - 1; k++) data.swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    Index i = a, j = m;
    while (i < j) {
      const Index h = Index(uint64_t(i + j) >> 1);
      if (!data.less(m, h)) i = h + 1;
      else j = h;
    }
    for (Index k = m; k > i; k--) data.swap(k, k - 1);
    return;
  }
  const Index mid = Index(uint64_t(a + b) >> 1);
  const Index n = mid + m;
  Index start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  const Index p = n - 1;
  while (start < r) {
    const Index c = Index(uint64_t(start + r) >> 1);
    if (!data.less(p - c, c)) start = c + 1;
    else r = c;
  }
  const Index end = n - start;
  if (start < m && m < end) rotate(data, start, m, end);
  if (a < start && start < mid) symMerge(data, a, start, mid);
  if (mid < end && end < b) symMerge(data, mid, end, b);
}

template <class D>
void stable(D& data, Index n) {
  Index blockSize = 20;
  Index a = 0, b = blockSize;
  while (b <= n) {
    insertionSort(data, a, b);
    a = b;
    b += blockSize;
  }
  insertionSort(data, a, n);
  while (blockSize < n) {
    a = 0;
    b = 2 * blockSize;
    while (b <= n) {
      symMerge(data, a, a + blockSize, b);
      a = b;
      b += 2 * blockSize;
    }
    if (const Index m = a + blockSize; m < n) symMerge(data, a, m, n);
    blockSize *= 2;
  }
}

template <class D>
bool isSorted(D& data, Index n) {
  for (Index i = n - 1; i > 0; i--) {
    if (data.less(i, i - 1)) return false;
  }
  return true;
}

}  // namespace goxx::pkg::sort::algo
