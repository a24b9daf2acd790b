// Every //goxx:extern of compiler/stdlib/time/time.gox, checked against docs/ABI.md (see pkg_abi_check.h).
#include <doctest/doctest.h>

#include <tuple>

#include "goxx/pkg/time.h"
#include "pkg_abi_check.h"

namespace {
using namespace goxx;
namespace t = goxx::pkg::time;

GOXX_ABI_FUNC(t::Duration_String, String(t::Duration));
GOXX_ABI_FUNC(t::Duration_Seconds, Float64(t::Duration));
GOXX_ABI_FUNC(t::Duration_Minutes, Float64(t::Duration));
GOXX_ABI_FUNC(t::Duration_Hours, Float64(t::Duration));
GOXX_ABI_FUNC(t::Duration_Milliseconds, Int64(t::Duration));
GOXX_ABI_FUNC(t::Duration_Microseconds, Int64(t::Duration));
GOXX_ABI_FUNC(t::Duration_Nanoseconds, Int64(t::Duration));
GOXX_ABI_FUNC(t::Duration_Round, t::Duration(t::Duration, t::Duration));
GOXX_ABI_FUNC(t::Duration_Truncate, t::Duration(t::Duration, t::Duration));
GOXX_ABI_FUNC(t::Month_String, String(t::Month));
GOXX_ABI_FUNC(t::Weekday_String, String(t::Weekday));
GOXX_ABI_FUNC(t::Now, t::Time());
GOXX_ABI_FUNC(t::Since, t::Duration(t::Time));
GOXX_ABI_FUNC(t::Until, t::Duration(t::Time));
GOXX_ABI_FUNC(t::Unix, t::Time(Int64, Int64));
GOXX_ABI_FUNC(t::UnixMilli, t::Time(Int64));
GOXX_ABI_FUNC(t::Date, t::Time(Int, t::Month, Int, Int, Int, Int, Int, Ptr<t::Location>));
GOXX_ABI_FUNC(t::Time_Sub, t::Duration(t::Time, t::Time));
GOXX_ABI_FUNC(t::Time_Add, t::Time(t::Time, t::Duration));
GOXX_ABI_FUNC(t::Time_After, bool(t::Time, t::Time));
GOXX_ABI_FUNC(t::Time_Before, bool(t::Time, t::Time));
GOXX_ABI_FUNC(t::Time_Equal, bool(t::Time, t::Time));
GOXX_ABI_FUNC(t::Time_IsZero, bool(t::Time));
GOXX_ABI_FUNC(t::Time_Unix, Int64(t::Time));
GOXX_ABI_FUNC(t::Time_UnixNano, Int64(t::Time));
GOXX_ABI_FUNC(t::Time_UnixMilli, Int64(t::Time));
GOXX_ABI_FUNC(t::Time_Format, String(t::Time, String));
GOXX_ABI_FUNC(t::Time_String, String(t::Time));
GOXX_ABI_FUNC(t::Time_Year, Int(t::Time));
GOXX_ABI_FUNC(t::Time_Month, t::Month(t::Time));
GOXX_ABI_FUNC(t::Time_Day, Int(t::Time));
GOXX_ABI_FUNC(t::Time_Weekday, t::Weekday(t::Time));
GOXX_ABI_FUNC(t::Time_Hour, Int(t::Time));
GOXX_ABI_FUNC(t::Time_Minute, Int(t::Time));
GOXX_ABI_FUNC(t::Time_Second, Int(t::Time));
GOXX_ABI_FUNC(t::Time_Nanosecond, Int(t::Time));
GOXX_ABI_FUNC(t::Time_Truncate, t::Time(t::Time, t::Duration));
GOXX_ABI_VAR(t::UTC, Ptr<t::Location>);
GOXX_ABI_VAR(t::Local, Ptr<t::Location>);
GOXX_ABI_FUNC(t::Location_String, String(t::Location*));
GOXX_ABI_FUNC(t::Sleep, void(t::Duration));
GOXX_ABI_FUNC(t::After, Chan<t::Time>(t::Duration));
GOXX_ABI_FUNC(t::Tick, Chan<t::Time>(t::Duration));
GOXX_ABI_FUNC(t::ParseDuration, std::tuple<t::Duration, Error>(String));
GOXX_ABI_FUNC(t::NewTimer, Ptr<t::Timer>(t::Duration));
GOXX_ABI_FUNC(t::AfterFunc, Ptr<t::Timer>(t::Duration, Func<void()>));
GOXX_ABI_FUNC(t::Timer_Stop, bool(t::Timer*));
GOXX_ABI_FUNC(t::Timer_Reset, bool(t::Timer*, t::Duration));
GOXX_ABI_FUNC(t::NewTicker, Ptr<t::Ticker>(t::Duration));
GOXX_ABI_FUNC(t::Ticker_Stop, void(t::Ticker*));
GOXX_ABI_FUNC(t::Ticker_Reset, void(t::Ticker*, t::Duration));

// Named integer types: one member v of the underlying type, which generated code does arithmetic on.
static_assert(std::is_same_v<decltype(t::Duration::v), Int64>);
static_assert(std::is_same_v<decltype(t::Month::v), Int>);
static_assert(std::is_same_v<decltype(t::Weekday::v), Int>);
static_assert(std::is_same_v<decltype(t::Timer::C), Chan<t::Time>>);
static_assert(std::is_same_v<decltype(t::Ticker::C), Chan<t::Time>>);
}  // namespace

TEST_CASE("time's extern types: zero values, copies, == and descriptors") {
  using goxx::test::abiType;
  CHECK(abiType<t::Duration, true>()->name == "time.Duration");
  CHECK(abiType<t::Month, true>()->name == "time.Month");
  CHECK(abiType<t::Weekday, true>()->name == "time.Weekday");
  CHECK(abiType<t::Time, true>()->name == "time.Time");
  CHECK(abiType<t::Location, true>()->name == "time.Location");
  CHECK(abiType<t::Timer, false>()->name == "time.Timer");
  CHECK(abiType<t::Ticker, false>()->name == "time.Ticker");
  CHECK(typeOf<Ptr<t::Location>>()->findMethod("String") != nullptr);
  CHECK(t::Duration{5} == t::Duration{5});
}
