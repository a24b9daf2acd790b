// context.h — saving and resuming a stackful execution context.
//
// Consumes: a stack (from the StackPool). Produces: ContextSlot, contextInit and contextSwitch, the only
// machine-dependent pieces of the scheduler. With an assembly implementation for the target (x86-64 SysV,
// aarch64 AAPCS64) a context is just the saved stack pointer: the switch pushes the callee-saved registers
// (and the floating-point control words the ABI says are preserved), stores sp, loads the other sp and
// pops. Everything caller-saved is already saved by the compiler at the call site. Without one, the
// portable ucontext fallback is compiled (slower: swapcontext also saves the signal mask with a syscall).
#pragma once

#include <cstddef>

#if !defined(GOXX_HAVE_ASM_CONTEXT)
#include <ucontext.h>
#endif

namespace goxx::rt {

#if defined(GOXX_HAVE_ASM_CONTEXT)
struct ContextSlot {
  void* sp = nullptr;
};
#else
struct ContextSlot {
  ucontext_t uc;
};
#endif

// Prepares `slot` so that the first contextSwitch to it runs fn(arg) on the stack [lo, lo+size).
// fn must never return (a goroutine ends by switching away for good).
void contextInit(ContextSlot* slot, void* lo, size_t size, void (*fn)(void*), void* arg);

// Saves the running context into `from` and resumes `to`. Returns when something switches back to `from`.
void contextSwitch(ContextSlot* from, ContextSlot* to);

}  // namespace goxx::rt
