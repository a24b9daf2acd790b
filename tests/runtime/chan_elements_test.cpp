// Non-trivial element types: values are moved through channels intact, buffered values left in a channel
// are destroyed with it, and close/receive produce the type's zero value. The AddressSanitizer build of this
// suite turns any leak or double destruction into a failure.
#include <doctest/doctest.h>

#include <atomic>
#include <memory>
#include <string>

#include "goxx/chan.h"
#include "goxx/goroutine.h"
#include "goxx/select.h"

using goxx::makeChan;

namespace {

// Counts live instances, so tests can check that the channel destroys exactly what it constructed.
struct Tracked {
  static inline std::atomic<int> live{0};
  std::string text;
  Tracked() { live++; }
  explicit Tracked(std::string s) : text(std::move(s)) { live++; }
  Tracked(const Tracked& o) : text(o.text) { live++; }
  Tracked(Tracked&& o) noexcept : text(std::move(o.text)) { live++; }
  Tracked& operator=(const Tracked&) = default;
  Tracked& operator=(Tracked&&) noexcept = default;
  ~Tracked() { live--; }
};

std::string longText(int i) { return "a string too long for the small-string buffer #" + std::to_string(i); }

}  // namespace

TEST_CASE("chan elements: std::string through unbuffered and buffered channels") {
  for (size_t cap : {size_t(0), size_t(2)}) {
    auto ch = makeChan<std::string>(cap);
    goxx::go([ch] {
      for (int i = 0; i < 100; i++) ch.send(longText(i));
      ch.close();
    });
    int i = 0;
    std::string s;
    while (ch.recv(&s)) CHECK(s == longText(i++));
    CHECK(i == 100);
    CHECK(s.empty());  // the zero value after close
  }
}

TEST_CASE("chan elements: values still buffered when the last handle goes are destroyed") {
  const int before = Tracked::live.load();
  {
    auto ch = makeChan<Tracked>(4);
    ch.send(Tracked(longText(1)));
    ch.send(Tracked(longText(2)));
    ch.send(Tracked(longText(3)));
    CHECK(ch.recv().text == longText(1));
    CHECK(Tracked::live.load() == before + 2);
  }
  CHECK(Tracked::live.load() == before);
}

TEST_CASE("chan elements: buffered values survive close and are received in order") {
  auto ch = makeChan<Tracked>(2);
  ch.send(Tracked(longText(7)));
  ch.close();
  Tracked t;
  CHECK(ch.recv(&t));
  CHECK(t.text == longText(7));
  CHECK_FALSE(ch.recv(&t));
  CHECK(t.text.empty());
}

TEST_CASE("chan elements: refcounted handles and channels of channels") {
  auto ch = makeChan<std::shared_ptr<int>>(1);
  auto p = std::make_shared<int>(5);
  ch.send(p);
  CHECK(p.use_count() == 2);
  auto q = ch.recv();
  CHECK(*q == 5);
  CHECK(p.use_count() == 2);
  q.reset();

  auto chOfCh = makeChan<goxx::Chan<int>>(1);
  auto inner = makeChan<int>(1);
  chOfCh.send(inner);
  auto got = chOfCh.recv();
  CHECK(got == inner);
  got.send(9);
  CHECK(inner.recv() == 9);
}

TEST_CASE("chan elements: a select that does not choose a send case leaves its value alone") {
  auto full = makeChan<std::string>(1);
  full.send("x");
  auto ready = makeChan<std::string>(1);
  ready.send(longText(3));
  std::string out, keep = longText(4);
  goxx::SelectCase cases[] = {goxx::sendCase(full, &keep), goxx::recvCase(ready, &out)};
  CHECK(goxx::select(cases, false) == 1);
  CHECK(out == longText(3));
  CHECK(keep == longText(4));
}

#if defined(GOXX_ASAN)
#include <sanitizer/lsan_interface.h>

// The process ends with _exit (Go's exit semantics), which skips LeakSanitizer's exit-time check, so the
// AddressSanitizer build asks for checks explicitly (here and at the end of select_cases_test.cpp and
// time_api_test.cpp). Worker threads' signal stacks are registered with sigaltstack only, where LeakSanitizer
// cannot see them; they are not leaks.
extern "C" const char* __lsan_default_suppressions() { return "leak:goxx::rt::threadInitSignalStack\n"; }

TEST_CASE("chan elements: nothing leaked (LeakSanitizer)") { CHECK(__lsan_do_recoverable_leak_check() == 0); }
#endif
