// Channel ordering: rendezvous of unbuffered channels, FIFO of buffered ones, FIFO among parked senders and
// among parked receivers. Expected orders follow from the Go specification ("communication succeeds only
// when both a sender and receiver are ready"; buffered channels are first-in-first-out queues) and the
// runtime's documented FIFO wake-up of waiters.
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/sync.h"
#include "goxx/time.h"

using goxx::Chan;
using goxx::makeChan;
namespace gotime = goxx::time;

TEST_CASE("chan: an unbuffered send completes only once a receiver has taken the value") {
  auto ch = makeChan<int>();
  auto done = makeChan<bool>();
  std::atomic<bool> sendReturned{false};
  goxx::go([&, ch, done] {
    ch.send(42);
    sendReturned.store(true);
    done.send(true);
  });
  gotime::sleep(20 * gotime::Millisecond);  // the sender has long reached its send
  CHECK_FALSE(sendReturned.load());
  CHECK(ch.recv() == 42);
  done.recv();
  CHECK(sendReturned.load());
}

TEST_CASE("chan: an unbuffered receive waits for a sender") {
  auto ch = makeChan<int>();
  auto got = makeChan<int>(1);
  goxx::go([ch, got] { got.send(ch.recv() + 1); });
  gotime::sleep(20 * gotime::Millisecond);
  CHECK(got.len() == 0);
  ch.send(7);
  CHECK(got.recv() == 8);
}

TEST_CASE("chan: a buffered channel is a FIFO queue") {
  auto ch = makeChan<int>(100);
  for (int i = 0; i < 100; i++) ch.send(i);
  CHECK(ch.len() == 100);
  for (int i = 0; i < 100; i++) REQUIRE(ch.recv() == i);
  CHECK(ch.len() == 0);
}

TEST_CASE("chan: order survives a small ring that wraps and a producer that blocks") {
  for (size_t cap : {size_t(0), size_t(1), size_t(3)}) {
    auto ch = makeChan<int>(cap);
    constexpr int kN = 5000;
    goxx::go([ch] {
      for (int i = 0; i < kN; i++) ch.send(i);
    });
    int bad = 0;
    for (int i = 0; i < kN; i++) {
      if (ch.recv() != i) bad++;
    }
    CHECK(bad == 0);
  }
}

// Starts n goroutines one after another, giving each time to park in `body` before the next starts.
template <class F>
void startInOrder(int n, F body) {
  for (int k = 0; k < n; k++) {
    goxx::go([body, k] { body(k); });
    gotime::sleep(10 * gotime::Millisecond);
  }
}

TEST_CASE("chan: parked senders are served first-in first-out (unbuffered)") {
  auto ch = makeChan<int>();
  startInOrder(8, [ch](int k) { ch.send(k); });
  for (int k = 0; k < 8; k++) CHECK(ch.recv() == k);
}

TEST_CASE("chan: a receiver of a full buffer pulls the first parked sender's value into the buffer") {
  auto ch = makeChan<int>(2);
  ch.send(100);
  ch.send(101);
  startInOrder(4, [ch](int k) { ch.send(k); });
  CHECK(ch.len() == 2);
  CHECK(ch.recv() == 100);
  CHECK(ch.len() == 2);  // sender 0's value moved into the freed slot before recv returned
  const int expected[] = {101, 0, 1, 2, 3};
  for (int v : expected) CHECK(ch.recv() == v);
  CHECK(ch.len() == 0);
}

TEST_CASE("chan: parked receivers are served first-in first-out") {
  auto ch = makeChan<int>();
  auto results = makeChan<std::pair<int, int>>(8);
  startInOrder(8, [ch, results](int k) { results.send({k, ch.recv()}); });
  for (int v = 0; v < 8; v++) ch.send(1000 + v);
  for (int i = 0; i < 8; i++) {
    auto [k, v] = results.recv();
    CHECK(v == 1000 + k);
  }
}

TEST_CASE("chan: many producers and consumers deliver every value exactly once") {
  for (size_t cap : {size_t(0), size_t(16)}) {
    constexpr int kProducers = 8, kConsumers = 8, kPerProducer = 2000;
    auto ch = makeChan<int>(cap);
    std::vector<std::atomic<int>> seen(kProducers * kPerProducer);
    goxx::sync::WaitGroup producers, consumers;
    producers.Add(kProducers);
    consumers.Add(kConsumers);
    for (int p = 0; p < kProducers; p++) {
      goxx::go([&, ch, p] {
        for (int i = 0; i < kPerProducer; i++) ch.send(p * kPerProducer + i);
        producers.Done();
      });
    }
    for (int c = 0; c < kConsumers; c++) {
      goxx::go([&, ch] {
        int v;
        while (ch.recv(&v)) seen[size_t(v)].fetch_add(1);
        consumers.Done();
      });
    }
    producers.Wait();
    ch.close();
    consumers.Wait();
    int wrong = 0;
    for (auto& s : seen) wrong += s.load() != 1;
    CHECK(wrong == 0);
  }
}
