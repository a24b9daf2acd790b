// goxx/pkg/log.h — package log as generated code calls it (docs/ABI.md, compiler/stdlib/log/log.gox).
//
// Consumes: goxx/fmt.h (Sprint, Sprintln, Sprintf), goxx/pkg/io.h (io.Writer), goxx/sync.h, goxx/main.h.
// Produces, in goxx::pkg::log: Logger and its methods (Logger_Println(Logger*, v), ...), New, Default, and the
// package functions that use the standard logger.
//
// Go's format: the prefix (unless Lmsgprefix), then "2009/01/23 " for Ldate, "01:23:23 " for Ltime
// (".123123" more for Lmicroseconds), in the local time zone unless LUTC; Lshortfile / Llongfile print
// "???:0: " (goxx has no caller information at run time); then the prefix for Lmsgprefix, the message, and
// a newline unless the message ends with one. Each line is one Write, under the logger's mutex.
// The standard logger writes to the process's stderr (os.Stderr) with LstdFlags; Fatal* exit with status
// 1 after writing; Panic* panic with the message string after writing it.
#pragma once

#include "goxx/pkg/io.h"
#include "goxx/sync.h"
#include "goxx/value.h"

namespace goxx::pkg::log {

struct Logger {
  ::goxx::sync::Mutex mu;
  String prefix;       // guarded by mu
  Int flag = 0;        // guarded by mu
  io::Writer out;      // guarded by mu; ignored while toStderr
  bool toStderr = false;  // the standard logger's os.Stderr, written through the runtime's stderr writer
  friend bool operator==(const Logger& a, const Logger& b) {
    return a.prefix == b.prefix && a.flag == b.flag && a.out == b.out && a.toStderr == b.toStderr;
  }
};

Ptr<Logger> New(io::Writer out, String prefix, Int flag);
Ptr<Logger> Default();

void Logger_Print(Logger* l, Slice<Any> v);
void Logger_Printf(Logger* l, String format, Slice<Any> v);
void Logger_Println(Logger* l, Slice<Any> v);
[[noreturn]] void Logger_Fatal(Logger* l, Slice<Any> v);
[[noreturn]] void Logger_Fatalf(Logger* l, String format, Slice<Any> v);
[[noreturn]] void Logger_Fatalln(Logger* l, Slice<Any> v);
[[noreturn]] void Logger_Panic(Logger* l, Slice<Any> v);
[[noreturn]] void Logger_Panicf(Logger* l, String format, Slice<Any> v);
[[noreturn]] void Logger_Panicln(Logger* l, Slice<Any> v);
void Logger_SetPrefix(Logger* l, String prefix);
String Logger_Prefix(Logger* l);
void Logger_SetFlags(Logger* l, Int flag);
Int Logger_Flags(Logger* l);
void Logger_SetOutput(Logger* l, io::Writer w);

void Print(Slice<Any> v);
void Printf(String format, Slice<Any> v);
void Println(Slice<Any> v);
[[noreturn]] void Fatal(Slice<Any> v);
[[noreturn]] void Fatalf(String format, Slice<Any> v);
[[noreturn]] void Fatalln(Slice<Any> v);
[[noreturn]] void Panic(Slice<Any> v);
[[noreturn]] void Panicf(String format, Slice<Any> v);
[[noreturn]] void Panicln(Slice<Any> v);
void SetFlags(Int flag);
Int Flags();
void SetPrefix(String prefix);
String Prefix();
void SetOutput(io::Writer w);

// The line Output would write for message s at the given time (exposed for tests; `unixNano` since 1970).
std::string formatLine(const String& prefix, Int flag, int64_t unixNano, std::string_view s);

}  // namespace goxx::pkg::log

namespace goxx {
template <>
struct TypeOf<pkg::log::Logger> {
  static const TypeDesc* get();
};
}  // namespace goxx
