// sync/semaphore.h — the runtime semaphore behind Mutex, RWMutex and WaitGroup (Go's sema.go).
//
// A semaphore is any std::atomic<uint32_t> word holding a count; its waiters live in a global table keyed by
// the word's address, so the sync types embed only the word and stay copyable like Go structs.
#pragma once

#include <atomic>
#include <cstdint>

#include "goxx/sched.h"

namespace goxx::sync {

// Waits until *addr > 0, then decrements it. lifo queues the caller ahead of the other waiters on addr
// (Mutex uses it for a waiter that has already waited once).
void semacquire(std::atomic<uint32_t>* addr, bool lifo, WaitReason reason, const SrcPos* where);
// Increments *addr and wakes one waiter on addr, if any. With handoff, the count is passed directly to the
// woken waiter (so a goroutine arriving in between cannot take it) and the caller yields to it.
void semrelease(std::atomic<uint32_t>* addr, bool handoff);

}  // namespace goxx::sync
