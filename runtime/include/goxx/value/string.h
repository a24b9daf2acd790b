// goxx/value/string.h — Go's string.
//
// Consumes: refcount.h, bounds.h, utf8.h. Produces: goxx::String.
//
// A String is an immutable byte sequence (UTF-8 by convention; any bytes allowed): {block, data, len}.
// `block` is the refcounted buffer the bytes live in, or null when they live in static storage (string
// literals) — so literals and their substrings never allocate. Slicing s[i:j] shares the buffer: O(1),
// no copy. The bytes are never written after construction, so Strings can be shared between goroutines
// freely; only the count in the block is shared state, and it is atomic.
//
// Conversions to and from []byte and []rune live in string_convert.h (they need Slice).
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "goxx/value/bounds.h"
#include "goxx/value/refcount.h"
#include "goxx/value/utf8.h"

namespace goxx {

class String {
 public:
  String() noexcept = default;

  // A string literal: refers to the literal's static bytes (N - 1 of them: the terminating NUL is not part
  // of the Go string; embedded NULs are). Only pass literals or other arrays that outlive every copy.
  template <size_t N>
  String(const char (&literal)[N]) noexcept : data_(literal), len_(static_cast<int64_t>(N - 1)) {}

  // Bytes in static storage (never freed), without copying.
  static String fromStatic(std::string_view s) noexcept {
    String r;
    r.data_ = s.data();
    r.len_ = static_cast<int64_t>(s.size());
    return r;
  }
  // Copies the bytes into a new buffer.
  explicit String(std::string_view s);
  explicit String(const std::string& s) : String(std::string_view(s)) {}
  // string(r): the UTF-8 encoding of r; U+FFFD for an invalid rune.
  static String fromRune(int32_t r);

  String(const String& o) noexcept : block_(o.block_), data_(o.data_), len_(o.len_) { rcRetain(block_); }
  String(String&& o) noexcept
      : block_(std::exchange(o.block_, nullptr)), data_(std::exchange(o.data_, nullptr)), len_(std::exchange(o.len_, 0)) {}
  String& operator=(String o) noexcept {
    swap(o);
    return *this;
  }
  ~String() { rcRelease(block_); }
  void swap(String& o) noexcept {
    std::swap(block_, o.block_);
    std::swap(data_, o.data_);
    std::swap(len_, o.len_);
  }

  int64_t len() const noexcept { return len_; }
  bool empty() const noexcept { return len_ == 0; }
  // s[i]: the i-th byte, bounds-checked.
  uint8_t operator[](int64_t i) const {
    checkIndex(i, len_);
    return static_cast<uint8_t>(data_[i]);
  }
  // s[i:j], s[i:]. Shares the bytes.
  String slice(int64_t i, int64_t j) const {
    checkSlice2(i, j, len_, false);
    String r(*this);
    r.data_ = data_ + i;
    r.len_ = j - i;
    return r;
  }
  String slice(int64_t i) const { return slice(i, len_); }

  std::string_view view() const noexcept { return {data_ == nullptr ? "" : data_, static_cast<size_t>(len_)}; }
  std::string str() const { return std::string(view()); }
  const char* data() const noexcept { return data_; }
  const uint8_t* bytes() const noexcept { return reinterpret_cast<const uint8_t*>(data_); }

  String& operator+=(const String& o) { return *this = *this + o; }
  friend String operator+(const String& a, const String& b);

  // Go compares strings bytewise as unsigned bytes; char_traits<char> does the same.
  friend bool operator==(const String& a, const String& b) noexcept {
    return a.len_ == b.len_ && (a.data_ == b.data_ || a.view() == b.view());
  }
  friend std::strong_ordering operator<=>(const String& a, const String& b) noexcept {
    int c = a.view().compare(b.view());
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

  // `for i, r := range s`: yields {byte index, rune}; invalid UTF-8 yields U+FFFD and advances one byte.
  struct IndexedRune {
    int64_t index;
    int32_t rune;
  };
  class RuneIterator {
   public:
    RuneIterator(const String* s, int64_t pos) : s_(s), pos_(pos) { decode(); }
    IndexedRune operator*() const { return {pos_, cur_.rune}; }
    RuneIterator& operator++() {
      pos_ += cur_.width;
      decode();
      return *this;
    }
    bool operator==(const RuneIterator& o) const { return pos_ == o.pos_; }

   private:
    void decode() { cur_ = pos_ < s_->len_ ? decodeRune(s_->bytes() + pos_, s_->len_ - pos_) : DecodedRune{0, 0}; }
    const String* s_;
    int64_t pos_;
    DecodedRune cur_{};
  };
  RuneIterator begin() const { return RuneIterator(this, 0); }
  RuneIterator end() const { return RuneIterator(this, len_); }

  // A new buffer of n bytes for building a string; the caller fills `out` before sharing the result.
  static String uninitialized(int64_t n, char** out);
  RcHeader* block() const noexcept { return block_; }

 private:
  RcHeader* block_ = nullptr;
  const char* data_ = nullptr;
  int64_t len_ = 0;
};

}  // namespace goxx
