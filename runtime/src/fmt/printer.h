// printer.h — the state of one fmt call (Go's pp; private to fmt).
//
// Consumes: format_state.h, goxx/value.h. Produces: Printer::doPrint / doPrintln / doPrintf, which append
// to `buf`.
//
// A Printer walks an operand in two views, as Go's pp does: `arg_` is the operand as an interface value
// (used for method calls and in error forms), and (valueType_, value_) is a value reached by walking
// inside one (struct fields, elements) given by descriptor and address. Values reached through unexported
// struct fields never have their methods called (Go cannot Interface() them).
// A Printer is used by one goroutine for one call; nothing is shared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "format_state.h"
#include "goxx/value.h"

namespace goxx::fmtimpl {

class Printer {
 public:
  std::string buf;
  bool wrapErrs = false;        // Errorf: %w is allowed
  std::vector<int> wrappedErrs;  // argument indexes of %w operands
  bool reordered = false;

  void doPrint(const Slice<Any>& a);
  void doPrintln(const Slice<Any>& a);
  void doPrintf(std::string_view format, const Slice<Any>& a);

 private:
  void printArg(const Any& arg, int32_t verb);
  void printValue(const TypeDesc* t, const void* v, int32_t verb, int depth, bool canInterface);
  bool handleMethods(int32_t verb);
  void badVerb(int32_t verb);
  void fmtBool(bool v, int32_t verb);
  void fmtInteger(uint64_t v, bool isSigned, int32_t verb);
  void fmtFloat(double v, int size, int32_t verb);
  void fmtString(std::string_view s, int32_t verb);
  void fmtBytes(std::string_view bytes, bool isNil, int32_t verb, const std::string& typeString);
  void fmtPointer(const TypeDesc* t, const void* v, int32_t verb);
  void writeRune(int32_t r);
  bool argNumber(int* argNum, std::string_view format, size_t* i, int numArgs);

  FormatState fmt_{&buf};
  Any arg_;
  const TypeDesc* valueType_ = nullptr;
  const void* value_ = nullptr;
  bool erroring_ = false;
  bool panicking_ = false;
  bool goodArgNum_ = true;
};

// Map keys in fmt's order (internal/fmtsort): numbers by value (NaN first), strings bytewise, false before
// true, pointers and channels by address, structs and arrays element by element, interfaces nil first,
// then by dynamic type, then by value.
int compareKeys(const TypeDesc* t, const void* a, const void* b);

}  // namespace goxx::fmtimpl
