#include "resident_memory.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace bench {

// Reads with stdio only, no allocation worth mentioning, so the measurement hardly disturbs what it
// measures.
int64_t residentBytes() {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (f == nullptr) {
    std::perror("bench: /proc/self/status");
    std::exit(1);
  }
  int64_t total = 0;
  int found = 0;
  char line[256];
  while (std::fgets(line, sizeof line, f) != nullptr) {
    long long kb = 0;
    if (std::sscanf(line, "VmRSS: %lld kB", &kb) == 1 || std::sscanf(line, "VmPTE: %lld kB", &kb) == 1) {
      total += kb * 1024;
      ++found;
    }
  }
  std::fclose(f);
  if (found != 2) {
    std::fprintf(stderr, "bench: VmRSS or VmPTE missing from /proc/self/status\n");
    std::exit(1);
  }
  return total;
}

}  // namespace bench
