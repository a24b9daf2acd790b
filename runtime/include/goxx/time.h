// goxx/time.h — the parts of Go's package time that goroutine programs use.
//
// Consumes: sched.h (nanotime, Timer, sleepFor), chan.h, goroutine.h (afterFunc starts a goroutine).
// Produces, in namespace goxx::time (Go's package, so `time.Sleep` lowers to `goxx::time::sleep`):
//   Time (wall clock + monotonic reading) and now/since/until; Duration (int64 ns) with the unit constants
//   and durationString (Go's Duration.String format); sleep; after/tick; Timer (newTimer, afterFunc) and
//   Ticker (newTicker). goxx::Time, goxx::now and goxx::durationString name the same things.
//
// Timer channels follow Go 1.19-1.22: C has capacity 1, a firing does a non-blocking send of the current
// time (a full channel drops the value), Stop does not drain C, and Reset on an unstopped timer may leave a
// stale value in C. Ticker drops ticks for a slow receiver the same way. Timers and Tickers are handles:
// copies refer to the same timer, like Go's *Timer. A started timer stays alive until it fires or is stopped
// even when no handle is left (time.After); a Ticker that is never stopped is never freed (as in Go < 1.23).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "goxx/chan.h"
#include "goxx/sched.h"

namespace goxx::time {

using Duration = int64_t;
constexpr Duration Nanosecond = 1;
constexpr Duration Microsecond = 1000 * Nanosecond;
constexpr Duration Millisecond = 1000 * Microsecond;
constexpr Duration Second = 1000 * Millisecond;
constexpr Duration Minute = 60 * Second;
constexpr Duration Hour = 60 * Minute;

// Go's Duration.String: "1h2m3.5s", "1.5s", "100ms", "1µs", "0s", "-2m0s".
std::string durationString(Duration d);
double durationSeconds(Duration d);
double durationMinutes(Duration d);
double durationHours(Duration d);
int64_t durationMilliseconds(Duration d);
int64_t durationMicroseconds(Duration d);

// time.Time: an instant with nanosecond precision plus, for times from now(), a monotonic clock reading.
// The zero value is January 1, year 1, 00:00:00 UTC, as in Go (so the instant is kept as seconds since then;
// nanoseconds since 1970 would not reach back that far). Comparisons and Sub use the monotonic readings when
// both sides have one, as Go does, so they are immune to wall-clock steps; Add keeps the reading.
// All times are UTC (goxx has no time zones).
struct Time {
  int64_t sec = 0;   // seconds since 0001-01-01 00:00:00 UTC
  int32_t nsec = 0;  // [0, 1e9)
  bool hasMono = false;
  int64_t mono = 0;  // nanotime() at the reading, if hasMono

  // Seconds from 0001-01-01 to 1970-01-01.
  static constexpr int64_t kUnixToInternal = 62135596800LL;

  Duration Sub(const Time& u) const;
  Time Add(Duration d) const;
  bool Before(const Time& u) const;
  bool After(const Time& u) const;
  bool Equal(const Time& u) const;
  bool IsZero() const { return sec == 0 && nsec == 0; }
  int64_t Unix() const { return sec - kUnixToInternal; }
  int64_t UnixMilli() const;
  int64_t UnixMicro() const;
  int64_t UnixNano() const;
  // Go's Time.String in UTC, e.g. "2009-11-10 23:00:00.5 +0000 UTC" (without Go's "m=+..." suffix).
  std::string String() const;
  // Go's == on Time values: the same instant and the same monotonic reading (Equal ignores the latter).
  friend bool operator==(const Time&, const Time&) = default;
};

Time now();
Time unixTime(int64_t sec, int64_t nsec);  // time.Unix
Duration since(const Time& t);
Duration until(const Time& t);

// time.Sleep: parks the calling goroutine for at least d; d <= 0 returns at once (after yielding).
void sleep(Duration d, const SrcPos* where = nullptr);

class TimerState;  // private to runtime/src/time/

// *time.Timer, from newTimer or afterFunc.
class Timer {
 public:
  Timer() noexcept = default;
  Timer(const Timer& o) noexcept;
  Timer(Timer&& o) noexcept;
  Timer& operator=(Timer o) noexcept;
  ~Timer();

  // Prevents the timer from firing. True if this call stopped it; false if it had already fired or been
  // stopped. Does not drain C.
  bool Stop();
  // Restarts the timer to fire after d. True if it had been active. Go's advice applies: Stop and drain C
  // first when the timer may have fired.
  bool Reset(Duration d);
  // False for the zero Timer (not made by newTimer / afterFunc).
  bool initialized() const noexcept { return state_ != nullptr; }

  Chan<Time> C;  // nil for afterFunc timers, as in Go

 private:
  friend Timer newTimer(Duration d);
  friend Timer afterFunc(Duration d, std::function<void()> f);
  explicit Timer(TimerState* s) noexcept;
  TimerState* state_ = nullptr;
};

// *time.Ticker, from newTicker. Ticks arrive on C every d; ticks a slow receiver misses are dropped.
class Ticker {
 public:
  Ticker() noexcept = default;
  Ticker(const Ticker& o) noexcept;
  Ticker(Ticker&& o) noexcept;
  Ticker& operator=(Ticker o) noexcept;
  ~Ticker();

  void Stop();
  // Stops the ticker and restarts it with period d; d <= 0 panics "non-positive interval for Ticker.Reset".
  void Reset(Duration d);
  // False for the zero Ticker (not made by newTicker).
  bool initialized() const noexcept { return state_ != nullptr; }

  Chan<Time> C;

 private:
  friend Ticker newTicker(Duration d);
  explicit Ticker(TimerState* s) noexcept;
  TimerState* state_ = nullptr;
};

Timer newTimer(Duration d);
// Runs f in its own goroutine once d has elapsed; Stop before that prevents it.
Timer afterFunc(Duration d, std::function<void()> f);
// d <= 0 panics "non-positive interval for NewTicker".
Ticker newTicker(Duration d);
// time.After: newTimer(d).C.
Chan<Time> after(Duration d);
// time.Tick: newTicker(d).C, or a nil channel when d <= 0. The ticker can never be stopped.
Chan<Time> tick(Duration d);

}  // namespace goxx::time

namespace goxx {
using time::durationString;
using time::now;
using time::Time;
}  // namespace goxx
