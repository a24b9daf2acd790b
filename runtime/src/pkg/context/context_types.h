// pkg/context/context_types.h — the Context implementations goxx makes (private to pkg/context).
//
// Go's types, one C++ type each so that %T and type switches see Go's names:
//   BackgroundCtx / TodoCtx   context.backgroundCtx / context.todoCtx        (values)
//   CancelCtx                 *context.cancelCtx                            (CancelRef)
//   TimerCtx : CancelCtx      *context.timerCtx                             (TimerRef)
//   ValueCtx                  *context.valueCtx                             (ValueRef)
//   WithoutCancelCtx          context.withoutCancelCtx                      (value)
// The Ref types are what an interface value holds for Go's pointers: a shared_ptr (== is identity).
// Canceler is what a cancel context keeps in its children set: child contexts and AfterFunc registrations.
// Locking: a context's mutex guards its err/cause/children; cancel() takes a parent's lock and then each
// child's in turn (top-down only), and never calls user code while holding one.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "goxx/pkg/context.h"
#include "goxx/sync.h"

namespace goxx::pkg::context::impl {

struct BackgroundCtx {
  friend bool operator==(const BackgroundCtx&, const BackgroundCtx&) = default;
};
struct TodoCtx {
  friend bool operator==(const TodoCtx&, const TodoCtx&) = default;
};

// The key whose Value lookup yields a context's own *cancelCtx (Go's &cancelCtxKey).
struct CancelCtxKey {
  friend bool operator==(const CancelCtxKey&, const CancelCtxKey&) = default;
};

class Canceler {
 public:
  virtual ~Canceler() = default;
  // Cancels with err (never nil) and cause (nil: err); removeFromParent unregisters from the parent.
  virtual void cancel(bool removeFromParent, const Error& err, const Error& cause) = 0;
};

class CancelCtx : public Canceler {
 public:
  void cancel(bool removeFromParent, const Error& err, const Error& cause) override;
  // Go's propagateCancel: arranges for `child` to be canceled when this context's parent is.
  void propagateCancel(const Context& parent, const std::shared_ptr<Canceler>& child);

  Context parent;  // Go's embedded Context
  Chan<EmptyStruct> done = makeChan<EmptyStruct>(0);
  ::goxx::sync::Mutex mu;
  std::unordered_map<const Canceler*, std::shared_ptr<Canceler>> children;  // guarded by mu; cleared on cancel
  Error err;                                                                 // guarded by mu
  Error cause;                                                               // guarded by mu
};

class TimerCtx : public CancelCtx {
 public:
  void cancel(bool removeFromParent, const Error& err, const Error& cause) override;

  time::Time deadline;
  ::goxx::time::Timer timer;  // guarded by mu; stopped on cancel
};

struct ValueCtx {
  Context parent;
  Any key;
  Any val;
};

struct CancelRef {
  std::shared_ptr<CancelCtx> p;
  friend bool operator==(const CancelRef&, const CancelRef&) = default;
};
struct TimerRef {
  std::shared_ptr<TimerCtx> p;
  friend bool operator==(const TimerRef&, const TimerRef&) = default;
};
struct ValueRef {
  std::shared_ptr<ValueCtx> p;
  friend bool operator==(const ValueRef&, const ValueRef&) = default;
};

struct WithoutCancelCtx {
  Context parent;
  friend bool operator==(const WithoutCancelCtx& a, const WithoutCancelCtx& b) { return a.parent == b.parent; }
};

// The *cancelCtx behind ctx if ctx is, or embeds, one of goxx's cancel contexts whose Done is ctx.Done().
std::shared_ptr<CancelCtx> parentCancelCtx(const Context& ctx);
// Takes child out of the children set of parent's cancel context, if any.
void removeChild(const Context& parent, const Canceler* child);
// Go's contextName: String() when the context has one, else its type's name.
std::string contextName(const Context& c);

}  // namespace goxx::pkg::context::impl

namespace goxx {
#define GOXX_CONTEXT_IMPL_TYPE(T) \
  template <>                     \
  struct TypeOf<T> {              \
    static const TypeDesc* get(); \
  };
GOXX_CONTEXT_IMPL_TYPE(pkg::context::impl::BackgroundCtx)
GOXX_CONTEXT_IMPL_TYPE(pkg::context::impl::TodoCtx)
GOXX_CONTEXT_IMPL_TYPE(pkg::context::impl::CancelCtxKey)
GOXX_CONTEXT_IMPL_TYPE(pkg::context::impl::CancelRef)
GOXX_CONTEXT_IMPL_TYPE(pkg::context::impl::TimerRef)
GOXX_CONTEXT_IMPL_TYPE(pkg::context::impl::ValueRef)
GOXX_CONTEXT_IMPL_TYPE(pkg::context::impl::WithoutCancelCtx)
#undef GOXX_CONTEXT_IMPL_TYPE
}  // namespace goxx
