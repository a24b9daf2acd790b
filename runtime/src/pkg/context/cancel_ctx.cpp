// pkg/context/cancel_ctx.cpp — cancellation: WithCancel(Cause), WithDeadline/WithTimeout, Cause, AfterFunc,
// and how a child learns of its parent's cancellation (Go 1.22's propagateCancel / removeChild).
#include <utility>

#include "goxx/goroutine.h"
#include "goxx/select.h"
#include "pkg/context/context_types.h"

namespace goxx::pkg::context {
namespace impl {
namespace {

// Go's afterFuncCtx: a cancel context whose cancellation starts f once, unless stop() came first.
class AfterFuncCtx : public CancelCtx {
 public:
  void cancel(bool removeFromParent, const Error& err, const Error& cause) override {
    CancelCtx::cancel(false, err, cause);
    if (removeFromParent) removeChild(parent, this);
    bool run = false;
    once.Do([&] { run = true; });
    if (run) ::goxx::go([f = f] { f(); });
  }

  ::goxx::sync::Once once;
  Func<void()> f;
};

}  // namespace

void CancelCtx::cancel(bool removeFromParent, const Error& e, const Error& c) {
  mu.Lock();
  if (!err.isNil()) {
    mu.Unlock();
    return;
  }
  err = e;
  cause = c.isNil() ? e : c;
  done.close();
  std::unordered_map<const Canceler*, std::shared_ptr<Canceler>> kids;
  kids.swap(children);
  const Error childErr = err, childCause = cause;
  // Top-down: a child's cancel takes only the child's own lock.
  for (auto& [key, child] : kids) child->cancel(false, childErr, childCause);
  mu.Unlock();
  if (removeFromParent) removeChild(parent, this);
}

void TimerCtx::cancel(bool removeFromParent, const Error& e, const Error& c) {
  CancelCtx::cancel(false, e, c);
  if (removeFromParent) removeChild(parent, this);
  mu.Lock();
  if (timer.initialized()) {
    timer.Stop();
    timer = ::goxx::time::Timer();  // drops the callback's reference to this context
  }
  mu.Unlock();
}

// `self` is the cancel context that becomes parent's child; `child` its registration (the same object).
void CancelCtx::propagateCancel(const Context& parentCtx, const std::shared_ptr<Canceler>& child) {
  parent = parentCtx;
  const Chan<EmptyStruct> parentDone = Context_Done(parentCtx);
  if (parentDone.isNil()) return;  // the parent is never canceled
  EmptyStruct ignored;
  bool ok = false;
  if (parentDone.tryRecv(&ignored, &ok)) {
    child->cancel(false, Context_Err(parentCtx), Cause(parentCtx));
    return;
  }
  if (std::shared_ptr<CancelCtx> p = parentCancelCtx(parentCtx)) {
    p->mu.Lock();
    if (!p->err.isNil()) {
      const Error e = p->err, c = p->cause;
      p->mu.Unlock();
      child->cancel(false, e, c);
      return;
    }
    p->children[child.get()] = child;
    p->mu.Unlock();
    return;
  }
  // A Context goxx did not make: watch it from a goroutine, as Go does.
  ::goxx::go([parentCtx, child, parentDone, childDone = done] {
    SelectCase cases[] = {recvCase(parentDone), recvCase(childDone)};
    if (::goxx::select(cases, false) == 0) child->cancel(false, Context_Err(parentCtx), Cause(parentCtx));
  });
}

std::shared_ptr<CancelCtx> parentCancelCtx(const Context& ctx) {
  const Chan<EmptyStruct> done = Context_Done(ctx);
  if (done.isNil()) return nullptr;
  const Any v = Context_Value(ctx, Any(CancelCtxKey{}));
  const CancelRef* ref = v.tryAs<CancelRef>();
  if (ref == nullptr || !(ref->p->done == done)) return nullptr;
  return ref->p;
}

void removeChild(const Context& parent, const Canceler* child) {
  std::shared_ptr<CancelCtx> p = parentCancelCtx(parent);
  if (p == nullptr) return;
  std::shared_ptr<Canceler> removed;  // released after the unlock: it may be the last reference
  p->mu.Lock();
  auto it = p->children.find(child);
  if (it != p->children.end()) {
    removed = std::move(it->second);
    p->children.erase(it);
  }
  p->mu.Unlock();
}

}  // namespace impl

using impl::CancelCtx;
using impl::TimerCtx;

Error Canceled = errorsNew(String::fromStatic("context canceled"));

namespace {
[[noreturn]] void panicNilParent() { panicString("cannot create context from nil parent"); }

std::shared_ptr<CancelCtx> newCancelCtx(const Context& parent) {
  if (parent.isNil()) panicNilParent();
  auto c = std::make_shared<CancelCtx>();
  c->propagateCancel(parent, c);
  return c;
}
}  // namespace

std::tuple<Context, CancelFunc> WithCancel(Context parent) {
  std::shared_ptr<CancelCtx> c = newCancelCtx(parent);
  return {Context(Any(impl::CancelRef{c})), CancelFunc{[c] { c->cancel(true, Canceled, Error()); }}};
}

std::tuple<Context, CancelCauseFunc> WithCancelCause(Context parent) {
  std::shared_ptr<CancelCtx> c = newCancelCtx(parent);
  return {Context(Any(impl::CancelRef{c})), CancelCauseFunc{[c](Error cause) { c->cancel(true, Canceled, cause); }}};
}

Error Cause(Context c) {
  const Any v = Context_Value(c, Any(impl::CancelCtxKey{}));
  if (const impl::CancelRef* ref = v.tryAs<impl::CancelRef>()) {
    ref->p->mu.Lock();
    Error cause = ref->p->cause;
    ref->p->mu.Unlock();
    return cause;
  }
  return Context_Err(c);
}

std::tuple<Context, CancelFunc> WithDeadline(Context parent, time::Time d) {
  if (parent.isNil()) panicNilParent();
  auto [current, ok] = Context_Deadline(parent);
  if (ok && current.Before(d)) return WithCancel(parent);  // the parent's deadline comes first
  auto c = std::make_shared<TimerCtx>();
  c->deadline = d;
  c->propagateCancel(parent, c);
  Context ctx(Any(impl::TimerRef{c}));
  const int64_t dur = ::goxx::time::until(d);
  if (dur <= 0) {
    c->cancel(true, DeadlineExceeded, Error());
    return {ctx, CancelFunc{[c] { c->cancel(false, Canceled, Error()); }}};
  }
  c->mu.Lock();
  if (c->err.isNil()) c->timer = ::goxx::time::afterFunc(dur, [c] { c->cancel(true, DeadlineExceeded, Error()); });
  c->mu.Unlock();
  return {ctx, CancelFunc{[c] { c->cancel(true, Canceled, Error()); }}};
}

std::tuple<Context, CancelFunc> WithTimeout(Context parent, time::Duration timeout) {
  return WithDeadline(std::move(parent), ::goxx::time::now().Add(timeout.v));
}

Func<bool()> AfterFunc(Context ctx, Func<void()> f) {
  auto a = std::make_shared<impl::AfterFuncCtx>();
  a->f = std::move(f);
  a->propagateCancel(ctx, a);
  return Func<bool()>([a] {
    bool stopped = false;
    a->once.Do([&] { stopped = true; });
    if (stopped) a->cancel(true, Canceled, Error());
    return stopped;
  });
}

}  // namespace goxx::pkg::context
