// print_functions.cpp — package fmt's entry points (see goxx/fmt.h): each call formats into a fresh
// Printer, then returns the text or writes it with one Writer::write.
#include <algorithm>

#include "goxx/fmt.h"
#include "printer.h"

namespace goxx {

namespace fmtimpl {
namespace {

// fmt.wrapError (one %w) and fmt.wrapErrors (several), used through pointers like Go's.
struct WrapError {
  String msg;
  Error err;
};
struct WrapErrors {
  String msg;
  Slice<Error> errs;
};

String wrapErrorError(const void* r) { return static_cast<const Ptr<WrapError>*>(r)->get()->msg; }
Error wrapErrorUnwrap(const void* r) { return static_cast<const Ptr<WrapError>*>(r)->get()->err; }
String wrapErrorsError(const void* r) { return static_cast<const Ptr<WrapErrors>*>(r)->get()->msg; }
Slice<Error> wrapErrorsUnwrap(const void* r) { return static_cast<const Ptr<WrapErrors>*>(r)->get()->errs; }

}  // namespace
}  // namespace fmtimpl

template <>
struct TypeOf<fmtimpl::WrapError> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<fmtimpl::WrapError>(
        "fmt.wrapError", {field<&fmtimpl::WrapError::msg>("msg"), field<&fmtimpl::WrapError::err>("err")});
    return &d;
  }
};
template <>
struct TypeOf<Ptr<fmtimpl::WrapError>> {
  static const TypeDesc* get() {
    static const TypeDesc d = pointerType<fmtimpl::WrapError>(
        {method("Error", &fmtimpl::wrapErrorError, "func() string"),
         method("Unwrap", &fmtimpl::wrapErrorUnwrap, "func() error")});
    return &d;
  }
};
template <>
struct TypeOf<fmtimpl::WrapErrors> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<fmtimpl::WrapErrors>(
        "fmt.wrapErrors", {field<&fmtimpl::WrapErrors::msg>("msg"), field<&fmtimpl::WrapErrors::errs>("errs")});
    return &d;
  }
};
template <>
struct TypeOf<Ptr<fmtimpl::WrapErrors>> {
  static const TypeDesc* get() {
    static const TypeDesc d = pointerType<fmtimpl::WrapErrors>(
        {method("Error", &fmtimpl::wrapErrorsError, "func() string"),
         method("Unwrap", &fmtimpl::wrapErrorsUnwrap, "func() []error")});
    return &d;
  }
};

namespace fmt {

const TypeDesc* stringerType() {
  static const TypeDesc d = interfaceType("fmt.Stringer", std::vector<Method>{Method{"String", nullptr, "func() string"}});
  return &d;
}

String SprintArgs(const Slice<Any>& args) {
  fmtimpl::Printer p;
  p.doPrint(args);
  return String(p.buf);
}

String SprintlnArgs(const Slice<Any>& args) {
  fmtimpl::Printer p;
  p.doPrintln(args);
  return String(p.buf);
}

String SprintfArgs(const String& format, const Slice<Any>& args) {
  fmtimpl::Printer p;
  p.doPrintf(format.view(), args);
  return String(p.buf);
}

Int FprintArgs(Writer& w, const Slice<Any>& args) {
  fmtimpl::Printer p;
  p.doPrint(args);
  return w.write(p.buf);
}

Int FprintlnArgs(Writer& w, const Slice<Any>& args) {
  fmtimpl::Printer p;
  p.doPrintln(args);
  return w.write(p.buf);
}

Int FprintfArgs(Writer& w, const String& format, const Slice<Any>& args) {
  fmtimpl::Printer p;
  p.doPrintf(format.view(), args);
  return w.write(p.buf);
}

// Go 1.20's Errorf: no %w gives errors.New's kind of error; one gives *fmt.wrapError; several give
// *fmt.wrapErrors listing each distinct wrapped operand that is an error, in operand order.
Error ErrorfArgs(const String& format, const Slice<Any>& args) {
  fmtimpl::Printer p;
  p.wrapErrs = true;
  p.doPrintf(format.view(), args);
  String msg(p.buf);
  if (p.wrappedErrs.empty()) return errorsNew(msg);
  auto asError = [&](int index) {
    const Any& a = args[index];
    return implements(a.type(), typeOf<Error>()) ? Error(a) : Error();
  };
  if (p.wrappedErrs.size() == 1)
    return Error(newPtr<fmtimpl::WrapError>(fmtimpl::WrapError{msg, asError(p.wrappedErrs[0])}));
  std::vector<int> order = p.wrappedErrs;
  if (p.reordered) std::sort(order.begin(), order.end());
  Slice<Error> errs;
  for (size_t i = 0; i < order.size(); ++i) {
    if (i > 0 && order[i - 1] == order[i]) continue;
    Error e = asError(order[i]);
    if (!e.isNil()) errs = append(errs, e);
  }
  return Error(newPtr<fmtimpl::WrapErrors>(fmtimpl::WrapErrors{msg, errs}));
}

}  // namespace fmt
}  // namespace goxx
