// run_queue.h — a processor's local run queue (Go's runq): a bounded ring with one owner and many thieves.
//
// Invariants: only the owning P's M pushes (at tail) — its pops and everybody's steals take from head by
// CAS. tail is written only by the owner (release); head is advanced only by a successful CAS. The ring holds
// at most kSize Gs; when full, the owner moves half of it to the global queue. `runNext` is a one-G slot that
// runs before the ring: a goroutine readied by the running one (a woken receiver) runs next and inherits
// the time slice, which keeps producer/consumer pairs on one core.
#pragma once

#include <atomic>
#include <cstdint>

#include "goxx/sched.h"

namespace goxx::rt {

using goxx::G;

class RunQueue {
 public:
  static constexpr uint32_t kSize = 256;

  // Owner only. Returns false if the ring is full; then `overflow` receives the G and the first half of the
  // ring (linked through schedLink, `*count` of them) for the global queue.
  bool push(G* g, G** overflowHead, G** overflowTail, uint32_t* count);
  G* putNext(G* g);  // owner only; returns the G it displaced from runNext (to push), or null
  // Owner only: runNext first, then the ring. *fromRunNext (if given) tells which: a G from runNext
  // inherits the current time slice (see execute() in scheduler.cpp).
  G* pop(bool* fromRunNext = nullptr);
  // Thief: moves about half of victim's Gs into this (empty-ish) queue, returns one of them to run.
  G* stealFrom(RunQueue& victim, bool takeRunNext);
  bool empty() const;
  uint32_t size() const;
  // Owner only: removes every G (runNext included), linked through schedLink. Returns the count.
  uint32_t drain(G** head, G** tail);

 private:
  uint32_t grabInto(G** out, bool takeRunNext);

  std::atomic<uint32_t> head_{0};
  std::atomic<uint32_t> tail_{0};
  std::atomic<G*> ring_[kSize] = {};
  std::atomic<G*> runNext_{nullptr};
};

}  // namespace goxx::rt
