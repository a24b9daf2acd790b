// timer_heap.cpp — the runtime's timers: one binary min-heap ordered by `when`, behind one lock.
//
// Invariants: a started Timer is in the heap exactly once (heapIndex_ >= 0) until it fires (one-shot) or is
// stopped. fn/arg/seq are read under the lock when the timer is popped, and the callback runs with no lock
// held; after the pop the heap never touches a one-shot Timer again, so its owner may free it once timerStop
// returns false (fired) and its callback has run.
// A periodic timer stays in the heap while its callback runs, so a timerStop at that moment finds it
// pending and returns true. firing_ (under the lock) counts its callbacks in progress; timerStop waits for
// it to drop to zero before returning true, so the owner may free the timer and its argument as soon as
// timerStop returns — the callback never runs after, nor during the end of, a successful timerStop. The
// runner decrements firing_ under the lock and touches the timer no more after that. A callback that stops
// its own timer does not wait for itself (firingHere).
// nextWhen mirrors the earliest deadline so schedulers can check "anything due?" with one load.
// Who runs timers: any M with a P at each scheduling round, and the idle "timer waiter" M (stopM), which
// sleeps exactly until nextWhen. Adding a timer that becomes the earliest wakes the waiter (or an idle M).
#include <sched.h>
#include <time.h>

#include <climits>
#include <mutex>
#include <vector>

#include "sched/scheduler.h"

namespace goxx::rt {
namespace {

std::mutex timerLock;
std::vector<Timer*> heap;  // timerLock
std::atomic<int64_t> nextWhen{INT64_MAX};
std::atomic<int64_t> timerCount{0};
thread_local const Timer* firingHere = nullptr;  // the periodic timer whose callback this thread runs

bool earlier(const Timer* a, const Timer* b) { return a->when < b->when; }

void place(size_t i, Timer* t) {
  heap[i] = t;
  t->heapIndex_ = int64_t(i);
}

void siftUp(size_t i) {
  Timer* t = heap[i];
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (!earlier(t, heap[parent])) break;
    place(i, heap[parent]);
    i = parent;
  }
  place(i, t);
}

void siftDown(size_t i) {
  Timer* t = heap[i];
  size_t n = heap.size();
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && earlier(heap[c + 1], heap[c])) ++c;
    if (!earlier(heap[c], t)) break;
    place(i, heap[c]);
    i = c;
  }
  place(i, t);
}

void removeAt(size_t i) {
  Timer* last = heap.back();
  heap.pop_back();
  if (i < heap.size()) {
    place(i, last);
    siftDown(i);
    siftUp(size_t(last->heapIndex_));
  }
}

void publishNextLocked() {
  nextWhen.store(heap.empty() ? INT64_MAX : heap[0]->when, std::memory_order_release);
  timerCount.store(int64_t(heap.size()), std::memory_order_release);
}

}  // namespace

int64_t timersNextWhen() { return nextWhen.load(std::memory_order_acquire); }
bool timersPending() { return timerCount.load(std::memory_order_acquire) > 0; }

void runDueTimers() {
  for (;;) {
    void (*fn)(void*, uint64_t);
    void* arg;
    uint64_t seq;
    Timer* periodic = nullptr;
    {
      std::lock_guard<std::mutex> lk(timerLock);
      if (heap.empty()) return;
      int64_t now = nanotime();
      Timer* t = heap[0];
      if (t->when > now) return;
      fn = t->fn;
      arg = t->arg;
      seq = t->seq;
      if (t->period > 0) {
        // A ticker that fell behind skips the missed ticks, as Go's does.
        t->when += t->period * (1 + (now - t->when) / t->period);
        siftDown(0);
        ++t->firing_;
        periodic = t;
      } else {
        removeAt(0);
        t->heapIndex_ = -1;
      }
      publishNextLocked();
    }
    const Timer* outer = firingHere;
    if (periodic != nullptr) firingHere = periodic;
    fn(arg, seq);
    firingHere = outer;
    if (periodic != nullptr) {
      std::lock_guard<std::mutex> lk(timerLock);
      --periodic->firing_;  // the last touch: a waiting timerStop may free it from here on
    }
  }
}

}  // namespace goxx::rt

namespace goxx {
using namespace goxx::rt;

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void timerStart(Timer* t) {
  bool earliest;
  {
    std::lock_guard<std::mutex> lk(timerLock);
    heap.push_back(t);
    siftUp(heap.size() - 1);
    earliest = heap[0] == t;
    publishNextLocked();
  }
  if (earliest) notifyTimerAdded();
}

bool timerStop(Timer* t) {
  std::unique_lock<std::mutex> lk(timerLock);
  if (t->heapIndex_ < 0) return false;
  removeAt(size_t(t->heapIndex_));
  t->heapIndex_ = -1;
  publishNextLocked();
  // A periodic timer's callback may be running on another thread (see the header comment). Callbacks never
  // block, so wait for it by yielding the thread.
  while (t->firing_ > (firingHere == t ? 1 : 0)) {
    lk.unlock();
    sched_yield();
    lk.lock();
  }
  return true;
}

namespace {
void sleepWake(void* g, uint64_t) { ready(static_cast<G*>(g)); }
void sleepStartTimer(void* t) { timerStart(static_cast<Timer*>(t)); }
}  // namespace

void sleepFor(int64_t ns, const SrcPos* where) {
  G* g = currentG();
  if (ns <= 0 || g == nullptr) {
    if (ns > 0) {
      timespec ts{time_t(ns / 1000000000), long(ns % 1000000000)};
      nanosleep(&ts, nullptr);
    } else {
      gosched();
    }
    return;
  }
  Timer t;
  t.when = nanotime() + ns;
  t.fn = &sleepWake;
  t.arg = g;
  // The timer starts only once we are parked (in park's unlock hook), so its wake-up cannot overtake us.
  park(WaitReason::Sleep, where, &sleepStartTimer, &t);
}

}  // namespace goxx
