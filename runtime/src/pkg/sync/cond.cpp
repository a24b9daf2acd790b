// pkg/sync/cond.cpp — sync.Cond over goxx::sync::Cond's notify list, with L an interface value.
#include "goxx/pkg/sync.h"

namespace goxx::pkg::sync {
namespace {
void lockThrough(void* l) { lockerLock(*static_cast<const Locker*>(l)); }
void unlockThrough(void* l) { lockerUnlock(*static_cast<const Locker*>(l)); }
}  // namespace

Ptr<Cond> NewCond(Locker l) {
  Ptr<Cond> c = newPtr<Cond>();
  c->L = std::move(l);
  return c;
}

// The caller holds c.L (Go's contract), so pointing the notify list at L here cannot race with another
// Wait doing the same.
void Cond_Wait(Cond* c) {
  c->impl.L = ::goxx::sync::Locker(&c->L, &lockThrough, &unlockThrough);
  c->impl.Wait();
}

void Cond_Signal(Cond* c) { c->impl.Signal(); }
void Cond_Broadcast(Cond* c) { c->impl.Broadcast(); }

}  // namespace goxx::pkg::sync
