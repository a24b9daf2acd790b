// goxx/sync.h — Go's package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Locker.
//
// Consumes: sched.h (park/ready/nanotime/fatal) and panic.h. Produces the types generated code uses for
// sync.Mutex etc., in namespace goxx::sync with Go's method names, so `mu.Lock()` lowers to `mu.Lock()`.
//
// Zero values are ready to use, as in Go: every type has only a default constructor, no init call. Copying
// copies the state words, like copying a Go struct (Go's vet forbids copying a lock in use; we do not check).
// Cond is the exception: it holds a wait list, so it cannot be copied (Go panics "sync.Cond is copied").
//
// Blocking goes through one address-keyed semaphore (runtime/src/sync/semaphore.cpp, Go's sema.go), so the
// types stay two or three words like Go's and the waiters live on the parked goroutines' stacks.
//
// Failures, as Go reports them:
//   Mutex.Unlock of an unlocked mutex    -> fatal error "sync: unlock of unlocked mutex" (not recoverable)
//   RWMutex.RUnlock / Unlock misuse      -> fatal error "sync: RUnlock of unlocked RWMutex" /
//                                           "sync: Unlock of unlocked RWMutex"
//   WaitGroup counter below zero         -> panic "sync: negative WaitGroup counter" (recoverable)
#pragma once

#include <atomic>
#include <cstdint>
#include <utility>

#include "goxx/sched.h"

namespace goxx::sync {

// sync.Mutex. Two modes, as in Go (details in runtime/src/sync/mutex.cpp): normal mode, where a woken waiter
// competes with newly arriving goroutines (and may spin briefly), and starvation mode, entered when a waiter
// has waited over 1 ms, where Unlock hands the mutex directly to the oldest waiter.
class Mutex {
 public:
  Mutex() noexcept = default;
  Mutex(const Mutex& o) noexcept : state_(o.state_.load()), sema_(o.sema_.load()) {}
  Mutex& operator=(const Mutex& o) noexcept {
    state_.store(o.state_.load());
    sema_.store(o.sema_.load());
    return *this;
  }

  void Lock(const SrcPos* where = nullptr) {
    int32_t unlocked = 0;
    if (state_.compare_exchange_strong(unlocked, kLocked)) return;
    lockSlow(where);
  }
  bool TryLock() noexcept;
  // Go's Mutex is a comparable struct: == compares the state words.
  friend bool operator==(const Mutex& a, const Mutex& b) noexcept {
    return a.state_.load() == b.state_.load() && a.sema_.load() == b.sema_.load();
  }
  void Unlock() {
    const int32_t next = state_.fetch_sub(kLocked) - kLocked;
    if (next != 0) unlockSlow(next);
  }

 private:
  friend class RWMutex;
  static constexpr int32_t kLocked = 1;
  void lockSlow(const SrcPos* where);
  void unlockSlow(int32_t next);

  // Bits: 1 locked, 2 a waiter was woken, 4 starvation mode; the rest counts waiters (Go's layout).
  std::atomic<int32_t> state_{0};
  std::atomic<uint32_t> sema_{0};
};

// sync.RWMutex with Go's writer preference: once a writer calls Lock, new readers wait until it is done.
class RWMutex {
 public:
  RWMutex() noexcept = default;
  RWMutex(const RWMutex& o) noexcept
      : w_(o.w_),
        writerSem_(o.writerSem_.load()),
        readerSem_(o.readerSem_.load()),
        readerCount_(o.readerCount_.load()),
        readerWait_(o.readerWait_.load()) {}
  RWMutex& operator=(const RWMutex& o) noexcept {
    w_ = o.w_;
    writerSem_.store(o.writerSem_.load());
    readerSem_.store(o.readerSem_.load());
    readerCount_.store(o.readerCount_.load());
    readerWait_.store(o.readerWait_.load());
    return *this;
  }

  void RLock(const SrcPos* where = nullptr);
  bool TryRLock() noexcept;
  void RUnlock();
  void Lock(const SrcPos* where = nullptr);
  bool TryLock() noexcept;
  void Unlock();
  friend bool operator==(const RWMutex& a, const RWMutex& b) noexcept {
    return a.w_ == b.w_ && a.writerSem_.load() == b.writerSem_.load() && a.readerSem_.load() == b.readerSem_.load() &&
           a.readerCount_.load() == b.readerCount_.load() && a.readerWait_.load() == b.readerWait_.load();
  }

 private:
  static constexpr int32_t kMaxReaders = 1 << 30;
  Mutex w_;                                // held by the writer while it is pending or active
  std::atomic<uint32_t> writerSem_{0};     // the writer waits here for departing readers
  std::atomic<uint32_t> readerSem_{0};     // readers wait here for the writer
  std::atomic<int32_t> readerCount_{0};    // active readers; minus kMaxReaders while a writer is pending
  std::atomic<int32_t> readerWait_{0};     // readers the pending writer still waits for
};

// sync.Locker: a non-owning reference to anything with Lock() and Unlock() (a *Mutex, a *RWMutex, a user
// type, or RWMutex's read side via rlocker()).
class Locker {
 public:
  Locker() noexcept = default;
  template <class L>
  Locker(L* l) noexcept  // NOLINT: implicit, like assigning a pointer to a Go interface
      : obj_(l),
        lock_([](void* o) { static_cast<L*>(o)->Lock(); }),
        unlock_([](void* o) { static_cast<L*>(o)->Unlock(); }) {}
  Locker(void* obj, void (*lock)(void*), void (*unlock)(void*)) noexcept
      : obj_(obj), lock_(lock), unlock_(unlock) {}

  void Lock() const { lock_(obj_); }
  void Unlock() const { unlock_(obj_); }
  bool isNil() const noexcept { return obj_ == nullptr; }

 private:
  void* obj_ = nullptr;
  void (*lock_)(void*) = nullptr;
  void (*unlock_)(void*) = nullptr;
};

// rw.RLocker(): a Locker whose Lock/Unlock are rw's RLock/RUnlock.
Locker rlocker(RWMutex* rw) noexcept;

// sync.WaitGroup.
class WaitGroup {
 public:
  WaitGroup() noexcept = default;
  WaitGroup(const WaitGroup& o) noexcept : state_(o.state_.load()), sema_(o.sema_.load()) {}
  WaitGroup& operator=(const WaitGroup& o) noexcept {
    state_.store(o.state_.load());
    sema_.store(o.sema_.load());
    return *this;
  }

  void Add(int64_t delta);
  void Done() { Add(-1); }
  void Wait(const SrcPos* where = nullptr);
  friend bool operator==(const WaitGroup& a, const WaitGroup& b) noexcept {
    return a.state_.load() == b.state_.load() && a.sema_.load() == b.sema_.load();
  }

 private:
  std::atomic<uint64_t> state_{0};  // high 32 bits: counter; low 32 bits: waiters
  std::atomic<uint32_t> sema_{0};
};

// sync.Once. A call to f that panics still counts as done; callers that arrive while f runs wait for it.
class Once {
 public:
  Once() noexcept = default;
  Once(const Once& o) noexcept : done_(o.done_.load()), m_(o.m_) {}
  Once& operator=(const Once& o) noexcept {
    done_.store(o.done_.load());
    m_ = o.m_;
    return *this;
  }

  template <class F>
  void Do(F&& f) {
    if (done_.load(std::memory_order_acquire) != 0) return;
    doSlow(f);
  }
  friend bool operator==(const Once& a, const Once& b) noexcept { return a.done_.load() == b.done_.load() && a.m_ == b.m_; }

 private:
  template <class F>
  void doSlow(F& f) {
    // Destroyed in reverse order, like Go's two defers: mark done, then unlock, even if f panics.
    struct Unlocker {
      Mutex& m;
      ~Unlocker() { m.Unlock(); }
    };
    struct DoneMarker {
      std::atomic<uint32_t>& done;
      ~DoneMarker() { done.store(1, std::memory_order_release); }
    };
    m_.Lock();
    Unlocker unlocker{m_};
    if (done_.load(std::memory_order_relaxed) != 0) return;
    DoneMarker marker{done_};
    f();
  }

  std::atomic<uint32_t> done_{0};
  Mutex m_;
};

namespace detail {
struct NotifyWaiter;
// Go's notifyList: tickets handed out in Wait, consumed in order by Signal, all at once by Broadcast.
// Tickets let Signal wake a goroutine that has taken its ticket but not yet parked: it then sees its ticket
// already notified and does not park.
struct NotifyList {
  std::atomic<uint32_t> wait{0};    // next ticket to hand out
  std::atomic<uint32_t> notify{0};  // next ticket to notify; guarded by lock for writes
  SpinLock lock;
  NotifyWaiter* head = nullptr;
  NotifyWaiter* tail = nullptr;
};
}  // namespace detail

// sync.Cond. `L` is the Locker held around Wait, as in Go.
class Cond {
 public:
  Cond() noexcept = default;
  explicit Cond(Locker l) noexcept : L(l) {}
  Cond(const Cond&) = delete;
  Cond& operator=(const Cond&) = delete;

  // Atomically unlocks L and parks until Signal or Broadcast; re-locks L before returning.
  void Wait(const SrcPos* where = nullptr);
  void Signal();
  void Broadcast();

  Locker L;

 private:
  detail::NotifyList notify_;
};

}  // namespace goxx::sync
