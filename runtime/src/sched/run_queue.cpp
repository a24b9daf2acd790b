// The local run queue. See run_queue.h for the invariants; the algorithm follows Go's runqput/runqget/
// runqgrab: the owner publishes slots with a release store of tail, consumers claim slots with a CAS on head.
#include "sched/run_queue.h"

#include "sched/g.h"

namespace goxx::rt {

G* RunQueue::putNext(G* g) { return runNext_.exchange(g, std::memory_order_acq_rel); }

bool RunQueue::push(G* g, G** overflowHead, G** overflowTail, uint32_t* count) {
  for (;;) {
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t t = tail_.load(std::memory_order_relaxed);
    if (t - h < kSize) {
      ring_[t % kSize].store(g, std::memory_order_relaxed);
      tail_.store(t + 1, std::memory_order_release);
      return true;
    }
    // Full: take the first half off by CAS, then hand it and g to the caller for the global queue.
    uint32_t n = (t - h) / 2;
    G* batch[kSize / 2];
    for (uint32_t i = 0; i < n; ++i) batch[i] = ring_[(h + i) % kSize].load(std::memory_order_relaxed);
    if (!head_.compare_exchange_strong(h, h + n, std::memory_order_release, std::memory_order_relaxed))
      continue;  // a thief took some: there is room now
    for (uint32_t i = 0; i + 1 < n; ++i) batch[i]->schedLink = batch[i + 1];
    batch[n - 1]->schedLink = g;
    g->schedLink = nullptr;
    *overflowHead = batch[0];
    *overflowTail = g;
    *count = n + 1;
    return false;
  }
}

G* RunQueue::pop(bool* fromRunNext) {
  G* next = runNext_.load(std::memory_order_relaxed);
  if (next != nullptr && runNext_.compare_exchange_strong(next, nullptr, std::memory_order_acquire)) {
    if (fromRunNext != nullptr) *fromRunNext = true;
    return next;
  }
  if (fromRunNext != nullptr) *fromRunNext = false;
  for (;;) {
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t t = tail_.load(std::memory_order_relaxed);
    if (t == h) return nullptr;
    G* g = ring_[h % kSize].load(std::memory_order_relaxed);
    if (head_.compare_exchange_strong(h, h + 1, std::memory_order_release, std::memory_order_relaxed)) return g;
  }
}

// Claims about half of this queue's Gs into out[]. Called by a thief on the victim.
uint32_t RunQueue::grabInto(G** out, bool takeRunNext) {
  for (;;) {
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t t = tail_.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n -= n / 2;
    if (n == 0) {
      if (!takeRunNext) return 0;
      G* next = runNext_.load(std::memory_order_acquire);
      if (next == nullptr) return 0;
      if (!runNext_.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) continue;
      out[0] = next;
      return 1;
    }
    if (n > kSize / 2) continue;  // h and t read inconsistently; retry
    for (uint32_t i = 0; i < n; ++i) out[i] = ring_[(h + i) % kSize].load(std::memory_order_relaxed);
    if (head_.compare_exchange_strong(h, h + n, std::memory_order_acq_rel, std::memory_order_relaxed)) return n;
  }
}

G* RunQueue::stealFrom(RunQueue& victim, bool takeRunNext) {
  G* batch[kSize / 2];
  uint32_t n = victim.grabInto(batch, takeRunNext);
  if (n == 0) return nullptr;
  G* first = batch[0];
  if (n == 1) return first;
  uint32_t t = tail_.load(std::memory_order_relaxed);
  for (uint32_t i = 1; i < n; ++i) ring_[(t + i - 1) % kSize].store(batch[i], std::memory_order_relaxed);
  tail_.store(t + n - 1, std::memory_order_release);
  return first;
}

bool RunQueue::empty() const {
  return head_.load(std::memory_order_acquire) == tail_.load(std::memory_order_acquire) &&
         runNext_.load(std::memory_order_acquire) == nullptr;
}

uint32_t RunQueue::size() const {
  uint32_t n = tail_.load(std::memory_order_acquire) - head_.load(std::memory_order_acquire);
  return n + (runNext_.load(std::memory_order_acquire) != nullptr ? 1 : 0);
}

uint32_t RunQueue::drain(G** head, G** tail) {
  *head = *tail = nullptr;
  uint32_t count = 0;
  while (G* g = pop()) {
    g->schedLink = nullptr;
    if (*tail != nullptr) (*tail)->schedLink = g; else *head = g;
    *tail = g;
    ++count;
  }
  return count;
}

}  // namespace goxx::rt
