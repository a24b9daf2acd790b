// goxx/value/any.h — Go interface values.
//
// Consumes: type_desc.h, refcount.h, hash.h. Produces: goxx::Any (`interface{}`/`any`, and the
// representation of every interface type: a non-empty interface is a class deriving from Any, see
// interface.h), type assertions, interface ==, and GoHash<Any>.
//
// An Any is {type, box, word}: `type` is the dynamic type's descriptor (null for the nil interface);
// small trivially copyable values (ints, floats, bools) are stored in `word` itself, anything else in a
// refcounted RcCell<T> `box` with `word` pointing at the value. The boxed value is never modified after
// boxing (Go copies a value into an interface), so copies of an Any share the box across goroutines.
// An Any holding a nil *T is not the nil interface: its type is *T.
//
// == : different dynamic types are unequal; equal types compare with the type's `equal`, and a type
// without one panics "runtime error: comparing uncomparable type []int" — as Go does.
// x.(T) panics with Go's TypeAssertionError text ("interface conversion: interface {} is string, not int").
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

#include "goxx/value/hash.h"
#include "goxx/value/refcount.h"
#include "goxx/value/type_desc.h"

namespace goxx {

// Values that fit in Any's own word.
template <class T>
inline constexpr bool kInlineInAny =
    std::is_trivially_copyable_v<T> && sizeof(T) <= sizeof(uint64_t) && alignof(T) <= alignof(uint64_t);

// The failing x.(T): `staticType` is the interface type of x (null: interface {}), `have` its dynamic type
// (null: nil), `want` the asserted type, `missing` the method `have` lacks when `want` is an interface.
[[noreturn]] void panicTypeAssertion(const TypeDesc* staticType, const TypeDesc* have, const TypeDesc* want,
                                     const char* missing);

class Any {
 public:
  Any() noexcept = default;
  Any(std::nullptr_t) noexcept {}

  // Boxes a copy of v with its descriptor typeOf<T>(). (Raw C++ pointers are not Go values.)
  template <class T, class V = std::decay_t<T>,
            class = std::enable_if_t<!std::is_base_of_v<Any, V> && !std::is_pointer_v<V>>>
  Any(T&& v) {
    init<V>(typeOf<V>(), std::forward<T>(v));
  }
  // A string literal is a Go string.
  template <size_t N>
  Any(const char (&literal)[N]);

  // Boxes v under an explicit descriptor (a named type whose C++ representation is shared).
  template <class T>
  static Any withType(const TypeDesc* type, T v) {
    Any a;
    a.init<T>(type, std::move(v));
    return a;
  }

  Any(const Any& o) noexcept : type_(o.type_), box_(o.box_), word_(o.word_) { rcRetain(box_); }
  Any(Any&& o) noexcept : type_(std::exchange(o.type_, nullptr)), box_(std::exchange(o.box_, nullptr)), word_(o.word_) {}
  Any& operator=(Any o) noexcept {
    std::swap(type_, o.type_);
    std::swap(box_, o.box_);
    std::swap(word_, o.word_);
    return *this;
  }
  ~Any() { rcRelease(box_); }

  const TypeDesc* type() const noexcept { return type_; }
  bool isNil() const noexcept { return type_ == nullptr; }
  // The dynamic value (null for the nil interface). Read-only: interface values are immutable.
  const void* valuePtr() const noexcept {
    if (type_ == nullptr) return nullptr;
    return box_ != nullptr ? word_.ptr : static_cast<const void*>(&word_.bits);
  }

  // Type switch case T (concrete T).
  template <class T>
  bool is() const noexcept {
    return type_ != nullptr && type_ == typeOf<T>();
  }
  // The value if the dynamic type is T, else null.
  template <class T>
  const T* tryAs() const noexcept {
    return is<T>() ? static_cast<const T*>(valuePtr()) : nullptr;
  }
  // x.(T) for a concrete T; staticType is x's interface type for the panic text (null: interface {}).
  template <class T>
  T as(const TypeDesc* staticType = nullptr) const {
    if (const T* v = tryAs<T>()) return *v;
    panicTypeAssertion(staticType, type_, typeOf<T>(), nullptr);
  }
  // v, ok := x.(T): *out gets the value or T's zero value.
  template <class T>
  bool as(T* out) const {
    if (const T* v = tryAs<T>()) {
      *out = *v;
      return true;
    }
    *out = T{};
    return false;
  }

  const Method* findMethod(const char* name) const { return type_ == nullptr ? nullptr : type_->findMethod(name); }

  friend bool operator==(const Any& a, const Any& b);
  friend bool operator==(const Any& a, std::nullptr_t) noexcept { return a.isNil(); }

 private:
  template <class T, class U>
  void init(const TypeDesc* type, U&& v) {
    type_ = type;
    if constexpr (kInlineInAny<T>) {
      T tmp(std::forward<U>(v));
      word_.bits = 0;
      std::memcpy(&word_.bits, &tmp, sizeof(T));
    } else {
      RcCell<T>* cell = RcCell<T>::make(std::forward<U>(v));
      box_ = cell;
      word_.ptr = &cell->value;
    }
  }

  const TypeDesc* type_ = nullptr;
  RcHeader* box_ = nullptr;
  union Word {
    uint64_t bits;
    const void* ptr;
  } word_{0};
};

// Hashes the dynamic value; panics "runtime error: hash of unhashable type []int" when it has no hash.
template <>
struct GoHash<Any> {
  uint64_t operator()(const Any& v, uint64_t seed) const;
};

}  // namespace goxx
