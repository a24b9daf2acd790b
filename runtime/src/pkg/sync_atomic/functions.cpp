// pkg/sync_atomic/functions.cpp — the sync/atomic functions on Go pointers, over goxx::atomic.
#include "goxx/pkg/sync_atomic.h"

namespace goxx::pkg::sync_atomic {

#define GOXX_PKG_ATOMIC_FUNCTIONS(Name, T)                                                                   \
  T Add##Name(Ptr<T> addr, T delta) { return ::goxx::atomic::Add##Name(&*addr, delta); }                     \
  T Load##Name(Ptr<T> addr) { return ::goxx::atomic::Load##Name(&*addr); }                                   \
  void Store##Name(Ptr<T> addr, T val) { ::goxx::atomic::Store##Name(&*addr, val); }                         \
  T Swap##Name(Ptr<T> addr, T val) { return ::goxx::atomic::Swap##Name(&*addr, val); }                       \
  bool CompareAndSwap##Name(Ptr<T> addr, T old, T val) { return ::goxx::atomic::CompareAndSwap##Name(&*addr, old, val); }
GOXX_PKG_ATOMIC_FUNCTIONS(Int32, Int32)
GOXX_PKG_ATOMIC_FUNCTIONS(Int64, Int64)
GOXX_PKG_ATOMIC_FUNCTIONS(Uint32, Uint32)
GOXX_PKG_ATOMIC_FUNCTIONS(Uint64, Uint64)
#undef GOXX_PKG_ATOMIC_FUNCTIONS

#define GOXX_PKG_ATOMIC_INTEGER_METHODS(Name, T)                                                       \
  T Name##_Load(Atomic##Name* x) { return x->Load(); }                                                 \
  void Name##_Store(Atomic##Name* x, T val) { x->Store(val); }                                         \
  T Name##_Swap(Atomic##Name* x, T val) { return x->Swap(val); }                                       \
  bool Name##_CompareAndSwap(Atomic##Name* x, T old, T val) { return x->CompareAndSwap(old, val); }    \
  T Name##_Add(Atomic##Name* x, T delta) { return x->Add(delta); }
GOXX_PKG_ATOMIC_INTEGER_METHODS(Int32, Int32)
GOXX_PKG_ATOMIC_INTEGER_METHODS(Int64, Int64)
GOXX_PKG_ATOMIC_INTEGER_METHODS(Uint32, Uint32)
GOXX_PKG_ATOMIC_INTEGER_METHODS(Uint64, Uint64)
#undef GOXX_PKG_ATOMIC_INTEGER_METHODS

bool Bool_Load(AtomicBool* x) { return x->Load(); }
void Bool_Store(AtomicBool* x, bool val) { x->Store(val); }
bool Bool_Swap(AtomicBool* x, bool val) { return x->Swap(val); }
bool Bool_CompareAndSwap(AtomicBool* x, bool old, bool val) { return x->CompareAndSwap(old, val); }

}  // namespace goxx::pkg::sync_atomic
