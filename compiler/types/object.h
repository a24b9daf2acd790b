// Objects: what identifiers denote (go/types' Object). Every declared name (package-level or local,
// fields, methods, parameters, labels, imported packages) is one Object owned by the TypeContext.
//
// Thread confinement: objects are created and mutated (type, `used`, constant value) only by the
// checker of the package that declares them; afterwards they are read-only for the later stages.
#pragma once

#include "constant/value.h"
#include "types/type.h"

#include "diag/source_pos.h"

#include <string>

namespace goxx::syntax {
struct Node;
struct FuncDecl;
} // namespace goxx::syntax

namespace goxx::types {

class Scope;
class Package;

enum class ObjectKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

class Object {
public:
  const ObjectKind objKind;
  std::string name;
  Pos pos;
  Package* pkg = nullptr;  // null for universe objects
  Type* type = nullptr;    // null while not yet resolved
  Scope* parent = nullptr; // the scope the object is declared in (null for fields and methods)
  // Declaration order within its package (for init order and "declared before use" in functions).
  uint32_t order = 0;
  // For objects of bundled packages: the C++ entity implementing it, from the stub's
  // `//goxx:extern goxx::fmt::Println` annotation (see compiler/stdlib/README.md). Empty otherwise.
  std::string externName;

  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

protected:
  Object(ObjectKind k, std::string n, Pos p) : objKind(k), name(std::move(n)), pos(p) {}
};

#define GOXX_OBJECT_KIND(K)                                                                                  \
  static constexpr ObjectKind Kind = ObjectKind::K;                                                          \
  static bool classof(const Object* o) { return o->objKind == ObjectKind::K; }

class Var : public Object {
public:
  GOXX_OBJECT_KIND(Var)
  bool isField = false;
  bool embedded = false; // embedded struct field
  bool isParam = false;  // parameter, result or receiver
  bool used = false;     // for "declared and not used"
  bool isPackageLevel = false;
  Var(std::string n, Pos p, Type* t) : Object(Kind, std::move(n), p) { type = t; }
};

class Const : public Object {
public:
  GOXX_OBJECT_KIND(Const)
  constant::Value value;
  Const(std::string n, Pos p) : Object(Kind, std::move(n), p) {}
};

class TypeName : public Object {
public:
  GOXX_OBJECT_KIND(TypeName)
  bool isAlias = false;
  TypeName(std::string n, Pos p) : Object(Kind, std::move(n), p) {}
};

// A function or method. `type` is its Signature (with recv for methods).
class Func : public Object {
public:
  GOXX_OBJECT_KIND(Func)
  const syntax::FuncDecl* decl = nullptr; // null for interface methods and universe methods
  bool hasPtrRecv = false; // method with a *T receiver
  bool isInterfaceMethod = false;
  Func(std::string n, Pos p) : Object(Kind, std::move(n), p) {}
};

class PkgName : public Object {
public:
  GOXX_OBJECT_KIND(PkgName)
  Package* imported;
  bool used = false;
  PkgName(std::string n, Pos p, Package* imp) : Object(Kind, std::move(n), p), imported(imp) {}
};

enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println,
  Real, Recover,
};

class Builtin : public Object {
public:
  GOXX_OBJECT_KIND(Builtin)
  BuiltinId id;
  Builtin(std::string n, BuiltinId i) : Object(Kind, std::move(n), Pos{}), id(i) {}
};

class Nil : public Object {
public:
  GOXX_OBJECT_KIND(Nil)
  Nil() : Object(Kind, "nil", Pos{}) {}
};

class Label : public Object {
public:
  GOXX_OBJECT_KIND(Label)
  bool used = false;
  Label(std::string n, Pos p) : Object(Kind, std::move(n), p) {}
};

#undef GOXX_OBJECT_KIND

} // namespace goxx::types
