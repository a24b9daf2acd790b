// Packages context and golang.org/x/sync/errgroup through their //goxx:extern entry points. Error texts,
// %T names and String forms are Go's (go1.19 for what it has; Go 1.22's documented behaviour for Cause,
// WithCancelCause, WithoutCancel, AfterFunc and the context type names). No assertion depends on timing:
// deadlines in the past, or waits on Done.
#include <doctest/doctest.h>

#include <string>

#include "goxx/fmt.h"
#include "goxx/goroutine.h"
#include "goxx/pkg/context.h"
#include "goxx/pkg/golang_org_x_sync_errgroup.h"
#include "goxx/pkg/sync.h"
#include "panic_text.h"

namespace c = goxx::pkg::context;
namespace eg = goxx::pkg::golang_org_x_sync_errgroup;
using goxx::Any;
using goxx::Chan;
using goxx::EmptyStruct;
using goxx::Error;
using goxx::Int;
using goxx::String;
using goxx::test::panicText;

namespace {

std::string str(const String& s) { return std::string(s.view()); }
std::string msg(const Error& e) { return e.isNil() ? "<nil>" : str(goxx::errorMessage(e)); }
std::string name(const Any& v) {
  return str(goxx::fmt::Sprint(v));
}

// A Context implemented by "user code" (what the emitter makes of a Go type with the four methods):
// canceled when its channel is closed.
struct UserCtx {
  Chan<EmptyStruct> done;
  bool operator==(const UserCtx&) const = default;
};
std::tuple<goxx::pkg::time::Time, bool> userDeadline(const void*) { return {goxx::pkg::time::Time(), false}; }
Chan<EmptyStruct> userDone(const void* u) { return static_cast<const UserCtx*>(u)->done; }
Error userErr(const void* u) {
  EmptyStruct e;
  bool ok = true;
  const Chan<EmptyStruct>& d = static_cast<const UserCtx*>(u)->done;
  return d.tryRecv(&e, &ok) && !ok ? c::Canceled : Error();
}
Any userValue(const void*, Any) { return Any(); }

// A user type embedding a goxx context (struct { context.Context }): its methods are the embedded ones.
struct Embedding {
  c::Context Context;
  bool operator==(const Embedding&) const = default;
};
std::tuple<goxx::pkg::time::Time, bool> embDeadline(const void* e) { return c::Context_Deadline(static_cast<const Embedding*>(e)->Context); }
Chan<EmptyStruct> embDone(const void* e) { return c::Context_Done(static_cast<const Embedding*>(e)->Context); }
Error embErr(const void* e) { return c::Context_Err(static_cast<const Embedding*>(e)->Context); }
Any embValue(const void* e, Any k) { return c::Context_Value(static_cast<const Embedding*>(e)->Context, k); }

bool isClosed(const Chan<EmptyStruct>& ch) {
  EmptyStruct e;
  bool ok = true;
  return ch.tryRecv(&e, &ok) && !ok;
}

}  // namespace

template <>
struct goxx::TypeOf<UserCtx> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<UserCtx>("main.userCtx", {},
                                                  {method("Deadline", &userDeadline), method("Done", &userDone),
                                                   method("Err", &userErr), method("Value", &userValue)});
    return &d;
  }
};
template <>
struct goxx::TypeOf<Embedding> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<Embedding>("main.embedding", {field<&Embedding::Context>("Context", true)},
                                                    {method("Deadline", &embDeadline), method("Done", &embDone),
                                                     method("Err", &embErr), method("Value", &embValue)});
    return &d;
  }
};

TEST_CASE("context: Background, TODO, WithCancel, WithValue: names, errors and propagation") {
  CHECK(name(c::Background()) == "context.Background");
  CHECK(name(c::TODO()) == "context.TODO");
  CHECK(c::Context_Done(c::Background()).isNil());
  auto [ctx, cancel] = c::WithCancel(c::Background());
  c::Context vctx = c::WithValue(ctx, Any(String("k")), Any(Int(42)));
  CHECK(name(ctx) == "context.Background.WithCancel");
  CHECK(name(vctx) == "context.Background.WithCancel.WithValue(k, int)");
  CHECK(ctx.type()->name == "*context.cancelCtx");
  CHECK(vctx.type()->name == "*context.valueCtx");
  CHECK(c::Context_Value(vctx, Any(String("k"))) == Any(Int(42)));
  CHECK(c::Context_Value(vctx, Any(String("other"))).isNil());
  auto [child, childCancel] = c::WithCancel(vctx);
  CHECK(c::Context_Err(child).isNil());
  cancel.v();
  CHECK(isClosed(c::Context_Done(child)));  // canceled with its ancestor, synchronously
  CHECK(msg(c::Context_Err(ctx)) == "context canceled");
  CHECK(msg(c::Context_Err(vctx)) == "context canceled");
  CHECK(c::Context_Err(child) == c::Canceled);
  CHECK(c::Cause(child) == c::Canceled);
  childCancel.v();
  cancel.v();  // idempotent
  CHECK(panicText([] { c::WithValue(c::Background(), Any(), Any(Int(1))); }) == "nil key");
  CHECK(panicText([] { c::WithValue(c::Background(), Any(goxx::Slice<Int>{1}), Any(Int(1))); }) == "key is not comparable");
  CHECK(panicText([] { c::WithCancel(c::Context()); }) == "cannot create context from nil parent");
}

TEST_CASE("context: WithCancelCause, Cause, WithoutCancel") {
  auto [ctx, cancel] = c::WithCancelCause(c::Background());
  auto [child, childCancel] = c::WithCancel(ctx);
  CHECK(c::Cause(ctx).isNil());
  const Error boom = goxx::errorsNew(String("boom"));
  cancel.v(boom);
  CHECK(msg(c::Context_Err(ctx)) == "context canceled");
  CHECK(c::Cause(ctx) == boom);
  CHECK(c::Cause(child) == boom);  // the cause propagates
  childCancel.v();
  CHECK(c::Cause(c::Background()).isNil());

  auto [p, pCancel] = c::WithCancel(c::Background());
  c::Context detached = c::WithoutCancel(c::WithValue(p, Any(String("k")), Any(Int(1))));
  pCancel.v();
  CHECK(c::Context_Err(detached).isNil());
  CHECK(c::Context_Done(detached).isNil());
  CHECK(c::Context_Value(detached, Any(String("k"))) == Any(Int(1)));
  CHECK(name(detached) == "context.Background.WithCancel.WithValue(k, int).WithoutCancel");
}

TEST_CASE("context: deadlines") {
  auto [past, pastCancel] = c::WithTimeout(c::Background(), goxx::pkg::time::Duration{-1'000'000'000});
  CHECK(isClosed(c::Context_Done(past)));
  CHECK(msg(c::Context_Err(past)) == "context deadline exceeded");
  CHECK(c::Context_Err(past) == c::DeadlineExceeded);
  CHECK(c::DeadlineExceeded.type()->name == "context.deadlineExceededError");
  CHECK(past.type()->name == "*context.timerCtx");
  pastCancel.v();

  auto [soon, soonCancel] = c::WithTimeout(c::Background(), goxx::pkg::time::Duration{1'000'000});
  c::Context_Done(soon).recv();  // the timer fires
  CHECK(c::Context_Err(soon) == c::DeadlineExceeded);
  soonCancel.v();

  const goxx::pkg::time::Time far = goxx::pkg::time::Time_Add(goxx::pkg::time::Now(), goxx::pkg::time::Duration{3600'000'000'000});
  auto [outer, outerCancel] = c::WithDeadline(c::Background(), far);
  auto [dl, ok] = c::Context_Deadline(outer);
  CHECK(ok);
  CHECK(goxx::pkg::time::Time_Equal(dl, far));
  // A later deadline under an earlier one is just WithCancel.
  auto [inner, innerCancel] = c::WithDeadline(outer, goxx::pkg::time::Time_Add(far, goxx::pkg::time::Duration{1}));
  CHECK(inner.type()->name == "*context.cancelCtx");
  innerCancel.v();
  outerCancel.v();
  CHECK(c::Context_Err(outer) == c::Canceled);
}

TEST_CASE("context: parents implemented outside the runtime") {
  UserCtx user{goxx::makeChan<EmptyStruct>(0)};
  auto [ctx, cancel] = c::WithCancel(c::Context(Any(user)));
  CHECK(c::Context_Err(ctx).isNil());
  user.done.close();
  c::Context_Done(ctx).recv();  // the watcher goroutine cancels the child
  CHECK(c::Context_Err(ctx) == c::Canceled);
  cancel.v();

  auto [base, baseCancel] = c::WithCancel(c::Background());
  auto [child, childCancel] = c::WithCancel(c::Context(Any(Embedding{base})));
  baseCancel.v();
  CHECK(isClosed(c::Context_Done(child)));  // registered with the embedded cancelCtx directly
  childCancel.v();
}

TEST_CASE("context.AfterFunc runs f once when done, unless stopped") {
  auto [ctx, cancel] = c::WithCancel(c::Background());
  Chan<int> ran = goxx::makeChan<int>(1);
  goxx::Func<bool()> stop = c::AfterFunc(ctx, [ran] { ran.send(1); });
  cancel.v();
  CHECK(ran.recv() == 1);
  CHECK_FALSE(stop());

  auto [ctx2, cancel2] = c::WithCancel(c::Background());
  goxx::Func<bool()> stop2 = c::AfterFunc(ctx2, [ran] { ran.send(2); });
  CHECK(stop2());
  CHECK_FALSE(stop2());
  cancel2.v();
}

TEST_CASE("errgroup: first error wins, Wait returns it; a zero Group works") {
  auto [g, ctx] = eg::WithContext(c::Background());
  const Error first = goxx::errorsNew(String("first"));
  eg::Group_Go(g.get(), [ctx = ctx] {
    c::Context_Done(ctx).recv();  // canceled only once the first error is recorded
    return goxx::errorsNew(String("second"));
  });
  eg::Group_Go(g.get(), [first] { return first; });
  eg::Group_Go(g.get(), [] { return Error(); });
  CHECK(eg::Group_Wait(g.get()) == first);

  eg::Group zero;
  eg::Group_Go(&zero, [] { return Error(); });
  CHECK(eg::Group_Wait(&zero).isNil());
  eg::Group_Go(&zero, [first] { return first; });
  CHECK(eg::Group_Wait(&zero) == first);
}

TEST_CASE("errgroup.WithContext cancels on the first error and on Wait") {
  auto [g, ctx] = eg::WithContext(c::Background());
  const Error boom = goxx::errorsNew(String("boom"));
  eg::Group_Go(g.get(), [boom] { return boom; });
  eg::Group_Go(g.get(), [ctx = ctx] {
    c::Context_Done(ctx).recv();  // released by the sibling's failure
    return c::Context_Err(ctx);
  });
  CHECK(eg::Group_Wait(g.get()) == boom);
  CHECK(c::Context_Err(ctx) == c::Canceled);
  CHECK(c::Cause(ctx) == boom);

  auto [g2, ctx2] = eg::WithContext(c::Background());
  eg::Group_Go(g2.get(), [] { return Error(); });
  CHECK(eg::Group_Wait(g2.get()).isNil());
  CHECK(c::Context_Err(ctx2) == c::Canceled);  // Wait cancels
}

TEST_CASE("errgroup SetLimit and TryGo") {
  eg::Group g;
  eg::Group_SetLimit(&g, 1);
  Chan<int> release = goxx::makeChan<int>(0);
  CHECK(eg::Group_TryGo(&g, [release] {
    release.recv();
    return Error();
  }));
  CHECK_FALSE(eg::Group_TryGo(&g, [] { return Error(); }));
  CHECK(panicText([&] { eg::Group_SetLimit(&g, 2); }) ==
        "errgroup: modify limit while 1 goroutines in the group are still active");
  release.send(1);
  CHECK(eg::Group_Wait(&g).isNil());
  eg::Group_SetLimit(&g, -1);
  goxx::Ptr<Int> active = goxx::newPtr<Int>(0);
  eg::Group limited;
  eg::Group_SetLimit(&limited, 2);
  goxx::Ptr<goxx::pkg::sync::Mutex> mu = goxx::newPtr<goxx::pkg::sync::Mutex>();
  goxx::Ptr<Int> peak = goxx::newPtr<Int>(0);
  for (int i = 0; i < 10; i++) {
    eg::Group_Go(&limited, [=] {
      mu->Lock();
      if (++*active > *peak) *peak = *active;
      mu->Unlock();
      goxx::gosched();
      mu->Lock();
      --*active;
      mu->Unlock();
      return Error();
    });
  }
  CHECK(eg::Group_Wait(&limited).isNil());
  CHECK(*peak <= 2);
}
