// Frame set-up for the assembly context switches (context_x86_64.S, context_aarch64.S).
#include "context/context.h"

#if defined(GOXX_HAVE_ASM_CONTEXT)
#include <cstdint>
#include <cstring>

extern "C" void goxx_ctx_switch(void** save_sp, void* new_sp);
extern "C" void goxx_ctx_trampoline();

namespace goxx::rt {

void contextInit(ContextSlot* slot, void* lo, size_t size, void (*fn)(void*), void* arg) {
  auto top = (reinterpret_cast<uintptr_t>(lo) + size) & ~uintptr_t{15};
  auto* sp = reinterpret_cast<uint64_t*>(top);
#if defined(__x86_64__)
  // After the final `ret` into the trampoline, rsp == top (16-byte aligned), as a call expects.
  *--sp = reinterpret_cast<uint64_t>(&goxx_ctx_trampoline);  // return address
  *--sp = 0;                                                 // rbp
  *--sp = reinterpret_cast<uint64_t>(fn);                    // rbx
  *--sp = reinterpret_cast<uint64_t>(arg);                   // r12
  *--sp = 0;                                                 // r13
  *--sp = 0;                                                 // r14
  *--sp = 0;                                                 // r15
  uint32_t mxcsr = 0x1F80;  // default: all exceptions masked, round to nearest
  uint16_t fpucw = 0x037F;  // default x87 control word
  *--sp = 0;
  std::memcpy(sp, &mxcsr, 4);
  std::memcpy(reinterpret_cast<char*>(sp) + 4, &fpucw, 2);
#elif defined(__aarch64__)
  sp -= 20;  // 160 bytes
  std::memset(sp, 0, 160);
  sp[0] = reinterpret_cast<uint64_t>(fn);                     // x19
  sp[1] = reinterpret_cast<uint64_t>(arg);                    // x20
  sp[11] = reinterpret_cast<uint64_t>(&goxx_ctx_trampoline);  // x30
#else
#error "GOXX_HAVE_ASM_CONTEXT set for an architecture without an assembly context switch"
#endif
  slot->sp = sp;
}

void contextSwitch(ContextSlot* from, ContextSlot* to) { goxx_ctx_switch(&from->sp, to->sp); }

}  // namespace goxx::rt
#endif
