#include "fiber_workers.h"

#include <boost/fiber/algo/work_stealing.hpp>
#include <boost/fiber/operations.hpp>
#include <mutex>

namespace bench {

// Boost's work_stealing constructor waits until all `workers` threads have installed it, so the
// helpers are started before the calling thread installs its own instance.
FiberWorkers::FiberWorkers(int workers) {
  if (workers <= 1) return;
  for (int i = 1; i < workers; ++i) helpers_.emplace_back([this, workers] { helperMain(workers); });
  boost::fibers::use_scheduling_algorithm<boost::fibers::algo::work_stealing>(workers);
}

FiberWorkers::~FiberWorkers() {
  {
    std::unique_lock<boost::fibers::mutex> lock(mu_);
    stopping_ = true;
  }
  stopped_.notify_all();
  for (std::thread& t : helpers_) t.join();
}

void FiberWorkers::helperMain(int workers) {
  boost::fibers::use_scheduling_algorithm<boost::fibers::algo::work_stealing>(workers);
  std::unique_lock<boost::fibers::mutex> lock(mu_);
  stopped_.wait(lock, [this] { return stopping_; });
}

}  // namespace bench
