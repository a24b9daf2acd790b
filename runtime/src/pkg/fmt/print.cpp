// print.cpp — package fmt's printing entry points in the ABI's form (see goxx/pkg/fmt.h); the
// formatting itself is the runtime's (src/fmt).
#include "goxx/pkg/fmt.h"

namespace goxx::pkg::fmt {

std::tuple<Int, Error> Print(const Slice<Any>& a) { return {goxx::fmt::FprintArgs(osStdout(), a), Error()}; }
std::tuple<Int, Error> Println(const Slice<Any>& a) { return {goxx::fmt::FprintlnArgs(osStdout(), a), Error()}; }
std::tuple<Int, Error> Printf(const String& format, const Slice<Any>& a) {
  return {goxx::fmt::FprintfArgs(osStdout(), format, a), Error()};
}

String Sprint(const Slice<Any>& a) { return goxx::fmt::SprintArgs(a); }
String Sprintln(const Slice<Any>& a) { return goxx::fmt::SprintlnArgs(a); }
String Sprintf(const String& format, const Slice<Any>& a) { return goxx::fmt::SprintfArgs(format, a); }
Error Errorf(const String& format, const Slice<Any>& a) { return goxx::fmt::ErrorfArgs(format, a); }

std::tuple<Int, Error> Fprint(const io::Writer& w, const Slice<Any>& a) {
  return io::writeText(w, goxx::fmt::SprintArgs(a).view());
}
std::tuple<Int, Error> Fprintln(const io::Writer& w, const Slice<Any>& a) {
  return io::writeText(w, goxx::fmt::SprintlnArgs(a).view());
}
std::tuple<Int, Error> Fprintf(const io::Writer& w, const String& format, const Slice<Any>& a) {
  return io::writeText(w, goxx::fmt::SprintfArgs(format, a).view());
}

}  // namespace goxx::pkg::fmt
