#include "types/predicates.h"

#include "types/lookup.h"
#include "types/object.h"
#include "types/type_context.h"

#include <llvm/Support/Casting.h>

namespace goxx::types {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;
using llvm::isa;

Type* underlying(Type* t) {
  if (auto* n = dyn_cast<Named>(t)) return n->underlying;
  return t;
}

bool isBasicKind(Type* t, BasicKind k) {
  auto* b = dyn_cast_or_null<Basic>(underlying(t));
  return b && b->basicKind == k;
}

bool hasInfo(Type* t, uint32_t info) {
  auto* b = dyn_cast_or_null<Basic>(underlying(t));
  return b && (b->info & info) != 0;
}

bool isUntyped(const Type* t) {
  auto* b = dyn_cast<Basic>(t);
  return b && (b->info & IsUntyped) != 0;
}

bool isTyped(const Type* t) { return !isUntyped(t); }

bool isInvalid(const Type* t) {
  auto* b = dyn_cast_or_null<Basic>(t);
  return t == nullptr || (b && b->basicKind == BasicKind::Invalid);
}

bool isInterface(Type* t) { return isa_and_nonnull<Interface>(underlying(t)); }

namespace {

bool identicalTuples(const Tuple* x, const Tuple* y) {
  if (x->size() != y->size()) return false;
  for (size_t i = 0; i < x->size(); ++i) {
    if (!identical(x->vars[i]->type, y->vars[i]->type)) return false;
  }
  return true;
}

} // namespace

// Structural identity per the spec. Cycles can only pass through Named types, which compare by
// pointer, so the recursion terminates.
bool identical(const Type* x, const Type* y) {
  if (x == y) return true;
  if (x == nullptr || y == nullptr || x->typeKind != y->typeKind) return false;
  switch (x->typeKind) {
  case TypeKind::Basic: return cast<Basic>(x)->basicKind == cast<Basic>(y)->basicKind;
  case TypeKind::Named: return false;
  case TypeKind::Pointer: return identical(cast<Pointer>(x)->elem, cast<Pointer>(y)->elem);
  case TypeKind::Slice: return identical(cast<Slice>(x)->elem, cast<Slice>(y)->elem);
  case TypeKind::Array: {
    auto *a = cast<Array>(x), *b = cast<Array>(y);
    return a->len == b->len && identical(a->elem, b->elem);
  }
  case TypeKind::Map: {
    auto *a = cast<Map>(x), *b = cast<Map>(y);
    return identical(a->key, b->key) && identical(a->elem, b->elem);
  }
  case TypeKind::Chan: {
    auto *a = cast<Chan>(x), *b = cast<Chan>(y);
    return a->dir == b->dir && identical(a->elem, b->elem);
  }
  case TypeKind::Tuple: return identicalTuples(cast<Tuple>(x), cast<Tuple>(y));
  case TypeKind::Signature: {
    auto *a = cast<Signature>(x), *b = cast<Signature>(y);
    return a->variadic == b->variadic && identicalTuples(a->params, b->params) &&
           identicalTuples(a->results, b->results);
  }
  case TypeKind::Struct: {
    auto *a = cast<Struct>(x), *b = cast<Struct>(y);
    if (a->fields.size() != b->fields.size()) return false;
    for (size_t i = 0; i < a->fields.size(); ++i) {
      Var *f = a->fields[i], *g = b->fields[i];
      if (f->embedded != g->embedded || a->tags[i] != b->tags[i] || f->name != g->name) return false;
      // Non-exported names from different packages are different.
      if (!f->exported() && f->pkg != g->pkg) return false;
      if (!identical(f->type, g->type)) return false;
    }
    return true;
  }
  case TypeKind::Interface: {
    auto *a = const_cast<Interface*>(cast<Interface>(x)), *b = const_cast<Interface*>(cast<Interface>(y));
    const auto& ma = interfaceMethods(a);
    const auto& mb = interfaceMethods(b);
    if (ma.size() != mb.size() || a->isComparableConstraint != b->isComparableConstraint) return false;
    for (size_t i = 0; i < ma.size(); ++i) {
      if (ma[i]->name != mb[i]->name) return false;
      if (!ma[i]->exported() && ma[i]->pkg != mb[i]->pkg) return false;
      if (!identical(ma[i]->type, mb[i]->type)) return false;
    }
    return true;
  }
  }
  return false;
}

bool comparable(Type* t) {
  Type* u = underlying(t);
  if (u == nullptr) return false;
  switch (u->typeKind) {
  case TypeKind::Basic: return cast<Basic>(u)->basicKind != BasicKind::UntypedNil;
  case TypeKind::Pointer:
  case TypeKind::Chan:
  case TypeKind::Interface: return true;
  case TypeKind::Struct:
    for (Var* f : cast<Struct>(u)->fields) {
      if (!comparable(f->type)) return false;
    }
    return true;
  case TypeKind::Array: return comparable(cast<Array>(u)->elem);
  default: return false;
  }
}

bool hasNil(Type* t) {
  Type* u = underlying(t);
  if (u == nullptr) return false;
  switch (u->typeKind) {
  case TypeKind::Basic: return cast<Basic>(u)->basicKind == BasicKind::UnsafePointer;
  case TypeKind::Pointer:
  case TypeKind::Slice:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
  case TypeKind::Interface: return true;
  default: return false;
  }
}

Type* defaultType(const TypeContext& ctx, Type* t) {
  auto* b = dyn_cast_or_null<Basic>(t);
  if (!b) return t;
  switch (b->basicKind) {
  case BasicKind::UntypedBool: return ctx.basic(BasicKind::Bool);
  case BasicKind::UntypedInt: return ctx.basic(BasicKind::Int);
  case BasicKind::UntypedRune: return ctx.runeType();
  case BasicKind::UntypedFloat: return ctx.basic(BasicKind::Float64);
  case BasicKind::UntypedString: return ctx.basic(BasicKind::String);
  default: return t;
  }
}

} // namespace goxx::types
