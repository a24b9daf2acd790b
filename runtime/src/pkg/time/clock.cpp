// pkg/time/clock.cpp — reading the clock, sleeping, timers and tickers: the ABI entry points over goxx/time.h.
#include <functional>

#include "goxx/pkg/time.h"

namespace goxx::pkg::time {

Time Now() { return ::goxx::time::now(); }
Duration Since(Time t) { return Duration{::goxx::time::since(t)}; }
Duration Until(Time t) { return Duration{::goxx::time::until(t)}; }

Duration Time_Sub(Time t, Time u) { return Duration{t.Sub(u)}; }
Time Time_Add(Time t, Duration d) { return t.Add(d.v); }
bool Time_After(Time t, Time u) { return t.After(u); }
bool Time_Before(Time t, Time u) { return t.Before(u); }
bool Time_Equal(Time t, Time u) { return t.Equal(u); }

void Sleep(Duration d) { ::goxx::time::sleep(d.v); }
Chan<Time> After(Duration d) { return ::goxx::time::after(d.v); }
Chan<Time> Tick(Duration d) { return ::goxx::time::tick(d.v); }

Ptr<Timer> NewTimer(Duration d) { return newPtr<Timer>(::goxx::time::newTimer(d.v)); }

Ptr<Timer> AfterFunc(Duration d, Func<void()> f) {
  return newPtr<Timer>(::goxx::time::afterFunc(d.v, [f = std::move(f)] { f(); }));
}

bool Timer_Stop(Timer* t) {
  if (!t->initialized()) panicString("time: Stop called on uninitialized Timer");
  return t->Stop();
}

bool Timer_Reset(Timer* t, Duration d) {
  if (!t->initialized()) panicString("time: Reset called on uninitialized Timer");
  return t->Reset(d.v);
}

Ptr<Ticker> NewTicker(Duration d) {
  if (d.v <= 0) panicString("non-positive interval for NewTicker");
  return newPtr<Ticker>(::goxx::time::newTicker(d.v));
}

// Go 1.19-1.22: stopping a zero Ticker does nothing.
void Ticker_Stop(Ticker* t) {
  if (t->initialized()) t->Stop();
}

void Ticker_Reset(Ticker* t, Duration d) { t->Reset(d.v); }

Ptr<Location> UTC = newPtr<Location>(Location{String::fromStatic("UTC")});
Ptr<Location> Local = newPtr<Location>(Location{String::fromStatic("Local")});

String Location_String(Location* l) { return l->name; }

}  // namespace goxx::pkg::time
