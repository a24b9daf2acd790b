// goxx/runtime_api.h — Go's package runtime: the functions about goroutines and processors.
#pragma once

#include <cstdint>

#include "goxx/sched.h"

namespace goxx {

int64_t numGoroutine();   // runtime.NumGoroutine: goroutines that exist now
int gomaxprocs(int n);    // runtime.GOMAXPROCS: sets when n >= 1; returns the previous setting
int numCPU();             // runtime.NumCPU
[[noreturn]] void goexit();  // runtime.Goexit: runs deferred calls (unwinds), then ends the goroutine

}  // namespace goxx
