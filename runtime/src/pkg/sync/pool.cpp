// pkg/sync/pool.cpp — sync.Pool (a LIFO free list under a mutex) and sync.OnceFunc.
#include <exception>
#include <memory>
#include <utility>

#include "goxx/pkg/sync.h"

namespace goxx::pkg::sync {

Any Pool_Get(Pool* p) {
  p->mu.Lock();
  if (!p->items.empty()) {
    Any x = std::move(p->items.back());
    p->items.pop_back();
    p->mu.Unlock();
    return x;
  }
  p->mu.Unlock();
  if (p->New.isNil()) return Any();
  return p->New();
}

// Go ignores Put(nil).
void Pool_Put(Pool* p, Any x) {
  if (x.isNil()) return;
  p->mu.Lock();
  p->items.push_back(std::move(x));
  p->mu.Unlock();
}

namespace {
struct OnceFuncState {
  Once once;
  Func<void()> f;
  std::exception_ptr panicked;  // f's panic, rethrown by every call
  bool valid = false;
};
}  // namespace

Func<void()> OnceFunc(Func<void()> f) {
  auto st = std::make_shared<OnceFuncState>();
  st->f = std::move(f);
  return Func<void()>([st] {
    st->once.Do([&st] {
      try {
        st->f();
        st->valid = true;
      } catch (const Panic&) {
        st->panicked = std::current_exception();
      }
      st->f = nullptr;  // let f's captures go, as Go does
    });
    if (!st->valid && st->panicked) std::rethrow_exception(st->panicked);
  });
}

}  // namespace goxx::pkg::sync
