// map_key_order.cpp — the order fmt prints map keys in (see compareKeys in printer.h).
#include <cmath>

#include "printer.h"
#include "value_access.h"

namespace goxx::fmtimpl {

namespace {

template <class T>
int threeWay(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

int compareKeys(const TypeDesc* t, const void* a, const void* b) {
  switch (t->kind) {
    case Kind::Bool: return threeWay(readBool(a), readBool(b));
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      return threeWay(readSigned(t->kind, a), readSigned(t->kind, b));
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
      return threeWay(readUnsigned(t->kind, a), readUnsigned(t->kind, b));
    case Kind::Float32: case Kind::Float64: {
      double x = readFloat(t->kind, a), y = readFloat(t->kind, b);
      if (x < y) return -1;
      if (x > y) return 1;
      if (x == y) return 0;
      bool xn = std::isnan(x), yn = std::isnan(y);
      return xn && !yn ? -1 : (!xn && yn ? 1 : 0);
    }
    case Kind::String: return threeWay(readString(a).view(), readString(b).view());
    case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
      return threeWay(reinterpret_cast<uintptr_t>(t->identity(a)), reinterpret_cast<uintptr_t>(t->identity(b)));
    case Kind::Struct:
      for (const StructField& f : t->fields)
        if (int c = compareKeys(f.type(), f.addr(a), f.addr(b)); c != 0) return c;
      return 0;
    case Kind::Array:
      for (int64_t i = 0; i < t->arrayLen; ++i)
        if (int c = compareKeys(t->elem, t->element(a, i), t->element(b, i)); c != 0) return c;
      return 0;
    case Kind::Interface: {
      const Any& x = *static_cast<const Any*>(a);
      const Any& y = *static_cast<const Any*>(b);
      if (x.isNil() || y.isNil()) return threeWay(!x.isNil(), !y.isNil());
      if (x.type() != y.type())
        return threeWay(reinterpret_cast<uintptr_t>(x.type()), reinterpret_cast<uintptr_t>(y.type()));
      return compareKeys(x.type(), x.valuePtr(), y.valuePtr());
    }
    default: return 0;  // not a valid map key kind
  }
}

}  // namespace goxx::fmtimpl
