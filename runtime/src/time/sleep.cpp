// time/sleep.cpp — time.Sleep, on the scheduler's timer-backed sleepFor.
#include "goxx/time.h"

namespace goxx::time {

void sleep(Duration d, const SrcPos* where) { sleepFor(d, where); }

}  // namespace goxx::time
