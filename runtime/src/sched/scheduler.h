// scheduler.h — the M:N scheduler's private state (Go's M, P and sched).
//
// A P (processor) is the right to run goroutines: it owns a local RunQueue. There are GOMAXPROCS of them.
// An M (machine) is an OS thread; it runs goroutines only while it holds a P. Ms are created on demand and
// never exit; an M without work parks on its Note. An M in a blocking system call keeps its P until sysmon
// takes the P away (hand-off) so that the P's goroutines run on another M.
//
// Locks and order (take only in this order; never hold one across a context switch):
//   1. Sched::lock (std::mutex): global run queue, idle P list, idle M list, counts of Ms, timer-waiter role.
//   2. allgLock (a SpinLock in goroutine_list.cpp): the list of all goroutines, for reports.
//   3. the timer heap's lock (timer_heap.cpp); timer callbacks run with no lock held.
// Wake-up invariant (Go's "spinning" protocol): when work is added and a P is idle, and no M is spinning
// (looking for work), an M is woken. A spinning M that finds nothing re-checks every queue after giving back
// its P and before sleeping, so work queued in between is never stranded.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

#include "context/context.h"
#include "sched/g.h"
#include "sched/note.h"
#include "sched/run_queue.h"

namespace goxx::rt {

enum class PStatus : uint32_t { Idle, Running, Syscall, Dead };

struct P {
  int id = 0;
  std::atomic<PStatus> status{PStatus::Idle};
  RunQueue runq;
  uint32_t schedTick = 0;             // incremented by its M at every goroutine switch
  std::atomic<uint64_t> switches{0};  // mirror of schedTick for sysmon
  std::atomic<uint64_t> syscallTick{0};
  std::atomic<G*> current{nullptr};   // the G it runs (for reports; sysmon never dereferences it)
  // sysmon asks whatever runs on this P to yield at its next preemption point. Kept on the P, not the G:
  // Ps live forever, so sysmon never touches a G that may have exited meanwhile.
  std::atomic<bool> preempt{false};
  P* idleLink = nullptr;              // Sched::lock
};

// What a goroutine asks its M's scheduler loop to do once it has switched off the goroutine's stack.
enum class Handoff { None, Park, Yield, Preempted, Exit, SyscallLostP };

struct M {
  int id = 0;
  P* p = nullptr;
  P* nextP = nullptr;  // handed over by startM, under Sched::lock
  G* curg = nullptr;
  ContextSlot g0ctx;   // the thread's own stack, where the scheduler loop runs
  Note note;
  bool spinning = false;
  bool idle = false;   // in Sched::idleMs (Sched::lock)
  Handoff handoff = Handoff::None;
  void (*unlockFn)(void*) = nullptr;
  void* unlockArg = nullptr;
  void* tsanFiber = nullptr;
  const void* asanStackBottom = nullptr;
  size_t asanStackSize = 0;
  uint64_t fastrand = 0;
  uint32_t spawnStreak = 0;  // goroutines curg has spawned since it was switched in (spawn back-pressure)
};

struct Sched {
  std::mutex lock;
  G* globalHead = nullptr;  // global run queue (lock)
  G* globalTail = nullptr;
  std::atomic<uint32_t> globalSize{0};
  P* idleP = nullptr;       // (lock)
  std::atomic<int> npIdle{0};
  std::vector<M*> idleMs;   // (lock)
  int mCount = 0;           // (lock)
  std::atomic<int> nmSpinning{0};
  std::atomic<int> nprocs{1};
  M* timerWaiter = nullptr;  // (lock) the idle M sleeping until the next timer
  bool mainGoexited = false;  // (lock)
  std::atomic<bool> started{false};

  static constexpr int kMaxProcs = 256;
  // Grows only (a P is never freed); entries are published fully built, read without the lock.
  std::atomic<P*> allp[kMaxProcs] = {};
};

extern Sched sched;

// The M and G of the calling thread. Never inlined: a goroutine may resume on another thread, and the
// compiler must not reuse a thread-local address computed before a switch.
M* currentM();
void setCurrentM(M* m);
G* runningG();

// Idle Ps (scheduler.cpp; Sched::lock held).
void pidlePutLocked(P* p);
P* pidleGetLocked();
// Preemption requests on a P (scheduler.cpp): see the invariant above pidlePutLocked.
bool requestPreempt(P* p);
void withdrawPreempt(P* p);

// Queues (scheduler.cpp).
void globalPutLocked(G* head, G* tail, uint32_t n);
void readyLocal(P* p, G* g, bool next);
void wakeP();
void startM(P* p, bool spinning);
void notifyTimerAdded();

// Context switches (switch.cpp).
void switchToG(M* m, G* g);  // on g0: run g until it hands back control
void switchToG0(G* g, M* m, Handoff h, void (*unlock)(void*) = nullptr, void* arg = nullptr);  // on g
[[noreturn]] void switchToG0ForGood(G* g, M* m);                                           // g exits
void afterSwitchIntoG(G* g);   // the first thing code on a goroutine stack runs after a switch
void threadInitSanitizer(M* m);
void gCreateSanitizer(G* g);
void gDestroySanitizer(G* g);

// Timers (timer_heap.cpp).
int64_t timersNextWhen();  // INT64_MAX when none
bool timersPending();
void runDueTimers();

// Goroutine registry and reports (goroutine_list.cpp).
void allgAdd(G* g);
void allgRemove(G* g);
int64_t liveGoroutines();
void printGoroutines(int fd, const G* running);
void checkDeadLocked();  // Sched::lock held
void reportLeaksAndExit();

// sysmon.cpp
void sysmonStart();
void sysmonWake();
void installSignalHandlers();
void threadInitSignalStack();

}  // namespace goxx::rt
