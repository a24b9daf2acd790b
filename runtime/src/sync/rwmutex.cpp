// sync/rwmutex.cpp — sync.RWMutex (Go's sync/rwmutex.go algorithm).
//
// readerCount_ counts active readers. A writer first takes w_ (excluding other writers), then subtracts
// kMaxReaders, which makes readerCount_ negative: new readers see that and park on readerSem_ (writer
// preference). The readers that were active at that moment are recorded in readerWait_; each of them
// decrements it on RUnlock, and the last one wakes the writer on writerSem_. Unlock adds kMaxReaders back
// and wakes exactly the readers that parked meanwhile, then releases w_.
#include "goxx/sync.h"
#include "sync/semaphore.h"

namespace goxx::sync {

void RWMutex::RLock(const SrcPos* where) {
  if (readerCount_.fetch_add(1) + 1 < 0) {
    semacquire(&readerSem_, false, WaitReason::RWMutexRLock, where);  // a writer is pending
  }
}

bool RWMutex::TryRLock() noexcept {
  int32_t c = readerCount_.load();
  for (;;) {
    if (c < 0) return false;
    if (readerCount_.compare_exchange_weak(c, c + 1)) return true;
  }
}

void RWMutex::RUnlock() {
  const int32_t r = readerCount_.fetch_sub(1) - 1;
  if (r >= 0) return;
  if (r + 1 == 0 || r + 1 == -kMaxReaders) fatal("sync: RUnlock of unlocked RWMutex");
  // A writer is pending: the last departing reader lets it in.
  if (readerWait_.fetch_sub(1) - 1 == 0) semrelease(&writerSem_, false);
}

void RWMutex::Lock(const SrcPos* where) {
  w_.Lock(where);
  const int32_t active = readerCount_.fetch_sub(kMaxReaders);
  if (active != 0 && readerWait_.fetch_add(active) + active != 0) {
    semacquire(&writerSem_, false, WaitReason::RWMutexLock, where);
  }
}

bool RWMutex::TryLock() noexcept {
  if (!w_.TryLock()) return false;
  int32_t zero = 0;
  if (!readerCount_.compare_exchange_strong(zero, -kMaxReaders)) {
    w_.Unlock();
    return false;
  }
  return true;
}

void RWMutex::Unlock() {
  const int32_t readers = readerCount_.fetch_add(kMaxReaders) + kMaxReaders;
  if (readers >= kMaxReaders) fatal("sync: Unlock of unlocked RWMutex");
  for (int32_t i = 0; i < readers; i++) semrelease(&readerSem_, false);
  w_.Unlock();
}

Locker rlocker(RWMutex* rw) noexcept {
  return Locker(
      rw, [](void* o) { static_cast<RWMutex*>(o)->RLock(); },
      [](void* o) { static_cast<RWMutex*>(o)->RUnlock(); });
}

}  // namespace goxx::sync
