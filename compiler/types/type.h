// The representation of Go types, modelled on go/types / types2.
//
//   Consumes: nothing; types are built by the checker (from type expressions) and by the universe.
//   Produces: Type nodes. Basic types are canonical (one object per kind, owned by the TypeContext);
//             composite types are structural and compared with identical() (predicates.h), never by
//             pointer; Named types are compared by pointer (each declaration makes exactly one).
//
// Ownership: every Type, Object and Scope is allocated by a TypeContext (type_context.h) and lives as
// long as it; pointers between them are non-owning. Types are filled in by the checker on one thread
// and are immutable after checking, except for the lazily computed interface method sets (computed
// on the checker's thread only).
//
// Casting is LLVM style: llvm::isa / cast / dyn_cast on Type pointers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace goxx::types {

class Var;
class Func;
class TypeName;

enum class TypeKind : uint8_t { Basic, Named, Pointer, Slice, Array, Map, Chan, Signature, Struct, Interface, Tuple };

class Type {
public:
  const TypeKind typeKind;
  virtual ~Type() = default;
  Type(const Type&) = delete;
  Type& operator=(const Type&) = delete;

protected:
  explicit Type(TypeKind k) : typeKind(k) {}
};

#define GOXX_TYPE_KIND(K)                                                                                    \
  static constexpr TypeKind Kind = TypeKind::K;                                                              \
  static bool classof(const Type* t) { return t->typeKind == TypeKind::K; }

// Kinds of basic types. Byte and Rune are aliases (the same Basic objects as Uint8 and Int32, as in
// Go: `byte` is printed as uint8 unless it comes from the name byte, see Basic::name).
enum class BasicKind : uint8_t {
  Invalid, // the type of an erroneous operand: every operation on it is silently accepted
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,  // known so they can be refused with a clear message
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedString,
  UntypedNil,
};

// Properties of basic kinds, as go/types' BasicInfo.
enum BasicInfo : uint32_t {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

class Basic : public Type {
public:
  GOXX_TYPE_KIND(Basic)
  const BasicKind basicKind;
  const uint32_t info;
  const std::string name; // "int", "untyped int", "byte" (the alias object), "invalid type"
  Basic(BasicKind k, uint32_t i, std::string n) : Type(Kind), basicKind(k), info(i), name(std::move(n)) {}
};

class Pointer : public Type {
public:
  GOXX_TYPE_KIND(Pointer)
  Type* elem;
  explicit Pointer(Type* e) : Type(Kind), elem(e) {}
};

class Slice : public Type {
public:
  GOXX_TYPE_KIND(Slice)
  Type* elem;
  explicit Slice(Type* e) : Type(Kind), elem(e) {}
};

class Array : public Type {
public:
  GOXX_TYPE_KIND(Array)
  Type* elem;
  int64_t len; // -1 if unknown (after an error)
  Array(Type* e, int64_t n) : Type(Kind), elem(e), len(n) {}
};

class Map : public Type {
public:
  GOXX_TYPE_KIND(Map)
  Type* key;
  Type* elem;
  Map(Type* k, Type* e) : Type(Kind), key(k), elem(e) {}
};

enum class ChanDir : uint8_t { Both, SendOnly, RecvOnly };

class Chan : public Type {
public:
  GOXX_TYPE_KIND(Chan)
  ChanDir dir;
  Type* elem;
  Chan(ChanDir d, Type* e) : Type(Kind), dir(d), elem(e) {}
};

// An ordered list of variables: parameter and result lists, and the type of multi-value expressions
// (calls returning several results, comma-ok forms).
class Tuple : public Type {
public:
  GOXX_TYPE_KIND(Tuple)
  std::vector<Var*> vars;
  Tuple() : Type(Kind) {}
  size_t size() const { return vars.size(); }
};

class Signature : public Type {
public:
  GOXX_TYPE_KIND(Signature)
  Var* recv = nullptr; // non-null for methods (and interface methods)
  Tuple* params;       // never null (may be empty)
  Tuple* results;      // never null
  bool variadic = false; // the last parameter has type []T and was written ...T
  Signature(Tuple* p, Tuple* r) : Type(Kind), params(p), results(r) {}
};

class Struct : public Type {
public:
  GOXX_TYPE_KIND(Struct)
  std::vector<Var*> fields;      // Var::isField(); embedded fields have Var::embedded
  std::vector<std::string> tags; // same length as fields ("" if none)
  Struct() : Type(Kind) {}
};

// An interface: explicitly declared methods plus embedded interfaces. allMethods() (lookup.h) gives the
// full method set, sorted by name, with embedded interfaces expanded.
class Interface : public Type {
public:
  GOXX_TYPE_KIND(Interface)
  std::vector<Func*> methods;   // declared in this interface literal
  std::vector<Type*> embeddeds; // embedded interface types (names or literals)
  bool isComparableConstraint = false; // the predeclared `comparable` (refused outside constraints)
  // Filled lazily by completeInterface() (lookup.cpp); complete == true once computed.
  bool complete = false;
  std::vector<Func*> all;
  Interface() : Type(Kind) {}
};

// A defined type: `type T underlying`. Methods are attached as their declarations are collected.
class Named : public Type {
public:
  GOXX_TYPE_KIND(Named)
  TypeName* obj;
  Type* underlying = nullptr; // set once the declaration is resolved (never a Named)
  std::vector<Func*> methods; // in source order
  Named(TypeName* o) : Type(Kind), obj(o) {}
};

#undef GOXX_TYPE_KIND

} // namespace goxx::types
