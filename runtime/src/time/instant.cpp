// time/instant.cpp — time.Time: reading the clocks, arithmetic, comparison, String.
//
// An instant is (sec since year 1, nsec in [0, 1e9)); every constructor normalizes to that range. When both
// operands carry a monotonic reading, Sub/Before/After/Equal use it alone (Go's rule), because the wall clock
// may have been stepped between the two readings.
#include <ctime>
#include <limits>
#include <string>

#include "goxx/time.h"

namespace goxx::time {
namespace {

constexpr int64_t kNsPerSec = 1'000'000'000;

Time fromSecNsec(int64_t sec, int64_t nsec) {
  sec += nsec / kNsPerSec;
  nsec %= kNsPerSec;
  if (nsec < 0) {
    nsec += kNsPerSec;
    sec--;
  }
  Time t;
  t.sec = sec;
  t.nsec = int32_t(nsec);
  return t;
}

Duration saturatingNs(int64_t secDiff, int64_t nsecDiff) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  if (secDiff > kMax / kNsPerSec - 1) return kMax;
  if (secDiff < kMin / kNsPerSec + 1) return kMin;
  return secDiff * kNsPerSec + nsecDiff;
}

struct CivilDate {
  int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};

// Proleptic Gregorian calendar date of the day `days` after 1970-01-01, by counting 400-year eras
// (146097 days each) of years that start on March 1, so the leap day is the last day of a year.
CivilDate civilFromUnixDays(int64_t days) {
  const int64_t shifted = days + 719468;  // days since 0000-03-01
  const int64_t era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
  const int64_t dayOfEra = shifted - era * 146097;
  const int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  const int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const int64_t marchMonth = (5 * dayOfYear + 2) / 153;  // 0 = March
  CivilDate date;
  date.day = int(dayOfYear - (153 * marchMonth + 2) / 5 + 1);
  date.month = int(marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
  date.year = yearOfEra + era * 400 + (date.month <= 2 ? 1 : 0);
  return date;
}

std::string padded(int64_t v, int width) {
  std::string s = std::to_string(v < 0 ? -v : v);
  if (int(s.size()) < width) s.insert(0, size_t(width) - s.size(), '0');
  return v < 0 ? "-" + s : s;
}

}  // namespace

Time now() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  Time t = fromSecNsec(int64_t(ts.tv_sec) + Time::kUnixToInternal, ts.tv_nsec);
  t.hasMono = true;
  t.mono = nanotime();
  return t;
}

Time unixTime(int64_t sec, int64_t nsec) { return fromSecNsec(sec + Time::kUnixToInternal, nsec); }

Duration since(const Time& t) { return now().Sub(t); }
Duration until(const Time& t) { return t.Sub(now()); }

Duration Time::Sub(const Time& u) const {
  if (hasMono && u.hasMono) return mono - u.mono;
  return saturatingNs(sec - u.sec, int64_t(nsec) - u.nsec);
}

Time Time::Add(Duration d) const {
  Time t = fromSecNsec(sec + d / kNsPerSec, int64_t(nsec) + d % kNsPerSec);
  t.hasMono = hasMono;
  if (hasMono) t.mono = mono + d;
  return t;
}

bool Time::Before(const Time& u) const {
  if (hasMono && u.hasMono) return mono < u.mono;
  return sec < u.sec || (sec == u.sec && nsec < u.nsec);
}

bool Time::After(const Time& u) const {
  if (hasMono && u.hasMono) return mono > u.mono;
  return sec > u.sec || (sec == u.sec && nsec > u.nsec);
}

bool Time::Equal(const Time& u) const {
  if (hasMono && u.hasMono) return mono == u.mono;
  return sec == u.sec && nsec == u.nsec;
}

int64_t Time::UnixMilli() const { return Unix() * 1000 + nsec / 1'000'000; }
int64_t Time::UnixMicro() const { return Unix() * 1'000'000 + nsec / 1000; }
int64_t Time::UnixNano() const { return Unix() * kNsPerSec + nsec; }

std::string Time::String() const {
  const int64_t unixSec = Unix();
  int64_t days = unixSec / 86400;
  int64_t secOfDay = unixSec % 86400;
  if (secOfDay < 0) {
    secOfDay += 86400;
    days--;
  }
  const CivilDate date = civilFromUnixDays(days);
  std::string out = padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2) + " " +
                    padded(secOfDay / 3600, 2) + ":" + padded(secOfDay / 60 % 60, 2) + ":" +
                    padded(secOfDay % 60, 2);
  if (nsec != 0) {
    std::string frac = padded(nsec, 9);
    frac.erase(frac.find_last_not_of('0') + 1);
    out += "." + frac;
  }
  return out + " +0000 UTC";
}

}  // namespace goxx::time
