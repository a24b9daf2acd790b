// bench/boost/fiber_workers.h — the OS threads that run Boost fibers for one benchmark process.
//
// Consumes: the worker count of the workload. Produces: a calling thread that runs fibers with Boost's
// work_stealing algorithm shared with (workers - 1) helper threads, the closest Boost analogue of Go's
// GOMAXPROCS Ps with work stealing. With one worker the calling thread keeps Boost's default round_robin
// scheduler and no helper is started.
//
// Threads: construct and destroy on the main thread, from its main fiber. Boost allows one
// work_stealing group per process (its scheduler table is static), so construct this once.
#pragma once

#include <boost/fiber/condition_variable.hpp>
#include <boost/fiber/mutex.hpp>
#include <thread>
#include <vector>

namespace bench {

class FiberWorkers {
 public:
  explicit FiberWorkers(int workers);
  // Wakes the helpers' parked main fibers and joins the threads. Fibers still blocked elsewhere are not
  // waited for; the benchmark process ends with std::_Exit, as a Go program ends when main returns.
  ~FiberWorkers();
  FiberWorkers(const FiberWorkers&) = delete;
  FiberWorkers& operator=(const FiberWorkers&) = delete;

 private:
  void helperMain(int workers);

  std::vector<std::thread> helpers_;
  // Guards stopping_. The helper threads' main fibers wait on stopped_ while their schedulers run or
  // steal other fibers; fiber-aware primitives so waiting does not block the thread.
  boost::fibers::mutex mu_;
  boost::fibers::condition_variable stopped_;
  bool stopping_ = false;
};

}  // namespace bench
