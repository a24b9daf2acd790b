// sync/waitgroup.cpp — sync.WaitGroup (Go's sync/waitgroup.go algorithm).
//
// state_ packs the counter (high 32 bits) and the number of parked waiters (low 32 bits) into one word so
// that "counter reached zero" and "who is waiting" are read together. When Add brings the counter to zero
// with waiters present, no one else may touch the WaitGroup (Go's rule: Adds that start a new round happen
// after Wait returns), so Add resets the word and releases the semaphore once per waiter.
#include "goxx/panic.h"
#include "goxx/sync.h"
#include "sync/semaphore.h"

namespace goxx::sync {

void WaitGroup::Add(int64_t delta) {
  const uint64_t state = state_.fetch_add(uint64_t(delta) << 32) + (uint64_t(delta) << 32);
  const int32_t counter = int32_t(state >> 32);
  const uint32_t waiters = uint32_t(state);
  if (counter < 0) panicString("sync: negative WaitGroup counter");
  if (waiters != 0 && delta > 0 && counter == int32_t(delta)) {
    panicString("sync: WaitGroup misuse: Add called concurrently with Wait");
  }
  if (counter > 0 || waiters == 0) return;
  if (state_.load() != state) panicString("sync: WaitGroup misuse: Add called concurrently with Wait");
  state_.store(0);
  for (uint32_t i = 0; i < waiters; i++) semrelease(&sema_, false);
}

void WaitGroup::Wait(const SrcPos* where) {
  uint64_t state = state_.load();
  for (;;) {
    if (int32_t(state >> 32) == 0) return;
    if (!state_.compare_exchange_weak(state, state + 1)) continue;
    semacquire(&sema_, false, WaitReason::WaitGroupWait, where);
    if (state_.load() != 0) panicString("sync: WaitGroup is reused before previous Wait has returned");
    return;
  }
}

}  // namespace goxx::sync
