// pkg/runtime/scheduler.cpp — runtime's goroutine and processor functions over goxx/runtime_api.h.
#include "goxx/pkg/runtime.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"

namespace goxx::pkg::runtime {

void Gosched() { ::goxx::gosched(); }
Int NumGoroutine() { return ::goxx::numGoroutine(); }
Int NumCPU() { return ::goxx::numCPU(); }
// Go: n < 1 only reports the setting; larger values are capped by the scheduler's own limit.
Int GOMAXPROCS(Int n) { return ::goxx::gomaxprocs(n < 1 ? 0 : n > (1 << 30) ? (1 << 30) : int(n)); }
void Goexit() { ::goxx::goexit(); }
String Version() { return String::fromStatic("go1.22"); }

}  // namespace goxx::pkg::runtime
