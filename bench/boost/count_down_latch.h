// bench/boost/count_down_latch.h — what the Go workloads use sync.WaitGroup for: wait until n fibers
// have each signalled once. Boost.Fiber has a barrier but no WaitGroup.
//
// Single use: the count is fixed at construction and reaches zero once (the Go and goxx versions
// likewise Add the full count before starting anyone). countDown is one atomic decrement except for
// the last caller, which takes the lock to release the waiter. Lifetime: the waiter returns only after
// seeing released_ under mu_, and the releasing fiber's last access is its unlock, so the latch may be
// destroyed as soon as wait() returns.
#pragma once

#include <atomic>
#include <boost/fiber/condition_variable.hpp>
#include <boost/fiber/mutex.hpp>
#include <cstdint>
#include <mutex>

namespace bench {

class CountDownLatch {
 public:
  explicit CountDownLatch(int64_t count) : count_(count) {}

  void countDown() {
    if (count_.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
    std::unique_lock<boost::fibers::mutex> lock(mu_);
    released_ = true;
    zero_.notify_all();
  }

  void wait() {
    std::unique_lock<boost::fibers::mutex> lock(mu_);
    zero_.wait(lock, [this] { return released_; });
  }

 private:
  std::atomic<int64_t> count_;
  boost::fibers::mutex mu_;
  boost::fibers::condition_variable zero_;
  bool released_ = false;  // guarded by mu_
};

}  // namespace bench
