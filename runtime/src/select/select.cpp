// select/select.cpp — Go's selectgo.
//
// Algorithm and invariants:
//   * Poll order: a uniformly random permutation of the non-nil cases (inside-out Fisher-Yates). Pass 1
//     takes the first ready case in that order, which makes the choice among ready cases uniform.
//   * Lock order: the same cases sorted by channel address. Every select locks its channels in that order,
//     skipping repeats of the same channel, so two selects (or a select and a plain operation, which locks
//     one channel) can never deadlock on channel locks.
//   * Pass 1 (all channels locked): run the first ready case. Pass 2 (no case ready, no default): put one
//     waiter per case, all on this frame, into every channel's queue, then park. park() calls
//     unlockForPark(), which releases the locks only after our context is saved.
//   * Exactly once: all our waiters share one SelectWaitState. A waker completes the select only if it flips
//     `done` from false to true (WaitQueue::dequeue); it then records its waiter in `fired`, and is the only
//     thread that readies us. Wakers that lose the flip just drop our waiter from their queue.
//   * Pass 3 (woken): lock everything again, unlink the waiters that did not fire, unlock, and report the
//     fired case. While we are parked or relocking, the frame holding the case table, the lock order and the
//     waiters stays alive, because we cannot get past relocking until unlockForPark has released the last
//     lock; unlockForPark therefore touches nothing after that last unlock.
#include <algorithm>

#include "chan/chan_core.h"
#include "goxx/panic.h"
#include "goxx/select.h"
#include "select/cheap_rand.h"
#include "select/small_array.h"

namespace goxx {
namespace {

constexpr size_t kInlineCases = 16;

struct LockedCases {
  const SelectCase* cases;
  const uint32_t* lockOrder;
  size_t count;
};

void lockAll(const LockedCases& lc) {
  SpinLock* last = nullptr;
  for (size_t k = 0; k < lc.count; k++) {
    SpinLock* l = &lc.cases[lc.lockOrder[k]].chan->lock;
    if (l == last) continue;
    l->lock();
    last = l;
  }
}

// Releases the locks in lock order. Each lock is released only after the next distinct one has been read,
// and nothing is read after the final release (see the header comment: the frame may vanish then).
void unlockAll(const LockedCases& lc) {
  const SelectCase* cases = lc.cases;
  const uint32_t* order = lc.lockOrder;
  const size_t count = lc.count;
  SpinLock* pending = nullptr;
  for (size_t k = 0; k < count; k++) {
    SpinLock* l = &cases[order[k]].chan->lock;
    if (l == pending) continue;
    if (pending != nullptr) pending->unlock();
    pending = l;
  }
  if (pending != nullptr) pending->unlock();
}

void unlockForPark(void* arg) {
  const LockedCases lc = *static_cast<const LockedCases*>(arg);
  unlockAll(lc);
}

void setOk(const SelectCase& sc, bool ok) {
  if (sc.ok != nullptr) *sc.ok = ok;
}

}  // namespace

int select(std::span<SelectCase> cases, bool hasDefault, const SrcPos* where) {
  const size_t n = cases.size();

  SmallArray<uint32_t, kInlineCases> pollOrder(n);
  size_t live = 0;
  for (size_t i = 0; i < n; i++) {
    if (cases[i].chan == nullptr) continue;
    const uint32_t j = cheapRandN(uint32_t(live + 1));
    pollOrder[live] = pollOrder[j];
    pollOrder[j] = uint32_t(i);
    live++;
  }
  if (live == 0) {
    if (hasDefault) return -1;
    blockForever(n == 0 ? WaitReason::SelectNoCases : WaitReason::Select, where);
  }

  SmallArray<uint32_t, kInlineCases> lockOrder(live);
  std::copy(pollOrder.data(), pollOrder.data() + live, lockOrder.data());
  std::sort(lockOrder.data(), lockOrder.data() + live,
            [&](uint32_t a, uint32_t b) { return cases[a].chan < cases[b].chan; });
  const LockedCases locked{cases.data(), lockOrder.data(), live};

  // Pass 1: the first ready case in poll order.
  lockAll(locked);
  for (size_t k = 0; k < live; k++) {
    const int i = int(pollOrder[k]);
    SelectCase& sc = cases[i];
    ChanCore* c = sc.chan;
    if (sc.isSend) {
      if (c->closed) {
        unlockAll(locked);
        panicPlainError("send on closed channel");
      }
      if (ChanWaiter* receiver = c->recvq.dequeue()) {
        chanSendToWaiter(c, receiver, sc.elem);
        unlockAll(locked);
        ready(receiver->g);
        return i;
      }
      if (c->count < c->capacity) {
        chanBufferPush(c, sc.elem);
        unlockAll(locked);
        return i;
      }
      continue;
    }
    if (ChanWaiter* sender = c->sendq.dequeue()) {
      chanRecvFromWaiter(c, sender, sc.elem);
      unlockAll(locked);
      ready(sender->g);
      setOk(sc, true);
      return i;
    }
    if (c->count > 0) {
      chanBufferPop(c, sc.elem);
      unlockAll(locked);
      setOk(sc, true);
      return i;
    }
    if (c->closed) {
      unlockAll(locked);
      if (sc.elem != nullptr) c->elemType->assignZero(sc.elem);
      setOk(sc, false);
      return i;
    }
  }
  if (hasDefault) {
    unlockAll(locked);
    return -1;
  }

  // Pass 2: wait on every channel.
  SmallArray<ChanWaiter, kInlineCases> waiters(n);
  SelectWaitState state;
  G* self = currentG();
  for (size_t k = 0; k < live; k++) {
    const uint32_t i = lockOrder[k];
    ChanWaiter* w = &waiters[i];
    w->g = self;
    w->elem = cases[i].elem;
    w->select = &state;
    w->caseIndex = int(i);
    ChanCore* c = cases[i].chan;
    (cases[i].isSend ? c->sendq : c->recvq).enqueue(w);
  }
  park(WaitReason::Select, where, &unlockForPark, const_cast<LockedCases*>(&locked));

  // Pass 3: the waker set state.fired before readying us; withdraw the other waiters.
  ChanWaiter* fired = state.fired;
  lockAll(locked);
  for (size_t k = 0; k < live; k++) {
    const uint32_t i = lockOrder[k];
    ChanWaiter* w = &waiters[i];
    if (w == fired) continue;
    ChanCore* c = cases[i].chan;
    (cases[i].isSend ? c->sendq : c->recvq).remove(w);
  }
  unlockAll(locked);

  const int i = fired->caseIndex;
  SelectCase& sc = cases[i];
  if (sc.isSend) {
    if (!fired->success) panicPlainError("send on closed channel");
    return i;
  }
  if (!fired->success && sc.elem != nullptr) sc.chan->elemType->assignZero(sc.elem);
  setOk(sc, fired->success);
  return i;
}

}  // namespace goxx
