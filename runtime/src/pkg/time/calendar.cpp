// pkg/time/calendar.cpp — time.Time's calendar: Date, the field accessors, Format and String, Month and
// Weekday names. Every instant is shown in UTC (goxx has no zone database; see goxx/pkg/time.h).
//
// Time keeps seconds since 0001-01-01 UTC (goxx/time.h); days are converted to proleptic Gregorian dates
// by counting 400-year eras (146097 days) of years that start on March 1, so the leap day ends a year.
#include <cstdint>
#include <string>
#include <string_view>

#include "goxx/pkg/time.h"

namespace goxx::pkg::time {
namespace {

constexpr int64_t kNsPerSec = 1'000'000'000;
constexpr int64_t kSecPerDay = 86400;

struct Civil {
  int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// Days since 1970-01-01 of a date whose month is in 1..12 and day in 1..31 (or beyond: it just adds days).
int64_t daysFromCivil(int64_t y, int m, int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = floorDiv(y, 400);
  const int64_t yearOfEra = y - era * 400;
  const int64_t marchMonth = m > 2 ? m - 3 : m + 9;
  const int64_t dayOfYear = (153 * marchMonth + 2) / 5 + d - 1;
  const int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

Civil civilFromDays(int64_t days) {
  const int64_t shifted = days + 719468;
  const int64_t era = floorDiv(shifted, 146097);
  const int64_t dayOfEra = shifted - era * 146097;
  const int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  const int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const int64_t marchMonth = (5 * dayOfYear + 2) / 153;
  Civil c;
  c.day = int(dayOfYear - (153 * marchMonth + 2) / 5 + 1);
  c.month = int(marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
  c.year = yearOfEra + era * 400 + (c.month <= 2 ? 1 : 0);
  return c;
}

// The broken-down UTC fields of an instant.
struct Fields {
  Civil date;
  int64_t unixDays;
  int hour, minute, second;
  int yearDay;  // 1..366
};

Fields fieldsOf(const Time& t) {
  const int64_t unixSec = t.sec - Time::kUnixToInternal;
  Fields f{};
  f.unixDays = floorDiv(unixSec, kSecPerDay);
  const int64_t secOfDay = unixSec - f.unixDays * kSecPerDay;
  f.date = civilFromDays(f.unixDays);
  f.hour = int(secOfDay / 3600);
  f.minute = int(secOfDay / 60 % 60);
  f.second = int(secOfDay % 60);
  f.yearDay = int(f.unixDays - daysFromCivil(f.date.year, 1, 1) + 1);
  return f;
}

// Go's norm: moves whole multiples of base from lo into hi so that 0 <= lo < base.
void norm(int64_t& hi, int64_t& lo, int64_t base) {
  if (lo < 0) {
    const int64_t n = (-lo - 1) / base + 1;
    hi -= n;
    lo += n * base;
  }
  if (lo >= base) {
    const int64_t n = lo / base;
    hi += n;
    lo -= n * base;
  }
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

void appendInt(std::string& out, int64_t v, int width) {
  if (v < 0) {
    out += '-';
    v = -v;
  }
  std::string digits = std::to_string(v);
  if (int(digits.size()) < width) out.append(size_t(width) - digits.size(), '0');
  out += digits;
}

bool startsWith(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }
bool digitAt(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

}  // namespace

String Month_String(Month m) {
  if (m.v >= 1 && m.v <= 12) return String::fromStatic(kMonths[m.v - 1]);
  return String("%!Month(" + std::to_string(uint64_t(m.v)) + ")");  // Go formats the value as uint64
}

String Weekday_String(Weekday d) {
  if (d.v >= 0 && d.v <= 6) return String::fromStatic(kDays[d.v]);
  return String("%!Weekday(" + std::to_string(uint64_t(d.v)) + ")");
}

Time Unix(Int64 sec, Int64 nsec) { return ::goxx::time::unixTime(sec, nsec); }

Time UnixMilli(Int64 msec) { return ::goxx::time::unixTime(msec / 1000, (msec % 1000) * 1'000'000); }

Time Date(Int year, Month month, Int day, Int hour, Int min, Int sec, Int nsec, Ptr<Location> loc) {
  if (loc.isNil()) panicString("time: missing Location in call to Date");
  int64_t y = year, m = month.v - 1;
  norm(y, m, 12);
  int64_t s = sec, ns = nsec, mi = min, h = hour, d = day;
  norm(s, ns, kNsPerSec);
  norm(mi, s, 60);
  norm(h, mi, 60);
  norm(d, h, 24);
  const int64_t days = daysFromCivil(y, int(m) + 1, 1) + (d - 1);
  return ::goxx::time::unixTime(days * kSecPerDay + h * 3600 + mi * 60 + s, ns);
}

Int64 Time_Unix(Time t) { return t.Unix(); }
Int64 Time_UnixNano(Time t) { return t.UnixNano(); }
Int64 Time_UnixMilli(Time t) { return t.UnixMilli(); }
bool Time_IsZero(Time t) { return t.IsZero(); }
Int Time_Year(Time t) { return fieldsOf(t).date.year; }
Month Time_Month(Time t) { return Month{fieldsOf(t).date.month}; }
Int Time_Day(Time t) { return fieldsOf(t).date.day; }
Weekday Time_Weekday(Time t) {
  // 1970-01-01 was a Thursday.
  int64_t wd = (fieldsOf(t).unixDays + 4) % 7;
  return Weekday{wd < 0 ? wd + 7 : wd};
}
Int Time_Hour(Time t) { return fieldsOf(t).hour; }
Int Time_Minute(Time t) { return fieldsOf(t).minute; }
Int Time_Second(Time t) { return fieldsOf(t).second; }
Int Time_Nanosecond(Time t) { return t.nsec; }

Time Time_Truncate(Time t, Duration d) {
  t.hasMono = false;
  t.mono = 0;
  if (d.v <= 0) return t;
  // The remainder of the time since the zero time, floored (Go's div).
  const __int128 total = __int128(t.sec) * kNsPerSec + t.nsec;
  __int128 r = total % d.v;
  if (r < 0) r += d.v;
  return t.Add(-int64_t(r));
}

String Time_Format(Time t, String layoutString) {
  const std::string_view layout = layoutString.view();
  const Fields f = fieldsOf(t);
  const int64_t weekday = Time_Weekday(t).v;
  std::string out;
  size_t i = 0;
  while (i < layout.size()) {
    const char c = layout[i];
    auto take = [&](std::string_view token) {
      if (!startsWith(layout, i, token)) return false;
      i += token.size();
      return true;
    };
    if (take("January")) { out += kMonths[f.date.month - 1]; continue; }
    if (take("Jan")) { out += std::string_view(kMonths[f.date.month - 1]).substr(0, 3); continue; }
    if (take("Monday")) { out += kDays[weekday]; continue; }
    if (take("Mon")) { out += std::string_view(kDays[weekday]).substr(0, 3); continue; }
    if (take("MST")) { out += "UTC"; continue; }
    if (take("2006")) { appendInt(out, f.date.year, 4); continue; }
    if (take("002")) { appendInt(out, f.yearDay, 3); continue; }
    if (take("01")) { appendInt(out, f.date.month, 2); continue; }
    if (take("02")) { appendInt(out, f.date.day, 2); continue; }
    if (take("03")) { appendInt(out, f.hour % 12 == 0 ? 12 : f.hour % 12, 2); continue; }
    if (take("04")) { appendInt(out, f.minute, 2); continue; }
    if (take("05")) { appendInt(out, f.second, 2); continue; }
    if (take("06")) { appendInt(out, ((f.date.year % 100) + 100) % 100, 2); continue; }
    if (take("15")) { appendInt(out, f.hour, 2); continue; }
    if (take("_2006")) {  // a literal '_' before the year
      out += '_';
      appendInt(out, f.date.year, 4);
      continue;
    }
    if (take("__2")) {
      std::string yd = std::to_string(f.yearDay);
      out.append(3 - yd.size(), ' ');
      out += yd;
      continue;
    }
    if (take("_2")) {
      if (f.date.day < 10) out += ' ';
      out += std::to_string(f.date.day);
      continue;
    }
    if (take("1")) { out += std::to_string(f.date.month); continue; }
    if (take("2")) { out += std::to_string(f.date.day); continue; }
    if (take("3")) { out += std::to_string(f.hour % 12 == 0 ? 12 : f.hour % 12); continue; }
    if (take("4")) { out += std::to_string(f.minute); continue; }
    if (take("5")) { out += std::to_string(f.second); continue; }
    if (take("PM")) { out += f.hour >= 12 ? "PM" : "AM"; continue; }
    if (take("pm")) { out += f.hour >= 12 ? "pm" : "am"; continue; }
    // Zone offsets: UTC is +0000 (or Z in the ISO 8601 forms).
    if (take("-07:00:00")) { out += "+00:00:00"; continue; }
    if (take("-070000")) { out += "+000000"; continue; }
    if (take("-07:00")) { out += "+00:00"; continue; }
    if (take("-0700")) { out += "+0000"; continue; }
    if (take("-07")) { out += "+00"; continue; }
    if (take("Z07:00:00") || take("Z070000") || take("Z07:00") || take("Z0700") || take("Z07")) {
      out += 'Z';
      continue;
    }
    if ((c == '.' || c == ',') && i + 1 < layout.size() && (layout[i + 1] == '0' || layout[i + 1] == '9')) {
      const char digit = layout[i + 1];
      size_t j = i + 1;
      while (j < layout.size() && layout[j] == digit) j++;
      if (!digitAt(layout, j)) {
        const size_t n = std::min<size_t>(j - i - 1, 9);
        std::string frac = std::to_string(t.nsec);
        frac.insert(0, 9 - frac.size(), '0');
        frac.resize(n);
        if (digit == '9') frac.erase(frac.find_last_not_of('0') + 1);
        if (!frac.empty()) {
          out += c;
          out += frac;
        }
        i = j;
        continue;
      }
    }
    out += c;
    i++;
  }
  return String(out);
}

namespace {
// The monotonic clock at process start: Go prints a reading relative to it ("m=+0.001234567").
const int64_t kStartMono = nanotime();
}  // namespace

String Time_String(Time t) {
  std::string s(Time_Format(t, String::fromStatic("2006-01-02 15:04:05.999999999 -0700 MST")).view());
  if (t.hasMono) {
    int64_t m = t.mono - kStartMono;
    s += m < 0 ? " m=-" : " m=+";
    const uint64_t mag = m < 0 ? uint64_t(0) - uint64_t(m) : uint64_t(m);
    std::string frac = std::to_string(mag % 1'000'000'000);
    frac.insert(0, 9 - frac.size(), '0');
    s += std::to_string(mag / 1'000'000'000) + "." + frac;
  }
  return String(s);
}

}  // namespace goxx::pkg::time
