#include <boost/fiber/operations.hpp>
#include <boost/fiber/unbuffered_channel.hpp>
#include <chrono>

#include "count_down_latch.h"
#include "resident_memory.h"
#include "spawn_fiber.h"
#include "workloads.h"

namespace bench {

// n fibers blocked receiving from one channel; (resident bytes after - before) / n, in KB.
// See bench/common/resident_memory.h for what "resident" includes.
double parkedMemory(int64_t n) {
  int64_t before = residentBytes();
  boost::fibers::unbuffered_channel<int> release;
  CountDownLatch started(n);
  CountDownLatch finished(n);
  for (int64_t i = 0; i < n; ++i) {
    spawnFiber([&] {
      started.countDown();
      int v = 0;
      (void)release.pop(v);  // returns channel_op_status::closed once release is closed
      finished.countDown();
    });
  }
  started.wait();
  // Every fiber has run; give the last ones time to reach the receive and block.
  boost::this_fiber::sleep_for(std::chrono::milliseconds(100));
  int64_t after = residentBytes();
  release.close();
  finished.wait();
  return static_cast<double>(after - before) / 1024.0 / static_cast<double>(n);
}

}  // namespace bench
