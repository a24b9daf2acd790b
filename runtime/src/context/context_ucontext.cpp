// Portable context switch over ucontext, used where no assembly switch exists for the target.
#include "context/context.h"

#if !defined(GOXX_HAVE_ASM_CONTEXT)
#include <cstdint>

namespace goxx::rt {
namespace {
// makecontext passes int arguments only: split the pointers into 32-bit halves.
void ucontextEntry(unsigned fnHi, unsigned fnLo, unsigned argHi, unsigned argLo) {
  auto fn = reinterpret_cast<void (*)(void*)>((uint64_t{fnHi} << 32) | fnLo);
  auto arg = reinterpret_cast<void*>((uint64_t{argHi} << 32) | argLo);
  fn(arg);
}
}  // namespace

void contextInit(ContextSlot* slot, void* lo, size_t size, void (*fn)(void*), void* arg) {
  getcontext(&slot->uc);
  slot->uc.uc_stack.ss_sp = lo;
  slot->uc.uc_stack.ss_size = size;
  slot->uc.uc_link = nullptr;
  auto f = reinterpret_cast<uint64_t>(fn);
  auto a = reinterpret_cast<uint64_t>(arg);
  makecontext(&slot->uc, reinterpret_cast<void (*)()>(&ucontextEntry), 4, unsigned(f >> 32), unsigned(f),
              unsigned(a >> 32), unsigned(a));
}

void contextSwitch(ContextSlot* from, ContextSlot* to) { swapcontext(&from->uc, &to->uc); }

}  // namespace goxx::rt
#endif
