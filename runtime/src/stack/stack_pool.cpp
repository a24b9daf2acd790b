// Goroutine stack slabs and the LIFO pool. See stack_pool.h for the design.
#include "stack/stack_pool.h"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "goxx/sched.h"

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14
#endif
#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102  // Linux 6.13; Debian 12's headers predate it
#endif

namespace goxx::rt {
namespace {

constexpr size_t kSlabStacks = 256;
constexpr size_t kMaxSlabs = 1 << 16;            // 16M stacks: far beyond any address-space budget
constexpr size_t kMprotectGuardBudget = 16384;  // fallback: at most this many split mappings

size_t pageSize() {
  static const size_t p = size_t(sysconf(_SC_PAGESIZE));
  return p;
}

size_t parseSize(const char* s) {
  char* end = nullptr;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s) return 0;
  switch (*end) {
    case 'k': case 'K': v <<= 10; break;
    case 'm': case 'M': v <<= 20; break;
    case 'g': case 'G': v <<= 30; break;
    default: break;
  }
  return size_t(v);
}

// A slab: one mapping holding kSlabStacks (guard + stack) cells. Published in slabTable (append-only) so
// the signal handler can map an address back to a stack without locks.
struct Slab {
  char* base;
  size_t cellSize;   // guard + stack
  size_t guardSize;
  Stack stacks[kSlabStacks];
};

std::atomic<Slab*> slabTable[kMaxSlabs];
std::atomic<size_t> slabCount{0};

struct MainStackRegion {
  std::atomic<char*> guardLo{nullptr};
  std::atomic<size_t> guardSize{0};
} mainRegion;

// Protects freeList and the slab being carved. A spin lock: allocate/release hold it for a few stores, and
// under a std::mutex the spawning and the exiting M contend through futex system calls.
SpinLock poolLock;
Stack* freeList = nullptr;  // LIFO: the most recently freed stack is the warmest
size_t mprotectGuards = 0;
int guardMode = -1;  // -1 unknown, 1 MADV_GUARD_INSTALL works, 0 fallback
int populateMode = -1;  // 0 once MADV_POPULATE_WRITE (Linux 5.14) failed: stacks are then faulted in on use

// Installs a guard on [p, p+len). Returns false when the fallback's budget is spent (no guard).
bool installGuard(char* p, size_t len) {
  if (guardMode != 0) {
    if (madvise(p, len, MADV_GUARD_INSTALL) == 0) {
      guardMode = 1;
      return true;
    }
    guardMode = 0;
  }
  if (mprotectGuards >= kMprotectGuardBudget) return false;
  if (mprotect(p, len, PROT_NONE) != 0) return false;
  ++mprotectGuards;
  return true;
}

[[noreturn]] void outOfStacks() {
  fatal("runtime: cannot allocate goroutine stack (out of address space; lower GOXX_STACK_SIZE?)");
}

// Requires poolLock. Maps a new slab and pushes its stacks on the free list, lowest address last so the
// first allocations walk the slab upwards.
void growPool() {
  const size_t guard = pageSize();
  const size_t cell = guard + StackPool::goroutineStackSize();
  const size_t bytes = cell * kSlabStacks;
  void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) outOfStacks();
  // Transparent huge pages would turn the one touched page per stack into 2 MiB.
  madvise(m, bytes, MADV_NOHUGEPAGE);
  size_t index = slabCount.load(std::memory_order_relaxed);
  if (index >= kMaxSlabs) outOfStacks();
  auto* slab = new Slab{static_cast<char*>(m), cell, guard, {}};
  for (size_t i = kSlabStacks; i-- > 0;) {
    char* cellBase = slab->base + i * cell;
    bool guarded = installGuard(cellBase, guard);
    // Every stack's first use writes its top page (the G and the first frames): populate that page now, in
    // the kernel, which costs less than the demand fault it saves (measured here: ~10 us per fault).
    if (populateMode != 0 && madvise(cellBase + cell - guard, guard, MADV_POPULATE_WRITE) != 0) populateMode = 0;
    Stack& s = slab->stacks[i];
    s.lo = cellBase + guard;
    s.size = cell - guard;
    (void)guarded;  // an unguarded stack is still usable (see header)
    s.nextFree = freeList;
    freeList = &s;
  }
  slabTable[index].store(slab, std::memory_order_release);
  slabCount.store(index + 1, std::memory_order_release);
}

}  // namespace

size_t StackPool::goroutineStackSize() {
  static const size_t size = [] {
    size_t s = kDefaultStackSize;
    if (const char* env = getenv("GOXX_STACK_SIZE")) {
      size_t v = parseSize(env);
      if (v >= 16 * 1024) s = v;
    }
    return (s + pageSize() - 1) & ~(pageSize() - 1);
  }();
  return size;
}

Stack* StackPool::allocate() {
  std::lock_guard<SpinLock> lock(poolLock);
  if (freeList == nullptr) growPool();
  Stack* s = freeList;
  freeList = s->nextFree;
  s->nextFree = nullptr;
  return s;
}

void StackPool::release(Stack* s) {
  std::lock_guard<SpinLock> lock(poolLock);
  s->nextFree = freeList;
  freeList = s;
}

Stack* StackPool::allocateMain() {
  const size_t guard = pageSize();
  const size_t bytes = guard + kMainStackSize;
  void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) outOfStacks();
  char* base = static_cast<char*>(m);
  if (madvise(base, guard, MADV_GUARD_INSTALL) != 0) mprotect(base, guard, PROT_NONE);
  mainRegion.guardSize.store(guard, std::memory_order_relaxed);
  mainRegion.guardLo.store(base, std::memory_order_release);
  auto* s = new Stack{base + guard, kMainStackSize, nullptr};
  return s;
}

bool StackPool::isGuardAddress(const void* addr, size_t* stackSize) {
  auto a = reinterpret_cast<uintptr_t>(addr);
  if (char* g = mainRegion.guardLo.load(std::memory_order_acquire)) {
    auto lo = reinterpret_cast<uintptr_t>(g);
    // A frame bigger than the guard can land below it; count a little more as the main guard.
    if (a >= lo - 64 * 1024 && a < lo + mainRegion.guardSize.load(std::memory_order_relaxed)) {
      *stackSize = kMainStackSize;
      return true;
    }
  }
  size_t n = slabCount.load(std::memory_order_acquire);
  for (size_t i = 0; i < n; ++i) {
    Slab* slab = slabTable[i].load(std::memory_order_acquire);
    auto base = reinterpret_cast<uintptr_t>(slab->base);
    if (a < base || a >= base + slab->cellSize * kSlabStacks) continue;
    size_t offset = (a - base) % slab->cellSize;
    if (offset < slab->guardSize) {
      *stackSize = slab->cellSize - slab->guardSize;
      return true;
    }
    return false;
  }
  return false;
}

bool StackPool::hasLightweightGuards() {
  std::lock_guard<SpinLock> lock(poolLock);
  if (guardMode < 0) growPool();
  return guardMode == 1;
}

}  // namespace goxx::rt
