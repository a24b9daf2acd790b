// goxx/value/interface.h — non-empty interfaces: method tables, itabs, dynamic calls, assertions to
// interface types.
//
// Consumes: any.h, type_desc.h. Produces: interfaceType, Itab, findItab, ItabCache, implements,
// assertInterface.
//
// How generated code calls a method on an interface value (the design, Go's itab reduced):
//   * every concrete type's descriptor lists its method set, sorted by name, each entry a type-erased
//     function R (*)(const void* receiver, Args...) (receiver = the value inside the Any);
//   * an interface type is a descriptor of kind Interface listing its method names (sorted);
//   * an Itab for (interface, concrete type) holds the concrete functions in the interface's method order,
//     computed once and kept in a global table (findItab: lock-protected map, entries never freed);
//   * each call site owns an ItabCache, a one-entry atomic cache of the last itab it used, so a
//     monomorphic call costs a load, a compare and an indirect call:
//         static goxx::ItabCache site;
//         auto area = site.method<double (*)(const void*)>(shape, typeOf<Shape>(), 0);  // Area
//         double a = area(shape.valuePtr());
// Calling a method on the nil interface panics with Go's nil-dereference error.
#pragma once

#include <atomic>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

#include "goxx/value/any.h"
#include "goxx/value/type_desc.h"

namespace goxx {

struct Itab {
  const TypeDesc* iface;
  const TypeDesc* type;
  std::vector<MethodFn> fns;  // in iface->methods order
};

// A descriptor for an interface type with the given method names (`name` as %T prints it, e.g.
// "main.Shape"; the descriptor must have static storage, like all descriptors).
TypeDesc interfaceType(std::string name, std::initializer_list<const char*> methodNames);
// The same with signatures checked: {{"Unwrap", "func() error"}}.
TypeDesc interfaceType(std::string name, std::vector<Method> methods);

// The itab, or null if `type` lacks one of iface's methods (*missing then names the first such method,
// in name order, as Go reports it).
const Itab* findItab(const TypeDesc* iface, const TypeDesc* type, const char** missing = nullptr);
bool implements(const TypeDesc* type, const TypeDesc* iface);

class ItabCache {
 public:
  // The itab for x's dynamic type; panics (nil dereference) for the nil interface.
  const Itab& get(const Any& x, const TypeDesc* iface);
  template <class Fn>
  Fn method(const Any& x, const TypeDesc* iface, size_t index) {
    return reinterpret_cast<Fn>(get(x, iface).fns[index]);
  }

 private:
  std::atomic<const Itab*> last_{nullptr};
};

// x.(I) for an interface type I: returns x (now known to implement I). Panics with Go's texts:
// "interface conversion: interface is nil, not main.I" / "interface conversion: main.T is not main.I:
// missing method M".
Any assertInterface(const Any& x, const TypeDesc* iface);
// v, ok := x.(I)
bool assertInterface(const Any& x, const TypeDesc* iface, Any* out);

}  // namespace goxx
