// goxx/value/func.h — Go func values.
//
// Consumes: refcount.h, bounds.h. Produces: goxx::Func<R(Args...)>.
//
// A Func is a nullable handle to a refcounted closure: one heap block holding the callable (a lambda with
// its captures: captured Go variables are themselves Ptr cells, so closures share them as Go does) and the
// function that invokes it. The default Func is nil; calling nil panics with Go's nil-dereference error.
// Go allows comparing a func only with nil, so that is the only comparison here. identity() is the
// address %p prints.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include "goxx/value/bounds.h"
#include "goxx/value/refcount.h"

namespace goxx {

template <class Sig>
class Func;

template <class R, class... Args>
class Func<R(Args...)> {
  struct Block : RcHeader {
    R (*invoke)(Block* self, Args... args);
  };
  template <class F>
  struct Closure : Block {
    F fn;
    explicit Closure(F f) : fn(std::move(f)) {
      this->destroy = [](RcHeader* self) noexcept { delete static_cast<Closure*>(self); };
      this->invoke = [](Block* self, Args... args) -> R {
        return static_cast<Closure*>(self)->fn(std::forward<Args>(args)...);
      };
    }
  };

 public:
  Func() noexcept = default;
  Func(std::nullptr_t) noexcept {}
  template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, Func> &&
                                              std::is_invocable_r_v<R, std::decay_t<F>&, Args...>>>
  Func(F&& fn) : block_(new Closure<std::decay_t<F>>(std::forward<F>(fn))) {}
  Func(const Func& o) noexcept : block_(o.block_) { rcRetain(block_); }
  Func(Func&& o) noexcept : block_(std::exchange(o.block_, nullptr)) {}
  Func& operator=(Func o) noexcept {
    std::swap(block_, o.block_);
    return *this;
  }
  ~Func() { rcRelease(block_); }

  R operator()(Args... args) const {
    if (block_ == nullptr) panicNilDeref();
    return block_->invoke(block_, std::forward<Args>(args)...);
  }

  bool isNil() const noexcept { return block_ == nullptr; }
  const void* identity() const noexcept { return block_; }
  friend bool operator==(const Func& f, std::nullptr_t) noexcept { return f.block_ == nullptr; }

 private:
  Block* block_ = nullptr;
};

}  // namespace goxx
