// chan/chan_send.cpp — `ch <- v` (Go's chansend).
//
// Under c->lock, in order:
//   1. closed                  -> panic "send on closed channel"
//   2. a receiver is parked    -> hand the value straight to it (this is the rendezvous of an unbuffered
//                                 channel: the sender returns only after a receiver has taken the value)
//   3. the ring has room       -> append
//   4. otherwise               -> park on sendq with a waiter on our own stack, elem = the caller's value.
//                                 A receiver (or close) dequeues us, takes the value, and readies us.
// The lock is handed to park(), which releases it only after our context is saved.
#include "chan/chan_core.h"
#include "goxx/panic.h"

namespace goxx {

bool chanSend(ChanCore* c, void* src, bool block, const SrcPos* where) {
  if (c == nullptr) {
    if (!block) return false;
    blockForever(WaitReason::ChanSendNilChan, where);
  }

  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicPlainError("send on closed channel");
  }
  if (ChanWaiter* receiver = c->recvq.dequeue()) {
    chanSendToWaiter(c, receiver, src);
    c->lock.unlock();
    ready(receiver->g);
    return true;
  }
  if (c->count < c->capacity) {
    chanBufferPush(c, src);
    c->lock.unlock();
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }

  ChanWaiter self;
  self.g = currentG();
  self.elem = src;
  c->sendq.enqueue(&self);
  park(WaitReason::ChanSend, where, &SpinLock::unlockThunk, &c->lock);
  // Whoever readied us dequeued us under the lock and wrote `success` before ready().
  if (!self.success) panicPlainError("send on closed channel");
  return true;
}

}  // namespace goxx
