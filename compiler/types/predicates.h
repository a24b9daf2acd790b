// Type predicates and relations that need no operand (value) information: identity, underlying
// types, the basic-kind tests, comparability, which types have nil, default types of untyped kinds.
// The operand-dependent rules (assignability of untyped constants, representability) live in the
// checker (compiler/check/operand_rules.cpp); they build on these.
#pragma once

#include "types/type.h"

namespace goxx::types {

class TypeContext;

// The underlying type: for a Named its declared type (Invalid while unresolved), else t itself.
Type* underlying(Type* t);

// Go spec "Type identity". Named types are identical only to themselves.
bool identical(const Type* x, const Type* y);

bool isBasicKind(Type* t, BasicKind k); // underlying is Basic of kind k
bool hasInfo(Type* t, uint32_t info);   // underlying is a Basic with any of the info bits
inline bool isBoolean(Type* t) { return hasInfo(t, IsBoolean); }
inline bool isInteger(Type* t) { return hasInfo(t, IsInteger); }
inline bool isUnsigned(Type* t) { return hasInfo(t, IsUnsigned); }
inline bool isFloat(Type* t) { return hasInfo(t, IsFloat); }
inline bool isComplex(Type* t) { return hasInfo(t, IsComplex); }
inline bool isNumeric(Type* t) { return hasInfo(t, IsNumeric); }
inline bool isString(Type* t) { return hasInfo(t, IsString); }
inline bool isOrdered(Type* t) { return hasInfo(t, IsOrdered); }
inline bool isConstType(Type* t) { return hasInfo(t, IsConstType); }
bool isUntyped(const Type* t); // an untyped Basic (never a Named)
bool isInvalid(const Type* t);
bool isInterface(Type* t);
bool isTyped(const Type* t);

// Go spec "Comparison operators": whether == is defined for values of t (structs and arrays by
// their elements; slices, maps and functions are not comparable).
bool comparable(Type* t);
// Whether nil is a valid value of t (pointer, slice, map, chan, func, interface, unsafe.Pointer).
bool hasNil(Type* t);

// The type an untyped constant or value takes when none is required: untyped int -> int, etc.
Type* defaultType(const TypeContext& ctx, Type* t);

} // namespace goxx::types
