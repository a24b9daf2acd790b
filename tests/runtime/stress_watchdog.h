// stress_watchdog.h — turns a scheduler hang into a failing test instead of a stuck test binary.
//
// Many scheduler bugs (lost wake-ups, a P nobody runs, a monitor that went to sleep too early) show up as a
// goroutine that never runs again. Inside the runtime nothing can notice that: the goroutine that would
// check is the one that is stuck. A Watchdog is a plain OS thread, outside the scheduler, that waits for
// the test to finish; if the deadline passes first it names the test and ends the process with status 86,
// which ctest reports as a failure.
//
// The deadlines are generous (the machine running the suite may be heavily loaded): they are there to catch
// "never", not "slow". The thread touches nothing of the runtime, so it cannot mask a bug.
#pragma once

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>

namespace goxx::test {

class Watchdog {
 public:
  Watchdog(const char* what, int seconds) : what_(what) {
    thread_ = std::thread([this, seconds] {
      std::unique_lock<std::mutex> lk(mu_);
      if (cv_.wait_for(lk, std::chrono::seconds(seconds), [this] { return done_; })) return;
      std::string msg = std::string("\nwatchdog: \"") + what_ + "\" did not finish within " +
                        std::to_string(seconds) + " s: the scheduler stopped running it\n";
      ssize_t ignored = write(2, msg.data(), msg.size());
      (void)ignored;
      _exit(86);
    });
  }
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      done_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

 private:
  const char* what_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  std::thread thread_;
};

}  // namespace goxx::test
