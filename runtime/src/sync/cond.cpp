// sync/cond.cpp — sync.Cond over a ticket-based notify list (Go's notifyList in sema.go).
//
// Wait takes a ticket (wait++) before unlocking L, so a Signal that happens after L is released but before
// the goroutine parks is not lost: Signal advances `notify`, and the late waiter sees its ticket below
// `notify` and returns at once. Signal wakes the goroutine holding ticket `notify` (if it is parked; if not,
// it will not park). Broadcast sets notify = wait and wakes the whole list.
// Lock: NotifyList::lock guards head/tail and writes of `notify`; tickets compare modulo 2^32.
#include "goxx/sync.h"

namespace goxx::sync {
namespace detail {

struct NotifyWaiter {
  G* g = nullptr;
  uint32_t ticket = 0;
  NotifyWaiter* next = nullptr;
};

}  // namespace detail
namespace {

using detail::NotifyList;
using detail::NotifyWaiter;

bool ticketBefore(uint32_t a, uint32_t b) { return int32_t(a - b) < 0; }

void notifyListWait(NotifyList& l, uint32_t ticket, const SrcPos* where) {
  l.lock.lock();
  if (ticketBefore(ticket, l.notify.load())) {
    l.lock.unlock();
    return;
  }
  NotifyWaiter self;
  self.g = currentG();
  self.ticket = ticket;
  if (l.tail == nullptr) {
    l.head = &self;
  } else {
    l.tail->next = &self;
  }
  l.tail = &self;
  park(WaitReason::CondWait, where, &SpinLock::unlockThunk, &l.lock);
}

}  // namespace

void Cond::Wait(const SrcPos* where) {
  const uint32_t ticket = notify_.wait.fetch_add(1);
  L.Unlock();
  notifyListWait(notify_, ticket, where);
  L.Lock();
}

void Cond::Signal() {
  NotifyList& l = notify_;
  if (l.wait.load() == l.notify.load()) return;  // nobody has a ticket
  l.lock.lock();
  const uint32_t t = l.notify.load();
  if (t == l.wait.load()) {
    l.lock.unlock();
    return;
  }
  l.notify.store(t + 1);
  NotifyWaiter* prev = nullptr;
  for (NotifyWaiter* w = l.head; w != nullptr; prev = w, w = w->next) {
    if (w->ticket != t) continue;
    if (prev == nullptr) {
      l.head = w->next;
    } else {
      prev->next = w->next;
    }
    if (l.tail == w) l.tail = prev;
    l.lock.unlock();
    ready(w->g);
    return;
  }
  l.lock.unlock();  // the ticket holder has not parked yet; it will see notify and not park
}

void Cond::Broadcast() {
  NotifyList& l = notify_;
  if (l.wait.load() == l.notify.load()) return;
  l.lock.lock();
  NotifyWaiter* w = l.head;
  l.head = l.tail = nullptr;
  l.notify.store(l.wait.load());
  l.lock.unlock();
  while (w != nullptr) {
    NotifyWaiter* next = w->next;  // read before ready(): the woken goroutine's frame may go away
    ready(w->g);
    w = next;
  }
}

}  // namespace goxx::sync
