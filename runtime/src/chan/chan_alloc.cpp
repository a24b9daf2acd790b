// chan/chan_alloc.cpp — creating, sharing and freeing channels.
//
// The core and its ring buffer are one allocation: the buffer starts at the first offset after the core that
// is aligned for the element. `refs` counts Chan<T> handles; the last release destroys whatever is still
// buffered. A goroutine blocked on a channel is always reached through a handle its own frame holds, so a
// channel with waiters is never freed.
#include <algorithm>
#include <limits>
#include <new>

#include "chan/chan_core.h"
#include "goxx/panic.h"

namespace goxx {
namespace {

size_t bufferOffset(size_t align) { return (sizeof(ChanCore) + align - 1) / align * align; }

std::align_val_t allocationAlign(const ChanElemType* type) {
  return std::align_val_t(std::max(alignof(ChanCore), type->align));
}

// Go caps a channel's buffer by the address space; we also refuse sizes whose byte count overflows.
constexpr size_t kMaxBufferBytes = size_t(1) << 47;

}  // namespace

ChanCore* chanMake(const ChanElemType* type, size_t cap) {
  if (type->size != 0 && cap > kMaxBufferBytes / type->size) panicPlainError("makechan: size out of range");
  const size_t offset = bufferOffset(type->align);
  void* mem = ::operator new(offset + cap * type->size, allocationAlign(type));
  auto* c = ::new (mem) ChanCore;
  c->elemType = type;
  c->capacity = cap;
  c->buf = static_cast<unsigned char*>(mem) + offset;
  return c;
}

void chanRetain(ChanCore* c) noexcept { c->refs.fetch_add(1, std::memory_order_relaxed); }

void chanRelease(ChanCore* c) noexcept {
  if (c->refs.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  for (size_t i = 0, x = c->recvx; i < c->count; i++) {
    c->elemType->destroy(c->slot(x));
    if (++x == c->capacity) x = 0;
  }
  const std::align_val_t align = allocationAlign(c->elemType);
  c->~ChanCore();
  ::operator delete(static_cast<void*>(c), align);
}

int64_t chanLen(const ChanCore* c) noexcept {
  if (c == nullptr) return 0;
  return int64_t(c->countForLen.load(std::memory_order_relaxed));
}

int64_t chanCap(const ChanCore* c) noexcept {
  if (c == nullptr) return 0;
  return int64_t(c->capacity);
}

}  // namespace goxx
