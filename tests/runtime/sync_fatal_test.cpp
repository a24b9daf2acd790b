// Misuse of sync's locks is a fatal error in Go (not a recoverable panic): the process prints
// "fatal error: <message>" and exits with status 2. Each case runs in a child process.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "child_process.h"
#include "goxx/sync.h"

namespace {

using goxx::test::runChild;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

GOXX_CHILD_SCENARIO("sync-unlock-of-unlocked-mutex") {
  goxx::sync::Mutex mu;
  mu.Lock();
  mu.Unlock();
  mu.Unlock();
}

GOXX_CHILD_SCENARIO("sync-runlock-of-unlocked-rwmutex") {
  goxx::sync::RWMutex rw;
  rw.RUnlock();
}

GOXX_CHILD_SCENARIO("sync-unlock-of-unlocked-rwmutex") {
  goxx::sync::RWMutex rw;
  rw.RLock();
  rw.RUnlock();
  rw.Unlock();
}

GOXX_CHILD_SCENARIO("sync-recover-cannot-catch-fatal") {
  goxx::sync::Mutex mu;
  try {
    mu.Unlock();
  } catch (...) {
    printf("caught\n");
  }
}

}  // namespace

TEST_CASE("sync fatal: Unlock of an unlocked Mutex") {
  auto r = runChild("sync-unlock-of-unlocked-mutex");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "fatal error: sync: unlock of unlocked mutex"));
}

TEST_CASE("sync fatal: RUnlock of an unlocked RWMutex") {
  auto r = runChild("sync-runlock-of-unlocked-rwmutex");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "fatal error: sync: RUnlock of unlocked RWMutex"));
}

TEST_CASE("sync fatal: Unlock of an unlocked RWMutex") {
  auto r = runChild("sync-unlock-of-unlocked-rwmutex");
  CHECK(r.exitCode == 2);
  CHECK(contains(r.err, "fatal error: sync: Unlock of unlocked RWMutex"));
}

TEST_CASE("sync fatal: a fatal error is not an exception") {
  auto r = runChild("sync-recover-cannot-catch-fatal");
  CHECK(r.exitCode == 2);
  CHECK(r.out.empty());
  CHECK(contains(r.err, "fatal error: sync: unlock of unlocked mutex"));
}
