// close, nil channels, len/cap and Go's three channel panics. Expected behaviour from the Go specification:
// "Sending to or closing a closed channel causes a run-time panic. Closing the nil channel also causes a
// run-time panic." "After calling close, and after any previously sent values have been received, receive
// operations will return the zero value for the channel's type without blocking." The panic texts are Go's
// runtime plain errors.
#include <doctest/doctest.h>

#include <string>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/time.h"

using goxx::Chan;
using goxx::makeChan;
namespace gotime = goxx::time;

namespace {

// Runs f and returns the text of the Go panic it raised ("" if none). Checks it is a runtime error that Go
// prints without the "runtime error: " prefix.
template <class F>
std::string plainPanicText(F f) {
  try {
    f();
  } catch (const goxx::Panic& p) {
    CHECK(p.value().isRuntimeError());
    return p.printText();
  }
  return "";
}

}  // namespace

TEST_CASE("chan: close of a nil channel panics") {
  Chan<int> nilChan;
  CHECK(plainPanicText([&] { nilChan.close(); }) == "close of nil channel");
}

TEST_CASE("chan: close of a closed channel panics") {
  auto ch = makeChan<int>(1);
  ch.close();
  CHECK(plainPanicText([&] { ch.close(); }) == "close of closed channel");
}

TEST_CASE("chan: send on a closed channel panics, buffered or not, even with room") {
  for (size_t cap : {size_t(0), size_t(4)}) {
    auto ch = makeChan<int>(cap);
    ch.close();
    CHECK(plainPanicText([&] { ch.send(1); }) == "send on closed channel");
    CHECK(plainPanicText([&] { ch.trySend(1); }) == "send on closed channel");
  }
}

TEST_CASE("chan: receive drains buffered values after close, then yields zero values with ok == false") {
  auto ch = makeChan<int>(3);
  ch.send(1);
  ch.send(2);
  ch.close();
  CHECK(ch.len() == 2);
  int v = -1;
  CHECK(ch.recv(&v));
  CHECK(v == 1);
  CHECK(ch.recv(&v));
  CHECK(v == 2);
  CHECK_FALSE(ch.recv(&v));
  CHECK(v == 0);
  v = -1;
  CHECK_FALSE(ch.recv(&v));
  CHECK(v == 0);
  CHECK(ch.recv() == 0);
}

TEST_CASE("chan: close wakes every parked receiver with the zero value") {
  auto ch = makeChan<int>();
  auto results = makeChan<int>(3);
  for (int i = 0; i < 3; i++) {
    goxx::go([ch, results] {
      int v = 99;
      bool ok = ch.recv(&v);
      results.send(ok ? -1 : v);
    });
  }
  gotime::sleep(20 * gotime::Millisecond);
  ch.close();
  for (int i = 0; i < 3; i++) CHECK(results.recv() == 0);
}

TEST_CASE("chan: close makes a parked sender panic") {
  for (size_t cap : {size_t(0), size_t(1)}) {
    auto ch = makeChan<int>(cap);
    if (cap == 1) ch.send(0);  // full, so the next send parks
    auto result = makeChan<std::string>(1);
    goxx::go([ch, result] {
      try {
        ch.send(1);
        result.send("send returned");
      } catch (const goxx::Panic& p) {
        result.send(p.printText());
      }
    });
    gotime::sleep(20 * gotime::Millisecond);
    ch.close();
    CHECK(result.recv() == "send on closed channel");
  }
}

TEST_CASE("chan: nil channel operations are never ready") {
  Chan<int> nilChan;
  CHECK_FALSE(nilChan.trySend(1));
  int v = 5;
  CHECK_FALSE(nilChan.tryRecv(&v));
  CHECK(v == 5);
  CHECK(nilChan.len() == 0);
  CHECK(nilChan.cap() == 0);
  CHECK(nilChan.isNil());
}

TEST_CASE("chan: len and cap") {
  auto unbuffered = makeChan<int>();
  CHECK(unbuffered.len() == 0);
  CHECK(unbuffered.cap() == 0);
  auto ch = makeChan<int>(3);
  CHECK(ch.cap() == 3);
  ch.send(1);
  ch.send(2);
  CHECK(ch.len() == 2);
  ch.recv();
  CHECK(ch.len() == 1);
  CHECK(ch.cap() == 3);
}

TEST_CASE("chan: non-blocking operations") {
  auto ch = makeChan<int>(1);
  int v = 0;
  CHECK_FALSE(ch.tryRecv(&v));
  CHECK(ch.trySend(1));
  CHECK_FALSE(ch.trySend(2));
  bool ok = false;
  CHECK(ch.tryRecv(&v, &ok));
  CHECK(ok);
  CHECK(v == 1);
  ch.close();
  CHECK(ch.tryRecv(&v, &ok));
  CHECK_FALSE(ok);
}

TEST_CASE("chan: == is identity; copies share the channel") {
  auto a = makeChan<int>(1);
  auto b = makeChan<int>(1);
  Chan<int> a2 = a;
  Chan<int> nilChan;
  CHECK(a == a2);
  CHECK_FALSE(a == b);
  CHECK(nilChan == Chan<int>());
  CHECK(nilChan == nullptr);
  CHECK_FALSE(a == nullptr);
  a2.send(3);
  CHECK(a.len() == 1);
  CHECK(a.recv() == 3);
}

TEST_CASE("chan: make with an impossible size panics") {
  CHECK(plainPanicText([] { makeChan<int>(size_t(-1)); }) == "makechan: size out of range");
}
