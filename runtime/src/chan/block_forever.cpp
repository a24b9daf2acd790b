// chan/block_forever.cpp — parking with nobody to wake us: nil-channel operations and `select {}`.
//
// Nothing ever holds a reference to the goroutine, so no one can ready() it; the scheduler's deadlock
// detector reports it with the given reason if every goroutine ends up blocked. The loop only guards the
// [[noreturn]] promise.
#include "chan/chan_core.h"

namespace goxx {

void blockForever(WaitReason reason, const SrcPos* where) {
  for (;;) park(reason, where, nullptr, nullptr);
}

}  // namespace goxx
