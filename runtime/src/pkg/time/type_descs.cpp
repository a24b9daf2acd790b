// pkg/time/type_descs.cpp — descriptors of time's types: what %T prints, == and hashing, and the method
// tables through which fmt finds String (so Println(2*time.Second) prints "2s").
#include "goxx/pkg/time.h"

namespace goxx {
namespace {

using namespace ::goxx::pkg::time;

String durationString(const void* d) { return Duration_String(*static_cast<const Duration*>(d)); }
String monthString(const void* m) { return Month_String(*static_cast<const Month*>(m)); }
String weekdayString(const void* d) { return Weekday_String(*static_cast<const Weekday*>(d)); }
String timeString(const void* t) { return Time_String(*static_cast<const Time*>(t)); }
String locationString(const void* l) {
  const Ptr<Location>& p = *static_cast<const Ptr<Location>*>(l);
  return Location_String(&*p);
}

}  // namespace

const TypeDesc* TypeOf<Duration>::get() {
  static const TypeDesc d =
      namedType<Duration>("time.Duration", typeOf<Int64>(), {method("String", &durationString, "func() string")});
  return &d;
}

const TypeDesc* TypeOf<Month>::get() {
  static const TypeDesc d = namedType<Month>("time.Month", typeOf<Int>(), {method("String", &monthString, "func() string")});
  return &d;
}

const TypeDesc* TypeOf<Weekday>::get() {
  static const TypeDesc d =
      namedType<Weekday>("time.Weekday", typeOf<Int>(), {method("String", &weekdayString, "func() string")});
  return &d;
}

const TypeDesc* TypeOf<Time>::get() {
  static const TypeDesc d = structType<Time>("time.Time", {}, {method("String", &timeString, "func() string")});
  return &d;
}

const TypeDesc* TypeOf<Location>::get() {
  static const TypeDesc d = structType<Location>("time.Location", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Location>>::get() {
  static const TypeDesc d = pointerType<Location>({method("String", &locationString, "func() string")});
  return &d;
}

const TypeDesc* TypeOf<pkg::time::Timer>::get() {
  static const TypeDesc d = structType<pkg::time::Timer>("time.Timer", {field<&pkg::time::Timer::C>("C")});
  return &d;
}

const TypeDesc* TypeOf<pkg::time::Ticker>::get() {
  static const TypeDesc d = structType<pkg::time::Ticker>("time.Ticker", {field<&pkg::time::Ticker::C>("C")});
  return &d;
}

}  // namespace goxx
