// goxx/value/type_desc.h — run-time type descriptors (Go's *_type / reflect.Type, reduced).
//
// Consumes: nothing. Produces: TypeDesc, Kind, StructField, Method, and the trait TypeOf<T> /
// typeOf<T>() that maps a C++ type to its descriptor.
//
// One TypeDesc exists per Go type, so descriptors compare by address (type switches, assertions, ==
// on interfaces). They are created once (function-local statics, thread-safe initialization) and never
// freed. TypeOf<T> is specialized in type_of.h for predeclared and composite types, and by generated code
// for every named type and struct (see structType / namedType in type_of.h for the helpers).
//
// A descriptor carries what the run time needs without templates: the name %T prints, the element/key
// types, struct fields with accessors, the method table (sorted by name), and type-erased operations on a
// value given by address. Operations that do not apply to a kind are null: a null `equal` means the type
// is not comparable (slices, maps, funcs, structs containing them), a null `hash` means unhashable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goxx {

class Any;
struct TypeDesc;

enum class Kind : uint8_t {
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String,
  Array, Slice, Map, Pointer, Chan, Func, Struct, Interface, UnsafePointer,
};

// A method's code, type-erased. Its real type is R (*)(const void* receiver, Args...): `receiver` points at
// the value as stored in an interface (the T for value receivers, the Ptr<T> for pointer receivers).
using MethodFn = void (*)();

struct Method {
  std::string name;
  MethodFn fn = nullptr;  // null in an interface type's list of required methods
  // The method's Go signature, e.g. "func() string". When both the interface's and the concrete type's
  // entries give one, they must match for the type to implement the interface (Unwrap() error vs
  // Unwrap() []error); empty means unchecked.
  std::string signature;
};

struct StructField {
  std::string name;
  // The field's type, resolved on first use: a struct may contain a pointer to itself, and building its
  // descriptor must not need the pointer type's descriptor (which names the struct) to exist yet.
  const TypeDesc* (*typeFn)();
  bool embedded = false;
  const void* (*addr)(const void* structValue);  // the field inside a struct value

  const TypeDesc* type() const { return typeFn(); }
};

// One key/value pair of a map, by address (valid while the map is not modified).
struct MapEntryRef {
  const void* key;
  const void* value;
};

struct TypeDesc {
  Kind kind;
  std::string name;  // as %T prints it: "int", "[]string", "map[string]int", "*main.T", "struct { A int }"
  bool named = false;
  const TypeDesc* elem = nullptr;  // array, slice, pointer, chan, map value
  const TypeDesc* key = nullptr;   // map key
  int64_t arrayLen = 0;
  std::vector<StructField> fields;
  std::vector<Method> methods;  // sorted by name: the method set; for an interface, the required methods
  bool inlineInAny = false;     // Any stores the value in its own word (small trivially copyable values)

  bool (*equal)(const void* a, const void* b) = nullptr;
  uint64_t (*hash)(const void* v, uint64_t seed) = nullptr;
  Any (*box)(const void* v) = nullptr;  // a copy of the value as an interface value
  void (*assign)(void* dst, const void* src) = nullptr;  // *dst = *src (errors.As and fmt.Sscan write through pointers)

  // Kind-specific access for fmt and other generic code.
  int64_t (*length)(const void* v) = nullptr;                // string, array, slice, map
  int64_t (*capacity)(const void* v) = nullptr;              // slice
  const void* (*element)(const void* v, int64_t i) = nullptr;  // array, slice: &v[i]
  const void* (*identity)(const void* v) = nullptr;          // pointer, chan, func, map, slice: address; null if nil
  const void* (*deref)(const void* v) = nullptr;             // pointer: the pointee, null if nil
  void (*mapEntries)(const void* v, std::vector<MapEntryRef>* out) = nullptr;
  void (*swapElements)(const void* v, int64_t i, int64_t j) = nullptr;  // slice: v[i], v[j] = v[j], v[i] (sort.Slice)

  const Method* findMethod(std::string_view name) const;
};

// Specialized for every type that can be stored in an interface value. The primary template is undefined
// so a missing specialization is a compile-time error naming the type.
template <class T>
struct TypeOf;

template <class T>
const TypeDesc* typeOf() {
  return TypeOf<T>::get();
}

}  // namespace goxx
