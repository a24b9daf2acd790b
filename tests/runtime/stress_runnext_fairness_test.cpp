// Stress: the run-next slot must not let a pair of goroutines that keep waking each other monopolise a P.
//
// A goroutine readied by the running one goes to the P's run-next slot and runs next (good for a producer
// and its consumer). Two goroutines ping-ponging over unbuffered channels therefore hand the P back and
// forth through that slot forever; Go counts them as one time slice ("inheritTime"), so after 10 ms the
// monitor preempts them and the P's ring and the global queue get their turn. With one P, nobody else can
// steal from the ring: without that rule every other goroutine starves.
#include <doctest/doctest.h>

#include <atomic>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"
#include "stress_watchdog.h"

namespace {

// Loops as generated code does: a preemption point at every back-edge. Ends by closing `out` once `stop`
// is set or `in` is closed, and drains `in` until the partner has closed it too, so neither side is left
// blocked.
void pingPong(goxx::Chan<int> in, goxx::Chan<int> out, std::atomic<bool>* stop, bool serve) {
  if (serve) out.send(0);
  int v = 0;
  while (in.recv(&v) && !stop->load()) {
    out.send(v + 1);
    goxx::preemptPoint();
  }
  out.close();
  while (in.recv(&v)) {
  }
}

TEST_CASE("stress/runnext: a ping-pong pair does not starve the other goroutines of its P") {
  goxx::test::Watchdog dog("ping-pong starvation", 60);
  int old = goxx::gomaxprocs(1);
  for (int round = 0; round < 3; round++) {
    std::atomic<bool> stop{false};
    auto a = goxx::makeChan<int>(), b = goxx::makeChan<int>();
    auto pairDone = goxx::makeChan<int>(2);
    goxx::go([a, b, &stop, pairDone] { pingPong(a, b, &stop, false); pairDone.send(1); });
    goxx::go([a, b, &stop, pairDone] { pingPong(b, a, &stop, true); pairDone.send(1); });
    goxx::gosched();  // let the pair get going
    // Some of these land in the P's ring behind the pair (each spawn displaces the run-next slot).
    const int n = 16;
    auto done = goxx::makeChan<int>(n);
    for (int i = 0; i < n; i++) goxx::go([done, i] { done.send(i); });
    int sum = 0;
    for (int i = 0; i < n; i++) sum += done.recv();
    CHECK(sum == n * (n - 1) / 2);
    stop = true;
    pairDone.recv();
    pairDone.recv();
  }
  goxx::gomaxprocs(old);
}

}  // namespace
