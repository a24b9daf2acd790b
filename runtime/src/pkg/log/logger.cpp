// pkg/log/logger.cpp — log.Logger: formatting a line (Go's formatHeader) and writing it in one Write.
#include <time.h>

#include <string>

#include "goxx/defer.h"
#include "goxx/fmt.h"
#include "goxx/main.h"
#include "goxx/pkg/log.h"

namespace goxx::pkg::log {
namespace {

// The flag bits of log.gox.
constexpr Int kDate = 1, kTime = 2, kMicroseconds = 4, kLongFile = 8, kShortFile = 16, kUTC = 32, kMsgPrefix = 64;

void appendPadded(std::string& out, int64_t v, int width) {
  std::string digits = std::to_string(v < 0 ? -v : v);
  if (v < 0) out += '-';
  if (int(digits.size()) < width) out.append(size_t(width) - digits.size(), '0');
  out += digits;
}

void output(Logger* l, std::string_view s) {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  l->mu.Lock();
  const std::string line = formatLine(l->prefix, l->flag, int64_t(now.tv_sec) * 1'000'000'000 + now.tv_nsec, s);
  struct Unlock {
    Logger* l;
    ~Unlock() { l->mu.Unlock(); }
  } unlock{l};
  if (l->toStderr) {
    osStderr().write(line);
  } else {
    io::writeText(l->out, line);
  }
}

std::string sprint(const Slice<Any>& v) { return std::string(goxx::fmt::SprintArgs(v).view()); }
std::string sprintln(const Slice<Any>& v) { return std::string(goxx::fmt::SprintlnArgs(v).view()); }
std::string sprintf(const String& format, const Slice<Any>& v) {
  return std::string(goxx::fmt::SprintfArgs(format, v).view());
}

[[noreturn]] void panicWith(const std::string& s) { panicAny(Any(String(s))); }

}  // namespace

std::string formatLine(const String& prefix, Int flag, int64_t unixNano, std::string_view s) {
  std::string out;
  if ((flag & kMsgPrefix) == 0) out += prefix.view();
  if ((flag & (kDate | kTime | kMicroseconds)) != 0) {
    const time_t sec = time_t(unixNano / 1'000'000'000);
    const int64_t nsec = unixNano % 1'000'000'000;
    struct tm tm {};
    if ((flag & kUTC) != 0) {
      gmtime_r(&sec, &tm);
    } else {
      localtime_r(&sec, &tm);
    }
    if ((flag & kDate) != 0) {
      appendPadded(out, tm.tm_year + 1900, 4);
      out += '/';
      appendPadded(out, tm.tm_mon + 1, 2);
      out += '/';
      appendPadded(out, tm.tm_mday, 2);
      out += ' ';
    }
    if ((flag & (kTime | kMicroseconds)) != 0) {
      appendPadded(out, tm.tm_hour, 2);
      out += ':';
      appendPadded(out, tm.tm_min, 2);
      out += ':';
      appendPadded(out, tm.tm_sec, 2);
      if ((flag & kMicroseconds) != 0) {
        out += '.';
        appendPadded(out, nsec / 1000, 6);
      }
      out += ' ';
    }
  }
  if ((flag & (kShortFile | kLongFile)) != 0) out += "???:0: ";
  if ((flag & kMsgPrefix) != 0) out += prefix.view();
  out += s;
  if (s.empty() || s.back() != '\n') out += '\n';
  return out;
}

Ptr<Logger> New(io::Writer out, String prefix, Int flag) {
  Ptr<Logger> l = newPtr<Logger>();
  l->out = std::move(out);
  l->prefix = std::move(prefix);
  l->flag = flag;
  return l;
}

Ptr<Logger> Default() {
  static Ptr<Logger> standard = [] {
    Ptr<Logger> l = newPtr<Logger>();
    l->flag = kDate | kTime;
    l->toStderr = true;
    return l;
  }();
  return standard;
}

void Logger_Print(Logger* l, Slice<Any> v) { output(l, sprint(v)); }
void Logger_Printf(Logger* l, String format, Slice<Any> v) { output(l, sprintf(format, v)); }
void Logger_Println(Logger* l, Slice<Any> v) { output(l, sprintln(v)); }

void Logger_Fatal(Logger* l, Slice<Any> v) {
  output(l, sprint(v));
  exitProcess(1);
}
void Logger_Fatalf(Logger* l, String format, Slice<Any> v) {
  output(l, sprintf(format, v));
  exitProcess(1);
}
void Logger_Fatalln(Logger* l, Slice<Any> v) {
  output(l, sprintln(v));
  exitProcess(1);
}

void Logger_Panic(Logger* l, Slice<Any> v) {
  const std::string s = sprint(v);
  output(l, s);
  panicWith(s);
}
void Logger_Panicf(Logger* l, String format, Slice<Any> v) {
  const std::string s = sprintf(format, v);
  output(l, s);
  panicWith(s);
}
void Logger_Panicln(Logger* l, Slice<Any> v) {
  const std::string s = sprintln(v);
  output(l, s);
  panicWith(s);
}

void Logger_SetPrefix(Logger* l, String prefix) {
  l->mu.Lock();
  l->prefix = std::move(prefix);
  l->mu.Unlock();
}
String Logger_Prefix(Logger* l) {
  l->mu.Lock();
  String p = l->prefix;
  l->mu.Unlock();
  return p;
}
void Logger_SetFlags(Logger* l, Int flag) {
  l->mu.Lock();
  l->flag = flag;
  l->mu.Unlock();
}
Int Logger_Flags(Logger* l) {
  l->mu.Lock();
  const Int f = l->flag;
  l->mu.Unlock();
  return f;
}
void Logger_SetOutput(Logger* l, io::Writer w) {
  l->mu.Lock();
  l->out = std::move(w);
  l->toStderr = false;
  l->mu.Unlock();
}

void Print(Slice<Any> v) { Logger_Print(Default().get(), std::move(v)); }
void Printf(String format, Slice<Any> v) { Logger_Printf(Default().get(), std::move(format), std::move(v)); }
void Println(Slice<Any> v) { Logger_Println(Default().get(), std::move(v)); }
void Fatal(Slice<Any> v) { Logger_Fatal(Default().get(), std::move(v)); }
void Fatalf(String format, Slice<Any> v) { Logger_Fatalf(Default().get(), std::move(format), std::move(v)); }
void Fatalln(Slice<Any> v) { Logger_Fatalln(Default().get(), std::move(v)); }
void Panic(Slice<Any> v) { Logger_Panic(Default().get(), std::move(v)); }
void Panicf(String format, Slice<Any> v) { Logger_Panicf(Default().get(), std::move(format), std::move(v)); }
void Panicln(Slice<Any> v) { Logger_Panicln(Default().get(), std::move(v)); }
void SetFlags(Int flag) { Logger_SetFlags(Default().get(), flag); }
Int Flags() { return Logger_Flags(Default().get()); }
void SetPrefix(String prefix) { Logger_SetPrefix(Default().get(), std::move(prefix)); }
String Prefix() { return Logger_Prefix(Default().get()); }
void SetOutput(io::Writer w) { Logger_SetOutput(Default().get(), std::move(w)); }

}  // namespace goxx::pkg::log

namespace goxx {
const TypeDesc* TypeOf<pkg::log::Logger>::get() {
  static const TypeDesc d = structType<pkg::log::Logger>("log.Logger", {});
  return &d;
}
}  // namespace goxx
