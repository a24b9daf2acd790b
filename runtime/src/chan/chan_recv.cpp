// chan/chan_recv.cpp — `<-ch` and `v, ok := <-ch` (Go's chanrecv).
//
// Under c->lock, in order:
//   1. closed and drained      -> zero value, ok = false
//   2. a sender is parked      -> take its value (buffered: take the head, the sender's value joins the tail)
//   3. the ring is non-empty   -> take the head
//   4. otherwise               -> park on recvq; the waiter's elem is the caller's destination, which a sender
//                                 fills before readying us, or close leaves untouched (success = false).
#include "chan/chan_core.h"

namespace goxx {

bool chanRecv(ChanCore* c, void* dst, bool block, bool* ok, const SrcPos* where) {
  if (c == nullptr) {
    if (!block) return false;
    blockForever(WaitReason::ChanReceiveNilChan, where);
  }

  c->lock.lock();
  if (c->closed && c->count == 0) {
    c->lock.unlock();
    if (dst != nullptr) c->elemType->assignZero(dst);
    if (ok != nullptr) *ok = false;
    return true;
  }
  if (ChanWaiter* sender = c->sendq.dequeue()) {
    chanRecvFromWaiter(c, sender, dst);
    c->lock.unlock();
    ready(sender->g);
    if (ok != nullptr) *ok = true;
    return true;
  }
  if (c->count > 0) {
    chanBufferPop(c, dst);
    c->lock.unlock();
    if (ok != nullptr) *ok = true;
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }

  ChanWaiter self;
  self.g = currentG();
  self.elem = dst;
  c->recvq.enqueue(&self);
  park(WaitReason::ChanReceive, where, &SpinLock::unlockThunk, &c->lock);
  if (!self.success && dst != nullptr) c->elemType->assignZero(dst);
  if (ok != nullptr) *ok = self.success;
  return true;
}

}  // namespace goxx
