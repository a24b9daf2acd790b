// chan/chan_core.h — the channel's private layout, shared by chan/ and select/.
//
// Invariants (all fields below `lock` are protected by it, except `refs` and the relaxed copy of `count`):
//   * Receivers wait only when the buffer is empty and no sender waits; senders wait only when the buffer is
//     full (count == capacity; always true when unbuffered). So at most one of recvq and sendq holds
//     waiters, except that one select with both a send and a receive case on this channel may sit in both
//     (a select never matches itself: it is parked while others dequeue it).
//   * Once `closed` is set, sendq is empty for good (closing wakes every sender, and sends panic).
//   * Ring slots [recvx, recvx+count) mod capacity hold live elements; every other slot is raw storage.
//   * A ChanWaiter lives on the stack of the goroutine it describes. It may be touched by another thread
//     only while that thread holds the lock of the channel whose queue the waiter is (or was) on, and only
//     while the owner is parked. The thread that dequeues a waiter owns the right to ready() its goroutine:
//     exactly once per park.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "goxx/chan.h"
#include "goxx/sched.h"

namespace goxx {

struct ChanWaiter;

// One per blocked select: the first channel operation that claims `done` completes the select (Go's
// selectDone). The claimer records its waiter in `fired` before it readies the goroutine.
struct SelectWaitState {
  std::atomic<bool> done{false};
  ChanWaiter* fired = nullptr;
};

// A goroutine blocked on one channel operation (Go's sudog).
struct ChanWaiter {
  G* g = nullptr;
  // Send: the value to move from. Receive: the live destination (null discards the value).
  void* elem = nullptr;
  // Non-null when the goroutine is parked in a select; caseIndex is then its case in the case table.
  SelectWaitState* select = nullptr;
  int caseIndex = -1;
  // Set by the waker: true when a value was transferred, false when the channel was closed.
  bool success = false;
  bool queued = false;
  ChanWaiter* prev = nullptr;
  ChanWaiter* next = nullptr;
};

// FIFO of waiters on one channel direction. Guarded by the channel's lock.
class WaitQueue {
 public:
  bool empty() const noexcept { return first_ == nullptr; }
  void enqueue(ChanWaiter* w) noexcept;
  // Removes and returns the first waiter that can still be woken. A waiter that belongs to a select is
  // only returned if this call wins the select's `done` flag; losers are dropped from the queue (their
  // select is finishing through another channel and tolerates the removal).
  ChanWaiter* dequeue() noexcept;
  // Unlinks w if it is still queued here; a no-op otherwise.
  void remove(ChanWaiter* w) noexcept;

 private:
  ChanWaiter* first_ = nullptr;
  ChanWaiter* last_ = nullptr;
};

struct ChanCore {
  const ChanElemType* elemType = nullptr;
  size_t capacity = 0;
  unsigned char* buf = nullptr;  // capacity * elemType->size bytes, aligned for the element
  std::atomic<int64_t> refs{1};

  SpinLock lock;
  size_t count = 0;  // live elements in buf
  std::atomic<size_t> countForLen{0};  // mirror of count for len(), which Go reads without the lock
  size_t sendx = 0;
  size_t recvx = 0;
  bool closed = false;
  WaitQueue recvq;
  WaitQueue sendq;

  void* slot(size_t i) const noexcept { return buf + i * elemType->size; }
  void setCount(size_t n) noexcept {
    count = n;
    countForLen.store(n, std::memory_order_relaxed);
  }
};

// ---- transfers, called with c->lock held; the caller unlocks, then readies the partner -----------------

// A sender with value *src meets a parked receiver: the value goes straight into the receiver's
// destination (Go's sendDirect).
void chanSendToWaiter(ChanCore* c, ChanWaiter* receiver, void* src) noexcept;
// A receiver meets a parked sender. Unbuffered: take the sender's value. Buffered (the ring is full): take
// the oldest element and put the sender's value at the tail, so FIFO order is kept.
void chanRecvFromWaiter(ChanCore* c, ChanWaiter* sender, void* dst) noexcept;
// Ring buffer: requires count < capacity / count > 0 respectively.
void chanBufferPush(ChanCore* c, void* src) noexcept;
void chanBufferPop(ChanCore* c, void* dst) noexcept;

// Parks the calling goroutine forever (operations on a nil channel, `select {}`).
[[noreturn]] void blockForever(WaitReason reason, const SrcPos* where);

}  // namespace goxx
