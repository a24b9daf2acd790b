// goxx/defer.h — defer, panic(v) and recover() for generated code.
//
// Consumes: panic.h, value/any.h, value/func.h. Produces: AnyPanicValue, panicAny (Go's panic(v)),
// DeferFrame (one per activation of a function that contains `defer`), recoverPanic (Go's recover()).
//
// How a function with defers is lowered (compiler/emit):
//     goxx::DeferFrame df;
//     try { ...body; `return x` assigns the result variables and jumps to ret... }
//     catch (...) { df.unwinding(std::current_exception()); }
//     ret: df.runDeferred();   // LIFO; rethrows if a panic is still in progress afterwards
//     return results;
// Invariants:
//   * A DeferFrame belongs to one goroutine's stack and is only touched by that goroutine (which may
//     migrate between threads: nothing here is thread_local; the goroutine's current frame lives in its G).
//   * recover() stops the panic of the innermost frame that is running its deferred calls because of a
//     panic, and only while one of those calls is running (Go: "recover ... called directly by a deferred
//     function"; goxx also lets a function called by that deferred function recover — see LANGUAGE.md).
//   * runtime.Goexit's unwinding (GoexitUnwind) runs deferred calls but recover() does not stop it.
//   * A deferred call that panics replaces the current panic; the report lists both (Go's
//     "panic: a [recovered]" chain is kept in Panic::previous).
#pragma once

#include <exception>
#include <string>
#include <vector>

#include "goxx/panic.h"
#include "goxx/value/any.h"
#include "goxx/value/func.h"

namespace goxx {

// The value of panic(v) for any v.
class AnyPanicValue : public PanicValue {
 public:
  explicit AnyPanicValue(Any v) : value_(std::move(v)) {}
  std::string printText() const override;
  const Any& value() const { return value_; }

 private:
  Any value_;
};

// panic(v). panic(nil) panics with Go 1.21's *runtime.PanicNilError ("panic called with nil argument").
[[noreturn]] void panicAny(Any v);

class DeferFrame {
 public:
  DeferFrame() = default;
  DeferFrame(const DeferFrame&) = delete;
  DeferFrame& operator=(const DeferFrame&) = delete;

  // Registers a deferred call (its function value and arguments already evaluated into `call`).
  void defer(Func<void()> call) { calls_.push_back(std::move(call)); }
  // The body ended by an exception (a Go panic, Goexit, or a C++ exception from the runtime).
  void unwinding(std::exception_ptr e) { pending_ = std::move(e); }
  // Runs the deferred calls, last first. Rethrows the panic still in progress at the end, if any.
  void runDeferred();

  // recover()'s work for the frame that is running deferred calls: the panic value or nil.
  Any recover();

 private:
  std::vector<Func<void()>> calls_;
  std::exception_ptr pending_;
  bool runningDeferred_ = false;
  DeferFrame* outer_ = nullptr;  // the goroutine's previously active frame while ours runs defers
};

// Go's recover().
Any recoverPanic();

}  // namespace goxx
