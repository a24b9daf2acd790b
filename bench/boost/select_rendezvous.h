// bench/boost/select_rendezvous.h — Boost.Fiber has no select; this emulates
//   select { case v := <-a: ...; case v := <-b: ... }
// for the select workload: two producers, each owning one unbuffered "case", and one consumer.
//
// Fairness to Go's select on unbuffered channels:
//  - a producer's send returns only once the consumer has taken the value (a rendezvous, as in Go);
//  - the consumer sleeps while neither case is ready and is woken by the first producer to arrive;
//  - when both cases are ready the consumer picks one uniformly at random, which is Go's rule.
// It costs one lock and at most one wake-up on each side per message, like Go's sudog hand-off; it is not
// made of two Boost channels because those cannot be waited on together.
//
// Invariants: mu_ guards full_ and value_. Case k has exactly one producer, so a send finds its slot
// empty (the previous send on k waited until it was emptied). Only the consumer touches rng_.
#pragma once

#include <boost/fiber/condition_variable.hpp>
#include <boost/fiber/mutex.hpp>
#include <cstdint>
#include <mutex>

namespace bench {

class SelectRendezvous {
 public:
  static constexpr int kCases = 2;

  void send(int k, int64_t v) {
    std::unique_lock<boost::fibers::mutex> lock(mu_);
    value_[k] = v;
    full_[k] = true;
    consumerWake_.notify_one();
    taken_[k].wait(lock, [this, k] { return !full_[k]; });
  }

  int64_t receive() {
    std::unique_lock<boost::fibers::mutex> lock(mu_);
    consumerWake_.wait(lock, [this] { return full_[0] || full_[1]; });
    int k = full_[0] ? 0 : 1;
    if (full_[0] && full_[1]) k = static_cast<int>(nextRandom() & 1);
    full_[k] = false;
    taken_[k].notify_one();
    return value_[k];
  }

 private:
  uint64_t nextRandom() {  // xorshift64: cheap, and good enough to pick between two cases
    rng_ ^= rng_ << 13;
    rng_ ^= rng_ >> 7;
    rng_ ^= rng_ << 17;
    return rng_;
  }

  boost::fibers::mutex mu_;
  boost::fibers::condition_variable consumerWake_;
  boost::fibers::condition_variable taken_[kCases];
  bool full_[kCases] = {false, false};
  int64_t value_[kCases] = {0, 0};
  uint64_t rng_ = 0x9e3779b97f4a7c15ull;
};

}  // namespace bench
