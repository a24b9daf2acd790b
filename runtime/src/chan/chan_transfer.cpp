// chan/chan_transfer.cpp — moving one element between a goroutine, the ring buffer and a parked partner.
//
// All functions run with c->lock held. They only move values and mark the partner's waiter; the caller
// releases the lock and then readies the partner, so a woken goroutine never spins on a lock its waker
// still holds.
#include "chan/chan_core.h"

namespace goxx {

void chanSendToWaiter(ChanCore* c, ChanWaiter* receiver, void* src) noexcept {
  if (receiver->elem != nullptr) c->elemType->moveAssign(receiver->elem, src);
  receiver->success = true;
}

void chanRecvFromWaiter(ChanCore* c, ChanWaiter* sender, void* dst) noexcept {
  const ChanElemType* type = c->elemType;
  if (c->capacity == 0) {
    if (dst != nullptr) type->moveAssign(dst, sender->elem);
    sender->success = true;
    return;
  }
  // The ring is full (a sender waits only then). The receiver takes the head; the sender's value takes
  // the freed slot, which is the new tail: recvx and sendx move together.
  void* head = c->slot(c->recvx);
  if (dst != nullptr) type->moveAssign(dst, head);
  type->destroy(head);
  type->moveConstruct(head, sender->elem);
  if (++c->recvx == c->capacity) c->recvx = 0;
  c->sendx = c->recvx;
  sender->success = true;
}

void chanBufferPush(ChanCore* c, void* src) noexcept {
  c->elemType->moveConstruct(c->slot(c->sendx), src);
  if (++c->sendx == c->capacity) c->sendx = 0;
  c->setCount(c->count + 1);
}

void chanBufferPop(ChanCore* c, void* dst) noexcept {
  void* head = c->slot(c->recvx);
  if (dst != nullptr) c->elemType->moveAssign(dst, head);
  c->elemType->destroy(head);
  if (++c->recvx == c->capacity) c->recvx = 0;
  c->setCount(c->count - 1);
}

}  // namespace goxx
