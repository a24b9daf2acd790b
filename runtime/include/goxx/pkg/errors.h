// goxx/pkg/errors.h — Go's package errors as generated code calls it (docs/ABI.md; compiler/stdlib/errors).
//
// Consumes: goxx/value.h. Produces: New, Is, As, Unwrap, Join with Go 1.22's semantics:
//   * Is and As walk the error tree depth-first: Unwrap() error, Unwrap() []error, and honour a
//     type's own Is(error) bool / As(any) bool methods.
//   * As(err, target): target is an interface value holding a non-nil pointer *T; T is an interface
//     type or a type implementing error (else Go's panics). The first error in the tree assignable to T
//     is stored through the pointer (TypeDesc::assign).
//   * Join drops nil errors; its result (*errors.joinError) prints the messages joined by newlines.
#pragma once

#include "goxx/value.h"

namespace goxx::pkg::errors {

Error New(const String& text);
bool Is(const Error& err, const Error& target);
bool As(const Error& err, const Any& target);
Error Unwrap(const Error& err);
Error Join(const Slice<Error>& errs);

}  // namespace goxx::pkg::errors
