// sync/mutex.cpp — sync.Mutex (Go's sync/mutex.go algorithm).
//
// state_ bits: kLocked (held), kWoken (an unlocker has woken a waiter, or a spinner is about to take the
// lock: Unlock need not wake anyone else), kStarving (starvation mode); state_ >> kWaiterShift = waiters
// parked (or about to park) on sema_.
//
// Normal mode: waiters queue FIFO on the semaphore, but a woken waiter does not own the mutex; it competes
// with goroutines that are arriving right now (and have the CPU). A waiter that loses re-queues at the
// front (lifo). Arriving goroutines may spin a few times while the holder is running.
// Starvation mode (a waiter failed for more than 1 ms): Unlock hands ownership straight to the front waiter,
// newcomers neither spin nor take the lock, they queue at the back. The mode ends when the waiter that gets
// the mutex is the last one, or waited less than 1 ms.
// All transitions of state_ are compare-and-swap loops, so there is no lock order to respect here.
#include <thread>

#include "goxx/sync.h"
#include "sync/semaphore.h"

namespace goxx::sync {
namespace {

constexpr int32_t kWoken = 2;
constexpr int32_t kStarving = 4;
constexpr int kWaiterShift = 3;
constexpr int64_t kStarvationThresholdNs = 1'000'000;

bool canSpin(int iter) {
  static const bool multicore = std::thread::hardware_concurrency() > 1;
  return multicore && iter < 4;
}

void spinPause() {
  for (int i = 0; i < 30; i++) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  }
}

}  // namespace

bool Mutex::TryLock() noexcept {
  int32_t old = state_.load();
  if ((old & (kLocked | kStarving)) != 0) return false;
  return state_.compare_exchange_strong(old, old | kLocked);
}

void Mutex::lockSlow(const SrcPos* where) {
  int64_t waitStart = 0;
  bool starving = false;
  bool awoke = false;
  int iter = 0;
  int32_t old = state_.load();
  for (;;) {
    // Spin only in normal mode while the mutex is held; tell Unlock (via kWoken) not to wake a waiter.
    if ((old & (kLocked | kStarving)) == kLocked && canSpin(iter)) {
      if (!awoke && (old & kWoken) == 0 && (old >> kWaiterShift) != 0 &&
          state_.compare_exchange_strong(old, old | kWoken)) {
        awoke = true;
      }
      spinPause();
      iter++;
      old = state_.load();
      continue;
    }
    int32_t next = old;
    if ((old & kStarving) == 0) next |= kLocked;  // never grab a starving mutex: it goes to the queue's head
    if ((old & (kLocked | kStarving)) != 0) next += 1 << kWaiterShift;
    if (starving && (old & kLocked) != 0) next |= kStarving;
    if (awoke) {
      if ((next & kWoken) == 0) fatal("sync: inconsistent mutex state");
      next &= ~kWoken;
    }
    if (!state_.compare_exchange_strong(old, next)) continue;  // old was reloaded by the failed CAS
    if ((old & (kLocked | kStarving)) == 0) return;             // we took it
    const bool queueLifo = waitStart != 0;
    if (waitStart == 0) waitStart = nanotime();
    semacquire(&sema_, queueLifo, WaitReason::MutexLock, where);
    starving = starving || nanotime() - waitStart > kStarvationThresholdNs;
    old = state_.load();
    if ((old & kStarving) != 0) {
      // Ownership was handed to us; the state still counts us as a waiter and is not locked.
      if ((old & (kLocked | kWoken)) != 0 || (old >> kWaiterShift) == 0) {
        fatal("sync: inconsistent mutex state");
      }
      int32_t delta = kLocked - (1 << kWaiterShift);
      if (!starving || (old >> kWaiterShift) == 1) delta -= kStarving;  // leave starvation mode
      state_.fetch_add(delta);
      return;
    }
    awoke = true;
    iter = 0;
  }
}

void Mutex::unlockSlow(int32_t next) {
  if (((next + kLocked) & kLocked) == 0) fatal("sync: unlock of unlocked mutex");
  if ((next & kStarving) != 0) {
    // Hand off to the front waiter; it sets kLocked itself. kStarving keeps newcomers out meanwhile.
    semrelease(&sema_, true);
    return;
  }
  int32_t old = next;
  for (;;) {
    // Nobody to wake, or someone already took it / was woken / it went starving: done.
    if ((old >> kWaiterShift) == 0 || (old & (kLocked | kWoken | kStarving)) != 0) return;
    if (state_.compare_exchange_strong(old, (old - (1 << kWaiterShift)) | kWoken)) {
      semrelease(&sema_, false);
      return;
    }
  }
}

}  // namespace goxx::sync
