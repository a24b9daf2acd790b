// goxx/pkg/context.h — package context as generated code calls it (docs/ABI.md,
// compiler/stdlib/context/context.gox).
//
// Consumes: goxx/pkg/time.h, goxx/value.h, goxx/select.h, goxx/goroutine.h. Produces, in goxx::pkg::context:
//   * Context: the interface type (an Any whose dynamic value has Deadline, Done, Err and Value), and
//     Context_Deadline/Done/Err/Value to call those methods from C++ (through an ItabCache);
//   * CancelFunc, CancelCauseFunc: named func types, so `struct { Func v; }` (calling one is `f.v()`);
//   * Canceled ("context canceled", an errors.New error) and DeadlineExceeded ("context deadline exceeded",
//     Go's context.deadlineExceededError);
//   * Background, TODO, WithCancel, WithCancelCause, Cause, WithTimeout, WithDeadline, WithValue,
//     WithoutCancel, AfterFunc with Go 1.22's semantics.
//
// The contexts goxx makes are Go's types (%T *context.cancelCtx, *context.timerCtx, *context.valueCtx,
// context.backgroundCtx, ...), kept in Ptr cells. A child of a goxx cancel context registers with it
// directly; a child of any other Context (a user type) gets Go's watcher goroutine that waits on
// parent.Done() and the child's Done(). A user type that embeds one of goxx's contexts is recognized as
// its cancel context (Go's parentCancelCtx test: Value(&cancelCtxKey) and the same Done channel).
// Lifetime: a parent cancel context holds its children until they are canceled (which the CancelFunc does)
// — the reference cycle Go's garbage collector would break is broken by cancellation here, so, as
// `go vet` demands, call every CancelFunc.
#pragma once

#include <tuple>

#include "goxx/pkg/time.h"
#include "goxx/value.h"
#include "goxx/value/empty_struct.h"

namespace goxx::pkg::context {

class Context : public Any {
 public:
  using Any::Any;
  Context() noexcept = default;
  explicit Context(const Any& a) : Any(a) {}
};

struct CancelFunc {
  Func<void()> v;
};
struct CancelCauseFunc {
  Func<void(Error)> v;
};

extern Error Canceled;
extern Error DeadlineExceeded;

Context Background();
Context TODO();
std::tuple<Context, CancelFunc> WithCancel(Context parent);
std::tuple<Context, CancelCauseFunc> WithCancelCause(Context parent);
// The cause given to a CancelCauseFunc, else the context's Err (nil while not canceled).
Error Cause(Context c);
std::tuple<Context, CancelFunc> WithTimeout(Context parent, time::Duration timeout);
std::tuple<Context, CancelFunc> WithDeadline(Context parent, time::Time d);
// A nil key panics "nil key", an uncomparable one "key is not comparable".
Context WithValue(Context parent, Any key, Any val);
// A nil parent panics "cannot create context from nil parent" (as for every With*).
Context WithoutCancel(Context parent);
// Runs f in its own goroutine once ctx is done; stop() prevents that and reports whether it did.
Func<bool()> AfterFunc(Context ctx, Func<void()> f);

// ctx.Deadline(), ctx.Done(), ctx.Err(), ctx.Value(key) through the interface.
std::tuple<time::Time, bool> Context_Deadline(const Context& ctx);
Chan<EmptyStruct> Context_Done(const Context& ctx);
Error Context_Err(const Context& ctx);
Any Context_Value(const Context& ctx, const Any& key);

}  // namespace goxx::pkg::context

namespace goxx {
template <>
struct TypeOf<pkg::context::Context> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::context::CancelFunc> {
  static const TypeDesc* get();
};
template <>
struct TypeOf<pkg::context::CancelCauseFunc> {
  static const TypeDesc* get();
};
}  // namespace goxx
