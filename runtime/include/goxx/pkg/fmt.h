// goxx/pkg/fmt.h — Go's package fmt as generated code calls it (docs/ABI.md; compiler/stdlib/fmt).
//
// Consumes: goxx/fmt.h (the formatter), goxx/pkg/io.h. Produces: the //goxx:extern entry points of
// package fmt — every variadic `a ...any` is one Slice<Any> — and the Stringer interface type.
//
// Print, Println and Printf write to the process's stdout through the runtime's buffered stdio writer
// (one write per call; see goxx/fmt.h), exactly where os.Stdout writes too, so their output and
// os.Stdout's stay in order. Fprint* format the whole text first and hand it to w.Write in one call,
// returning what Write returned. Sscan / Sscanf are in scan.cpp (see its header comment for the subset).
#pragma once

#include <tuple>

#include "goxx/fmt.h"
#include "goxx/pkg/io.h"

namespace goxx::pkg::fmt {

GOXX_PKG_INTERFACE_CLASS(Stringer);

std::tuple<Int, Error> Print(const Slice<Any>& a);
std::tuple<Int, Error> Println(const Slice<Any>& a);
std::tuple<Int, Error> Printf(const String& format, const Slice<Any>& a);
String Sprint(const Slice<Any>& a);
String Sprintln(const Slice<Any>& a);
String Sprintf(const String& format, const Slice<Any>& a);
Error Errorf(const String& format, const Slice<Any>& a);
std::tuple<Int, Error> Fprint(const io::Writer& w, const Slice<Any>& a);
std::tuple<Int, Error> Fprintln(const io::Writer& w, const Slice<Any>& a);
std::tuple<Int, Error> Fprintf(const io::Writer& w, const String& format, const Slice<Any>& a);
std::tuple<Int, Error> Sscan(const String& str, const Slice<Any>& a);
std::tuple<Int, Error> Sscanf(const String& str, const String& format, const Slice<Any>& a);

}  // namespace goxx::pkg::fmt

namespace goxx {
template <> struct TypeOf<pkg::fmt::Stringer> { static const TypeDesc* get() { return fmt::stringerType(); } };
}  // namespace goxx
