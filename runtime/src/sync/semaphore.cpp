// sync/semaphore.cpp — address-keyed semaphore (Go's semacquire/semrelease).
//
// Invariants:
//   * The table has kBuckets buckets; an address always maps to the same bucket. Each bucket's `lock`
//     guards its waiter list. A waiter (SemaWaiter) lives on the parked goroutine's stack and is touched
//     by other threads only under the bucket lock, or after being unlinked by the thread that will ready it.
//   * `nwait` counts goroutines that have announced they may park on the bucket. A waiter increments it
//     (under the lock) before its last attempt to take the count; a releaser increments the count before
//     reading nwait. Both are sequentially consistent, so either the waiter sees the count or the releaser
//     sees the waiter: no lost wake-up. nwait == 0 lets release skip the lock.
//   * Among waiters on the same address the list is FIFO, except that lifo waiters go before all of them.
#include "sync/semaphore.h"

namespace goxx::sync {
namespace {

struct SemaWaiter {
  G* g = nullptr;
  const void* addr = nullptr;
  bool ticket = false;  // the releaser handed the count over: return without taking it
  SemaWaiter* next = nullptr;
};

struct alignas(64) SemaBucket {
  SpinLock lock;
  std::atomic<uint32_t> nwait{0};
  SemaWaiter* head = nullptr;
  SemaWaiter* tail = nullptr;

  void push(SemaWaiter* w, bool lifo) {
    w->next = nullptr;
    if (head == nullptr) {
      head = tail = w;
      return;
    }
    if (!lifo) {
      tail->next = w;
      tail = w;
      return;
    }
    // Before the first waiter on the same address (other addresses keep their places).
    SemaWaiter** link = &head;
    while (*link != nullptr && (*link)->addr != w->addr) link = &(*link)->next;
    w->next = *link;
    *link = w;
    if (w->next == nullptr) tail = w;
  }

  SemaWaiter* popFor(const void* addr) {
    SemaWaiter* prev = nullptr;
    for (SemaWaiter* w = head; w != nullptr; prev = w, w = w->next) {
      if (w->addr != addr) continue;
      if (prev == nullptr) {
        head = w->next;
      } else {
        prev->next = w->next;
      }
      if (tail == w) tail = prev;
      w->next = nullptr;
      return w;
    }
    return nullptr;
  }
};

constexpr size_t kBuckets = 251;
SemaBucket buckets[kBuckets];

SemaBucket& bucketFor(const void* addr) { return buckets[(reinterpret_cast<uintptr_t>(addr) >> 3) % kBuckets]; }

bool tryAcquire(std::atomic<uint32_t>* addr) {
  uint32_t v = addr->load();
  while (v != 0) {
    if (addr->compare_exchange_weak(v, v - 1)) return true;
  }
  return false;
}

}  // namespace

void semacquire(std::atomic<uint32_t>* addr, bool lifo, WaitReason reason, const SrcPos* where) {
  if (tryAcquire(addr)) return;
  SemaBucket& b = bucketFor(addr);
  SemaWaiter self;
  self.g = currentG();
  self.addr = addr;
  for (;;) {
    b.lock.lock();
    b.nwait.fetch_add(1);
    if (tryAcquire(addr)) {
      b.nwait.fetch_sub(1);
      b.lock.unlock();
      return;
    }
    self.ticket = false;
    b.push(&self, lifo);
    park(reason, where, &SpinLock::unlockThunk, &b.lock);
    if (self.ticket || tryAcquire(addr)) return;
    // Woken without a hand-off and a newcomer took the count first: queue again.
  }
}

void semrelease(std::atomic<uint32_t>* addr, bool handoff) {
  addr->fetch_add(1);
  SemaBucket& b = bucketFor(addr);
  if (b.nwait.load() == 0) return;
  b.lock.lock();
  if (b.nwait.load() == 0) {
    b.lock.unlock();
    return;
  }
  SemaWaiter* w = b.popFor(addr);
  if (w != nullptr) b.nwait.fetch_sub(1);
  b.lock.unlock();
  if (w == nullptr) return;
  const bool handedOff = handoff && tryAcquire(addr);
  w->ticket = handedOff;
  ready(w->g);  // w may be gone from here on
  if (handedOff && currentG() != nullptr) gosched();
}

}  // namespace goxx::sync
