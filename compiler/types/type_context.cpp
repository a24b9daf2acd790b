#include "types/type_context.h"

namespace goxx::types {

TypeContext::TypeContext() {
  struct Entry {
    BasicKind kind;
    uint32_t info;
    const char* name;
  };
  // Order must follow BasicKind.
  static const Entry entries[] = {
      {BasicKind::Invalid, 0, "invalid type"},
      {BasicKind::Bool, IsBoolean, "bool"},
      {BasicKind::Int, IsInteger, "int"},
      {BasicKind::Int8, IsInteger, "int8"},
      {BasicKind::Int16, IsInteger, "int16"},
      {BasicKind::Int32, IsInteger, "int32"},
      {BasicKind::Int64, IsInteger, "int64"},
      {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
      {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
      {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
      {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
      {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
      {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
      {BasicKind::Float32, IsFloat, "float32"},
      {BasicKind::Float64, IsFloat, "float64"},
      {BasicKind::Complex64, IsComplex, "complex64"},
      {BasicKind::Complex128, IsComplex, "complex128"},
      {BasicKind::String, IsString, "string"},
      {BasicKind::UnsafePointer, 0, "unsafe.Pointer"},
      {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
      {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
      {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
      {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
      {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
      {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
  };
  for (const Entry& e : entries) basics_.push_back(newType<Basic>(e.kind, e.info, e.name));
  byte_ = newType<Basic>(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
  rune_ = newType<Basic>(BasicKind::Int32, IsInteger, "rune");
}

} // namespace goxx::types
