// Output paths of package fmt and the print/println builtins: Print* go to stdout through stdio and
// must reach the terminal when main returns (the runtime flushes at exit); print/println go to stderr in
// the runtime's own format. Expected text is what Debian's Go 1.19 prints for the same program:
//     print(1.5, " ", 0.0, " ", -2.25e-10, " ", 123456789.0, " ", float32(0.1), " ", +Inf, " ", NaN, "\n")
//     println(1, true, "s", int8(-3), uint64(18446744073709551615), 1e6)
//     fmt.Println("out", 1, 2.5); fmt.Print("a", "b", 1, 2, "\n"); fmt.Printf("%d-%s\n", 7, "x")
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "child_process.h"
#include "goxx/fmt.h"
#include "goxx/goroutine.h"

using goxx::Int;
using goxx::test::runChild;

GOXX_CHILD_SCENARIO("fmt-print-streams") {
  double inf = std::numeric_limits<double>::infinity();
  double nan = std::numeric_limits<double>::quiet_NaN();
  goxx::builtinPrint(1.5, " ", 0.0, " ", -2.25e-10, " ", 123456789.0, " ", float(0.1), " ", inf, " ", nan, "\n");
  goxx::builtinPrintln(Int(1), true, "s", int8_t(-3), uint64_t(18446744073709551615ull), 1e6);
  goxx::fmt::Println("out", Int(1), 2.5);
  goxx::fmt::Print("a", "b", Int(1), Int(2), "\n");
  goxx::fmt::Printf("%d-%s\n", Int(7), "x");
  goxx::fmt::Fprintf(goxx::osStderr(), "err %v\n", goxx::Slice<Int>{1, 2});
  // main returns without an explicit flush: the runtime must flush stdout.
}

GOXX_CHILD_SCENARIO("fmt-println-concurrent") {
  auto done = goxx::makeChan<bool>(4);
  for (int g = 0; g < 4; ++g) {
    goxx::go([g, done] {
      for (int i = 0; i < 200; ++i) goxx::fmt::Println("goroutine", Int(g), "line", Int(i), "of", Int(200));
      done.send(true);
    });
  }
  for (int g = 0; g < 4; ++g) done.recv();
}

TEST_CASE("fmt/print: stdout is flushed at exit; print/println write Go's runtime format to stderr") {
  auto r = runChild("fmt-print-streams");
  CHECK(r.exitCode == 0);
  CHECK(r.out == "out 1 2.5\nab1 2\n7-x\n");
  CHECK(r.err ==
        "+1.500000e+000 +0.000000e+000 -2.250000e-010 +1.234568e+008 +1.000000e-001 +Inf NaN\n"
        "1 true s -3 18446744073709551615 +1.000000e+006\n"
        "err [1 2]\n");
}

TEST_CASE("fmt/print: concurrent Println calls never interleave within a line") {
  auto r = runChild("fmt-println-concurrent");
  CHECK(r.exitCode == 0);
  int lines = 0;
  size_t start = 0;
  bool allWhole = true;
  while (start < r.out.size()) {
    size_t nl = r.out.find('\n', start);
    if (nl == std::string::npos) break;
    std::string line = r.out.substr(start, nl - start);
    if (line.rfind("goroutine ", 0) != 0 || line.size() < 25 || line.substr(line.size() - 7) != " of 200") allWhole = false;
    ++lines;
    start = nl + 1;
  }
  CHECK(allWhole);
  CHECK(lines == 800);
}

TEST_CASE("fmt/print: Fprint* to a Writer return the byte count") {
  goxx::BufferWriter w;
  CHECK(goxx::fmt::Fprint(w, "x", Int(1)) == 2);
  CHECK(goxx::fmt::Fprintln(w, "é") == 3);
  CHECK(goxx::fmt::Fprintf(w, "%03d", Int(5)) == 3);
  CHECK(w.text == "x1é\n005");
}
