// time/ticker.cpp — time.Ticker, time.NewTicker, time.Tick.
#include "goxx/panic.h"
#include "goxx/time.h"
#include "time/timer_state.h"

namespace goxx::time {

Ticker::Ticker(TimerState* s) noexcept : C(s->channel()), state_(s) {}
Ticker::Ticker(const Ticker& o) noexcept : C(o.C), state_(o.state_) {
  if (state_ != nullptr) state_->retain();
}
Ticker::Ticker(Ticker&& o) noexcept : C(std::move(o.C)), state_(std::exchange(o.state_, nullptr)) {}
Ticker& Ticker::operator=(Ticker o) noexcept {
  std::swap(C, o.C);
  std::swap(state_, o.state_);
  return *this;
}
Ticker::~Ticker() {
  if (state_ != nullptr) state_->release();
}

void Ticker::Stop() {
  if (state_ == nullptr) panicRuntimeError("invalid memory address or nil pointer dereference");
  state_->stop();
}

void Ticker::Reset(Duration d) {
  if (d <= 0) panicString("non-positive interval for Ticker.Reset");
  if (state_ == nullptr) panicString("time: Reset called on uninitialized Ticker");
  state_->reset(d, d);
}

Ticker newTicker(Duration d) {
  if (d <= 0) panicString("non-positive interval for NewTicker");
  auto* s = new TimerState(TimerState::Action::SendTime, makeChan<Time>(1), nullptr);
  s->reset(d, d);
  return Ticker(s);
}

Chan<Time> tick(Duration d) {
  if (d <= 0) return Chan<Time>();
  return newTicker(d).C;
}

}  // namespace goxx::time
