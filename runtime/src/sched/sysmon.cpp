// sysmon.cpp — the monitor thread (Go's sysmon). It runs without a P and never runs goroutines. Each round:
//   - preemption: a P that has run the same goroutine for more than kPreemptNs gets its preempt flag set
//     and detail::preemptRequests raised, so the goroutine yields at its next preemptPoint();
//   - system-call hand-off: a P whose M has been inside one system call for more than kSyscallNs, while
//     other goroutines wait, is taken from that M and handed to another M (started if needed);
//   - overdue timers: if the earliest timer is late, wake an idle M to run it.
// It sleeps 20 us between rounds while something is happening, backs off to 10 ms, and sleeps on its Note
// when every P is idle (wake-ups from startM/syscallEnter restart it), so an idle program burns no CPU.
#include <climits>
#include <thread>

#include "sched/scheduler.h"

namespace goxx::rt {
namespace {

constexpr int64_t kPreemptNs = 10'000'000;
constexpr int64_t kSyscallNs = 20'000;
constexpr int64_t kMinDelayNs = 20'000;
constexpr int64_t kMaxDelayNs = 10'000'000;

Note sysmonNote;
std::atomic<bool> sysmonParked{false};

struct PWatch {
  uint64_t switches = 0;
  int64_t since = 0;
  uint64_t syscallTick = 0;
  int64_t syscallSince = 0;
};
PWatch watch[Sched::kMaxProcs];

// Takes p from its M stuck in a system call and gives it to another M if there is work for it.
//
// "No work, so p goes idle" is decided under Sched::lock: the global queue only grows under that lock, and
// whoever grows it calls wakeP() afterwards, which must then see p idle. (Checked outside the lock, a
// goroutine queued in between — typically the one leaving the system call, which found no idle P yet —
// would wait in the global queue with p idle and every M asleep.)
// A p handed to another M is Running from here on, like any P an M holds: sysmon preempts, and wakes
// itself for, Running Ps only.
void handoffP(P* p) {
  {
    std::lock_guard<std::mutex> lk(sched.lock);
    if (p->runq.empty() && sched.globalSize.load() == 0 && !timersPending()) {
      pidlePutLocked(p);
      return;
    }
  }
  p->status.store(PStatus::Running, std::memory_order_seq_cst);
  startM(p, false);
}

// One round. Returns whether anything is running (so sysmon should keep watching).
bool sysmonRound(bool* acted) {
  int64_t now = nanotime();
  int procs = sched.nprocs.load(std::memory_order_acquire);
  bool busy = false;
  for (int i = 0; i < Sched::kMaxProcs; ++i) {
    P* p = sched.allp[i];
    if (p == nullptr) continue;
    PWatch& w = watch[i];
    PStatus st = p->status.load(std::memory_order_acquire);
    if (st == PStatus::Running) {
      busy = true;
      uint64_t sw = p->switches.load(std::memory_order_relaxed);
      if (sw != w.switches) {
        w.switches = sw;
        w.since = now;
      } else if (now - w.since > kPreemptNs || i >= procs) {
        if (requestPreempt(p)) *acted = true;
        w.since = now;
      }
    } else if (st == PStatus::Syscall) {
      busy = true;
      uint64_t tick = p->syscallTick.load(std::memory_order_relaxed);
      if (tick != w.syscallTick) {
        w.syscallTick = tick;
        w.syscallSince = now;
      } else if (now - w.syscallSince > kSyscallNs) {
        PStatus expected = PStatus::Syscall;
        if (p->status.compare_exchange_strong(expected, PStatus::Idle)) {
          handoffP(p);
          *acted = true;
        }
      }
    }
  }
  int64_t next = timersNextWhen();
  if (next != INT64_MAX && now - next > 1'000'000) {
    notifyTimerAdded();
    *acted = true;
  }
  return busy;
}

void sysmonLoop() {
  int64_t delay = kMinDelayNs;
  for (;;) {
    bool acted = false;
    bool busy = sysmonRound(&acted);
    if (!busy && !timersPending()) {
      sysmonParked.store(true);
      // Re-check after announcing we park, so a wake-up between the round and here is not lost. Store
      // (parked), fence, load (P status) here against store (P status), fence, load (parked) in
      // sysmonWake: at least one side sees the other.
      std::atomic_thread_fence(std::memory_order_seq_cst);
      bool again = false;
      if (!sysmonRound(&again)) sysmonNote.sleep(-1);
      sysmonParked.store(false);
      delay = kMinDelayNs;
      continue;
    }
    delay = acted ? kMinDelayNs : (delay * 2 > kMaxDelayNs ? kMaxDelayNs : delay * 2);
    sysmonNote.sleep(delay);
  }
}

}  // namespace

void sysmonStart() {
  std::thread(sysmonLoop).detach();
}

void sysmonWake() {
  std::atomic_thread_fence(std::memory_order_seq_cst);  // see sysmonLoop
  if (sysmonParked.load(std::memory_order_relaxed)) sysmonNote.wake();
}

}  // namespace goxx::rt
