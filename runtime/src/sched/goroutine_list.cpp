// goroutine_list.cpp — the registry of live goroutines and the reports that walk it: the deadlock report,
// fatal errors, and the GOXX_LEAKCHECK report.
//
// allgLock protects the intrusive list (allPrev/allNext). It is taken after Sched::lock when both are needed
// (checkDeadLocked runs under Sched::lock). liveCount is kept separately so NumGoroutine is one load.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

#include "goxx/main.h"
#include "sched/scheduler.h"

namespace goxx::rt {
namespace {

// A spin lock, not a std::mutex: spawn and exit on different Ms take it for a few stores each, and a
// contended std::mutex would put both threads through futex system calls on every goroutine.
SpinLock allgLock;
G* allgHead = nullptr;
std::atomic<int64_t> liveCount{0};

void writeAll(int fd, const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = write(fd, s.data() + off, s.size() - off);
    if (n <= 0) return;
    off += size_t(n);
  }
}

std::string describePos(const SrcPos* pos) {
  return std::string(pos->file) + ":" + std::to_string(pos->line);
}

// One goroutine's block, as Go prints it in tracebacks (without addresses):
//   goroutine 7 [chan send]:
//   main.worker(...)
//   	file.gox:12
//   created by goroutine 1 at file.gox:30
std::string describeG(const G* g, const char* stateOverride) {
  std::string s = "goroutine " + std::to_string(g->id) + " [";
  if (stateOverride != nullptr) {
    s += stateOverride;
  } else {
    switch (g->status.load(std::memory_order_acquire)) {
      case GStatus::Waiting: s += waitReasonString(g->waitReason); break;
      case GStatus::Runnable: s += "runnable"; break;
      case GStatus::Running: s += "running"; break;
      case GStatus::Syscall: s += "syscall"; break;
      case GStatus::Dead: s += "dead"; break;
    }
  }
  s += "]:\n";
  if (g->parkPos != nullptr) {
    if (g->parkPos->function != nullptr) s += std::string(g->parkPos->function) + "(...)\n";
    s += "\t" + describePos(g->parkPos) + "\n";
  }
  if (g->spawnPos != nullptr) {
    s += "created by ";
    if (g->spawnPos->function != nullptr) s += std::string(g->spawnPos->function) + " ";
    s += "in goroutine " + std::to_string(g->parentId) + "\n\t" + describePos(g->spawnPos) + "\n";
  }
  return s;
}

}  // namespace

void allgAdd(G* g) {
  liveCount.fetch_add(1, std::memory_order_relaxed);
  std::lock_guard<SpinLock> lk(allgLock);
  g->allPrev = nullptr;
  g->allNext = allgHead;
  if (allgHead != nullptr) allgHead->allPrev = g;
  allgHead = g;
}

void allgRemove(G* g) {
  {
    std::lock_guard<SpinLock> lk(allgLock);
    if (g->allPrev != nullptr) g->allPrev->allNext = g->allNext; else allgHead = g->allNext;
    if (g->allNext != nullptr) g->allNext->allPrev = g->allPrev;
  }
  liveCount.fetch_sub(1, std::memory_order_relaxed);
}

int64_t liveGoroutines() { return liveCount.load(std::memory_order_relaxed); }

// Prints every goroutine, the running one first, oldest (lowest id) first otherwise.
void printGoroutines(int fd, const G* running) {
  std::string out;
  if (running != nullptr) out += describeG(running, "running") + "\n";
  std::lock_guard<SpinLock> lk(allgLock);
  // The list is newest-first; walk to the tail and print backwards so ids ascend.
  G* tail = allgHead;
  while (tail != nullptr && tail->allNext != nullptr) tail = tail->allNext;
  size_t printed = 0;
  for (G* g = tail; g != nullptr; g = g->allPrev) {
    if (g == running) continue;
    if (++printed > 1000) {
      out += "...additional goroutines elided...\n";
      break;
    }
    out += describeG(g, nullptr) + "\n";
  }
  writeAll(fd, out);
}

// Called by an M about to sleep, Sched::lock held, itself already counted idle. When no M is running (none
// is running goroutines, spinning or in a system call), no timer can fire and no goroutine is queued,
// nothing can ever wake anybody: Go's checkdead.
void checkDeadLocked() {
  if (!sched.started.load(std::memory_order_acquire)) return;
  int running = sched.mCount - int(sched.idleMs.size());
  if (running > 0) return;
  if (timersPending()) return;
  if (sched.globalSize.load() > 0) return;
  for (int i = 0; i < Sched::kMaxProcs; ++i) {
    P* p = sched.allp[i];
    if (p != nullptr && !p->runq.empty()) return;
  }
  fflush(stdout);
  if (liveGoroutines() == 0) {
    if (!sched.mainGoexited) return;
    writeAll(2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    _exit(2);
  }
  writeAll(2, "fatal error: all goroutines are asleep - deadlock!\n\n");
  printGoroutines(2, nullptr);
  _exit(2);
}

void reportLeaksAndExit() {
  fflush(stdout);
  G* self = runningG();
  std::string out;
  int64_t leaked = 0;
  {
    std::lock_guard<SpinLock> lk(allgLock);
    for (G* g = allgHead; g != nullptr; g = g->allNext) {
      if (g == self) continue;
      ++leaked;
    }
  }
  if (leaked == 0) exitProcess(0);
  out = "goxx: " + std::to_string(leaked) + " goroutine" + (leaked == 1 ? "" : "s") +
        " still running when main returned (GOXX_LEAKCHECK):\n\n";
  writeAll(2, out);
  {
    std::lock_guard<SpinLock> lk(allgLock);
    G* tail = allgHead;
    while (tail != nullptr && tail->allNext != nullptr) tail = tail->allNext;
    std::string all;
    for (G* g = tail; g != nullptr; g = g->allPrev)
      if (g != self) all += describeG(g, nullptr) + "\n";
    writeAll(2, all);
  }
  exitProcess(3);
}

}  // namespace goxx::rt

namespace goxx {

const char* waitReasonString(WaitReason r) {
  switch (r) {
    case WaitReason::None: return "";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanReceiveNilChan: return "chan receive (nil chan)";
    case WaitReason::ChanSendNilChan: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::WaitGroupWait: return "sync.WaitGroup.Wait";
    case WaitReason::MutexLock: return "sync.Mutex.Lock";
    case WaitReason::RWMutexRLock: return "sync.RWMutex.RLock";
    case WaitReason::RWMutexLock: return "sync.RWMutex.Lock";
    case WaitReason::CondWait: return "sync.Cond.Wait";
    case WaitReason::IOWait: return "IO wait";
    case WaitReason::Forever: return "forever";
  }
  return "unknown";
}

[[noreturn]] void fatal(std::string_view msg) {
  fflush(stdout);
  std::string head = "fatal error: " + std::string(msg) + "\n\n";
  rt::writeAll(2, head);
  rt::printGoroutines(2, rt::runningG());
  _exit(2);
}

}  // namespace goxx
