// Package time through its //goxx:extern entry points (goxx/pkg/time.h), called as generated code calls
// them. Expected values are go1.19's output for the same calls (Duration String/Round/Truncate,
// ParseDuration, Month/Weekday names, Date normalization, Format layouts); no assertion depends on timing.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "goxx/fmt.h"
#include "goxx/goroutine.h"
#include "goxx/pkg/time.h"
#include "panic_text.h"

namespace t = goxx::pkg::time;
using goxx::String;
using goxx::test::panicText;

namespace {
std::string str(const String& s) { return std::string(s.view()); }
t::Duration dur(int64_t ns) { return t::Duration{ns}; }
constexpr int64_t kMs = 1'000'000, kSec = 1'000'000'000, kMin = 60 * kSec, kHour = 60 * kMin;
}  // namespace

TEST_CASE("time.Duration String and unit conversions") {
  CHECK(str(t::Duration_String(dur(0))) == "0s");
  CHECK(str(t::Duration_String(dur(1))) == "1ns");
  CHECK(str(t::Duration_String(dur(1500 * kMs))) == "1.5s");
  CHECK(str(t::Duration_String(dur(90 * kMin))) == "1h30m0s");
  CHECK(str(t::Duration_String(dur(-2 * kMin))) == "-2m0s");
  CHECK(str(t::Duration_String(dur(1234 * 1000))) == "1.234ms");
  CHECK(str(t::Duration_String(dur(std::numeric_limits<int64_t>::min()))) == "-2562047h47m16.854775808s");
  CHECK(str(t::Duration_String(dur(3 * kHour + 25 * kSec + 7))) == "3h0m25.000000007s");
  CHECK(t::Duration_Seconds(dur(1500 * kMs)) == 1.5);
  CHECK(t::Duration_Minutes(dur(90 * kMin)) == 90);
  CHECK(t::Duration_Hours(dur(-2 * kMin)) == doctest::Approx(-0.03333333333333333));
  CHECK(t::Duration_Milliseconds(dur(1500 * kMs + 999)) == 1500);
  CHECK(t::Duration_Microseconds(dur(-1999)) == -1);
  CHECK(t::Duration_Nanoseconds(dur(42)) == 42);
}

TEST_CASE("time.Duration Round and Truncate") {
  const t::Duration d = dur(1 * kHour + 15 * kMin + 30 * kSec + 918273645);
  const t::Duration neg = dur(-d.v);
  auto s = [](t::Duration x) { return str(t::Duration_String(x)); };
  CHECK(s(t::Duration_Round(d, dur(0))) == "1h15m30.918273645s");
  CHECK(s(t::Duration_Round(d, dur(1000))) == "1h15m30.918274s");
  CHECK(s(t::Duration_Truncate(d, dur(1000))) == "1h15m30.918273s");
  CHECK(s(t::Duration_Round(neg, dur(1000))) == "-1h15m30.918274s");
  CHECK(s(t::Duration_Truncate(neg, dur(1000))) == "-1h15m30.918273s");
  CHECK(s(t::Duration_Round(d, dur(kSec))) == "1h15m31s");
  CHECK(s(t::Duration_Round(d, dur(2 * kSec))) == "1h15m30s");
  CHECK(s(t::Duration_Round(d, dur(10 * kMin))) == "1h20m0s");
  CHECK(s(t::Duration_Truncate(d, dur(10 * kMin))) == "1h10m0s");
  CHECK(s(t::Duration_Round(neg, dur(kHour))) == "-1h0m0s");
  CHECK(s(t::Duration_Round(dur(std::numeric_limits<int64_t>::max()), dur(kHour))) == "2562047h47m16.854775807s");
  CHECK(s(t::Duration_Round(dur(std::numeric_limits<int64_t>::min()), dur(kHour))) == "-2562047h47m16.854775808s");
}

TEST_CASE("time.ParseDuration accepts Go's syntax and reports Go's errors") {
  struct Case {
    const char* in;
    int64_t ns;
    const char* err;  // null: no error
  };
  const Case cases[] = {
      {"300ms", 300 * kMs, nullptr},
      {"-1.5h", -5400 * kSec, nullptr},
      {"2h45m", 9900 * kSec, nullptr},
      {"1.000000001s", 1000000001, nullptr},
      {"0", 0, nullptr},
      {"+5s", 5 * kSec, nullptr},
      {"1\xc2\xb5s", 1000, nullptr},
      {"1\xce\xbcs", 1000, nullptr},
      {"1us", 1000, nullptr},
      {".5m", 30 * kSec, nullptr},
      {"1.s", kSec, nullptr},
      {"9223372036854775807ns", std::numeric_limits<int64_t>::max(), nullptr},
      {"-9223372036854775808ns", std::numeric_limits<int64_t>::min(), nullptr},
      {"", 0, "time: invalid duration \"\""},
      {"1", 0, "time: missing unit in duration \"1\""},
      {"1d", 0, "time: unknown unit \"d\" in duration \"1d\""},
      {"x", 0, "time: invalid duration \"x\""},
      {"-", 0, "time: invalid duration \"-\""},
      {".s", 0, "time: invalid duration \".s\""},
      {"9223372036854775808ns", 0, "time: invalid duration \"9223372036854775808ns\""},
      {"1\x80s", 0, "time: unknown unit \"\\x80s\" in duration \"1\\x80s\""},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    auto [d, err] = t::ParseDuration(String(std::string_view(c.in)));
    CHECK(d.v == c.ns);
    if (c.err == nullptr) {
      CHECK(err.isNil());
    } else {
      REQUIRE_FALSE(err.isNil());
      CHECK(str(goxx::errorMessage(err)) == c.err);
    }
  }
}

TEST_CASE("time.Month and time.Weekday names") {
  CHECK(str(t::Month_String(t::Month{1})) == "January");
  CHECK(str(t::Month_String(t::Month{12})) == "December");
  CHECK(str(t::Month_String(t::Month{13})) == "%!Month(13)");
  CHECK(str(t::Month_String(t::Month{0})) == "%!Month(0)");
  CHECK(str(t::Weekday_String(t::Weekday{0})) == "Sunday");
  CHECK(str(t::Weekday_String(t::Weekday{6})) == "Saturday");
  CHECK(str(t::Weekday_String(t::Weekday{7})) == "%!Weekday(7)");
  CHECK(str(t::Weekday_String(t::Weekday{-1})) == "%!Weekday(18446744073709551615)");
  // fmt finds String through the descriptors, as for any named type with a String method.
  CHECK(str(goxx::fmt::Sprint(t::Duration{1500 * kMs}, t::Month{3}, t::Weekday{2})) == "1.5s March Tuesday");
}

TEST_CASE("time.Date, the field accessors and Format") {
  const t::Time tm = t::Date(2009, t::Month{11}, 10, 23, 4, 5, 123456789, t::UTC);
  CHECK(str(t::Time_String(tm)) == "2009-11-10 23:04:05.123456789 +0000 UTC");
  CHECK(t::Time_Year(tm) == 2009);
  CHECK(t::Time_Month(tm).v == 11);
  CHECK(t::Time_Day(tm) == 10);
  CHECK(t::Time_Weekday(tm).v == 2);
  CHECK(t::Time_Hour(tm) == 23);
  CHECK(t::Time_Minute(tm) == 4);
  CHECK(t::Time_Second(tm) == 5);
  CHECK(t::Time_Nanosecond(tm) == 123456789);
  CHECK(t::Time_Unix(tm) == 1257894245);
  CHECK(t::Time_UnixNano(tm) == 1257894245123456789);
  CHECK(t::Time_UnixMilli(tm) == 1257894245123);
  auto fmt = [&](const char* layout) { return str(t::Time_Format(tm, String(std::string_view(layout)))); };
  CHECK(fmt("Mon Jan _2 15:04:05 2006") == "Tue Nov 10 23:04:05 2009");
  CHECK(fmt("2006-01-02T15:04:05Z07:00") == "2009-11-10T23:04:05Z");
  CHECK(fmt("2006-01-02T15:04:05.999999999Z07:00") == "2009-11-10T23:04:05.123456789Z");
  CHECK(fmt("3:04PM") == "11:04PM");
  CHECK(fmt("2006-01-02 15:04:05") == "2009-11-10 23:04:05");
  CHECK(fmt("Jan _2 15:04:05.000") == "Nov 10 23:04:05.123");
  CHECK(fmt("Mon Monday Jan January 1 01 2 02 _2 __2 002 3 03 15 4 04 5 05 06 2006 PM pm MST -0700 -07:00 "
            "Z07:00 .000 .999 ,000 .9 _2006 x") ==
        "Tue Tuesday Nov November 11 11 10 10 10 314 314 11 11 23 4 04 5 05 09 2009 PM pm UTC +0000 +00:00 Z "
        ".123 .123 ,123 .1 _2009 x");
  CHECK(fmt("2006-01-02T15:04:05.000000Z07:00") == "2009-11-10T23:04:05.123456Z");

  // Out-of-range fields normalize: February 30, hour 25, minute 61, second -1, nanosecond -5.
  const t::Time n = t::Date(2024, t::Month{2}, 30, 25, 61, -1, -5, t::UTC);
  CHECK(str(t::Time_String(n)) == "2024-03-02 02:00:58.999999995 +0000 UTC");
  CHECK(str(t::Weekday_String(t::Time_Weekday(n))) == "Saturday");
  CHECK(str(t::Time_String(t::Date(-5, t::Month{3}, 1, 0, 0, 0, 0, t::UTC))) == "-0005-03-01 00:00:00 +0000 UTC");
  CHECK(t::Time_Weekday(t::Date(1969, t::Month{12}, 31, 23, 59, 59, 0, t::UTC)).v == 3);
  CHECK(panicText([] { t::Date(2000, t::Month{1}, 1, 0, 0, 0, 0, nullptr); }) == "time: missing Location in call to Date");
}

TEST_CASE("time.Time zero value, Unix, arithmetic and Truncate") {
  CHECK(t::Time_IsZero(t::Time{}));
  CHECK(t::Time_IsZero(t::Date(1, t::Month{1}, 1, 0, 0, 0, 0, t::UTC)));
  CHECK(str(t::Time_String(t::Time{})) == "0001-01-01 00:00:00 +0000 UTC");
  CHECK(t::Time_Unix(t::Time{}) == -62135596800);
  CHECK(str(t::Time_String(t::Unix(1700000000, 0))) == "2023-11-14 22:13:20 +0000 UTC");
  CHECK(str(t::Time_String(t::UnixMilli(1700000000123))) == "2023-11-14 22:13:20.123 +0000 UTC");
  const t::Time tm = t::Date(2009, t::Month{11}, 10, 23, 4, 5, 123456789, t::UTC);
  const t::Time later = t::Date(2024, t::Month{2}, 30, 25, 61, -1, -5, t::UTC);
  CHECK(str(t::Time_String(t::Time_Add(tm, dur(36 * kHour)))) == "2009-11-12 11:04:05.123456789 +0000 UTC");
  CHECK(str(t::Duration_String(t::Time_Sub(tm, t::Date(2009, t::Month{1}, 1, 0, 0, 0, 0, t::UTC)))) == "7535h4m5.123456789s");
  CHECK_FALSE(t::Time_After(tm, later));
  CHECK(t::Time_Before(tm, later));
  CHECK(t::Time_Equal(tm, tm));
  CHECK(str(t::Time_String(t::Time_Truncate(tm, dur(kHour)))) == "2009-11-10 23:00:00 +0000 UTC");
  CHECK(str(t::Time_String(t::Time_Truncate(tm, dur(7 * kMin)))) == "2009-11-10 23:01:00 +0000 UTC");
  CHECK(str(t::Time_String(t::Time_Truncate(tm, dur(0)))) == "2009-11-10 23:04:05.123456789 +0000 UTC");
  CHECK(str(t::Time_String(t::Time_Truncate(t::Unix(-1, 5), dur(kSec)))) == "1969-12-31 23:59:59 +0000 UTC");
  CHECK(str(t::Location_String(t::UTC.get())) == "UTC");
  CHECK(str(t::Location_String(t::Local.get())) == "Local");
  CHECK(goxx::typeOf<t::Time>()->name == "time.Time");
  CHECK(goxx::typeOf<t::Duration>()->name == "time.Duration");
}

TEST_CASE("time.Now carries a monotonic reading: Since and Until agree with Sub, String shows m=") {
  const t::Time start = t::Now();
  const t::Time later = t::Time_Add(start, dur(kHour));
  CHECK(t::Since(start).v >= 0);
  CHECK(t::Until(later).v <= kHour);
  CHECK(t::Time_Sub(later, start).v == kHour);
  CHECK(str(t::Time_String(start)).find(" m=+") != std::string::npos);
}

TEST_CASE("time.Sleep, After, NewTimer, AfterFunc, NewTicker and Tick deliver") {
  t::Sleep(dur(1000));
  t::Sleep(dur(-1));
  goxx::Chan<t::Time> after = t::After(dur(kMs));
  CHECK_FALSE(t::Time_IsZero(after.recv()));

  goxx::Ptr<t::Timer> timer = t::NewTimer(dur(kMs));
  CHECK_FALSE(t::Time_IsZero(timer->C.recv()));
  CHECK_FALSE(t::Timer_Stop(timer.get()));  // already fired
  CHECK_FALSE(t::Timer_Reset(timer.get(), dur(kMs)));
  timer->C.recv();

  goxx::Ptr<t::Timer> stopped = t::NewTimer(dur(kHour));
  CHECK(t::Timer_Stop(stopped.get()));

  goxx::Chan<int> fired = goxx::makeChan<int>(1);
  goxx::Ptr<t::Timer> fn = t::AfterFunc(dur(kMs), [fired] { fired.send(7); });
  CHECK(fn->C.isNil());
  CHECK(fired.recv() == 7);

  goxx::Ptr<t::Ticker> ticker = t::NewTicker(dur(kMs));
  ticker->C.recv();
  ticker->C.recv();
  t::Ticker_Reset(ticker.get(), dur(2 * kMs));
  ticker->C.recv();
  t::Ticker_Stop(ticker.get());

  goxx::Chan<t::Time> tick = t::Tick(dur(kMs));
  tick.recv();
  CHECK(t::Tick(dur(0)).isNil());

  t::Timer zero;
  CHECK(panicText([&] { t::Timer_Stop(&zero); }) == "time: Stop called on uninitialized Timer");
  CHECK(panicText([&] { t::Timer_Reset(&zero, dur(1)); }) == "time: Reset called on uninitialized Timer");
  CHECK(panicText([] { t::NewTicker(dur(0)); }) == "non-positive interval for NewTicker");
  t::Ticker zeroTicker;
  t::Ticker_Stop(&zeroTicker);  // a no-op in Go
}
