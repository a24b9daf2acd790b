// chan/chan_close.cpp — close(ch) (Go's closechan).
//
// Under c->lock: mark closed and unlink every parked receiver and sender, claiming select waiters through
// their `done` flag like any other waker. success = false tells receivers "closed" (they store the zero
// value themselves) and senders "panic". The unlinked waiters are chained through their own `next` fields
// and readied after the lock is released; `next` is read before each ready(), because a readied goroutine
// may return and pop the frame holding its waiter.
#include "chan/chan_core.h"
#include "goxx/panic.h"

namespace goxx {

void chanClose(ChanCore* c) {
  if (c == nullptr) panicPlainError("close of nil channel");

  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicPlainError("close of closed channel");
  }
  c->closed = true;

  ChanWaiter* woken = nullptr;
  for (WaitQueue* q : {&c->recvq, &c->sendq}) {
    while (ChanWaiter* w = q->dequeue()) {
      w->success = false;
      w->next = woken;
      woken = w;
    }
  }
  c->lock.unlock();

  while (woken != nullptr) {
    ChanWaiter* next = woken->next;
    ready(woken->g);
    woken = next;
  }
}

}  // namespace goxx
