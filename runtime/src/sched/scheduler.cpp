// scheduler.cpp — Ms, Ps and the scheduling loop (Go's proc.go, reduced to what goxx needs).
//
// Every M runs schedule() on its own thread stack (g0): find a runnable G (findRunnable), switch to it
// (execute), and when the G switches back, carry out what it asked for (park, yield, exit, ...). See
// scheduler.h for the state, the locks and the wake-up invariant.
#include "sched/scheduler.h"

#include <sched.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <thread>
#include <utility>

#include "goxx/main.h"
#include "goxx/panic.h"
#include "goxx/runtime_api.h"
#include "stack/stack_pool.h"

namespace goxx::rt {

Sched sched;

namespace {

thread_local M* tlsM = nullptr;
std::atomic<uint64_t> nextGoid{2};  // 1 is main's
std::atomic<bool> dying{false};
int progArgc = 0;
char** progArgv = nullptr;

uint32_t fastrand(M* m) {
  // xorshift64*; per M, no sharing.
  uint64_t x = m->fastrand;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  m->fastrand = x;
  return uint32_t((x * 2685821657736338717ULL) >> 32);
}

// ---- idle Ms (Sched::lock held) --------------------------------------------------------------------------
void midlePutLocked(M* m) {
  m->idle = true;
  sched.idleMs.push_back(m);
}

// The most recently idled M, but not the timer waiter while another M is idle: a waiter handed a P stops
// watching the timers, and they would fire only when a busy M next schedules (up to a time slice late).
M* midleGetLocked() {
  if (sched.idleMs.empty()) return nullptr;
  size_t i = sched.idleMs.size() - 1;
  if (sched.idleMs[i] == sched.timerWaiter && i > 0) std::swap(sched.idleMs[i], sched.idleMs[i - 1]);
  M* m = sched.idleMs.back();
  sched.idleMs.pop_back();
  m->idle = false;
  return m;
}

void midleRemoveLocked(M* m) {
  if (!m->idle) return;
  for (size_t i = 0; i < sched.idleMs.size(); ++i) {
    if (sched.idleMs[i] == m) {
      sched.idleMs[i] = sched.idleMs.back();
      sched.idleMs.pop_back();
      break;
    }
  }
  m->idle = false;
}

// Takes a batch from the global queue for p: returns one G to run and moves up to a fair share more into
// p's local queue.
G* globalGetLocked(P* p, uint32_t max) {
  uint32_t size = sched.globalSize.load(std::memory_order_relaxed);
  if (size == 0) return nullptr;
  uint32_t n = size / uint32_t(sched.nprocs.load(std::memory_order_relaxed)) + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > RunQueue::kSize / 2) n = RunQueue::kSize / 2;
  sched.globalSize.fetch_sub(n, std::memory_order_relaxed);
  G* first = sched.globalHead;
  sched.globalHead = first->schedLink;
  for (uint32_t i = 1; i < n; ++i) {
    G* g = sched.globalHead;
    sched.globalHead = g->schedLink;
    g->schedLink = nullptr;
    G *oh, *ot;
    uint32_t oc;
    if (!p->runq.push(g, &oh, &ot, &oc)) globalPutLocked(oh, ot, oc);  // cannot happen: local was empty-ish
  }
  if (sched.globalHead == nullptr) sched.globalTail = nullptr;
  first->schedLink = nullptr;
  return first;
}

void newM(P* p, bool spinning);

[[noreturn]] void schedule(M* m);

void mstart(M* m) {
  setCurrentM(m);
  threadInitSignalStack();
  threadInitSanitizer(m);
  schedule(m);
}

// Called by an M leaving the idle list with a P, Sched::lock held. If it was the timer waiter (startM hands
// the waiter a P only when no other M is idle; a waiter woken for timers may find queued work and take a P
// itself), the role is vacant: wake an idle M, which finds no P for it and takes the role (stopM's loop).
// Otherwise timers would fire only when a busy M next schedules, up to a time slice late.
void passTimerWaiterRoleLocked() {
  if (sched.timerWaiter == nullptr && timersPending() && !sched.idleMs.empty()) sched.idleMs.back()->note.wake();
}

// Parks the M until it is handed a P (returns with m->p set). While idle it may serve as the timer
// waiter: the one idle M that sleeps only until the next timer is due and then runs the due timers.
void stopM(M* m) {
  for (;;) {
    std::unique_lock<std::mutex> lk(sched.lock);
    midlePutLocked(m);
    checkDeadLocked();
    bool waiter = false;
    if (sched.timerWaiter == nullptr && timersPending()) {
      sched.timerWaiter = m;
      waiter = true;
    }
    lk.unlock();
    int64_t timeout = -1;
    if (waiter) {
      int64_t when = timersNextWhen();
      if (when != INT64_MAX) {
        timeout = when - nanotime();
        if (timeout < 0) timeout = 0;
      }
    }
    m->note.sleep(timeout);
    lk.lock();
    if (sched.timerWaiter == m) sched.timerWaiter = nullptr;
    if (m->nextP != nullptr) {  // startM took us off the idle list
      m->p = m->nextP;
      m->nextP = nullptr;
      passTimerWaiterRoleLocked();
      return;
    }
    midleRemoveLocked(m);
    lk.unlock();
    // Not handed a P: the timer sleep ended, or we were woken to become the timer waiter.
    runDueTimers();
    if (sched.globalSize.load(std::memory_order_acquire) > 0) {
      lk.lock();
      P* p = pidleGetLocked();
      if (p != nullptr) passTimerWaiterRoleLocked();
      lk.unlock();
      if (p != nullptr) {
        m->p = p;
        return;
      }
    }
  }
}

bool anyLocalWork(int procs) {
  for (int i = 0; i < procs; ++i) {
    P* q = sched.allp[i];
    if (q != nullptr && !q->runq.empty()) return true;
  }
  return false;
}

// The P whose local run queue the calling thread may push to, or null. A run queue has one pushing owner:
// the M holding the P. An M whose goroutine is inside a system-call bracket still points at its P, but
// sysmon may have handed that P to another M (whose status then reads Running again), so such an M never
// counts as the owner; neither does a thread that is not an M.
P* ownedP(M* m) {
  if (m == nullptr || m->p == nullptr) return nullptr;
  if (m->curg != nullptr && m->curg->syscallDepth > 0) return nullptr;
  if (m->p->status.load(std::memory_order_relaxed) != PStatus::Running) return nullptr;
  return m->p;
}

G* foundWork(M* m, G* g) {
  if (m->spinning) {
    m->spinning = false;
    // The last spinning M found work: wake another to keep looking, so no work is left waiting.
    if (sched.nmSpinning.fetch_sub(1) == 1) wakeP();
  }
  return g;
}

// Gives up m's P because GOMAXPROCS shrank below its id; its queued Gs go to the global queue. Returns false,
// keeping the P, when the limit has grown above the id again since the caller read it.
//
// The decision is taken under Sched::lock, which every GOMAXPROCS change holds: a grow that runs before us
// sees the P still held (not Dead) and leaves it to its M — so we must keep it; a grow after us sees it
// Dead and puts it on the idle list. Deciding on the unlocked read alone would mark Dead a P that a grow
// had just counted as held, and the P would be lost for good.
bool dropRetiredP(M* m) {
  P* p = m->p;
  if (auto hook = detail::testHookRetiringP.load(std::memory_order_acquire)) hook();
  std::lock_guard<std::mutex> lk(sched.lock);
  if (p->id < sched.nprocs.load(std::memory_order_relaxed)) return false;
  G *h, *t;
  uint32_t n = p->runq.drain(&h, &t);  // owner-side pops; thieves may still race us for the Gs, that is fine
  if (n > 0) globalPutLocked(h, t, n);
  p->status.store(PStatus::Dead, std::memory_order_seq_cst);
  withdrawPreempt(p);  // only a Running P carries a preemption request (see requestPreempt)
  m->p = nullptr;
  return true;
}

// Returns the next G for m (which then holds a P). *inheritTime: it came from the P's runNext slot.
G* findRunnable(M* m, bool* inheritTime) {
top:
  *inheritTime = false;
  if (m->p == nullptr) stopM(m);
  P* p = m->p;
  int procs = sched.nprocs.load(std::memory_order_acquire);
  if (p->id >= procs) {
    if (dropRetiredP(m)) {
      if (m->spinning) {
        m->spinning = false;
        sched.nmSpinning.fetch_sub(1);
      }
      wakeP();
    }
    goto top;  // without the P, or with it and a limit that grew again
  }
  // Without timers (nextWhen is INT64_MAX) skip the clock read: it was a sixth of a ping-pong round trip.
  if (int64_t next = timersNextWhen(); next != INT64_MAX && next <= nanotime()) runDueTimers();
  // Now and then look at the global queue first, so that two goroutines ping-ponging locally cannot
  // starve it.
  if (p->schedTick % 61 == 0 && sched.globalSize.load(std::memory_order_relaxed) > 0) {
    std::unique_lock<std::mutex> lk(sched.lock);
    G* g = globalGetLocked(p, 1);
    lk.unlock();
    if (g != nullptr) return foundWork(m, g);
  }
  if (G* g = p->runq.pop(inheritTime)) return foundWork(m, g);
  if (sched.globalSize.load(std::memory_order_acquire) > 0) {
    std::unique_lock<std::mutex> lk(sched.lock);
    G* g = globalGetLocked(p, 0);
    lk.unlock();
    if (g != nullptr) return foundWork(m, g);
  }
  // Steal. Limit spinning Ms to half the busy Ps: more would burn CPU for nothing.
  if (m->spinning || 2 * sched.nmSpinning.load() < procs - sched.npIdle.load()) {
    if (!m->spinning) {
      m->spinning = true;
      sched.nmSpinning.fetch_add(1);
    }
    for (int round = 0; round < 4; ++round) {
      int start = int(fastrand(m) % uint32_t(procs));
      for (int i = 0; i < procs; ++i) {
        P* victim = sched.allp[(start + i) % procs];
        if (victim == nullptr || victim == p) continue;
        if (G* g = p->runq.stealFrom(victim->runq, round == 3)) return foundWork(m, g);
      }
    }
  }
  // Nothing anywhere: give the P back.
  {
    std::unique_lock<std::mutex> lk(sched.lock);
    if (sched.globalSize.load(std::memory_order_relaxed) > 0) {
      G* g = globalGetLocked(p, 0);
      lk.unlock();
      return foundWork(m, g);
    }
    pidlePutLocked(p);
    m->p = nullptr;
  }
  if (m->spinning) {
    m->spinning = false;
    sched.nmSpinning.fetch_sub(1);
    // Work queued while we were spinning was not announced with a wake-up (someone was spinning: us).
    // Look again now that we are no longer counted as spinning.
    if (anyLocalWork(procs) || sched.globalSize.load() > 0) {
      std::unique_lock<std::mutex> lk(sched.lock);
      P* np = pidleGetLocked();
      lk.unlock();
      if (np != nullptr) {
        m->p = np;
        m->spinning = true;
        sched.nmSpinning.fetch_add(1);
        goto top;
      }
    }
  }
  goto top;  // m->p is null: stopM
}

void gexit(G* g) {
  allgRemove(g);
  gDestroySanitizer(g);
  g->status.store(GStatus::Dead, std::memory_order_release);
  Stack* s = g->stack;
  bool isMain = g->isMain;
  g->~G();
  if (!isMain) StackPool::release(s);  // the G lived in this stack: it is gone now
}

// A G taken from runNext inherits the time slice of the G that readied it (Go's inheritTime): schedTick
// and the switch count sysmon watches stay put, and a preemption request made during the slice stays on
// the P. So two goroutines that keep readying each other through runNext count as one goroutine running
// for 10 ms and get preempted; otherwise they would hold the P for good and starve its ring (with one P,
// every other goroutine). A new slice starts clean: requests for the previous one are withdrawn.
void execute(M* m, G* g, bool inheritTime) {
  P* p = m->p;
  if (!inheritTime) {
    ++p->schedTick;
    p->switches.store(p->schedTick, std::memory_order_relaxed);
    withdrawPreempt(p);
  }
  p->current.store(g, std::memory_order_relaxed);
  m->spawnStreak = 0;
  m->curg = g;
  g->m = m;
  g->status.store(GStatus::Running, std::memory_order_relaxed);
  switchToG(m, g);
  // Back on g0. g is off its stack; nobody else can run it until we publish it below.
  m->curg = nullptr;
  if (m->p != nullptr) m->p->current.store(nullptr, std::memory_order_relaxed);
  Handoff h = m->handoff;
  m->handoff = Handoff::None;
  switch (h) {
    case Handoff::Park:
      g->status.store(GStatus::Waiting, std::memory_order_release);
      if (m->unlockFn != nullptr) m->unlockFn(m->unlockArg);
      break;
    case Handoff::Yield:
    case Handoff::Preempted:
    case Handoff::SyscallLostP: {
      g->status.store(GStatus::Runnable, std::memory_order_release);
      std::lock_guard<std::mutex> lk(sched.lock);
      globalPutLocked(g, g, 1);
      break;
    }
    case Handoff::Exit:
      gexit(g);
      break;
    case Handoff::None:
      fatal("goroutine switched to the scheduler without a reason");
  }
  if (h == Handoff::SyscallLostP) wakeP();
}

[[noreturn]] void schedule(M* m) {
  for (;;) {
    bool inheritTime;
    G* g = findRunnable(m, &inheritTime);
    execute(m, g, inheritTime);
  }
}

void gEntry(void* arg) {
  G* g = static_cast<G*>(arg);
  afterSwitchIntoG(g);
  try {
    g->invoke(g->fnStorage);
  } catch (const Panic& p) {
    fflush(stdout);
    std::string report = formatPanicReport(p);
    report += "\ngoroutine " + std::to_string(g->id) + " [running]:\n";
    if (g->spawnPos != nullptr)
      report += "created at " + std::string(g->spawnPos->file) + ":" + std::to_string(g->spawnPos->line) + "\n";
    if (!dying.exchange(true)) {
      ssize_t ignored = write(2, report.data(), report.size());
      (void)ignored;
      _exit(2);
    }
    for (;;) pause();  // another goroutine is already reporting a fatal failure
  } catch (const GoexitUnwind&) {
    if (g->isMain) {
      std::lock_guard<std::mutex> lk(sched.lock);
      sched.mainGoexited = true;
    }
  } catch (const std::exception& e) {
    fflush(stdout);
    fprintf(stderr, "panic: C++ exception: %s\n\ngoroutine %llu [running]:\n", e.what(),
            static_cast<unsigned long long>(g->id));
    _exit(2);
  } catch (...) {
    fflush(stdout);
    fprintf(stderr, "panic: unknown C++ exception\n\ngoroutine %llu [running]:\n",
            static_cast<unsigned long long>(g->id));
    _exit(2);
  }
  if (g->isMain && !sched.mainGoexited) {
    if (getenv("GOXX_LEAKCHECK") != nullptr) reportLeaksAndExit();
    exitProcess(0);
  }
  switchToG0ForGood(g, currentM());
}

// Places a G descriptor and the callable's storage at the top of stack s.
detail::SpawnSlot newG(Stack* s, size_t size, size_t align, const SrcPos* where) {
  auto top = reinterpret_cast<uintptr_t>(s->hi());
  uintptr_t gaddr = (top - sizeof(G)) & ~uintptr_t{63};
  G* g = ::new (reinterpret_cast<void*>(gaddr)) G();
  if (align < 16) align = 16;
  uintptr_t fnaddr = (gaddr - size) & ~(uintptr_t(align) - 1);
  g->stack = s;
  g->fnStorage = reinterpret_cast<void*>(fnaddr);
  g->spawnPos = where;
  M* m = currentM();
  if (m != nullptr && m->curg != nullptr) g->parentId = m->curg->id;
  return {g, g->fnStorage};
}

constexpr uint32_t kSpawnStreak = 32;

void startG(G* g, void (*invoke)(void*)) {
  g->invoke = invoke;
  Stack* s = g->stack;
  size_t usable = (reinterpret_cast<uintptr_t>(g->fnStorage) & ~uintptr_t{15}) - reinterpret_cast<uintptr_t>(s->lo);
  contextInit(&g->ctx, s->lo, usable, &gEntry, g);
  gCreateSanitizer(g);
  allgAdd(g);
  g->status.store(GStatus::Runnable, std::memory_order_release);
  M* m = currentM();
  bool yieldToQueue = false;
  if (P* p = ownedP(m)) {
    readyLocal(p, g, true);
    // Back-pressure: a goroutine in a spawning loop (kSpawnStreak or more spawns since it was last switched
    // in) yields once its P's ring is full, instead of letting the ring overflow to the global queue. The P
    // then runs what it queued (and the other Ps steal), the spawner resumes from the global queue within
    // 61 switches, and only about a ring's worth of goroutines waits at any time: their stacks are reused
    // warm from the pool instead of a fresh, page-faulting stack per queued goroutine, and no Gs go through
    // the global queue's list one cold cache line at a time. Go may preempt a goroutine at any call, so
    // yielding in `go` is within its semantics. Only a running goroutine yields (not a timer callback on
    // g0). A goroutine that spawns a few and then waits (a tree of goroutines) is left alone: yielding to
    // the global queue would send it to the back of everything, widening the tree.
    yieldToQueue = m->curg != nullptr && ++m->spawnStreak >= kSpawnStreak && p->runq.size() >= RunQueue::kSize;
  } else {
    std::lock_guard<std::mutex> lk(sched.lock);
    globalPutLocked(g, g, 1);
  }
  if (sched.started.load(std::memory_order_acquire)) wakeP();
  if (yieldToQueue) switchToG0(m->curg, m, Handoff::Yield);
}

int envProcs() {
  if (const char* e = getenv("GOMAXPROCS")) {
    int n = atoi(e);
    if (n >= 1) return n < Sched::kMaxProcs ? n : Sched::kMaxProcs;
  }
  int n = numCPU();
  return n < Sched::kMaxProcs ? n : Sched::kMaxProcs;
}

struct MainCallable {
  void (*invoke)(void*);
  void* fn;
};

}  // namespace

// ---- thread identity ------------------------------------------------------------------------------------
__attribute__((noinline)) M* currentM() { return tlsM; }
void setCurrentM(M* m) { tlsM = m; }
__attribute__((noinline)) G* runningG() {
  M* m = tlsM;
  return m != nullptr ? m->curg : nullptr;
}

// ---- idle Ps (Sched::lock held) ---------------------------------------------------------------------------
// Invariant: a preemption request (P::preempt, counted in detail::preemptRequests) exists only on a Running
// P; execute() withdraws it when the P starts a new time slice. A P that stops running (idle here, Dead
// when retired) withdraws it too, or a request landing just before the P went idle would keep
// preemptRequests above zero — every preemptPoint() in the program on its slow path — for as long as the
// P stays idle.
void pidlePutLocked(P* p) {
  p->status.store(PStatus::Idle, std::memory_order_seq_cst);
  withdrawPreempt(p);
  p->idleLink = sched.idleP;
  sched.idleP = p;
  sched.npIdle.fetch_add(1, std::memory_order_relaxed);
}

// The P starts running: sysmon, which sleeps while every P is idle, must watch it again (preemption,
// system-call hand-off). Paths that do not go through startM (an M leaving a system call, an M woken for
// timers, a spinning M re-checking) would otherwise run goroutines that are never preempted.
P* pidleGetLocked() {
  P* p = sched.idleP;
  if (p == nullptr) return nullptr;
  sched.idleP = p->idleLink;
  p->idleLink = nullptr;
  sched.npIdle.fetch_sub(1, std::memory_order_relaxed);
  p->status.store(PStatus::Running, std::memory_order_seq_cst);
  sysmonWake();
  return p;
}

// ---- preemption requests --------------------------------------------------------------------------------
// Raise the count before setting the flag and lower it only by whoever clears the flag (exchange), so the
// count never drops below the number of set flags. A request made after the P stopped running is withdrawn
// here: the status store in pidlePutLocked/dropRetiredP and the flag exchange are seq_cst on both sides, so
// either their withdrawPreempt sees our flag or we see their status.
bool requestPreempt(P* p) {
  detail::preemptRequests.fetch_add(1);
  if (p->preempt.exchange(true)) {
    detail::preemptRequests.fetch_sub(1);
    return false;
  }
  if (p->status.load(std::memory_order_seq_cst) != PStatus::Running) withdrawPreempt(p);
  return true;
}

void withdrawPreempt(P* p) {
  if (p->preempt.exchange(false)) detail::preemptRequests.fetch_sub(1);
}

// ---- queues and wake-ups --------------------------------------------------------------------------------
void globalPutLocked(G* head, G* tail, uint32_t n) {
  tail->schedLink = nullptr;
  if (sched.globalTail != nullptr) sched.globalTail->schedLink = head; else sched.globalHead = head;
  sched.globalTail = tail;
  sched.globalSize.fetch_add(n, std::memory_order_release);
}

void readyLocal(P* p, G* g, bool next) {
  if (next) {
    g = p->runq.putNext(g);
    if (g == nullptr) return;
  }
  G *h, *t;
  uint32_t n;
  if (!p->runq.push(g, &h, &t, &n)) {
    std::lock_guard<std::mutex> lk(sched.lock);
    globalPutLocked(h, t, n);
  }
}

void wakeP() {
  if (sched.npIdle.load(std::memory_order_acquire) == 0) return;
  int expected = 0;
  if (!sched.nmSpinning.compare_exchange_strong(expected, 1)) return;
  startM(nullptr, true);
}

void startM(P* p, bool spinning) {
  std::unique_lock<std::mutex> lk(sched.lock);
  if (p == nullptr) {
    p = pidleGetLocked();
    if (p == nullptr) {
      lk.unlock();
      if (spinning) sched.nmSpinning.fetch_sub(1);
      return;
    }
  }
  M* m = midleGetLocked();
  if (m == nullptr) {
    lk.unlock();
    newM(p, spinning);
    return;
  }
  m->spinning = spinning;
  m->nextP = p;
  lk.unlock();
  m->note.wake();
  sysmonWake();
}

namespace {
void newM(P* p, bool spinning) {
  auto* m = new M();
  {
    std::lock_guard<std::mutex> lk(sched.lock);
    m->id = sched.mCount++;
  }
  m->fastrand = 0x9E3779B97F4A7C15ULL * uint64_t(m->id + 1);
  m->p = p;
  m->spinning = spinning;
  std::thread([m] { mstart(m); }).detach();
  sysmonWake();
}
}  // namespace

void notifyTimerAdded() {
  std::lock_guard<std::mutex> lk(sched.lock);
  if (sched.timerWaiter != nullptr) {
    sched.timerWaiter->note.wake();
    return;
  }
  if (!sched.idleMs.empty()) sched.idleMs.back()->note.wake();
}

// ---- the contract of sched.h ----------------------------------------------------------------------------
}  // namespace goxx::rt

namespace goxx {
using namespace goxx::rt;

namespace detail {
std::atomic<uint32_t> preemptRequests{0};
std::atomic<void (*)()> testHookRetiringP{nullptr};

int usableProcs() {
  std::lock_guard<std::mutex> lk(sched.lock);
  int n = sched.nprocs.load(), usable = 0;
  for (int i = 0; i < n; ++i) {
    P* p = sched.allp[i].load();
    if (p != nullptr && p->status.load() != PStatus::Dead) ++usable;
  }
  return usable;
}

bool timerWaiterVacant() {
  std::lock_guard<std::mutex> lk(sched.lock);
  return timersPending() && !sched.idleMs.empty() && sched.timerWaiter == nullptr;
}

void preemptSlow() {
  M* m = currentM();
  if (m == nullptr || m->curg == nullptr || m->p == nullptr) return;
  // Inside a system-call bracket the goroutine is "in the kernel": it does not hold its P (sysmon may have
  // given it to another M) and must not be switched out; it yields at a preemption point after the call.
  if (m->curg->syscallDepth > 0) return;
  if (!m->p->preempt.load(std::memory_order_relaxed)) return;
  switchToG0(m->curg, m, Handoff::Preempted);
}

SpawnSlot spawnPrepare(size_t size, size_t align, const SrcPos* where) {
  return newG(StackPool::allocate(), size, align, where);
}

void spawnCommit(SpawnSlot slot, void (*invoke)(void*)) {
  slot.g->id = nextGoid.fetch_add(1, std::memory_order_relaxed);
  startG(slot.g, invoke);
}

[[noreturn]] void runMainImpl(int argc, char** argv, void (*invoke)(void*), void* fn) {
  progArgc = argc;
  progArgv = argv;
  int procs = envProcs();
  sched.nprocs.store(procs);
  for (int i = 0; i < procs; ++i) {
    P* np = new P();
    np->id = i;
    sched.allp[i].store(np);
  }
  {
    std::lock_guard<std::mutex> lk(sched.lock);
    for (int i = procs - 1; i >= 1; --i) pidlePutLocked(sched.allp[i]);
    sched.mCount = 1;
  }
  auto* m0 = new M();
  m0->fastrand = 0x9E3779B97F4A7C15ULL;
  m0->p = sched.allp[0];
  m0->p->status.store(PStatus::Running);
  setCurrentM(m0);
  installSignalHandlers();
  threadInitSignalStack();
  threadInitSanitizer(m0);

  SpawnSlot slot = newG(StackPool::allocateMain(), sizeof(MainCallable), alignof(MainCallable), nullptr);
  ::new (slot.storage) MainCallable{invoke, fn};
  slot.g->id = 1;
  slot.g->isMain = true;
  startG(slot.g, [](void* p) {
    auto* c = static_cast<MainCallable*>(p);
    c->invoke(c->fn);
  });
  sched.started.store(true, std::memory_order_release);
  sysmonStart();
  schedule(m0);
}
}  // namespace detail

G* currentG() { return runningG(); }
uint64_t goroutineId(const G* g) { return g->id; }

void park(WaitReason reason, const SrcPos* where, void (*unlock)(void*), void* arg) {
  M* m = currentM();
  G* g = m != nullptr ? m->curg : nullptr;
  if (g == nullptr) fatal("park of a thread that is not running a goroutine");
  g->waitReason = reason;
  g->parkPos = where;
  switchToG0(g, m, Handoff::Park, unlock, arg);
  g->waitReason = WaitReason::None;
  g->parkPos = nullptr;
}

void ready(G* g) {
  g->status.store(GStatus::Runnable, std::memory_order_release);
  M* m = currentM();
  if (P* p = ownedP(m)) {
    readyLocal(p, g, m->curg != nullptr);
  } else {
    std::lock_guard<std::mutex> lk(sched.lock);
    globalPutLocked(g, g, 1);
  }
  wakeP();
}

void gosched() {
  M* m = currentM();
  if (m == nullptr || m->curg == nullptr) {
    sched_yield();
    return;
  }
  switchToG0(m->curg, m, Handoff::Yield);
}

void syscallEnter() {
  M* m = currentM();
  if (m == nullptr || m->curg == nullptr || m->p == nullptr) return;
  G* g = m->curg;
  if (g->syscallDepth++ > 0) return;
  g->status.store(GStatus::Syscall, std::memory_order_relaxed);
  m->p->syscallTick.fetch_add(1, std::memory_order_relaxed);
  m->p->status.store(PStatus::Syscall, std::memory_order_release);
  sysmonWake();
}

void syscallExit() {
  M* m = currentM();
  if (m == nullptr || m->curg == nullptr) return;
  G* g = m->curg;
  if (g->syscallDepth == 0 || --g->syscallDepth > 0) return;
  P* p = m->p;
  PStatus expected = PStatus::Syscall;
  if (p != nullptr && p->status.compare_exchange_strong(expected, PStatus::Running)) {
    g->status.store(GStatus::Running, std::memory_order_relaxed);
    return;
  }
  // sysmon handed our P to another M while we were in the kernel. Take any idle P, else queue ourselves.
  m->p = nullptr;
  P* np;
  {
    std::lock_guard<std::mutex> lk(sched.lock);
    np = pidleGetLocked();
  }
  if (np != nullptr) {
    m->p = np;
    np->current.store(g, std::memory_order_relaxed);
    g->status.store(GStatus::Running, std::memory_order_relaxed);
    return;
  }
  switchToG0(g, m, Handoff::SyscallLostP);
}

void SpinLock::lock() noexcept {
  for (int spins = 0;; ++spins) {
    if (!locked_.exchange(true, std::memory_order_acquire)) return;
    while (locked_.load(std::memory_order_relaxed)) {
      if (spins < 64) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
        ++spins;
      } else {
        sched_yield();
      }
    }
  }
}

bool SpinLock::try_lock() noexcept {
  return !locked_.load(std::memory_order_relaxed) && !locked_.exchange(true, std::memory_order_acquire);
}

// ---- package runtime --------------------------------------------------------------------------------------
int64_t numGoroutine() { return liveGoroutines(); }

int numCPU() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? int(n) : 1;
}

int gomaxprocs(int n) {
  if (n < 1) return sched.nprocs.load();
  if (n > Sched::kMaxProcs) n = Sched::kMaxProcs;
  int added = 0;
  int old;
  {
    std::lock_guard<std::mutex> lk(sched.lock);
    // Read under the lock that serialises every change: concurrent calls each return the setting the
    // previous one made, and the grow/shrink below works from the real previous limit.
    old = sched.nprocs.load();
    if (n == old) return old;
    for (int i = old; i < n; ++i) {
      if (sched.allp[i].load() == nullptr) {
        P* np = new P();
        np->id = i;
        np->status.store(PStatus::Dead);
        sched.allp[i].store(np);
      }
      // A P retired by an earlier shrink may still be held by an M that has not noticed; it keeps it.
      if (sched.allp[i].load()->status.load() == PStatus::Dead) {
        pidlePutLocked(sched.allp[i].load());
        ++added;
      }
    }
    sched.nprocs.store(n, std::memory_order_release);
    if (n < old) {
      // Idle Ps above the new limit leave the idle list now; running ones retire at their next switch.
      P** link = &sched.idleP;
      while (*link != nullptr) {
        P* p = *link;
        if (p->id >= n) {
          *link = p->idleLink;
          p->idleLink = nullptr;
          p->status.store(PStatus::Dead);
          sched.npIdle.fetch_sub(1);
        } else {
          link = &p->idleLink;
        }
      }
    }
  }
  for (int i = 0; i < added; ++i) wakeP();
  // Make Ps above the limit notice soon.
  if (n < old) {
    for (int i = n; i < old; ++i) {
      P* p = sched.allp[i];
      if (p != nullptr && p->status.load() == PStatus::Running) requestPreempt(p);
    }
  }
  return old;
}

[[noreturn]] void goexit() { throw GoexitUnwind{}; }

[[noreturn]] void exitProcess(int code) {
  fflush(nullptr);
  _exit(code);
}

int programArgc() { return rt::progArgc; }
char** programArgv() { return rt::progArgv; }

}  // namespace goxx
