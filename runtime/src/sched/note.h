// note.h — a one-shot wake-up flag on a futex (Go's note): one thread sleeps, another wakes it.
// Invariant: at most one sleeper. wake() before sleep() makes sleep() return at once (no lost wake-up).
#pragma once

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <ctime>

namespace goxx::rt {

class Note {
 public:
  void wake() {
    if (word_.exchange(1, std::memory_order_release) == 0)
      syscall(SYS_futex, &word_, FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
  }
  // Sleeps until wake(); with timeoutNs >= 0 gives up after that long. Returns true if woken. Consumes the
  // wake-up either way (a wake that raced with the timeout is returned as true).
  bool sleep(int64_t timeoutNs = -1) {
    timespec ts{};
    timespec* tp = nullptr;
    if (timeoutNs >= 0) {
      ts.tv_sec = timeoutNs / 1000000000;
      ts.tv_nsec = timeoutNs % 1000000000;
      tp = &ts;
    }
    while (word_.load(std::memory_order_acquire) == 0) {
      long r = syscall(SYS_futex, &word_, FUTEX_WAIT_PRIVATE, 0, tp, nullptr, 0);
      if (r != 0 && errno == ETIMEDOUT) break;
    }
    return word_.exchange(0, std::memory_order_acquire) == 1;
  }

 private:
  std::atomic<uint32_t> word_{0};
};

}  // namespace goxx::rt
