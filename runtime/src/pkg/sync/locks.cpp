// pkg/sync/locks.cpp — Mutex, RWMutex, WaitGroup, Once and the Locker interface: ABI entry points over
// goxx/sync.h.
#include "goxx/pkg/sync.h"

namespace goxx::pkg::sync {
namespace {
// Locker's methods in name order: Lock, Unlock.
ItabCache lockSite;
ItabCache unlockSite;
}  // namespace

void lockerLock(const Locker& l) {
  lockSite.method<void (*)(const void*)>(l, typeOf<Locker>(), 0)(l.valuePtr());
}

void lockerUnlock(const Locker& l) {
  unlockSite.method<void (*)(const void*)>(l, typeOf<Locker>(), 1)(l.valuePtr());
}

void Mutex_Lock(Mutex* m) { m->Lock(); }
void Mutex_Unlock(Mutex* m) { m->Unlock(); }
bool Mutex_TryLock(Mutex* m) { return m->TryLock(); }

void RWMutex_Lock(RWMutex* rw) { rw->Lock(); }
void RWMutex_Unlock(RWMutex* rw) { rw->Unlock(); }
void RWMutex_RLock(RWMutex* rw) { rw->RLock(); }
void RWMutex_RUnlock(RWMutex* rw) { rw->RUnlock(); }
bool RWMutex_TryLock(RWMutex* rw) { return rw->TryLock(); }
bool RWMutex_TryRLock(RWMutex* rw) { return rw->TryRLock(); }
Locker RWMutex_RLocker(RWMutex* rw) { return Locker(Any(ReadLocker{rw})); }

void WaitGroup_Add(WaitGroup* wg, Int delta) { wg->Add(delta); }
void WaitGroup_Done(WaitGroup* wg) { wg->Done(); }
void WaitGroup_Wait(WaitGroup* wg) { wg->Wait(); }

void Once_Do(Once* o, Func<void()> f) { o->Do(f); }

}  // namespace goxx::pkg::sync
