// goxx/value/type_of.h — TypeOf<T> for predeclared and composite types, and the helpers generated code
// uses to describe its own named types and structs.
//
// Consumes: type_desc.h, any.h, the value types. Produces: TypeOf specializations for bool, the numeric
// types, String, Slice, Array, Ptr, Chan, Func; and field / method / structType / namedType / pointerType.
//
// Describing a Go struct (what the lowering emits; see tests/runtime/value_interface_test.cpp):
//     struct T { goxx::Int A; goxx::String B; bool operator==(const T&) const = default; };
//     template <> struct goxx::TypeOf<T> {
//       static const goxx::TypeDesc* get() {
//         static const goxx::TypeDesc d = goxx::structType<T>("main.T",
//             {goxx::field<&T::A>("A"), goxx::field<&T::B>("B")},
//             {goxx::method("String", &T_String)});
//         return &d;
//       }
//     };
// A named non-struct type (type Celsius float64) is a distinct C++ type with the same layout as its
// underlying type (e.g. a struct whose only member is the float64); namedType copies the underlying
// descriptor's accessors, which read the value through that layout.
#pragma once

#include <concepts>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "goxx/chan.h"
#include "goxx/value/any.h"
#include "goxx/value/array.h"
#include "goxx/value/basic_types.h"
#include "goxx/value/func.h"
#include "goxx/value/hash_values.h"
#include "goxx/value/ptr.h"
#include "goxx/value/slice.h"
#include "goxx/value/string.h"
#include "goxx/value/type_desc.h"

namespace goxx {

// Fills the operations every type has: boxing, and == / hashing when the C++ type supports them.
template <class T>
void setValueOps(TypeDesc& d) {
  d.inlineInAny = kInlineInAny<T>;
  d.box = [](const void* v) -> Any { return Any(*static_cast<const T*>(v)); };
  d.assign = [](void* dst, const void* src) { *static_cast<T*>(dst) = *static_cast<const T*>(src); };
  if constexpr (std::equality_comparable<T>) {
    d.equal = [](const void* a, const void* b) { return *static_cast<const T*>(a) == *static_cast<const T*>(b); };
  } else {
    d.equal = nullptr;
  }
  if constexpr (GoHashable<T>) {
    d.hash = [](const void* v, uint64_t seed) { return GoHash<T>{}(*static_cast<const T*>(v), seed); };
  } else {
    d.hash = nullptr;
  }
}

template <class T>
TypeDesc basicType(Kind kind, std::string name) {
  TypeDesc d{};
  d.kind = kind;
  d.name = std::move(name);
  setValueOps<T>(d);
  return d;
}

#define GOXX_BASIC_TYPE(CppType, KindName, GoName)                            \
  template <>                                                                 \
  struct TypeOf<CppType> {                                                    \
    static const TypeDesc* get() {                                            \
      static const TypeDesc d = basicType<CppType>(Kind::KindName, GoName);   \
      return &d;                                                              \
    }                                                                         \
  };
GOXX_BASIC_TYPE(bool, Bool, "bool")
GOXX_BASIC_TYPE(Int, Int, "int")
GOXX_BASIC_TYPE(Int8, Int8, "int8")
GOXX_BASIC_TYPE(Int16, Int16, "int16")
GOXX_BASIC_TYPE(Int32, Int32, "int32")
GOXX_BASIC_TYPE(Int64, Int64, "int64")
GOXX_BASIC_TYPE(Uint, Uint, "uint")
GOXX_BASIC_TYPE(Uint8, Uint8, "uint8")
GOXX_BASIC_TYPE(Uint16, Uint16, "uint16")
GOXX_BASIC_TYPE(Uint32, Uint32, "uint32")
GOXX_BASIC_TYPE(Uint64, Uint64, "uint64")
GOXX_BASIC_TYPE(Float32, Float32, "float32")
GOXX_BASIC_TYPE(Float64, Float64, "float64")
#undef GOXX_BASIC_TYPE

template <>
struct TypeOf<String> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t = basicType<String>(Kind::String, "string");
      t.length = [](const void* v) { return static_cast<const String*>(v)->len(); };
      return t;
    }();
    return &d;
  }
};

template <class T>
struct TypeOf<Slice<T>> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t{};
      t.kind = Kind::Slice;
      t.elem = typeOf<T>();
      t.name = "[]" + t.elem->name;
      setValueOps<Slice<T>>(t);
      t.length = [](const void* v) { return static_cast<const Slice<T>*>(v)->len(); };
      t.capacity = [](const void* v) { return static_cast<const Slice<T>*>(v)->cap(); };
      t.element = [](const void* v, int64_t i) -> const void* { return &(*static_cast<const Slice<T>*>(v))[i]; };
      // Copies of a slice share its elements, so a swap through any copy is Go's s[i], s[j] = s[j], s[i].
      t.swapElements = [](const void* v, int64_t i, int64_t j) {
        const Slice<T>& s = *static_cast<const Slice<T>*>(v);
        std::swap(s[i], s[j]);
      };
      t.identity = [](const void* v) -> const void* {
        const Slice<T>* s = static_cast<const Slice<T>*>(v);
        return s->isNil() ? nullptr : static_cast<const void*>(s->data());
      };
      return t;
    }();
    return &d;
  }
};

template <class T, size_t N>
struct TypeOf<Array<T, N>> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t{};
      t.kind = Kind::Array;
      t.elem = typeOf<T>();
      t.arrayLen = static_cast<int64_t>(N);
      t.name = "[" + std::to_string(N) + "]" + t.elem->name;
      setValueOps<Array<T, N>>(t);
      t.length = [](const void*) { return static_cast<int64_t>(N); };
      t.element = [](const void* v, int64_t i) -> const void* { return &(*static_cast<const Array<T, N>*>(v))[i]; };
      return t;
    }();
    return &d;
  }
};

void sortMethods(std::vector<Method>& methods);

// The descriptor of *T, with the method set generated code gives it (pointerType) or none.
template <class T>
TypeDesc pointerType(std::vector<Method> methods = {}) {
  TypeDesc t{};
  t.kind = Kind::Pointer;
  t.elem = typeOf<T>();
  t.name = "*" + t.elem->name;
  setValueOps<Ptr<T>>(t);
  t.identity = [](const void* v) -> const void* { return static_cast<const Ptr<T>*>(v)->get(); };
  t.deref = [](const void* v) -> const void* { return static_cast<const Ptr<T>*>(v)->get(); };
  t.methods = std::move(methods);
  sortMethods(t.methods);
  return t;
}

template <class T>
struct TypeOf<Ptr<T>> {
  static const TypeDesc* get() {
    static const TypeDesc d = pointerType<T>();
    return &d;
  }
};

template <class T>
struct TypeOf<Chan<T>> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t{};
      t.kind = Kind::Chan;
      t.elem = typeOf<T>();
      t.name = "chan " + t.elem->name;
      setValueOps<Chan<T>>(t);
      t.identity = [](const void* v) -> const void* { return static_cast<const Chan<T>*>(v)->core(); };
      return t;
    }();
    return &d;
  }
};

template <class R, class... Args>
struct TypeOf<Func<R(Args...)>> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t{};
      t.kind = Kind::Func;
      t.name = "func(";
      [[maybe_unused]] const char* sep = "";
      ((t.name += sep, t.name += typeOf<std::decay_t<Args>>()->name, sep = ", "), ...);
      t.name += ")";
      if constexpr (!std::is_void_v<R>) t.name += " " + typeOf<R>()->name;
      setValueOps<Func<R(Args...)>>(t);
      t.identity = [](const void* v) { return static_cast<const Func<R(Args...)>*>(v)->identity(); };
      return t;
    }();
    return &d;
  }
};

// Several results of a func type, func(...) (A, B): not a Go type of its own; only its name is used, to
// spell the func type ("func() (int, error)").
template <class... Ts>
struct TypeOf<std::tuple<Ts...>> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t{};
      t.kind = Kind::Struct;
      t.name = "(";
      [[maybe_unused]] const char* sep = "";
      ((t.name += sep, t.name += typeOf<Ts>()->name, sep = ", "), ...);
      t.name += ")";
      return t;
    }();
    return &d;
  }
};

template <class M>
struct MemberPointerTraits;
template <class C, class F>
struct MemberPointerTraits<F C::*> {
  using Class = C;
  using Field = F;
};

// A struct field for structType: field<&T::A>("A"), field<&T::Base>("Base", true) for an embedded one.
template <auto Member>
StructField field(std::string name, bool embedded = false) {
  using Traits = MemberPointerTraits<decltype(Member)>;
  using C = typename Traits::Class;
  using F = typename Traits::Field;
  return StructField{std::move(name), &typeOf<F>, embedded,
                     [](const void* s) -> const void* { return &(static_cast<const C*>(s)->*Member); }};
}

// A method table entry: fn is R (*)(const void* receiver, Args...).
template <class R, class... Args>
Method method(std::string name, R (*fn)(const void*, Args...), std::string signature = {}) {
  return Method{std::move(name), reinterpret_cast<MethodFn>(fn), std::move(signature)};
}

// Go's spelling of an unnamed struct type: "struct { A int; B string }", "struct {}".
std::string structTypeName(const std::vector<StructField>& fields);

// The descriptor of a struct type T. An empty name makes it the unnamed struct type.
template <class T>
TypeDesc structType(std::string name, std::vector<StructField> fields, std::vector<Method> methods = {}) {
  TypeDesc t{};
  t.kind = Kind::Struct;
  t.named = !name.empty();
  t.name = t.named ? std::move(name) : structTypeName(fields);
  t.fields = std::move(fields);
  t.methods = std::move(methods);
  sortMethods(t.methods);
  setValueOps<T>(t);
  return t;
}

// The descriptor of a named type T whose underlying type is `underlying` (same layout as T).
template <class T>
TypeDesc namedType(std::string name, const TypeDesc* underlying, std::vector<Method> methods = {}) {
  TypeDesc t = *underlying;
  t.named = true;
  t.name = std::move(name);
  t.methods = std::move(methods);
  sortMethods(t.methods);
  setValueOps<T>(t);
  return t;
}

// interface {} itself, e.g. as a slice element or struct field: the value is the interface value (fmt
// looks through it to the dynamic value).
template <>
struct TypeOf<Any> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t{};
      t.kind = Kind::Interface;
      t.name = "interface {}";
      setValueOps<Any>(t);
      return t;
    }();
    return &d;
  }
};

// Any's constructor from a string literal (declared in any.h, where String is not known).
template <size_t N>
Any::Any(const char (&literal)[N]) : Any(String(literal)) {}

}  // namespace goxx
