// g.h — the goroutine descriptor.
//
// A G lives at the top of its own stack (the stack's first touched page holds it together with the
// goroutine's first frames), so a parked goroutine costs one page plus page-table share. Fields are grouped by
// who may touch them:
//   - the M running the G (ctx, ehGlobals, sanitizer state, handoff fields in M) — single owner;
//   - any thread, through atomics: status, preempt;
//   - under allgLock: allPrev/allNext;
//   - under the lock of whatever queue holds it: schedLink (a G is in at most one queue at a time).
#pragma once

#include <atomic>
#include <cstdint>

#include "context/context.h"
#include "goxx/sched.h"
#include "stack/stack_pool.h"

namespace goxx::rt {

enum class GStatus : uint32_t {
  Runnable,  // in a run queue or about to be
  Running,   // on an M
  Waiting,   // parked
  Syscall,   // running, inside syscallEnter/Exit
  Dead,      // finished; its stack is back in the pool
};

struct M;

// Saved C++ exception-handling state (libstdc++/libc++abi __cxa_eh_globals). It is per thread; a goroutine
// that parks inside a catch block and resumes on another thread must take it along.
struct EhGlobals {
  void* caughtExceptions = nullptr;
  unsigned int uncaughtExceptions = 0;
};

}  // namespace goxx::rt

namespace goxx {
// The definition of sched.h's opaque goxx::G.
struct G {
  rt::ContextSlot ctx;
  uint64_t id = 0;
  std::atomic<rt::GStatus> status{rt::GStatus::Runnable};
  std::atomic<bool> preempt{false};  // sysmon asked it to yield (see preempt.cpp)
  WaitReason waitReason = WaitReason::None;
  const SrcPos* parkPos = nullptr;
  const SrcPos* spawnPos = nullptr;
  uint64_t parentId = 0;
  int syscallDepth = 0;
  bool isMain = false;
  void* activeDeferFrame = nullptr;  // goxx::DeferFrame running its deferred calls (defer.cpp)

  rt::M* m = nullptr;       // the M running it, while Running/Syscall
  G* schedLink = nullptr;   // run-queue link
  G* allPrev = nullptr;     // all-goroutines list (allgLock)
  G* allNext = nullptr;

  rt::Stack* stack = nullptr;
  void (*invoke)(void*) = nullptr;  // runs and destroys the callable at fnStorage
  void* fnStorage = nullptr;

  rt::EhGlobals ehGlobals;
  void* tsanFiber = nullptr;
  void* asanFakeStack = nullptr;
};
}  // namespace goxx

namespace goxx::rt {
using goxx::G;
}  // namespace goxx::rt
