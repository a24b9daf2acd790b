// time/timer_state.h — the shared state behind time.Timer, time.Ticker and time.AfterFunc.
//
// Ownership: reference counted. Each Timer/Ticker handle owns one reference, and so does each arming of the
// runtime timer: timerStart() is paired with exactly one of (a) the firing callback, which drops the
// reference when it is done, or (b) a timerStop() that returns true. So a timer nobody holds (time.After)
// lives until it fires, and the callback never runs on a freed state.
//
// Locking: `lock_` guards every field below it and every call to timerStart/timerStop on rt_. Firing
// callbacks run on a scheduler thread outside any goroutine; under lock_ they do a non-blocking channel send
// (lock order: TimerState::lock_, then the channel's lock) or start a goroutine, never block.
//
// Tickers are one-shot runtime timers that the callback re-arms, which keeps the pairing above simple.
// `generation_` is the runtime timer's seq: Reset and Stop bump it, so a firing already under way when they
// ran does not re-arm a ticker with the old period or send a tick after Stop returned.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

#include "goxx/sched.h"
#include "goxx/time.h"

namespace goxx::time {

class TimerState {
 public:
  enum class Action { SendTime, RunFunc };

  // One reference, owned by the caller; not armed yet.
  TimerState(Action action, Chan<Time> c, std::function<void()> f);
  TimerState(const TimerState&) = delete;
  TimerState& operator=(const TimerState&) = delete;

  void retain() noexcept { refs_.fetch_add(1, std::memory_order_relaxed); }
  void release() noexcept;

  // Arms the timer to fire after d; period > 0 makes it a ticker. Returns whether it was armed before.
  bool reset(Duration d, Duration period);
  // Disarms it. Returns whether this call stopped a pending firing.
  bool stop();

  const Chan<Time>& channel() const noexcept { return c_; }

 private:
  static void fire(void* arg, uint64_t seq);
  // Both with lock_ held.
  void armLocked(int64_t when);
  bool disarmLocked();

  std::atomic<int64_t> refs_{1};
  const Action action_;
  const Chan<Time> c_;               // SendTime: where firings go (capacity 1)
  const std::function<void()> f_;    // RunFunc: run in a new goroutine per firing

  SpinLock lock_;
  goxx::Timer rt_;  // the scheduler's timer (not time::Timer)
  Duration period_ = 0;
  uint64_t generation_ = 0;
};

}  // namespace goxx::time
