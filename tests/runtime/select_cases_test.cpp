// select: Go's specification says that if one or more communications can proceed, a single one is chosen
// via a uniform pseudo-random selection; otherwise the default case runs, or the select blocks until one
// can proceed. Nil channels never proceed; a receive from a closed channel always can.
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <vector>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/panic.h"
#include "goxx/select.h"
#include "goxx/sync.h"
#include "goxx/time.h"

using goxx::Chan;
using goxx::makeChan;
using goxx::recvCase;
using goxx::SelectCase;
using goxx::sendCase;
namespace gotime = goxx::time;

TEST_CASE("select: a uniform choice between two always-ready cases") {
  auto a = makeChan<int>(1);
  auto b = makeChan<int>(1);
  a.send(1);
  b.send(2);
  constexpr int kRounds = 10000;
  int wins[2] = {0, 0};
  for (int r = 0; r < kRounds; r++) {
    int v = 0;
    SelectCase cases[] = {recvCase(a, &v), recvCase(b, &v)};
    const int chosen = goxx::select(cases, false);
    REQUIRE((chosen == 0 || chosen == 1));
    wins[chosen]++;
    (chosen == 0 ? a : b).send(v);  // make it ready again
  }
  CHECK(wins[0] >= kRounds * 45 / 100);
  CHECK(wins[0] <= kRounds * 55 / 100);
  CHECK(wins[0] + wins[1] == kRounds);
}

TEST_CASE("select: the choice among four ready cases is uniform too") {
  std::vector<Chan<int>> chans;
  for (int i = 0; i < 4; i++) {
    chans.push_back(makeChan<int>(1));
    chans.back().send(i);
  }
  int wins[4] = {};
  for (int r = 0; r < 8000; r++) {
    int v = -1;
    SelectCase cases[] = {recvCase(chans[0], &v), recvCase(chans[1], &v), recvCase(chans[2], &v),
                          recvCase(chans[3], &v)};
    const int chosen = goxx::select(cases, false);
    REQUIRE(v == chosen);
    wins[chosen]++;
    chans[size_t(chosen)].send(v);
  }
  for (int w : wins) CHECK((w >= 1700 && w <= 2300));
}

TEST_CASE("select: default runs only when no case is ready") {
  auto ch = makeChan<int>(1);
  int v = 0;
  {
    SelectCase cases[] = {recvCase(ch, &v)};
    CHECK(goxx::select(cases, true) == -1);
  }
  ch.send(4);
  {
    SelectCase cases[] = {recvCase(ch, &v)};
    CHECK(goxx::select(cases, true) == 0);
    CHECK(v == 4);
  }
  CHECK(goxx::select({}, true) == -1);
}

TEST_CASE("select: nil channel cases are never chosen") {
  Chan<int> nilChan;
  auto ready = makeChan<int>(1);
  int v = 0, x = 1;
  {
    SelectCase cases[] = {recvCase(nilChan, &v), sendCase(nilChan, &x)};
    CHECK(goxx::select(cases, true) == -1);
  }
  for (int r = 0; r < 100; r++) {
    ready.send(r);
    SelectCase cases[] = {recvCase(nilChan, &v), recvCase(ready, &v), sendCase(nilChan, &x)};
    REQUIRE(goxx::select(cases, false) == 1);
    REQUIRE(v == r);
  }
}

TEST_CASE("select: a send case and a receive case") {
  auto out = makeChan<int>(1);
  auto in = makeChan<int>(1);
  int send = 10, got = 0;
  // Only the send can proceed.
  {
    SelectCase cases[] = {sendCase(out, &send), recvCase(in, &got)};
    CHECK(goxx::select(cases, false) == 0);
    CHECK(out.len() == 1);
  }
  // out is full; only the receive can proceed.
  in.send(20);
  {
    SelectCase cases[] = {sendCase(out, &send), recvCase(in, &got)};
    CHECK(goxx::select(cases, false) == 1);
    CHECK(got == 20);
  }
  // Blocked on both; a receiver on `out` makes the send case fire.
  goxx::go([out] {
    gotime::sleep(10 * gotime::Millisecond);
    out.recv();
  });
  {
    send = 11;
    SelectCase cases[] = {sendCase(out, &send), recvCase(in, &got)};
    CHECK(goxx::select(cases, false) == 0);
  }
  CHECK(out.recv() == 11);
  // Blocked on both; a sender on `in` makes the receive case fire.
  goxx::go([in] {
    gotime::sleep(10 * gotime::Millisecond);
    in.send(21);
  });
  {
    out.send(0);  // full again
    SelectCase cases[] = {sendCase(out, &send), recvCase(in, &got)};
    CHECK(goxx::select(cases, false) == 1);
    CHECK(got == 21);
  }
}

TEST_CASE("select: a parked select is completed by a sender on an unbuffered channel") {
  auto a = makeChan<std::string>();
  auto b = makeChan<std::string>();
  goxx::go([b] {
    gotime::sleep(10 * gotime::Millisecond);
    b.send("from b");
  });
  std::string va, vb;
  bool ok = false;
  SelectCase cases[] = {recvCase(a, &va), recvCase(b, &vb, &ok)};
  CHECK(goxx::select(cases, false) == 1);
  CHECK(vb == "from b");
  CHECK(ok);
  CHECK(va.empty());
}

TEST_CASE("select: receive from a closed channel is ready with ok == false") {
  auto ch = makeChan<int>();
  ch.close();
  int v = 7;
  bool ok = true;
  SelectCase cases[] = {recvCase(ch, &v, &ok)};
  CHECK(goxx::select(cases, true) == 0);
  CHECK(v == 0);
  CHECK_FALSE(ok);

  // And a parked select is woken by close.
  auto later = makeChan<int>();
  goxx::go([later] {
    gotime::sleep(10 * gotime::Millisecond);
    later.close();
  });
  v = 7;
  ok = true;
  Chan<int> nilChan;
  SelectCase parked[] = {recvCase(nilChan, &v), recvCase(later, &v, &ok)};
  CHECK(goxx::select(parked, false) == 1);
  CHECK(v == 0);
  CHECK_FALSE(ok);
}

TEST_CASE("select: a send case on a closed channel panics") {
  auto ch = makeChan<int>(1);
  ch.close();
  int x = 1;
  std::string text;
  try {
    SelectCase cases[] = {sendCase(ch, &x)};
    goxx::select(cases, true);
  } catch (const goxx::Panic& p) {
    text = p.printText();
  }
  CHECK(text == "send on closed channel");

  // A select parked on a send is woken by close and panics.
  auto later = makeChan<int>();
  goxx::go([later] {
    gotime::sleep(10 * gotime::Millisecond);
    later.close();
  });
  text.clear();
  try {
    SelectCase cases[] = {sendCase(later, &x)};
    goxx::select(cases, false);
  } catch (const goxx::Panic& p) {
    text = p.printText();
  }
  CHECK(text == "send on closed channel");
}

TEST_CASE("select: the same channel in several cases") {
  auto ch = makeChan<int>();
  goxx::go([ch] {
    gotime::sleep(10 * gotime::Millisecond);
    ch.send(5);
    ch.send(6);
  });
  int a = 0, b = 0;
  int total = 0;
  for (int i = 0; i < 2; i++) {
    a = b = 0;
    SelectCase cases[] = {recvCase(ch, &a), recvCase(ch, &b)};
    const int chosen = goxx::select(cases, false);
    total += chosen == 0 ? a : b;
    CHECK((chosen == 0 ? b : a) == 0);
  }
  CHECK(total == 11);
}

TEST_CASE("select: many cases (more than fit the inline scratch space)") {
  std::vector<Chan<int>> chans;
  for (int i = 0; i < 40; i++) chans.push_back(makeChan<int>());
  goxx::go([c = chans[37]] {
    gotime::sleep(10 * gotime::Millisecond);
    c.send(37);
  });
  std::vector<int> values(40, -1);
  std::vector<SelectCase> cases;
  for (int i = 0; i < 40; i++) cases.push_back(recvCase(chans[size_t(i)], &values[size_t(i)]));
  CHECK(goxx::select(cases, false) == 37);
  CHECK(values[37] == 37);
}

// 64 goroutines select over 8 channels while 8 producers (half with plain sends, half with select sends)
// push distinct ids. Every id must arrive exactly once, and every select must complete exactly one case.
TEST_CASE("select: a storm of selects delivers every message exactly once") {
  for (size_t cap : {size_t(0), size_t(4)}) {
    constexpr int kChans = 8, kConsumers = 64, kPerProducer = 1000;
    std::vector<Chan<int>> chans;
    for (int i = 0; i < kChans; i++) chans.push_back(makeChan<int>(cap));
    auto quit = makeChan<int>();
    std::vector<std::atomic<int>> seen(kChans * kPerProducer);
    std::atomic<int> received{0};
    std::atomic<int> anomalies{0};  // counted, not asserted: doctest's REQUIRE cannot unwind a goroutine
    goxx::sync::WaitGroup producers, consumers;
    producers.Add(kChans);
    consumers.Add(kConsumers);
    for (int p = 0; p < kChans; p++) {
      goxx::go([&, p, ch = chans[size_t(p)]] {
        Chan<int> nilChan;
        for (int i = 0; i < kPerProducer; i++) {
          int id = p * kPerProducer + i;
          if (p % 2 == 0) {
            ch.send(id);
          } else {
            int dummy = -1;
            SelectCase cases[] = {sendCase(ch, &id), sendCase(nilChan, &dummy)};
            if (goxx::select(cases, false) != 0) anomalies++;
          }
        }
        producers.Done();
      });
    }
    for (int c = 0; c < kConsumers; c++) {
      goxx::go([&] {
        for (;;) {
          int v[kChans + 1];
          for (int& x : v) x = -1;
          SelectCase cases[kChans + 1];
          for (int i = 0; i < kChans; i++) cases[i] = recvCase(chans[size_t(i)], &v[i]);
          cases[kChans] = recvCase(quit, &v[kChans]);
          const int chosen = goxx::select(cases, false);
          if (chosen == kChans) break;
          int written = 0;
          for (int i = 0; i < kChans; i++) written += v[i] != -1;
          if (written != 1 || v[chosen] / kPerProducer != chosen) {
            anomalies++;
            continue;
          }
          seen[size_t(v[chosen])].fetch_add(1);
          received.fetch_add(1);
        }
        consumers.Done();
      });
    }
    producers.Wait();
    // Buffered: values may still sit in the buffers; wait until they are consumed before quitting.
    const int64_t deadline = goxx::nanotime() + 10 * gotime::Second;
    while (received.load() < kChans * kPerProducer && goxx::nanotime() < deadline) {
      gotime::sleep(gotime::Millisecond);
    }
    quit.close();
    consumers.Wait();
    CHECK(anomalies.load() == 0);
    CHECK(received.load() == kChans * kPerProducer);
    int wrong = 0;
    for (auto& s : seen) wrong += s.load() != 1;
    CHECK(wrong == 0);
  }
}

#if defined(GOXX_ASAN)
#include <sanitizer/lsan_interface.h>
// See chan_elements_test.cpp: an explicit leak check, since the process ends with _exit.
TEST_CASE("select: nothing leaked (LeakSanitizer)") { CHECK(__lsan_do_recoverable_leak_check() == 0); }
#endif
