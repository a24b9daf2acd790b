// switch.cpp — every switch between an M's scheduler stack (g0) and a goroutine goes through here, so the
// per-thread state that must follow a goroutine (C++ exception-handling globals) and the sanitizers' view
// of stacks stay right in one place.
//
// Protocol: g0 -> G: switchToG. G -> g0: switchToG0 (park, yield, preemption, syscall hand-off) or
// switchToG0ForGood (the G has finished). The handoff request is stored in the M before the switch and
// carried out by g0 after it, when the G's registers are saved and no thread runs it: only then may a waker
// see it (the park unlock callback runs there).
#include <pthread.h>

#include <cstdlib>

#include "sched/scheduler.h"

#if defined(GOXX_TSAN)
extern "C" {
void* __tsan_get_current_fiber(void);
void* __tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void* fiber);
void __tsan_switch_to_fiber(void* fiber, unsigned flags);
}
#endif
#if defined(GOXX_ASAN)
extern "C" {
void __sanitizer_start_switch_fiber(void** fake_stack_save, const void* bottom, size_t size);
void __sanitizer_finish_switch_fiber(void* fake_stack_save, const void** bottom_old, size_t* size_old);
void __asan_unpoison_memory_region(void const volatile* addr, size_t size);
}
#endif

namespace __cxxabiv1 {
struct __cxa_eh_globals;
extern "C" __cxa_eh_globals* __cxa_get_globals() noexcept;
}  // namespace __cxxabiv1

namespace goxx::rt {
namespace {

EhGlobals* threadEhGlobals() { return reinterpret_cast<EhGlobals*>(__cxxabiv1::__cxa_get_globals()); }

// Moves the thread's exception state into g (it leaves with the goroutine) and clears the thread's.
__attribute__((noinline)) void saveEh(G* g) {
  EhGlobals* t = threadEhGlobals();
  g->ehGlobals = *t;
  *t = EhGlobals{};
}
__attribute__((noinline)) void restoreEh(G* g) { *threadEhGlobals() = g->ehGlobals; }

}  // namespace

void threadInitSanitizer(M* m) {
#if defined(GOXX_TSAN)
  m->tsanFiber = __tsan_get_current_fiber();
#endif
#if defined(GOXX_ASAN)
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    size_t size = 0;
    pthread_attr_getstack(&attr, &addr, &size);
    m->asanStackBottom = addr;
    m->asanStackSize = size;
    pthread_attr_destroy(&attr);
  }
#endif
  (void)m;
}

void gCreateSanitizer(G* g) {
#if defined(GOXX_TSAN)
  g->tsanFiber = __tsan_create_fiber(0);
#endif
#if defined(GOXX_ASAN)
  // A pooled stack may carry poisoned redzones of frames from its previous goroutine.
  __asan_unpoison_memory_region(g->stack->lo, g->stack->size);
#endif
  (void)g;
}

void gDestroySanitizer(G* g) {
#if defined(GOXX_TSAN)
  if (g->tsanFiber != nullptr) __tsan_destroy_fiber(g->tsanFiber);
  g->tsanFiber = nullptr;
#endif
  (void)g;
}

void switchToG(M* m, G* g) {
#if defined(GOXX_TSAN)
  __tsan_switch_to_fiber(g->tsanFiber, 0);
#endif
#if defined(GOXX_ASAN)
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, g->stack->lo, g->stack->size);
#endif
  contextSwitch(&m->g0ctx, &g->ctx);
  // Back on g0 of (necessarily) the same M: g0 never migrates.
#if defined(GOXX_ASAN)
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#endif
}

void afterSwitchIntoG(G* g) {
#if defined(GOXX_ASAN)
  M* m = currentM();
  __sanitizer_finish_switch_fiber(g->asanFakeStack, &m->asanStackBottom, &m->asanStackSize);
#endif
  restoreEh(g);
}

void switchToG0(G* g, M* m, Handoff h, void (*unlock)(void*), void* arg) {
  m->handoff = h;
  m->unlockFn = unlock;
  m->unlockArg = arg;
  saveEh(g);
#if defined(GOXX_TSAN)
  __tsan_switch_to_fiber(m->tsanFiber, 0);
#endif
#if defined(GOXX_ASAN)
  __sanitizer_start_switch_fiber(&g->asanFakeStack, m->asanStackBottom, m->asanStackSize);
#endif
  contextSwitch(&g->ctx, &m->g0ctx);
  // Resumed, possibly on another thread: re-read everything thread-bound.
  afterSwitchIntoG(g);
}

void switchToG0ForGood(G* g, M* m) {
  m->handoff = Handoff::Exit;
  saveEh(g);
#if defined(GOXX_TSAN)
  __tsan_switch_to_fiber(m->tsanFiber, 0);
#endif
#if defined(GOXX_ASAN)
  __sanitizer_start_switch_fiber(nullptr, m->asanStackBottom, m->asanStackSize);
#endif
  contextSwitch(&g->ctx, &m->g0ctx);
  abort();  // an exited goroutine is never resumed
}

}  // namespace goxx::rt
