// goxx/pkg/time.h — package time as generated code calls it (docs/ABI.md, compiler/stdlib/time/time.gox).
//
// Consumes: goxx/time.h (clocks, timers, tickers), goxx/value.h. Produces, in goxx::pkg::time, the C++ entity
// named by every //goxx:extern of time.gox:
//   * Duration, Month, Weekday: named integer types, so each is `struct { v; }` (generated code does
//     arithmetic and conversions through `.v`); their methods are free functions Duration_String(d), ...
//   * Time is goxx::time::Time itself (so Timer and Ticker channels carry it unchanged), Location a struct
//     with the zone's name; UTC and Local are the two Locations goxx knows. goxx keeps every instant in UTC:
//     Local behaves as UTC (as Go does when TZ is unset or "UTC").
//   * Timer and Ticker are goxx::time's handles (their public member C is Go's field C).
// Methods are free functions `Type_Method(receiver, args...)`: value receivers by value, pointer receivers
// as a raw pointer (never null, not kept beyond the call).
#pragma once

#include <tuple>

#include "goxx/time.h"
#include "goxx/value.h"

namespace goxx::pkg::time {

struct Duration {
  Int64 v = 0;
  friend bool operator==(const Duration&, const Duration&) = default;
};
struct Month {
  Int v = 0;
  friend bool operator==(const Month&, const Month&) = default;
};
struct Weekday {
  Int v = 0;
  friend bool operator==(const Weekday&, const Weekday&) = default;
};

using Time = ::goxx::time::Time;
using Timer = ::goxx::time::Timer;
using Ticker = ::goxx::time::Ticker;

struct Location {
  String name;
  friend bool operator==(const Location&, const Location&) = default;
};

// Duration's methods.
String Duration_String(Duration d);
Float64 Duration_Seconds(Duration d);
Float64 Duration_Minutes(Duration d);
Float64 Duration_Hours(Duration d);
Int64 Duration_Milliseconds(Duration d);
Int64 Duration_Microseconds(Duration d);
Int64 Duration_Nanoseconds(Duration d);
Duration Duration_Round(Duration d, Duration m);
Duration Duration_Truncate(Duration d, Duration m);

// "January"; out of range "%!Month(13)". Weekday: "Sunday", "%!Weekday(7)".
String Month_String(Month m);
String Weekday_String(Weekday d);

Time Now();
Duration Since(Time t);
Duration Until(Time t);
Time Unix(Int64 sec, Int64 nsec);
Time UnixMilli(Int64 msec);
// Normalizes out-of-range fields as Go does (October 32 is November 1). A nil loc panics
// "time: missing Location in call to Date".
Time Date(Int year, Month month, Int day, Int hour, Int min, Int sec, Int nsec, Ptr<Location> loc);

Duration Time_Sub(Time t, Time u);
Time Time_Add(Time t, Duration d);
bool Time_After(Time t, Time u);
bool Time_Before(Time t, Time u);
bool Time_Equal(Time t, Time u);
bool Time_IsZero(Time t);
Int64 Time_Unix(Time t);
Int64 Time_UnixNano(Time t);
Int64 Time_UnixMilli(Time t);
// Go's reference-time layouts: 2006 06 01 1 Jan January 02 2 _2 Mon Monday 15 03 3 04 4 05 5 PM pm
// -0700 -07:00 -07 Z0700 Z07:00 MST .000 .999 (and ,000), anything else copied literally.
String Time_Format(Time t, String layout);
// "2009-11-10 23:00:00 +0000 UTC", plus " m=+0.000000001" for a reading of the monotonic clock.
String Time_String(Time t);
Int Time_Year(Time t);
Month Time_Month(Time t);
Int Time_Day(Time t);
Weekday Time_Weekday(Time t);
Int Time_Hour(Time t);
Int Time_Minute(Time t);
Int Time_Second(Time t);
Int Time_Nanosecond(Time t);
// Rounds down to a multiple of d since the zero time; d <= 0 returns t without its monotonic reading.
Time Time_Truncate(Time t, Duration d);

extern Ptr<Location> UTC;
extern Ptr<Location> Local;
String Location_String(Location* l);

void Sleep(Duration d);
Chan<Time> After(Duration d);
Chan<Time> Tick(Duration d);
// Go's syntax: "300ms", "-1.5h", "2h45m"; errors `time: invalid duration "x"`, `time: unknown unit "d" in
// duration "1d"`, `time: missing unit in duration "1"`.
std::tuple<Duration, Error> ParseDuration(String s);

Ptr<Timer> NewTimer(Duration d);
Ptr<Timer> AfterFunc(Duration d, Func<void()> f);
bool Timer_Stop(Timer* t);
bool Timer_Reset(Timer* t, Duration d);

// d <= 0 panics "non-positive interval for NewTicker".
Ptr<Ticker> NewTicker(Duration d);
void Ticker_Stop(Ticker* t);
void Ticker_Reset(Ticker* t, Duration d);

}  // namespace goxx::pkg::time

namespace goxx {

template <>
struct TypeOf<pkg::time::Duration> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::time::Month> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::time::Weekday> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::time::Time> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::time::Location> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<Ptr<pkg::time::Location>> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::time::Timer> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::time::Ticker> {
  static const TypeDesc* get();
};

template <>
struct GoHash<pkg::time::Duration> {
  uint64_t operator()(const pkg::time::Duration& d, uint64_t seed) const { return GoHash<Int64>{}(d.v, seed); }
};
template <>
struct GoHash<pkg::time::Month> {
  uint64_t operator()(const pkg::time::Month& m, uint64_t seed) const { return GoHash<Int>{}(m.v, seed); }
};
template <>
struct GoHash<pkg::time::Weekday> {
  uint64_t operator()(const pkg::time::Weekday& d, uint64_t seed) const { return GoHash<Int>{}(d.v, seed); }
};
template <>
struct GoHash<pkg::time::Time> {
  uint64_t operator()(const pkg::time::Time& t, uint64_t seed) const {
    return hashCombine(hashCombine(GoHash<int64_t>{}(t.sec, seed), GoHash<int32_t>{}(t.nsec, seed)),
                       GoHash<int64_t>{}(t.hasMono ? t.mono : 0, seed));
  }
};

}  // namespace goxx
