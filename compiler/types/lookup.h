// Field and method lookup (with promotion through embedded fields), interface method sets, and
// interface satisfaction — go/types' lookup.go.
//
//   Consumes: types whose declarations are resolved (Named::underlying set).
//   Produces: LookupResult (which object x.name denotes and the path of embedded fields to it) and
//             MissingMethod (why a type does not implement an interface).
#pragma once

#include "types/object.h"
#include "types/type.h"

#include <string>
#include <vector>

namespace goxx::types {

class Package;

// The full method set of an interface: its own methods plus those of embedded interfaces, sorted by
// name (duplicates with identical signatures merged). Computed once and cached in the Interface.
const std::vector<Func*>& interfaceMethods(Interface* iface);

struct LookupResult {
  Object* obj = nullptr;   // the Var (field) or Func (method) found; null if none
  std::vector<int> index;  // field indices through embedded fields; the last entry is the field or
                           // method index within its struct / method list
  bool indirect = false;   // a pointer was dereferenced on the way
  bool ambiguous = false;  // several candidates at the shallowest depth (obj null)
  bool needsAddressable = false; // obj is a pointer-receiver method but the operand is a non-addressable value
};

// Looks up `name` in T (T may be a pointer to a named/struct type). `pkg` is the package of the
// selector (unexported names match only within their own package).
LookupResult lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg, const std::string& name);

struct MissingMethod {
  Func* method = nullptr;   // the interface method that is missing or wrong; null if T implements
  Func* found = nullptr;    // the method V has under that name, if any
  bool wrongType = false;
  bool ptrRecv = false;     // V has the method, but only on *V
};

// Whether V implements interface T (V may itself be an interface). With `staticCheck` false (type
// assertions), an interface V only needs matching signatures for the methods it has.
MissingMethod missingMethod(Type* V, Interface* T, bool staticCheck);

// Whether x.(T) can ever succeed for interface x of type V: T must implement V unless T is an
// interface. Returns the failing method (for "impossible type assertion").
MissingMethod assertableTo(Interface* V, Type* T);

} // namespace goxx::types
