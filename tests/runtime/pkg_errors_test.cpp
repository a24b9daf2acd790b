// Package errors through its ABI entry points (goxx/pkg/errors.h): New, Is, As, Unwrap, Join with Go
// 1.22's rules (the texts and results are Go's documented behaviour, checked with go run).
#include <doctest/doctest.h>

#include "goxx/pkg/errors.h"
#include "goxx/pkg/fmt.h"
#include "panic_text.h"

namespace e = goxx::pkg::errors;
using goxx::Any;
using goxx::Error;
using goxx::Ptr;
using goxx::Slice;
using goxx::String;

namespace {

// A user error type with an Is method, as generated code would describe it:
//   type codeErr struct{ code int }
//   func (c codeErr) Error() string { return "code" }
//   func (c codeErr) Is(target error) bool { return target == errSentinel }
struct CodeErr {
  goxx::Int code;
  bool operator==(const CodeErr&) const = default;
};
Error& sentinel() {
  static Error s = e::New("sentinel");
  return s;
}
String codeErrError(const void*) { return "code"; }
bool codeErrIs(const void*, Error target) { return target == sentinel(); }

}  // namespace

template <>
struct goxx::TypeOf<CodeErr> {
  static const goxx::TypeDesc* get() {
    static const goxx::TypeDesc d = goxx::structType<CodeErr>(
        "main.codeErr", {goxx::field<&CodeErr::code>("code")},
        {goxx::method("Error", &codeErrError, "func() string"), goxx::method("Is", &codeErrIs, "func(error) bool")});
    return &d;
  }
};

TEST_CASE("pkg/errors: New values are distinct; Unwrap; Is through %w chains and Is methods") {
  Error a = e::New("x"), b = e::New("x");
  CHECK(!(a == b));
  CHECK(goxx::errorMessage(a) == "x");
  CHECK(a.type()->name == "*errors.errorString");
  Error wrapped = goxx::pkg::fmt::Errorf("ctx: %w", Slice<Any>{Any(a)});
  CHECK(goxx::errorMessage(wrapped) == "ctx: x");
  CHECK(e::Unwrap(wrapped) == a);
  CHECK(e::Unwrap(a).isNil());
  CHECK(e::Is(wrapped, a));
  CHECK(!e::Is(wrapped, b));
  CHECK(e::Is(Error(), Error()));
  CHECK(!e::Is(a, Error()));
  Error custom = Error(Any(CodeErr{3}));
  CHECK(e::Is(custom, sentinel()));
  CHECK(e::Is(goxx::pkg::fmt::Errorf("%w", Slice<Any>{Any(custom)}), sentinel()));
}

TEST_CASE("pkg/errors: Join drops nils, joins messages with newlines, and Is/As see every branch") {
  CHECK(e::Join(Slice<Error>{Error(), Error()}).isNil());
  Error a = e::New("a"), b = e::New("b");
  Error j = e::Join(Slice<Error>{a, Error(), b});
  CHECK(goxx::errorMessage(j) == "a\nb");
  CHECK(j.type()->name == "*errors.joinError");
  CHECK(e::Is(j, b));
  CHECK(e::Unwrap(j).isNil());  // Unwrap() []error is not Unwrap() error
  Ptr<CodeErr> target = goxx::newPtr<CodeErr>();
  CHECK(e::As(e::Join(Slice<Error>{a, Error(Any(CodeErr{7}))}), Any(target)));
  CHECK(target->code == 7);
}

TEST_CASE("pkg/errors: As into an interface target, and Go's panics for bad targets") {
  Error a = e::New("a");
  Ptr<Error> anyErr = goxx::newPtr<Error>();
  CHECK(e::As(goxx::pkg::fmt::Errorf("w: %w", Slice<Any>{Any(a)}), Any(anyErr)));
  CHECK(goxx::errorMessage(*anyErr) == "w: a");  // the first error of the chain already implements error
  Ptr<CodeErr> code = goxx::newPtr<CodeErr>();
  CHECK(!e::As(a, Any(code)));
  CHECK(!e::As(Error(), Any(code)));
  CHECK(goxx::test::panicText([&] { e::As(a, Any()); }) == "errors: target cannot be nil");
  CHECK(goxx::test::panicText([&] { e::As(a, Any(goxx::Int(1))); }) == "errors: target must be a non-nil pointer");
  CHECK(goxx::test::panicText([&] { e::As(a, Any(Ptr<CodeErr>())); }) == "errors: target must be a non-nil pointer");
  CHECK(goxx::test::panicText([&] { e::As(a, Any(goxx::newPtr<goxx::Int>())); }) ==
        "errors: *target must be interface or implement error");
}
