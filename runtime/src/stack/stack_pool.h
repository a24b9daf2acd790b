// stack_pool.h — goroutine stacks: reserved in slabs, guarded, pooled.
//
// Consumes: nothing. Produces: Stack (a usable [lo, hi) range with a guard region just below lo) for the
// scheduler, and isGuardAddress() for the SIGSEGV handler.
//
// Design. One mmap per stack, or one mprotect'd guard page per stack, splits the address space into one
// kernel mapping per stack; vm.max_map_count (65530 by default) then caps goroutines near 32 000. So stacks
// are carved out of slabs of kSlabStacks stacks each, one mapping per slab, laid out as
//     [guard][stack 0][guard][stack 1]...   (stacks grow down, so each guard sits under its stack)
// and the guards are installed with madvise(MADV_GUARD_INSTALL) (Linux >= 6.13), which marks pages as
// faulting without splitting the mapping. On older kernels the fallback mprotect()s guard pages while the
// process has fewer than kMprotectGuardBudget of them, and hands out unguarded stacks after that: an overflow
// there can corrupt the neighbouring stack instead of being reported. docs/ARCHITECTURE.md says so.
//
// Memory is reserved with MAP_NORESERVE and committed by the kernel on first touch. Freed stacks go on a
// LIFO free list and are reused warm (no madvise on the hot path): a reused stack's pages are already
// resident, which saves the ~10 us demand fault per page measured on this machine. A new slab's stacks get
// their top page (the one every goroutine writes first) populated up front with MADV_POPULATE_WRITE, one
// cheaper in-kernel fill instead of a demand fault at first use.
//
// Thread safety: allocate() and release() take the pool's spin lock (there is no per-worker cache yet).
#pragma once

#include <cstddef>
#include <cstdint>

namespace goxx::rt {

struct Stack {
  char* lo = nullptr;  // lowest usable byte; the guard region is [lo - guardSize, lo)
  size_t size = 0;     // usable bytes
  Stack* nextFree = nullptr;  // free-list link; valid only while pooled (lives in the pool's side table)
  char* hi() const { return lo + size; }
};

class StackPool {
 public:
  // The reservation of every goroutine stack but main's: GOXX_STACK_SIZE (bytes, or with K/M/G suffix),
  // else kDefaultStackSize. Rounded up to whole pages.
  static size_t goroutineStackSize();
  // 64 KiB: the spacing of stacks decides the page-table cost of a parked goroutine (one 4 KiB page-table
  // page maps 2 MiB, i.e. 30 stacks of 64 KiB + guard: ~136 bytes each; at 256 KiB it would be ~520 bytes,
  // at 1 MiB ~2 KiB). With the G inside the stack's top page a parked goroutine then costs about 4.2 KiB
  // resident. The price is a shallow default: deep recursion in a goroutine needs GOXX_STACK_SIZE.
  static constexpr size_t kDefaultStackSize = 64 * 1024;
  static constexpr size_t kMainStackSize = size_t{1} << 30;  // Go's 1 GB maximum stack

  // A stack of goroutineStackSize() bytes. Never fails: out of address space is fatal.
  static Stack* allocate();
  static void release(Stack* s);
  // The main goroutine's 1 GiB stack, in a mapping of its own with a guard below it.
  static Stack* allocateMain();

  // Whether addr lies in the guard region of some stack; sets *stackSize to that stack's size.
  // Async-signal-safe (reads the slab table without locks; slabs are never unmapped).
  static bool isGuardAddress(const void* addr, size_t* stackSize);
  // True when guards are installed without splitting mappings (MADV_GUARD_INSTALL works here).
  static bool hasLightweightGuards();
};

}  // namespace goxx::rt
