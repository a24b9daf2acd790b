#include "workload_spec.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace bench {
namespace {

// Two workers everywhere but the single-worker ping-pong: the targets were set on a 2-core machine.
constexpr WorkloadSpec kWorkloads[] = {
    {"spawn", 1'000'000, 2, "ns/goroutine"},  {"pingpong2", 1'000'000, 2, "ns/roundtrip"},
    {"pingpong1", 1'000'000, 1, "ns/roundtrip"}, {"chan", 10'000'000, 2, "ns/msg"},
    {"skynet", 1'000'000, 2, "ms"},           {"sieve", 3'000, 2, "ms"},
    {"parked", 1'000'000, 2, "KB/goroutine"}, {"mutex", 10'000'000, 2, "ns/op"},
    {"select", 5'000'000, 2, "ns/msg"},
};

[[noreturn]] void usage() {
  std::fprintf(stderr, "usage: bench WORKLOAD [N]\n");
  for (const WorkloadSpec& w : kWorkloads)
    std::fprintf(stderr, "  %-10s default N %lld, %s\n", w.name, static_cast<long long>(w.defaultSize), w.unit);
  std::exit(2);
}

}  // namespace

Invocation parseCommandLine(int argc, char** argv) {
  if (argc < 2 || argc > 3) usage();
  for (const WorkloadSpec& w : kWorkloads) {
    if (std::strcmp(w.name, argv[1]) != 0) continue;
    Invocation inv{&w, w.defaultSize};
    if (argc == 3) {
      char* end = nullptr;
      long long n = std::strtoll(argv[2], &end, 10);
      if (end == argv[2] || *end != '\0' || n <= 0) usage();
      inv.n = n;
    }
    return inv;
  }
  usage();
}

void printResult(const Invocation& inv, double value) {
  std::printf("%s %.2f %s\n", inv.spec->name, value, inv.spec->unit);
  std::fflush(stdout);
}

int64_t monotonicNanos() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

}  // namespace bench
