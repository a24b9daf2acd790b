// pkg/sync_atomic/type_descs.cpp — descriptors of sync/atomic's types (what %T prints, ==).
#include "goxx/pkg/sync_atomic.h"

namespace goxx {

#define GOXX_PKG_ATOMIC_TYPE(T, GoName)                       \
  const TypeDesc* TypeOf<T>::get() {                          \
    static const TypeDesc d = structType<T>(GoName, {});      \
    return &d;                                                \
  }
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicInt32, "atomic.Int32")
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicInt64, "atomic.Int64")
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicUint32, "atomic.Uint32")
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicUint64, "atomic.Uint64")
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::AtomicBool, "atomic.Bool")
GOXX_PKG_ATOMIC_TYPE(pkg::sync_atomic::Value, "atomic.Value")
#undef GOXX_PKG_ATOMIC_TYPE

}  // namespace goxx
