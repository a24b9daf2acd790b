// time/timer.cpp — time.Timer, time.NewTimer, time.AfterFunc, time.After.
//
// A Timer handle owns one reference to its TimerState; C is a second handle to the state's channel, so the
// channel outlives the state if the program keeps only C (time.After).
#include "goxx/panic.h"
#include "goxx/time.h"
#include "time/timer_state.h"

namespace goxx::time {
namespace {

TimerState* checked(TimerState* s) {
  if (s == nullptr) panicRuntimeError("invalid memory address or nil pointer dereference");
  return s;
}

}  // namespace

Timer::Timer(TimerState* s) noexcept : C(s->channel()), state_(s) {}
Timer::Timer(const Timer& o) noexcept : C(o.C), state_(o.state_) {
  if (state_ != nullptr) state_->retain();
}
Timer::Timer(Timer&& o) noexcept : C(std::move(o.C)), state_(std::exchange(o.state_, nullptr)) {}
Timer& Timer::operator=(Timer o) noexcept {
  std::swap(C, o.C);
  std::swap(state_, o.state_);
  return *this;
}
Timer::~Timer() {
  if (state_ != nullptr) state_->release();
}

bool Timer::Stop() { return checked(state_)->stop(); }
bool Timer::Reset(Duration d) { return checked(state_)->reset(d, 0); }

Timer newTimer(Duration d) {
  auto* s = new TimerState(TimerState::Action::SendTime, makeChan<Time>(1), nullptr);
  s->reset(d, 0);
  return Timer(s);
}

Timer afterFunc(Duration d, std::function<void()> f) {
  auto* s = new TimerState(TimerState::Action::RunFunc, Chan<Time>(), std::move(f));
  s->reset(d, 0);
  return Timer(s);
}

Chan<Time> after(Duration d) { return newTimer(d).C; }

}  // namespace goxx::time
