// parked_goroutines.cpp — the program the gdb test debugs (see run_gdb_test.py).
//
// It is parked.gox lowered by hand onto the runtime's public API, the way generated code calls it: every
// spawn and park site passes the SrcPos of its .gox statement. Goroutine ids follow spawn order (main is 1):
//   2 parkInChanReceive    <-never                 "chan receive"         parked.gox:13
//   3 parkInChanSend       unread <- 1             "chan send"            parked.gox:18
//   4 parkInSelect         select on two channels  "select"               parked.gox:23
//   5 parkInSleep          time.Sleep(time.Hour)   "sleep"                parked.gox:31
//   6 parkInWaitGroupWait  wg.Wait()               "sync.WaitGroup.Wait"  parked.gox:36
//   7 spinOnThread         a busy loop             running on its own thread (run with GOMAXPROCS=2)
// Once all of them are where they should be, main calls goxx_test_breakpoint() from main.main at
// parked.gox:66; the debugger stops there and inspects the others.
//
// Each goroutine body is a named noinline function so its backtrace has a frame with a known name.
#include <atomic>

#include "goxx/chan.h"
#include "goxx/main.h"
#include "goxx/select.h"
#include "goxx/sync.h"
#include "goxx/time.h"

namespace {

constexpr goxx::SrcPos kRecvPark{"parked.gox", 13, "main.receiver"};
constexpr goxx::SrcPos kSendPark{"parked.gox", 18, "main.sender"};
constexpr goxx::SrcPos kSelectPark{"parked.gox", 23, "main.selector"};
constexpr goxx::SrcPos kSleepPark{"parked.gox", 31, "main.sleeper"};
constexpr goxx::SrcPos kWaitPark{"parked.gox", 36, "main.waiter"};
constexpr goxx::SrcPos kSpawnRecv{"parked.gox", 56, "main.main"};
constexpr goxx::SrcPos kSpawnSend{"parked.gox", 57, "main.main"};
constexpr goxx::SrcPos kSpawnSelect{"parked.gox", 58, "main.main"};
constexpr goxx::SrcPos kSpawnSleep{"parked.gox", 59, "main.main"};
constexpr goxx::SrcPos kSpawnWait{"parked.gox", 60, "main.main"};
constexpr goxx::SrcPos kSpawnSpin{"parked.gox", 61, "main.main"};

// How many goroutines have reached the statement they park in (or, for the spinner, its loop).
std::atomic<int> arrived{0};
std::atomic<bool> stopSpinning{false};

__attribute__((noinline)) void parkInChanReceive(goxx::Chan<int> never) {
  arrived.fetch_add(1);
  never.recv(&kRecvPark);
}

__attribute__((noinline)) void parkInChanSend(goxx::Chan<int> unread) {
  arrived.fetch_add(1);
  unread.send(1, &kSendPark);
}

__attribute__((noinline)) void parkInSelect(goxx::Chan<int> a, goxx::Chan<int> b) {
  arrived.fetch_add(1);
  int v = 0;
  goxx::SelectCase cases[] = {goxx::recvCase(a, &v), goxx::recvCase(b)};
  goxx::select(cases, /*hasDefault=*/false, &kSelectPark);
}

__attribute__((noinline)) void parkInSleep() {
  arrived.fetch_add(1);
  goxx::time::sleep(goxx::time::Hour, &kSleepPark);
}

__attribute__((noinline)) void parkInWaitGroupWait(goxx::sync::WaitGroup* wg) {
  arrived.fetch_add(1);
  wg->Wait(&kWaitPark);
}

__attribute__((noinline)) void spinOnThread() {
  arrived.fetch_add(1);
  while (!stopSpinning.load(std::memory_order_relaxed)) {
  }
}

}  // namespace

// The debugger's breakpoint. extern "C" and noinline so `break goxx_test_breakpoint` finds one address;
// the asm statement keeps the call from being folded away.
extern "C" __attribute__((noinline)) void goxx_test_breakpoint() { asm volatile("" ::: "memory"); }

int main(int argc, char** argv) {
  goxx::runMain(argc, argv, [] {
    goxx::Chan<int> never = goxx::makeChan<int>(0);
    goxx::Chan<int> unread = goxx::makeChan<int>(0);
    goxx::Chan<int> quiet1 = goxx::makeChan<int>(0);
    goxx::Chan<int> quiet2 = goxx::makeChan<int>(0);
    auto* wg = new goxx::sync::WaitGroup();
    wg->Add(1);
    goxx::go([never] { parkInChanReceive(never); }, &kSpawnRecv);
    goxx::go([unread] { parkInChanSend(unread); }, &kSpawnSend);
    goxx::go([quiet1, quiet2] { parkInSelect(quiet1, quiet2); }, &kSpawnSelect);
    goxx::go([] { parkInSleep(); }, &kSpawnSleep);
    goxx::go([wg] { parkInWaitGroupWait(wg); }, &kSpawnWait);
    goxx::go([] { spinOnThread(); }, &kSpawnSpin);
    // Every goroutine counts itself just before its parking statement; parking itself then takes
    // microseconds, so a generous pause after the last arrival leaves all of them parked (0.5 s: the
    // machine may be busy).
    while (arrived.load() < 6) goxx::time::sleep(goxx::time::Millisecond);
    goxx::time::sleep(500 * goxx::time::Millisecond);
    goxx_test_breakpoint();
    stopSpinning.store(true);
  });
}
