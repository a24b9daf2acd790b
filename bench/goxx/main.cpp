// bench-goxx: the eight workloads on the goxx runtime. Usage and output as bench/go: "bench-goxx WORKLOAD
// [N]" prints "WORKLOAD VALUE UNIT". The workloads are written the way goxx's lowering of the Go versions
// would use the runtime's C++ API (goxx::go, goxx::Chan handles captured by value, goxx::sync). The workload
// runs as goxx's main goroutine; the process exits when it returns, whatever other goroutines are doing (the
// sieve leaves its filters blocked), as in Go.
#include "goxx/main.h"
#include "goxx/runtime_api.h"
#include "workloads.h"

int main(int argc, char** argv) {
  bench::Invocation inv = bench::parseCommandLine(argc, argv);
  goxx::runMain(argc, argv, [inv] {
    goxx::gomaxprocs(inv.spec->workers);
    bench::printResult(inv, bench::runWorkload(inv, "bench-goxx"));
  });
}
