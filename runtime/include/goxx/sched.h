// goxx/sched.h — the scheduler's contract with the rest of the runtime.
//
// Consumes: nothing from the compiler. Produces: the operations that channels, select, sync, time and
// generated code build on. Everything here is implemented in runtime/src/sched/.
//
// Vocabulary (as in Go's runtime): a G is a goroutine; a worker is an OS thread that runs Gs (Go's M+P);
// to park is to take the running G off its worker until some thread calls ready() on it.
#pragma once

#include <atomic>
#include <cstdint>
#include <string_view>

namespace goxx {

// A position in .gox source, passed by generated code to spawn and park sites. Always points to
// static storage (a string literal), so it can be kept without copying.
struct SrcPos {
  const char* file;
  int line;
  const char* function = nullptr;  // Go's name of the enclosing function ("main.worker"), when known
};

// Why a goroutine is parked; printed in deadlock and leak reports as Go prints it ("chan receive").
enum class WaitReason : uint8_t {
  None,
  ChanReceive,         // "chan receive"
  ChanSend,            // "chan send"
  ChanReceiveNilChan,  // "chan receive (nil chan)"
  ChanSendNilChan,     // "chan send (nil chan)"
  Select,              // "select"
  SelectNoCases,       // "select (no cases)"
  Sleep,               // "sleep"
  WaitGroupWait,       // "sync.WaitGroup.Wait"
  MutexLock,           // "sync.Mutex.Lock"
  RWMutexRLock,        // "sync.RWMutex.RLock"
  RWMutexLock,         // "sync.RWMutex.Lock"
  CondWait,            // "sync.Cond.Wait"
  IOWait,              // "IO wait"
  Forever,             // "forever" (e.g. main blocked in a finished Goexit)
};
const char* waitReasonString(WaitReason r);

struct G;  // a goroutine; its layout is private to the scheduler

// The goroutine running on this thread, or nullptr on a thread that is not running a goroutine
// (a timer callback runs on a worker but outside any goroutine).
G* currentG();
// Go's goroutine id: 1 for main, then increasing in spawn order.
uint64_t goroutineId(const G* g);

// Parks the running goroutine. After its context has been saved — on the worker's own stack, so no
// other thread can observe the goroutine half-switched — the scheduler calls unlock(arg) if it is
// non-null. Typical use: take the lock protecting a wait queue, enqueue yourself, park(..., unlock, &lock).
// A waker that takes the same lock therefore never calls ready() on a goroutine that is still running.
// Returns once some thread has called ready(g) for this goroutine.
// `where` may be null (no .gox position known).
void park(WaitReason reason, const SrcPos* where, void (*unlock)(void*), void* arg);

// Makes a parked goroutine runnable. Callable from any thread: a goroutine, a timer callback, or a
// foreign C++ thread. Exactly one ready() per park(). The goroutine is put in the caller worker's
// "run next" slot when the caller is a goroutine (Go's behaviour: a woken receiver runs soon), else on
// the global queue.
void ready(G* g);

// Yields the processor; the goroutine stays runnable (runtime.Gosched).
void gosched();

// A test-and-test-and-set spin lock for short critical sections inside the runtime (wait queues,
// channel state). Never held across park() except by handing it to park's unlock callback.
class SpinLock {
 public:
  void lock() noexcept;
  bool try_lock() noexcept;
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }
  static void unlockThunk(void* self) { static_cast<SpinLock*>(self)->unlock(); }

 private:
  std::atomic<bool> locked_{false};
};

// ---- time -------------------------------------------------------------------------------------------
// Monotonic nanoseconds (CLOCK_MONOTONIC).
int64_t nanotime();

// A runtime timer. The owner keeps it alive while it is started. fn runs on a worker thread outside any
// goroutine and must not block; it may call ready(), start goroutines and do non-blocking channel sends.
// `seq` lets fn ignore a firing that raced with a Reset. Timers pending keep deadlock detection quiet.
struct Timer {
  int64_t when = 0;    // nanotime() at which to fire
  int64_t period = 0;  // > 0: refire every period ns (tickers)
  void (*fn)(void* arg, uint64_t seq) = nullptr;
  void* arg = nullptr;
  uint64_t seq = 0;
  // Private to the scheduler's timer heap.
  int64_t heapIndex_ = -1;
  int32_t firing_ = 0;  // callbacks of this periodic timer running right now (timer heap's lock)
};
void timerStart(Timer* t);  // t must not be started
// True if it was pending: it will not fire again. For a periodic timer whose callback is running on another
// thread, timerStop waits for that callback to return, so after a true result nothing touches t or arg any
// more (a one-shot timer's running callback makes timerStop return false instead).
bool timerStop(Timer* t);
// Parks the running goroutine for ns nanoseconds (time.Sleep). ns <= 0 yields only.
void sleepFor(int64_t ns, const SrcPos* where = nullptr);

// ---- preemption ---------------------------------------------------------------------------------------
// Generated code calls preemptPoint() at every loop back-edge. The fast path is one relaxed load of a global
// and a branch; the slow path yields to the scheduler when the monitor thread has asked the running
// goroutine to. The flag is a process-wide count of outstanding requests, not a thread_local: a goroutine
// migrates between threads, and compilers may cache a thread_local's address across a call that parks.
namespace detail {
extern std::atomic<uint32_t> preemptRequests;
void preemptSlow();
}  // namespace detail
inline void preemptPoint() {
  if (__builtin_expect(detail::preemptRequests.load(std::memory_order_relaxed) != 0, 0)) detail::preemptSlow();
}

// ---- system calls -------------------------------------------------------------------------------------
// Bracket a call that may block in the kernel. While the worker is inside, the monitor thread may hand its
// queued goroutines to another thread (Go's hand-off). Calls nest. RAII form: BlockingSyscall guard;
void syscallEnter();
void syscallExit();
struct BlockingSyscall {
  BlockingSyscall() { syscallEnter(); }
  ~BlockingSyscall() { syscallExit(); }
  BlockingSyscall(const BlockingSyscall&) = delete;
  BlockingSyscall& operator=(const BlockingSyscall&) = delete;
};

// ---- test support ---------------------------------------------------------------------------------------
// For the runtime's own tests only (tests/runtime); generated code never calls these.
namespace detail {
// Called, when set, by an M that has noticed that a GOMAXPROCS shrink retired its P, just before it takes
// Sched's lock to give the P up: lets a test land a concurrent GOMAXPROCS change in that window.
extern std::atomic<void (*)()> testHookRetiringP;
// The Ps below the GOMAXPROCS limit that can run goroutines (idle, running or in a system call).
int usableProcs();
// True when timers are pending and some M sleeps idle, but no M holds the timer-waiter role: then a timer
// fires only when a busy M next schedules (up to a time slice late).
bool timerWaiterVacant();
}  // namespace detail

// ---- failures -----------------------------------------------------------------------------------------
// Prints "fatal error: <msg>" and every goroutine, exits 2. Not recoverable (Go's throw).
[[noreturn]] void fatal(std::string_view msg);

}  // namespace goxx
