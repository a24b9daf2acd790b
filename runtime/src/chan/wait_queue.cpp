// chan/wait_queue.cpp — the FIFO of goroutines blocked on one side of a channel.
//
// Every function runs with the owning channel's lock held (see chan_core.h). The `queued` flag makes
// remove() idempotent: a select's waiter may already have been unlinked by a dequeue() that lost the race
// for the select's `done` flag.
#include "chan/chan_core.h"

namespace goxx {

void WaitQueue::enqueue(ChanWaiter* w) noexcept {
  w->next = nullptr;
  w->prev = last_;
  w->queued = true;
  if (last_ == nullptr) {
    first_ = w;
  } else {
    last_->next = w;
  }
  last_ = w;
}

void WaitQueue::remove(ChanWaiter* w) noexcept {
  if (!w->queued) return;
  if (w->prev == nullptr) {
    first_ = w->next;
  } else {
    w->prev->next = w->next;
  }
  if (w->next == nullptr) {
    last_ = w->prev;
  } else {
    w->next->prev = w->prev;
  }
  w->prev = w->next = nullptr;
  w->queued = false;
}

ChanWaiter* WaitQueue::dequeue() noexcept {
  while (first_ != nullptr) {
    ChanWaiter* w = first_;
    remove(w);
    if (w->select == nullptr) return w;
    // Several channels may hold waiters of the same select; only the first to flip `done` may complete it.
    if (!w->select->done.exchange(true, std::memory_order_acq_rel)) {
      w->select->fired = w;
      return w;
    }
  }
  return nullptr;
}

}  // namespace goxx
