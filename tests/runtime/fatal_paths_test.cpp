// The ways a Go program ends, each checked in a child process: exit status and what it prints.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "child_process.h"
#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/main.h"
#include "goxx/panic.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"

namespace {

using goxx::test::runChild;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const goxx::SrcPos kRecvPos{"deadlock.gox", 7, "main.main"};
const goxx::SrcPos kSendPos{"deadlock.gox", 4, "main.worker"};
const goxx::SrcPos kSpawnPos{"deadlock.gox", 6, "main.main"};

GOXX_CHILD_SCENARIO("deadlock") {
  auto never = goxx::makeChan<int>();
  auto alsoNever = goxx::makeChan<int>();
  goxx::go([alsoNever] { alsoNever.send(1, &kSendPos); }, &kSpawnPos);
  printf("before\n");
  never.recv(&kRecvPos);
}

TEST_CASE("fatal: every goroutine asleep is reported as a deadlock, with positions") {
  auto r = runChild("deadlock");
  CHECK(r.exitCode == 2);
  CHECK(r.out == "before\n");
  CHECK(contains(r.err, "fatal error: all goroutines are asleep - deadlock!"));
  CHECK(contains(r.err, "goroutine 1 [chan receive]:"));
  CHECK(contains(r.err, "deadlock.gox:7"));
  CHECK(contains(r.err, "[chan send]:"));
  CHECK(contains(r.err, "deadlock.gox:4"));
  CHECK(contains(r.err, "created by main.main in goroutine 1"));
}

GOXX_CHILD_SCENARIO("deadlock-sleeping-timer") {
  // A pending timer is not a deadlock: this sleeps, then deadlocks for real.
  goxx::sleepFor(20 * 1000000);
  printf("woke\n");
  goxx::makeChan<int>().recv();
}

TEST_CASE("fatal: a pending timer is not a deadlock") {
  auto r = runChild("deadlock-sleeping-timer");
  CHECK(r.out == "woke\n");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "all goroutines are asleep"));
}

GOXX_CHILD_SCENARIO("panic-in-goroutine") {
  printf("started\n");
  goxx::go([] { goxx::panicString("boom"); });
  goxx::makeChan<int>().recv();
}

TEST_CASE("fatal: an unrecovered panic in any goroutine ends the process with status 2") {
  auto r = runChild("panic-in-goroutine");
  CHECK(r.exitCode == 2);
  CHECK(r.out == "started\n");  // stdout flushed before the report
  CHECK(contains(r.err, "panic: boom\n\ngoroutine "));
  CHECK(contains(r.err, "[running]:"));
}

GOXX_CHILD_SCENARIO("panic-runtime-error") {
  goxx::panicRuntimeError("index out of range [5] with length 3");
}

TEST_CASE("fatal: runtime errors print with Go's prefix") {
  auto r = runChild("panic-runtime-error");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:"));
}

TEST_CASE("panic: a chain of panics prints oldest first, with [recovered]") {
  auto first = std::make_shared<goxx::Panic>(std::make_shared<goxx::StringPanicValue>("first"));
  first->recovered = true;
  goxx::Panic second(std::make_shared<goxx::StringPanicValue>("second"));
  second.previous = first;
  CHECK(goxx::formatPanicReport(second) == "panic: first [recovered]\n\tpanic: second\n");
}

int recurse(int depth) {
  volatile char pad[512];
  pad[0] = char(depth);
  return depth == 0 ? pad[0] : recurse(depth + 1) + pad[0];
}

GOXX_CHILD_SCENARIO("stack-overflow") {
  auto done = goxx::makeChan<int>();
  goxx::go([done] { done.send(recurse(1)); });
  done.recv();
}

TEST_CASE("fatal: overflowing a goroutine stack is reported, not a silent crash") {
  auto r = runChild("stack-overflow", {"GOXX_STACK_SIZE=64K"});
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "runtime: goroutine stack exceeds 65536-byte limit"));
  CHECK(contains(r.err, "fatal error: stack overflow"));
  CHECK(contains(r.err, "GOXX_STACK_SIZE"));
}

#if defined(GOXX_TSAN)
constexpr int kMainDepth = 20000;  // TSan's own shadow call stack is smaller than that; 12 MB still needs main's
#else
constexpr int kMainDepth = 100000;
#endif

GOXX_CHILD_SCENARIO("deep-recursion-in-main") {
  // 100 000 frames of ~600 bytes: 60 MB, far beyond a goroutine stack but within main's 1 GiB, as in Go.
  std::function<int(int)> down = [&](int n) -> int {
    volatile char pad[512];
    pad[0] = 1;
    return n == 0 ? 0 : down(n - 1) + pad[0];
  };
  printf("%d\n", down(kMainDepth));
}

TEST_CASE("main's goroutine has a 1 GiB stack") {
  auto r = runChild("deep-recursion-in-main");
  CHECK(r.exitCode == 0);
  CHECK(r.out == std::to_string(kMainDepth) + "\n");
}

GOXX_CHILD_SCENARIO("fatal-call") {
  goxx::fatal("sync: unlock of unlocked mutex");
}

TEST_CASE("fatal: fatal() prints Go's fatal error and exits 2") {
  auto r = runChild("fatal-call");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "fatal error: sync: unlock of unlocked mutex\n"));
  CHECK(contains(r.err, "goroutine 1 [running]:"));
}

const goxx::SrcPos kLeakPark{"leak.gox", 9, "main.main.func1"};
const goxx::SrcPos kLeakSpawn{"leak.gox", 8, "main.main"};

GOXX_CHILD_SCENARIO("leak") {
  auto ch = goxx::makeChan<int>();
  goxx::go([ch] { ch.send(1, &kLeakPark); }, &kLeakSpawn);
  goxx::sleepFor(10 * 1000000);
  printf("main done\n");
}

TEST_CASE("leak report: GOXX_LEAKCHECK=1 lists goroutines alive when main returns, exit 3") {
  auto r = runChild("leak", {"GOXX_LEAKCHECK=1"});
  CHECK(r.exitCode == 3);
  CHECK(r.out == "main done\n");
  CHECK(contains(r.err, "1 goroutine still running when main returned"));
  CHECK(contains(r.err, "[chan send]:"));
  CHECK(contains(r.err, "leak.gox:9"));
  CHECK(contains(r.err, "leak.gox:8"));
  // Without the variable the same program just ends when main returns.
  auto plain = runChild("leak");
  CHECK(plain.exitCode == 0);
  CHECK(plain.out == "main done\n");
}

GOXX_CHILD_SCENARIO("main-returns") {
  // Busy goroutines do not keep the process alive once main returns; buffered stdout is flushed.
  for (int i = 0; i < 4; i++)
    goxx::go([] {
      for (;;) goxx::preemptPoint();
    });
  goxx::go([] { goxx::makeChan<int>().recv(); });
  printf("bye");
}

TEST_CASE("main returning ends the program with status 0") {
  auto r = runChild("main-returns");
  CHECK(r.exitCode == 0);
  CHECK(r.out == "bye");
}

GOXX_CHILD_SCENARIO("goexit-in-main") {
  goxx::go([] {
    goxx::sleepFor(5 * 1000000);
    printf("other goroutine finished\n");
    fflush(stdout);
  });
  goxx::goexit();
}

TEST_CASE("Goexit in main: the others finish, then Go's no-goroutines deadlock") {
  auto r = runChild("goexit-in-main");
  CHECK(r.out == "other goroutine finished\n");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"));
}

GOXX_CHILD_SCENARIO("exit-code") {
  printf("x");
  goxx::exitProcess(7);
}

TEST_CASE("os.Exit: exitProcess flushes stdout and exits with the code") {
  auto r = runChild("exit-code");
  CHECK(r.exitCode == 7);
  CHECK(r.out == "x");
}

}  // namespace
