// Operations that block forever, reported by the deadlock detector with Go's wait reasons:
// nil-channel send/receive ("chan send (nil chan)", "chan receive (nil chan)"), `select {}`
// ("select (no cases)"), and a select whose cases can never proceed ("select"). Child processes.
#include <doctest/doctest.h>

#include <string>

#include "child_process.h"
#include "goxx/chan.h"
#include "goxx/select.h"
#include "goxx/sync.h"

namespace {

using goxx::test::runChild;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const goxx::SrcPos kNilRecvPos{"nilchan.gox", 5, "main.main"};

GOXX_CHILD_SCENARIO("chan-nil-receive") {
  goxx::Chan<int> nilChan;
  nilChan.recv(&kNilRecvPos);
}

GOXX_CHILD_SCENARIO("chan-nil-send") {
  goxx::Chan<int> nilChan;
  nilChan.send(1);
}

GOXX_CHILD_SCENARIO("select-no-cases") { goxx::select({}, false); }

GOXX_CHILD_SCENARIO("select-blocked") {
  auto never = goxx::makeChan<int>();
  goxx::Chan<int> nilChan;
  int v = 0;
  goxx::SelectCase cases[] = {goxx::recvCase(never, &v), goxx::sendCase(nilChan, &v)};
  goxx::select(cases, false);
}

GOXX_CHILD_SCENARIO("sync-waitgroup-deadlock") {
  goxx::sync::WaitGroup wg;
  wg.Add(1);
  wg.Wait();
}

GOXX_CHILD_SCENARIO("sync-mutex-deadlock") {
  goxx::sync::Mutex mu;
  mu.Lock();
  mu.Lock();
}

}  // namespace

TEST_CASE("chan forever: receive from a nil channel") {
  auto r = runChild("chan-nil-receive");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "fatal error: all goroutines are asleep - deadlock!"));
  CHECK(contains(r.err, "goroutine 1 [chan receive (nil chan)]:"));
  CHECK(contains(r.err, "nilchan.gox:5"));
}

TEST_CASE("chan forever: send on a nil channel") {
  auto r = runChild("chan-nil-send");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "goroutine 1 [chan send (nil chan)]:"));
}

TEST_CASE("select forever: select {}") {
  auto r = runChild("select-no-cases");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "goroutine 1 [select (no cases)]:"));
}

TEST_CASE("select forever: no case can proceed") {
  auto r = runChild("select-blocked");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "goroutine 1 [select]:"));
}

TEST_CASE("sync forever: wait reasons of WaitGroup.Wait and Mutex.Lock") {
  auto wg = runChild("sync-waitgroup-deadlock");
  CHECK(wg.exitCode == 2);
  CHECK(contains(wg.err, "goroutine 1 [sync.WaitGroup.Wait]:"));
  auto mu = runChild("sync-mutex-deadlock");
  CHECK(mu.exitCode == 2);
  CHECK(contains(mu.err, "goroutine 1 [sync.Mutex.Lock]:"));
}
