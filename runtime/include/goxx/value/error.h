// goxx/value/error.h — Go's error interface and package errors.
//
// Consumes: any.h, interface.h, type_of.h, string.h. Produces: goxx::Error, errorMessage (err.Error()),
// errorsNew, errorsUnwrap, errorsIs.
//
// Error is an interface value (an Any) whose static type is `error`: any value whose descriptor has an
// `Error() string` method can be stored in it. It is a distinct C++ type only so that its descriptor
// (TypeOf<Error>, named "error") is right for %T of struct fields and for assertion texts.
// errorsNew returns a *errors.errorString: every call makes a new pointer, so two errors with the same
// text are different (== compares the pointers), as in Go.
#pragma once

#include "goxx/value/any.h"
#include "goxx/value/interface.h"
#include "goxx/value/slice.h"
#include "goxx/value/string.h"
#include "goxx/value/type_of.h"

namespace goxx {

class Error : public Any {
 public:
  using Any::Any;
  Error() noexcept = default;
  explicit Error(const Any& a) : Any(a) {}
};

template <>
struct TypeOf<Error> {
  static const TypeDesc* get();
};

// err.Error(); panics (nil dereference) when err is nil.
String errorMessage(const Any& err);
Error errorsNew(String text);
// errors.Unwrap: the result of err's `Unwrap() error` method, or nil.
Error errorsUnwrap(const Error& err);
// errors.Is: walks err's tree (Unwrap() error and Unwrap() []error) looking for a value == target.
bool errorsIs(const Error& err, const Error& target);

}  // namespace goxx
