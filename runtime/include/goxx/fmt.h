// goxx/fmt.h — Go's package fmt, and the print/println builtins.
//
// Consumes: goxx/value.h (Any, String, Slice, Error, TypeDesc). Produces: goxx::fmt::{Sprint, Sprintln,
// Sprintf, Print, Println, Printf, Fprint, Fprintln, Fprintf, Errorf}, goxx::Writer with osStdout() /
// osStderr(), and goxx::builtinPrint / builtinPrintln.
//
// Operands are interface values, as in Go (`...any`): the variadic templates box each C++ argument into an
// Any; the *Args forms take the []any slice itself (Go's `f(format, args...)`). Formatting walks values
// through their TypeDesc (so %v of a struct, slice or map needs its descriptor), calls Error() / String()
// methods from the descriptor's method table, sorts map keys, and prints Go's exact error forms
// (`%!d(string=hi)`, `%!(EXTRA int=1)`, `%!v(MISSING)`, `%!v(PANIC=String method: ...)`).
// Print* write through stdio (osStdout): buffered, flushed by the runtime at exit (exitProcess) and before
// a panic report. One call is one fwrite, so lines from concurrent goroutines do not interleave.
// Print functions return the byte count (Go's n; the error result is always nil for stdio).
// Not supported: complex numbers, %b/%x of floats, the Formatter and GoStringer interfaces.
#pragma once

#include <string>
#include <string_view>

#include "goxx/value.h"

namespace goxx {

// Go's io.Writer, reduced to what fmt needs.
class Writer {
 public:
  virtual ~Writer() = default;
  virtual Int write(std::string_view bytes) = 0;
};
Writer& osStdout();  // os.Stdout (stdio, buffered)
Writer& osStderr();  // os.Stderr (stdio, unbuffered)

// An in-memory Writer (bytes.Buffer / strings.Builder's role).
class BufferWriter : public Writer {
 public:
  Int write(std::string_view bytes) override {
    text.append(bytes);
    return static_cast<Int>(bytes.size());
  }
  std::string text;
};

namespace fmt {

String SprintArgs(const Slice<Any>& args);
String SprintlnArgs(const Slice<Any>& args);
String SprintfArgs(const String& format, const Slice<Any>& args);
Int FprintArgs(Writer& w, const Slice<Any>& args);
Int FprintlnArgs(Writer& w, const Slice<Any>& args);
Int FprintfArgs(Writer& w, const String& format, const Slice<Any>& args);
// %w wraps an error operand: the result has Unwrap() error (one %w) or Unwrap() []error (several).
Error ErrorfArgs(const String& format, const Slice<Any>& args);

template <class... A>
Slice<Any> operands(const A&... a) {
  if constexpr (sizeof...(A) == 0) {
    return Slice<Any>();
  } else {
    return Slice<Any>{Any(a)...};
  }
}

template <class... A>
String Sprint(const A&... a) { return SprintArgs(operands(a...)); }
template <class... A>
String Sprintln(const A&... a) { return SprintlnArgs(operands(a...)); }
template <class... A>
String Sprintf(const String& format, const A&... a) { return SprintfArgs(format, operands(a...)); }
template <class... A>
Int Print(const A&... a) { return FprintArgs(osStdout(), operands(a...)); }
template <class... A>
Int Println(const A&... a) { return FprintlnArgs(osStdout(), operands(a...)); }
template <class... A>
Int Printf(const String& format, const A&... a) { return FprintfArgs(osStdout(), format, operands(a...)); }
template <class... A>
Int Fprint(Writer& w, const A&... a) { return FprintArgs(w, operands(a...)); }
template <class... A>
Int Fprintln(Writer& w, const A&... a) { return FprintlnArgs(w, operands(a...)); }
template <class... A>
Int Fprintf(Writer& w, const String& format, const A&... a) { return FprintfArgs(w, format, operands(a...)); }
template <class... A>
Error Errorf(const String& format, const A&... a) { return ErrorfArgs(format, operands(a...)); }

// The fmt.Stringer interface's descriptor (String() string).
const TypeDesc* stringerType();

}  // namespace fmt

// Go's print and println builtins: to stderr, in the runtime's own format (floats as +1.500000e+000,
// pointers and other references as hex addresses, interfaces as (type,data) address pairs). An operand
// whose C++ type is Any (or derived) is printed as an interface value.
void builtinPrintArgs(const Any* args, const bool* isInterface, size_t n, bool newline);
template <class... A>
void builtinPrint(const A&... a) {
  const Any args[] = {Any(a)..., Any()};
  const bool iface[] = {std::is_base_of_v<Any, A>..., false};
  builtinPrintArgs(args, iface, sizeof...(A), false);
}
template <class... A>
void builtinPrintln(const A&... a) {
  const Any args[] = {Any(a)..., Any()};
  const bool iface[] = {std::is_base_of_v<Any, A>..., false};
  builtinPrintArgs(args, iface, sizeof...(A), true);
}
// Go's printfloat (exported for tests of the exact format).
std::string builtinFloatText(double v);

}  // namespace goxx
