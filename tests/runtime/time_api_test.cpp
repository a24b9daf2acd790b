// time: Duration's String format (Go's documented format, cross-checked with Go 1.19's time package),
// Time arithmetic and formatting, and the timer API's Go 1.19-1.22 semantics: a Timer fires after at least
// its duration, Stop prevents the firing and reports whether it did, Reset re-arms, Tickers tick in order
// and drop ticks a slow receiver misses, AfterFunc runs its function in a goroutine.
#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <limits>
#include <string>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/select.h"
#include "goxx/time.h"

namespace gotime = goxx::time;
using gotime::Hour;
using gotime::Microsecond;
using gotime::Millisecond;
using gotime::Minute;
using gotime::Second;

TEST_CASE("time: durationString") {
  struct Case {
    int64_t d;
    const char* want;
  };
  const Case cases[] = {
      {0, "0s"},
      {1, "1ns"},
      {999, "999ns"},
      {1000, "1\u00b5s"},
      {1100, "1.1\u00b5s"},
      {2200 * Microsecond, "2.2ms"},
      {100 * Millisecond, "100ms"},
      {1000001, "1.000001ms"},
      {1500 * Millisecond, "1.5s"},
      {3300 * Millisecond, "3.3s"},
      {2 * Minute, "2m0s"},
      {4 * Minute + 5 * Second, "4m5s"},
      {4 * Minute + 5001 * Millisecond, "4m5.001s"},
      {5 * Hour + 6 * Minute + 7001 * Millisecond, "5h6m7.001s"},
      {8 * Minute + 1, "8m0.000000001s"},
      {Hour, "1h0m0s"},
      {90 * Minute, "1h30m0s"},
      {48 * Hour + 1, "48h0m0.000000001s"},
      {-1, "-1ns"},
      {-1500 * Millisecond, "-1.5s"},
      {std::numeric_limits<int64_t>::max(), "2562047h47m16.854775807s"},
      {std::numeric_limits<int64_t>::min(), "-2562047h47m16.854775808s"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.d);
    CHECK(gotime::durationString(c.d) == c.want);
  }
  CHECK(goxx::durationString(Second) == "1s");
}

TEST_CASE("time: Duration conversions") {
  CHECK(gotime::durationSeconds(1500 * Millisecond) == doctest::Approx(1.5));
  CHECK(gotime::durationMinutes(90 * Second) == doctest::Approx(1.5));
  CHECK(gotime::durationHours(90 * Minute) == doctest::Approx(1.5));
  CHECK(gotime::durationMilliseconds(2500 * Microsecond) == 2);
  CHECK(gotime::durationMicroseconds(-2500) == -2);
}

TEST_CASE("time: Time values") {
  CHECK(gotime::Time{}.IsZero());
  CHECK(gotime::Time{}.String() == "0001-01-01 00:00:00 +0000 UTC");
  const gotime::Time t = gotime::unixTime(1257894000, 0);
  CHECK(t.String() == "2009-11-10 23:00:00 +0000 UTC");
  CHECK(t.Unix() == 1257894000);
  CHECK(gotime::unixTime(1257894000, 500000000).String() == "2009-11-10 23:00:00.5 +0000 UTC");
  CHECK(gotime::unixTime(-1, 0).String() == "1969-12-31 23:59:59 +0000 UTC");
  CHECK(gotime::unixTime(951782400, 0).String() == "2000-02-29 00:00:00 +0000 UTC");
  const gotime::Time later = t.Add(90 * Minute + 250 * Millisecond);
  CHECK(later.Sub(t) == 90 * Minute + 250 * Millisecond);
  CHECK(t.Sub(later) == -(90 * Minute + 250 * Millisecond));
  CHECK(t.Before(later));
  CHECK(later.After(t));
  CHECK(t.Add(-Second).UnixNano() == (1257894000LL - 1) * Second);
  CHECK(later.UnixMilli() == 1257894000LL * 1000 + 90 * 60 * 1000 + 250);
  CHECK(t.Equal(gotime::unixTime(1257894000, 0)));
  CHECK(gotime::unixTime(0, -1).String() == "1969-12-31 23:59:59.999999999 +0000 UTC");
}

TEST_CASE("time: now is monotonic and agrees with the wall clock") {
  const gotime::Time a = gotime::now();
  gotime::sleep(5 * Millisecond);
  const gotime::Time b = gotime::now();
  CHECK(b.Sub(a) >= 5 * Millisecond);
  CHECK(a.Before(b));
  CHECK(gotime::since(a) >= 5 * Millisecond);
  CHECK(a.Unix() > 1600000000);  // after 2020: the wall clock is in Unix seconds
}

TEST_CASE("time: sleep lasts at least the requested duration") {
  const int64_t start = goxx::nanotime();
  gotime::sleep(15 * Millisecond);
  CHECK(goxx::nanotime() - start >= 15 * Millisecond);
  gotime::sleep(0);
  gotime::sleep(-Second);  // returns at once
}

TEST_CASE("time: after fires once, no earlier than its duration") {
  const gotime::Time start = gotime::now();
  auto c = gotime::after(20 * Millisecond);
  CHECK(c.cap() == 1);
  const gotime::Time fired = c.recv();
  CHECK(gotime::since(start) >= 20 * Millisecond);
  CHECK(fired.Sub(start) >= 20 * Millisecond);
  gotime::sleep(10 * Millisecond);
  CHECK(c.len() == 0);
}

TEST_CASE("time: Timer.Stop prevents the firing and reports it") {
  gotime::Timer t = gotime::newTimer(20 * Millisecond);
  CHECK(t.Stop());
  CHECK_FALSE(t.Stop());
  gotime::sleep(40 * Millisecond);
  gotime::Time v;
  CHECK_FALSE(t.C.tryRecv(&v));

  gotime::Timer fired = gotime::newTimer(Millisecond);
  fired.C.recv();
  CHECK_FALSE(fired.Stop());  // already expired
}

TEST_CASE("time: Timer.Reset re-arms") {
  gotime::Timer t = gotime::newTimer(Hour);
  const int64_t start = goxx::nanotime();
  CHECK(t.Reset(10 * Millisecond));  // was active
  t.C.recv();
  CHECK(goxx::nanotime() - start >= 10 * Millisecond);
  CHECK_FALSE(t.Reset(10 * Millisecond));  // had fired
  t.C.recv();
  CHECK(goxx::nanotime() - start >= 20 * Millisecond);
}

TEST_CASE("time: a Timer whose value is never received keeps one value in its channel") {
  gotime::Timer t = gotime::newTimer(Millisecond);
  gotime::sleep(10 * Millisecond);
  CHECK(t.C.len() == 1);
  CHECK_FALSE(t.Stop());
  CHECK(t.C.len() == 1);  // Stop does not drain (Go 1.19-1.22)
}

TEST_CASE("time: Ticker ticks in order at its period") {
  gotime::Ticker tk = gotime::newTicker(5 * Millisecond);
  const gotime::Time start = gotime::now();
  gotime::Time prev = start;
  for (int i = 0; i < 5; i++) {
    const gotime::Time tick = tk.C.recv();
    CHECK(tick.After(prev));
    prev = tick;
  }
  CHECK(gotime::since(start) >= 5 * 5 * Millisecond - Millisecond);
  tk.Stop();
  gotime::Time v;
  tk.C.tryRecv(&v);  // a tick may have been sent before Stop
  gotime::sleep(20 * Millisecond);
  CHECK_FALSE(tk.C.tryRecv(&v));
}

TEST_CASE("time: a Ticker drops ticks for a slow receiver") {
  gotime::Ticker tk = gotime::newTicker(2 * Millisecond);
  gotime::sleep(30 * Millisecond);
  CHECK(tk.C.len() == 1);
  tk.C.recv();
  const gotime::Time afterDrain = gotime::now();
  const gotime::Time next = tk.C.recv();  // a fresh tick, not a stale queued one
  CHECK_FALSE(next.Before(afterDrain));
  tk.Stop();
}

TEST_CASE("time: Ticker.Reset changes the period; invalid periods panic") {
  gotime::Ticker tk = gotime::newTicker(Hour);
  const int64_t start = goxx::nanotime();
  tk.Reset(5 * Millisecond);
  tk.C.recv();
  tk.C.recv();
  CHECK(goxx::nanotime() - start >= 10 * Millisecond - Millisecond);
  tk.Stop();

  std::string text;
  try {
    tk.Reset(0);
  } catch (const goxx::Panic& p) {
    text = p.printText();
  }
  CHECK(text == "non-positive interval for Ticker.Reset");
  text.clear();
  try {
    gotime::newTicker(-1);
  } catch (const goxx::Panic& p) {
    text = p.printText();
  }
  CHECK(text == "non-positive interval for NewTicker");
  CHECK(gotime::tick(0).isNil());
}

TEST_CASE("time: afterFunc runs f in its own goroutine; Stop prevents it") {
  auto ran = goxx::makeChan<int>(2);
  const int64_t start = goxx::nanotime();
  gotime::Timer t = gotime::afterFunc(10 * Millisecond, [ran] { ran.send(1); });
  CHECK(t.C.isNil());
  CHECK(ran.recv() == 1);
  CHECK(goxx::nanotime() - start >= 10 * Millisecond);
  CHECK_FALSE(t.Stop());

  gotime::Timer stopped = gotime::afterFunc(10 * Millisecond, [ran] { ran.send(2); });
  CHECK(stopped.Stop());
  gotime::sleep(30 * Millisecond);
  CHECK(ran.len() == 0);

  // Reset re-arms a function timer too.
  CHECK_FALSE(stopped.Reset(Millisecond));
  CHECK(ran.recv() == 2);
}

TEST_CASE("time: after in a select as a timeout") {
  auto never = goxx::makeChan<int>();
  int v = 0;
  gotime::Time when;
  const int64_t start = goxx::nanotime();
  auto timeout = gotime::after(15 * Millisecond);
  goxx::SelectCase cases[] = {goxx::recvCase(never, &v), goxx::recvCase(timeout, &when)};
  CHECK(goxx::select(cases, false) == 1);
  CHECK(goxx::nanotime() - start >= 15 * Millisecond);
}

TEST_CASE("time: a dropped Timer handle still fires into its channel") {
  goxx::Chan<gotime::Time> c;
  {
    gotime::Timer t = gotime::newTimer(5 * Millisecond);
    c = t.C;
  }
  c.recv();
  CHECK(c.len() == 0);
}

#if defined(GOXX_ASAN)
#include <sanitizer/lsan_interface.h>
// See chan_elements_test.cpp: an explicit leak check, since the process ends with _exit.
TEST_CASE("time: nothing leaked (LeakSanitizer)") { CHECK(__lsan_do_recoverable_leak_check() == 0); }
#endif
