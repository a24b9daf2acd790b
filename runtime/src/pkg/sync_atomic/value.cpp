// pkg/sync_atomic/value.cpp — atomic.Value: an interface value swapped under a spin lock. The lock guards
// only the copy of the Any (a refcount increment); panics are raised after releasing it.
#include <utility>

#include "goxx/pkg/sync_atomic.h"

namespace goxx::pkg::sync_atomic {

Value& Value::operator=(const Value& o) {
  Any v = o.load();
  lock_.lock();
  std::swap(v_, v);
  stores_++;
  lock_.unlock();
  return *this;  // the old value is released outside the lock, with v
}

Any Value::load() const {
  lock_.lock();
  Any v = v_;
  lock_.unlock();
  return v;
}

void Value::store(Any val) {
  if (val.isNil()) panicString("sync/atomic: store of nil value into Value");
  lock_.lock();
  if (!v_.isNil() && v_.type() != val.type()) {
    lock_.unlock();
    panicString("sync/atomic: store of inconsistently typed value into Value");
  }
  std::swap(v_, val);
  stores_++;
  lock_.unlock();
}

Any Value::swap(Any val) {
  if (val.isNil()) panicString("sync/atomic: swap of nil value into Value");
  lock_.lock();
  if (!v_.isNil() && v_.type() != val.type()) {
    lock_.unlock();
    panicString("sync/atomic: swap of inconsistently typed value into Value");
  }
  std::swap(v_, val);
  stores_++;
  lock_.unlock();
  return val;
}

bool Value::compareAndSwap(const Any& old, Any val) {
  if (val.isNil()) panicString("sync/atomic: compare and swap of nil value into Value");
  if (!old.isNil() && old.type() != val.type()) panicString("sync/atomic: compare and swap of inconsistently typed values");
  lock_.lock();
  if (v_.isNil()) {
    if (!old.isNil()) {
      lock_.unlock();
      return false;
    }
    std::swap(v_, val);
    stores_++;
    lock_.unlock();
    return true;
  }
  if (v_.type() != val.type()) {
    lock_.unlock();
    panicString("sync/atomic: compare and swap of inconsistently typed value into Value");
  }
  Any current = v_;
  const uint64_t seen = stores_;
  lock_.unlock();
  // == may panic (an uncomparable old value), so compare outside the lock, then swap if nothing was
  // stored meanwhile (else retry against the newer value, as Go's CAS loop does).
  if (!(current == old)) return false;
  lock_.lock();
  if (stores_ != seen) {
    lock_.unlock();
    return compareAndSwap(old, std::move(val));
  }
  std::swap(v_, val);
  stores_++;
  lock_.unlock();
  return true;
}

Any Value_Load(Value* v) { return v->load(); }
void Value_Store(Value* v, Any val) { v->store(std::move(val)); }
Any Value_Swap(Value* v, Any val) { return v->swap(std::move(val)); }
bool Value_CompareAndSwap(Value* v, Any old, Any val) { return v->compareAndSwap(old, std::move(val)); }

}  // namespace goxx::pkg::sync_atomic
