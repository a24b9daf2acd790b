// stack_overflow.cpp — turning a guard-page hit into Go's stack-overflow report.
//
// Every M runs with an alternate signal stack, so the SIGSEGV handler can run even though the faulting
// stack is exhausted. The handler asks the StackPool whether the address is in a guard region; if so it
// prints, with async-signal-safe calls only,
//     runtime: goroutine stack exceeds N-byte limit
//     fatal error: stack overflow
// and exits 2. Any other fault is re-raised with the default action (a real crash, with a core dump).
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "sched/scheduler.h"
#include "stack/stack_pool.h"

namespace goxx::rt {
namespace {

constexpr size_t kAltStackSize = 64 * 1024;

void writeStr(const char* s) {
  ssize_t ignored = write(2, s, strlen(s));
  (void)ignored;
}

void writeNum(size_t v) {
  char buf[32];
  int i = 31;
  buf[i] = 0;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v != 0);
  writeStr(buf + i);
}

void onSegv(int sig, siginfo_t* info, void*) {
  size_t limit = 0;
  if (StackPool::isGuardAddress(info->si_addr, &limit)) {
    writeStr("runtime: goroutine stack exceeds ");
    writeNum(limit);
    writeStr("-byte limit\nfatal error: stack overflow\n\n"
             "(goroutine stacks are reserved with GOXX_STACK_SIZE; main's is 1 GiB)\n");
    _exit(2);
  }
  signal(sig, SIG_DFL);  // returning re-executes the access and dies with the default action
}

}  // namespace

void installSignalHandlers() {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = &onSegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

void threadInitSignalStack() {
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = malloc(kAltStackSize);
  ss.ss_size = kAltStackSize;
  if (ss.ss_sp != nullptr) sigaltstack(&ss, nullptr);
}

}  // namespace goxx::rt
