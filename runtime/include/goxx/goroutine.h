// goxx/goroutine.h — starting goroutines.
//
// Consumes: sched.h. Produces: goxx::go, the lowering of Go's `go` statement and the way C++ code starts a
// goroutine. The caller has already evaluated the function value and every argument (Go evaluates them in
// the spawning goroutine) and bound them into `fn`, a callable taking no arguments; go() moves fn onto the
// new goroutine's own stack, so starting a goroutine allocates nothing but (pooled) stack.
// go() may yield the processor (a goroutine in a spawning loop whose run queue is full lets the queued ones
// run first; see the scheduler's spawn back-pressure), as any call may be preempted in Go: do not hold a
// lock that other goroutines need across it unless it is a goxx::sync lock.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

#include "goxx/sched.h"

namespace goxx {

namespace detail {
// Reserves a goroutine and `size` bytes aligned to `align` at the top of its stack for the callable.
struct SpawnSlot {
  G* g;
  void* storage;
};
SpawnSlot spawnPrepare(size_t size, size_t align, const SrcPos* where);
// Makes the prepared goroutine runnable; it will call invoke(storage) once, which must run and destroy fn.
void spawnCommit(SpawnSlot slot, void (*invoke)(void* storage));

template <class Fn>
void invokeAndDestroy(void* storage) {
  Fn* fn = static_cast<Fn*>(storage);
  struct Destroy {
    Fn* fn;
    ~Destroy() { fn->~Fn(); }
  } destroy{fn};
  (*fn)();
}
}  // namespace detail

template <class F>
void go(F&& fn, const SrcPos* where = nullptr) {
  using Fn = std::decay_t<F>;
  static_assert(std::is_invocable_v<Fn&>, "goxx::go needs a callable taking no arguments");
  detail::SpawnSlot slot = detail::spawnPrepare(sizeof(Fn), alignof(Fn), where);
  ::new (slot.storage) Fn(std::forward<F>(fn));
  detail::spawnCommit(slot, &detail::invokeAndDestroy<Fn>);
}

}  // namespace goxx
