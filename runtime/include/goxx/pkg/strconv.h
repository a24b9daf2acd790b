// goxx/pkg/strconv.h — Go's package strconv (compiler/stdlib/strconv), per docs/ABI.md.
//
// Consumes: goxx/value.h; the runtime's float formatting and quoting (src/fmt). Produces: the parse and
// format functions, ErrRange / ErrSyntax, and the extern type NumError (its fields keep Go's names so
// generated code can read e.Func, e.Num, e.Err; *NumError implements error and Unwrap).
// Parse errors are *NumError values with Go's texts: `strconv.Atoi: parsing "x": invalid syntax`.
// ParseFloat is correctly rounded (glibc strtod/strtof after Go's own syntax check: underscores, hex
// mantissas with a required p exponent, inf/infinity/nan); FormatFloat supports 'e' 'E' 'f' 'g' 'G'
// ('b' and 'x' are not implemented and print as Go prints an unknown format, "%b").
#pragma once

#include <tuple>

#include "goxx/value.h"

namespace goxx::pkg::strconv {

extern Error ErrRange;
extern Error ErrSyntax;

struct NumError {
  String Func;
  String Num;
  Error Err;
  bool operator==(const NumError&) const = default;
};
String NumError_Error(NumError* e);
Error NumError_Unwrap(NumError* e);

String Itoa(Int i);
std::tuple<Int, Error> Atoi(const String& s);
std::tuple<Int64, Error> ParseInt(const String& s, Int base, Int bitSize);
std::tuple<Uint64, Error> ParseUint(const String& s, Int base, Int bitSize);
std::tuple<Float64, Error> ParseFloat(const String& s, Int bitSize);
std::tuple<bool, Error> ParseBool(const String& str);
String FormatInt(Int64 i, Int base);
String FormatUint(Uint64 i, Int base);
String FormatFloat(Float64 f, Byte fmt, Int prec, Int bitSize);
String FormatBool(bool b);
String Quote(const String& s);
String QuoteRune(Rune r);
std::tuple<String, Error> Unquote(const String& s);
Slice<Byte> AppendInt(const Slice<Byte>& dst, Int64 i, Int base);

// A *NumError as an error value (what the parse functions return).
Error numError(const char* fn, const String& num, const Error& err);

}  // namespace goxx::pkg::strconv

namespace goxx {
template <> struct TypeOf<pkg::strconv::NumError> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::strconv::NumError>> { static const TypeDesc* get(); };
}  // namespace goxx
