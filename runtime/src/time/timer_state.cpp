// time/timer_state.cpp — arming, disarming and firing runtime timers for Timer/Ticker/AfterFunc.
// Invariants and lock order: see timer_state.h.
#include "time/timer_state.h"

#include <limits>

#include "goxx/goroutine.h"

namespace goxx::time {
namespace {

int64_t deadlineAfter(Duration d) {
  const int64_t t = nanotime();
  if (d <= 0) return t;
  if (d > std::numeric_limits<int64_t>::max() - t) return std::numeric_limits<int64_t>::max();
  return t + d;
}

}  // namespace

TimerState::TimerState(Action action, Chan<Time> c, std::function<void()> f)
    : action_(action), c_(std::move(c)), f_(std::move(f)) {
  rt_.fn = &TimerState::fire;
  rt_.arg = this;
}

void TimerState::release() noexcept {
  if (refs_.fetch_sub(1, std::memory_order_acq_rel) == 1) delete this;
}

void TimerState::armLocked(int64_t when) {
  rt_.when = when;
  rt_.period = 0;
  rt_.seq = generation_;
  retain();  // owned by this arming; see timer_state.h
  timerStart(&rt_);
}

bool TimerState::disarmLocked() {
  generation_++;
  if (!timerStop(&rt_)) return false;
  refs_.fetch_sub(1, std::memory_order_relaxed);  // the arming's reference; a handle still holds one
  return true;
}

bool TimerState::reset(Duration d, Duration period) {
  lock_.lock();
  const bool wasArmed = disarmLocked();
  period_ = period;
  armLocked(deadlineAfter(d));
  lock_.unlock();
  return wasArmed;
}

bool TimerState::stop() {
  lock_.lock();
  const bool stopped = disarmLocked();
  period_ = 0;
  lock_.unlock();
  return stopped;
}

void TimerState::fire(void* arg, uint64_t seq) {
  auto* s = static_cast<TimerState*>(arg);
  s->lock_.lock();
  const bool current = seq == s->generation_;
  // A ticker firing that lost a race with Stop or Reset does nothing. A one-shot timer's firing that lost a
  // race still delivers: the timer had expired when Stop/Reset ran, which they reported (Go < 1.23).
  const bool deliver = current || s->period_ == 0;
  if (deliver && s->action_ == Action::SendTime) {
    s->c_.trySend(now());  // capacity 1: a full channel (slow receiver) drops this value
  }
  if (deliver && s->action_ == Action::RunFunc) {
    go([f = s->f_] { f(); });
  }
  if (current && s->period_ > 0) {
    // Next tick one period after the previous one; skip ticks already missed (Go's timer adjustment).
    const int64_t now = nanotime();
    int64_t when = s->rt_.when + s->period_;
    if (when <= now) when += (now - when) / s->period_ * s->period_ + s->period_;
    s->armLocked(when);
  }
  s->lock_.unlock();
  s->release();  // this firing's reference
}

}  // namespace goxx::time
