// goxx/main.h — the program's entry and exit.
//
// Consumes: goroutine.h. Produces: runMain, which generated `main` functions (and C++ programs using the
// runtime) call, and exitProcess (os.Exit).
//
// runMain starts GOMAXPROCS workers, runs mainFn as goroutine 1 on a 1 GiB stack and, when mainFn returns,
// flushes stdout and ends the process with status 0 — without waiting for other goroutines, as Go does.
// With GOXX_LEAKCHECK=1 it first reports goroutines still alive and exits 3 if there are any.
#pragma once

#include <functional>
#include <utility>

#include "goxx/goroutine.h"

namespace goxx {

namespace detail {
[[noreturn]] void runMainImpl(int argc, char** argv, void (*invoke)(void*), void* fn);
}

template <class F>
[[noreturn]] void runMain(int argc, char** argv, F&& mainFn) {
  using Fn = std::decay_t<F>;
  Fn fn(std::forward<F>(mainFn));
  detail::runMainImpl(argc, argv, [](void* p) { (*static_cast<Fn*>(p))(); }, &fn);
}

// Ends the process now with `code` after flushing stdout/stderr (os.Exit; deferred calls do not run).
[[noreturn]] void exitProcess(int code);

// The arguments runMain was given (os.Args).
int programArgc();
char** programArgv();

}  // namespace goxx
