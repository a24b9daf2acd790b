// pkg/sync/type_descs.cpp — descriptors of sync's types. *Mutex and *RWMutex carry method tables so they
// implement Locker (and any user interface with the same methods); RLocker's value is Go's *sync.rlocker.
#include "goxx/pkg/sync.h"

namespace goxx {
namespace {

using namespace ::goxx::pkg::sync;

template <class T>
T* target(const void* recv) {
  return static_cast<const Ptr<T>*>(recv)->get();
}

void mutexLock(const void* r) { Mutex_Lock(target<Mutex>(r)); }
void mutexUnlock(const void* r) { Mutex_Unlock(target<Mutex>(r)); }
bool mutexTryLock(const void* r) { return Mutex_TryLock(target<Mutex>(r)); }

void rwLock(const void* r) { RWMutex_Lock(target<RWMutex>(r)); }
void rwUnlock(const void* r) { RWMutex_Unlock(target<RWMutex>(r)); }
void rwRLock(const void* r) { RWMutex_RLock(target<RWMutex>(r)); }
void rwRUnlock(const void* r) { RWMutex_RUnlock(target<RWMutex>(r)); }
bool rwTryLock(const void* r) { return RWMutex_TryLock(target<RWMutex>(r)); }
bool rwTryRLock(const void* r) { return RWMutex_TryRLock(target<RWMutex>(r)); }
Locker rwRLocker(const void* r) { return RWMutex_RLocker(target<RWMutex>(r)); }

void readLockerLock(const void* r) { static_cast<const ReadLocker*>(r)->rw->RLock(); }
void readLockerUnlock(const void* r) { static_cast<const ReadLocker*>(r)->rw->RUnlock(); }

}  // namespace

const TypeDesc* TypeOf<Locker>::get() {
  static const TypeDesc d =
      interfaceType("sync.Locker", std::vector<Method>{Method{"Lock", nullptr, "func()"}, Method{"Unlock", nullptr, "func()"}});
  return &d;
}

const TypeDesc* TypeOf<Mutex>::get() {
  static const TypeDesc d = structType<Mutex>("sync.Mutex", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Mutex>>::get() {
  static const TypeDesc d = pointerType<Mutex>({method("Lock", &mutexLock, "func()"),
                                                method("TryLock", &mutexTryLock, "func() bool"),
                                                method("Unlock", &mutexUnlock, "func()")});
  return &d;
}

const TypeDesc* TypeOf<RWMutex>::get() {
  static const TypeDesc d = structType<RWMutex>("sync.RWMutex", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<RWMutex>>::get() {
  static const TypeDesc d = pointerType<RWMutex>({
      method("Lock", &rwLock, "func()"),
      method("RLock", &rwRLock, "func()"),
      method("RLocker", &rwRLocker, "func() sync.Locker"),
      method("RUnlock", &rwRUnlock, "func()"),
      method("TryLock", &rwTryLock, "func() bool"),
      method("TryRLock", &rwTryRLock, "func() bool"),
      method("Unlock", &rwUnlock, "func()"),
  });
  return &d;
}

const TypeDesc* TypeOf<ReadLocker>::get() {
  static const TypeDesc d = structType<ReadLocker>(
      "*sync.rlocker", {}, {method("Lock", &readLockerLock, "func()"), method("Unlock", &readLockerUnlock, "func()")});
  return &d;
}

const TypeDesc* TypeOf<WaitGroup>::get() {
  static const TypeDesc d = structType<WaitGroup>("sync.WaitGroup", {});
  return &d;
}

const TypeDesc* TypeOf<Once>::get() {
  static const TypeDesc d = structType<Once>("sync.Once", {});
  return &d;
}

const TypeDesc* TypeOf<Cond>::get() {
  static const TypeDesc d = structType<Cond>("sync.Cond", {field<&Cond::L>("L")});
  return &d;
}

const TypeDesc* TypeOf<pkg::sync::Map>::get() {
  static const TypeDesc d = structType<pkg::sync::Map>("sync.Map", {});
  return &d;
}

const TypeDesc* TypeOf<Pool>::get() {
  static const TypeDesc d = structType<Pool>("sync.Pool", {field<&Pool::New>("New")});
  return &d;
}

}  // namespace goxx
