// num_error.cpp — strconv.NumError, ErrRange and ErrSyntax (see goxx/pkg/strconv.h).
#include <string>

#include "fmt/strconv_quote.h"
#include "goxx/pkg/strconv.h"

namespace goxx {

namespace pkg::strconv {

Error ErrRange = errorsNew("value out of range");
Error ErrSyntax = errorsNew("invalid syntax");

String NumError_Error(NumError* e) {
  std::string text = "strconv.";
  text += e->Func.view();
  text += ": parsing ";
  text += fmtimpl::quote(e->Num.view(), false);
  text += ": ";
  text += errorMessage(e->Err).view();
  return String(text);
}

Error NumError_Unwrap(NumError* e) { return e->Err; }

Error numError(const char* fn, const String& num, const Error& err) {
  return Error(newPtr<NumError>(NumError{String(std::string_view(fn)), num, err}));
}

}  // namespace pkg::strconv

using pkg::strconv::NumError;

namespace {
NumError* self(const void* r) { return &**static_cast<const Ptr<NumError>*>(r); }
String mError(const void* r) { return pkg::strconv::NumError_Error(self(r)); }
Error mUnwrap(const void* r) { return pkg::strconv::NumError_Unwrap(self(r)); }
}  // namespace

const TypeDesc* TypeOf<NumError>::get() {
  static const TypeDesc d = structType<NumError>(
      "strconv.NumError", {field<&NumError::Func>("Func"), field<&NumError::Num>("Num"), field<&NumError::Err>("Err")});
  return &d;
}

const TypeDesc* TypeOf<Ptr<NumError>>::get() {
  static const TypeDesc d =
      pointerType<NumError>({method("Error", &mError, "func() string"), method("Unwrap", &mUnwrap, "func() error")});
  return &d;
}

}  // namespace goxx
