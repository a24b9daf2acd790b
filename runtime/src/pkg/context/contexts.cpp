// pkg/context/contexts.cpp — Background, TODO, WithValue, WithoutCancel; calling a Context's methods from
// C++; Go's value lookup walk; and the method tables and names (%T, String) of goxx's context types.
#include <string>

#include "goxx/fmt.h"
#include "pkg/context/context_types.h"

namespace goxx::pkg::context {

using namespace impl;

namespace {
// Context's methods in name order: Deadline, Done, Err, Value.
using DeadlineFn = std::tuple<time::Time, bool> (*)(const void*);
using DoneFn = Chan<EmptyStruct> (*)(const void*);
using ErrFn = Error (*)(const void*);
using ValueFn = Any (*)(const void*, Any);
}  // namespace

std::tuple<time::Time, bool> Context_Deadline(const Context& ctx) {
  static ItabCache site;
  return site.method<DeadlineFn>(ctx, typeOf<Context>(), 0)(ctx.valuePtr());
}

Chan<EmptyStruct> Context_Done(const Context& ctx) {
  static ItabCache site;
  return site.method<DoneFn>(ctx, typeOf<Context>(), 1)(ctx.valuePtr());
}

Error Context_Err(const Context& ctx) {
  static ItabCache site;
  return site.method<ErrFn>(ctx, typeOf<Context>(), 2)(ctx.valuePtr());
}

Any Context_Value(const Context& ctx, const Any& key) {
  static ItabCache site;
  return site.method<ValueFn>(ctx, typeOf<Context>(), 3)(ctx.valuePtr(), key);
}

Context Background() { return Context(Any(BackgroundCtx{})); }
Context TODO() { return Context(Any(TodoCtx{})); }

Context WithValue(Context parent, Any key, Any val) {
  if (parent.isNil()) panicString("cannot create context from nil parent");
  if (key.isNil()) panicString("nil key");
  if (key.type()->equal == nullptr) panicString("key is not comparable");
  auto v = std::make_shared<ValueCtx>();
  v->parent = std::move(parent);
  v->key = std::move(key);
  v->val = std::move(val);
  return Context(Any(ValueRef{std::move(v)}));
}

Context WithoutCancel(Context parent) {
  if (parent.isNil()) panicString("cannot create context from nil parent");
  return Context(Any(WithoutCancelCtx{std::move(parent)}));
}

namespace impl {
namespace {

// Go's value(): walks up through goxx's own contexts without interface calls; CancelCtxKey finds the
// nearest cancel context (nil past a WithoutCancel).
Any lookup(Context c, const Any& key) {
  const bool wantsCancelCtx = key.is<CancelCtxKey>();
  for (;;) {
    if (const ValueRef* v = c.tryAs<ValueRef>()) {
      if (!wantsCancelCtx && v->p->key == key) return v->p->val;
      c = v->p->parent;
    } else if (const CancelRef* cr = c.tryAs<CancelRef>()) {
      if (wantsCancelCtx) return c;
      c = cr->p->parent;
    } else if (const TimerRef* t = c.tryAs<TimerRef>()) {
      if (wantsCancelCtx) return Any(CancelRef{t->p});
      c = t->p->parent;
    } else if (const WithoutCancelCtx* w = c.tryAs<WithoutCancelCtx>()) {
      if (wantsCancelCtx) return Any();
      c = w->parent;
    } else if (c.is<BackgroundCtx>() || c.is<TodoCtx>()) {
      return Any();
    } else {
      return Context_Value(c, key);
    }
  }
}

template <class Ref>
CancelCtx& cancelOf(const void* r) {
  return *static_cast<const Ref*>(r)->p;
}

// Methods shared by the empty contexts and WithoutCancel: never canceled, no deadline.
std::tuple<time::Time, bool> noDeadline(const void*) { return {time::Time(), false}; }
Chan<EmptyStruct> noDone(const void*) { return Chan<EmptyStruct>(); }
Error noErr(const void*) { return Error(); }
Any noValue(const void*, Any) { return Any(); }
String backgroundString(const void*) { return String::fromStatic("context.Background"); }
String todoString(const void*) { return String::fromStatic("context.TODO"); }

std::tuple<time::Time, bool> withoutCancelDeadline(const void*) { return {time::Time(), false}; }
Any withoutCancelValue(const void* w, Any key) { return lookup(Context(Any(*static_cast<const WithoutCancelCtx*>(w))), key); }
String withoutCancelString(const void* w) {
  return String(contextName(static_cast<const WithoutCancelCtx*>(w)->parent) + ".WithoutCancel");
}

template <class Ref>
std::tuple<time::Time, bool> cancelDeadline(const void* r) {
  return Context_Deadline(cancelOf<Ref>(r).parent);
}
template <class Ref>
Chan<EmptyStruct> cancelDone(const void* r) {
  return cancelOf<Ref>(r).done;
}
template <class Ref>
Error cancelErr(const void* r) {
  CancelCtx& c = cancelOf<Ref>(r);
  c.mu.Lock();
  Error e = c.err;
  c.mu.Unlock();
  return e;
}
template <class Ref>
Any cancelValue(const void* r, Any key) {
  return lookup(Context(Any(*static_cast<const Ref*>(r))), key);
}
String cancelString(const void* r) { return String(contextName(cancelOf<CancelRef>(r).parent) + ".WithCancel"); }

std::tuple<time::Time, bool> timerDeadline(const void* r) { return {static_cast<const TimerRef*>(r)->p->deadline, true}; }
String timerString(const void* r) {
  const TimerCtx& t = *static_cast<const TimerRef*>(r)->p;
  return String(contextName(t.parent) + ".WithDeadline(" + std::string(time::Time_String(t.deadline).view()) + " [" +
                std::string(time::Duration_String(time::Until(t.deadline)).view()) + "])");
}

std::tuple<time::Time, bool> valueDeadline(const void* r) { return Context_Deadline(static_cast<const ValueRef*>(r)->p->parent); }
Chan<EmptyStruct> valueDone(const void* r) { return Context_Done(static_cast<const ValueRef*>(r)->p->parent); }
Error valueErr(const void* r) { return Context_Err(static_cast<const ValueRef*>(r)->p->parent); }
Any valueValue(const void* r, Any key) { return lookup(Context(Any(*static_cast<const ValueRef*>(r))), key); }

// Go's stringify for WithValue's key and value: String(), the string itself, "<nil>", else the type name.
std::string stringify(const Any& v) {
  if (v.isNil()) return "<nil>";
  if (const Itab* itab = findItab(fmt::stringerType(), v.type())) {
    return std::string(reinterpret_cast<String (*)(const void*)>(itab->fns[0])(v.valuePtr()).view());
  }
  if (const String* s = v.tryAs<String>()) return std::string(s->view());
  return v.type()->name;
}
String valueString(const void* r) {
  const ValueCtx& v = *static_cast<const ValueRef*>(r)->p;
  return String(contextName(v.parent) + ".WithValue(" + stringify(v.key) + ", " + stringify(v.val) + ")");
}

// Go's deadlineExceededError: a distinct type so that errors.Is and %T see Go's.
struct DeadlineExceededError {
  friend bool operator==(const DeadlineExceededError&, const DeadlineExceededError&) = default;
};
String deadlineExceededText(const void*) { return String::fromStatic("context deadline exceeded"); }
bool alwaysTrue(const void*) { return true; }

}  // namespace

std::string contextName(const Context& c) {
  if (c.isNil()) return "<nil>";
  if (const Itab* itab = findItab(fmt::stringerType(), c.type())) {
    return std::string(reinterpret_cast<String (*)(const void*)>(itab->fns[0])(c.valuePtr()).view());
  }
  return c.type()->name;
}

}  // namespace impl
}  // namespace goxx::pkg::context

namespace goxx {

using namespace pkg::context::impl;

template <>
struct TypeOf<DeadlineExceededError> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<DeadlineExceededError>(
        "context.deadlineExceededError", {},
        {method("Error", &deadlineExceededText, "func() string"), method("Temporary", &alwaysTrue, "func() bool"),
         method("Timeout", &alwaysTrue, "func() bool")});
    return &d;
  }
};

namespace pkg::context {
Error DeadlineExceeded = Error(Any(DeadlineExceededError{}));
}

const TypeDesc* TypeOf<pkg::context::Context>::get() {
  static const TypeDesc d = interfaceType("context.Context", {"Deadline", "Done", "Err", "Value"});
  return &d;
}

const TypeDesc* TypeOf<pkg::context::CancelFunc>::get() {
  static const TypeDesc d = namedType<pkg::context::CancelFunc>("context.CancelFunc", typeOf<Func<void()>>());
  return &d;
}

const TypeDesc* TypeOf<pkg::context::CancelCauseFunc>::get() {
  static const TypeDesc d =
      namedType<pkg::context::CancelCauseFunc>("context.CancelCauseFunc", typeOf<Func<void(Error)>>());
  return &d;
}

const TypeDesc* TypeOf<BackgroundCtx>::get() {
  static const TypeDesc d = structType<BackgroundCtx>(
      "context.backgroundCtx", {},
      {method("Deadline", &noDeadline), method("Done", &noDone), method("Err", &noErr),
       method("String", &backgroundString, "func() string"), method("Value", &noValue)});
  return &d;
}

const TypeDesc* TypeOf<TodoCtx>::get() {
  static const TypeDesc d = structType<TodoCtx>(
      "context.todoCtx", {},
      {method("Deadline", &noDeadline), method("Done", &noDone), method("Err", &noErr),
       method("String", &todoString, "func() string"), method("Value", &noValue)});
  return &d;
}

const TypeDesc* TypeOf<CancelCtxKey>::get() {
  static const TypeDesc d = structType<CancelCtxKey>("*context.cancelCtxKey", {});
  return &d;
}

const TypeDesc* TypeOf<CancelRef>::get() {
  static const TypeDesc d = structType<CancelRef>(
      "*context.cancelCtx", {},
      {method("Deadline", &cancelDeadline<CancelRef>), method("Done", &cancelDone<CancelRef>),
       method("Err", &cancelErr<CancelRef>), method("String", &cancelString, "func() string"),
       method("Value", &cancelValue<CancelRef>)});
  return &d;
}

const TypeDesc* TypeOf<TimerRef>::get() {
  static const TypeDesc d = structType<TimerRef>(
      "*context.timerCtx", {},
      {method("Deadline", &timerDeadline), method("Done", &cancelDone<TimerRef>), method("Err", &cancelErr<TimerRef>),
       method("String", &timerString, "func() string"), method("Value", &cancelValue<TimerRef>)});
  return &d;
}

const TypeDesc* TypeOf<ValueRef>::get() {
  static const TypeDesc d = structType<ValueRef>(
      "*context.valueCtx", {},
      {method("Deadline", &valueDeadline), method("Done", &valueDone), method("Err", &valueErr),
       method("String", &valueString, "func() string"), method("Value", &valueValue)});
  return &d;
}

const TypeDesc* TypeOf<WithoutCancelCtx>::get() {
  static const TypeDesc d = structType<WithoutCancelCtx>(
      "context.withoutCancelCtx", {},
      {method("Deadline", &withoutCancelDeadline), method("Done", &noDone), method("Err", &noErr),
       method("String", &withoutCancelString, "func() string"), method("Value", &withoutCancelValue)});
  return &d;
}

}  // namespace goxx
