// goxx/chan.h — Go channels.
//
// Consumes: sched.h (park/ready, SpinLock) and panic.h (Go's plain-error panics).
// Produces: `goxx::Chan<T>`, the value generated code uses for a Go `chan T`, `chan<- T` and `<-chan T`
// (direction is checked by the compiler, not here), and `goxx::makeChan<T>(cap)` for `make(chan T, cap)`.
//
// Chan<T> is a reference-counted handle to a type-erased channel core (Go's hchan) that lives in
// runtime/src/chan/. A default-constructed Chan<T> is the nil channel. Copies share the channel; `==` is
// identity, as in Go. Elements are C++ objects: the core moves them with the functions in ChanElemType, so
// std::string, refcounted handles and structs of them work. Moves must not throw (they happen while the
// channel's lock is held), and T must be default-constructible (Go's zero value).
//
// Operations and Go's panics (plain runtime errors, recoverable like Go's):
//   send on a closed channel               -> panic "send on closed channel"
//   close of a closed / nil channel        -> panic "close of closed channel" / "close of nil channel"
//   send / receive on a nil channel        -> blocks forever ("chan send (nil chan)" / "chan receive (nil chan)")
//   receive from a closed, drained channel -> zero value, ok == false
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

#include "goxx/sched.h"

namespace goxx {

// How the type-erased core handles one element type. Destinations of moveAssign/assignZero and sources of
// moves are always live objects; moveConstruct's destination is raw storage in the channel's ring buffer.
struct ChanElemType {
  size_t size;
  size_t align;
  void (*moveConstruct)(void* dst, void* src) noexcept;
  void (*moveAssign)(void* dst, void* src) noexcept;
  void (*assignZero)(void* dst) noexcept;
  void (*destroy)(void* obj) noexcept;
};

template <class T>
struct ChanElemTypeOf {
  static_assert(std::is_default_constructible_v<T>, "channel elements need a zero value");
  static_assert(std::is_nothrow_move_constructible_v<T> && std::is_nothrow_move_assignable_v<T>,
                "channel elements are moved under the channel lock; their moves must not throw");
  static void moveConstruct(void* dst, void* src) noexcept { ::new (dst) T(std::move(*static_cast<T*>(src))); }
  static void moveAssign(void* dst, void* src) noexcept { *static_cast<T*>(dst) = std::move(*static_cast<T*>(src)); }
  static void assignZero(void* dst) noexcept { *static_cast<T*>(dst) = T{}; }
  static void destroy(void* obj) noexcept { static_cast<T*>(obj)->~T(); }
  static constexpr ChanElemType value{sizeof(T), alignof(T), &moveConstruct, &moveAssign, &assignZero, &destroy};
};

// The type-erased channel (layout private to runtime/src/chan/). A null ChanCore* is the nil channel.
struct ChanCore;

// Allocates a channel with one reference. cap larger than memory allows panics "makechan: size out of range".
ChanCore* chanMake(const ChanElemType* type, size_t cap);
void chanRetain(ChanCore* c) noexcept;
void chanRelease(ChanCore* c) noexcept;  // frees the channel and its buffered elements at zero
// Sends *src (moved from; the caller still destroys it). With block == false, returns false instead of
// waiting. Panics if the channel is or becomes closed.
bool chanSend(ChanCore* c, void* src, bool block, const SrcPos* where);
// Receives into *dst (a live object; may be null to discard). Returns false only when block == false and
// nothing is ready. *ok (may be null) is false when the value is the zero value of a closed channel.
bool chanRecv(ChanCore* c, void* dst, bool block, bool* ok, const SrcPos* where);
void chanClose(ChanCore* c);
int64_t chanLen(const ChanCore* c) noexcept;
int64_t chanCap(const ChanCore* c) noexcept;

template <class T>
class Chan {
 public:
  using value_type = T;

  Chan() noexcept = default;
  Chan(std::nullptr_t) noexcept {}
  Chan(const Chan& other) noexcept : core_(other.core_) {
    if (core_ != nullptr) chanRetain(core_);
  }
  Chan(Chan&& other) noexcept : core_(std::exchange(other.core_, nullptr)) {}
  Chan& operator=(Chan other) noexcept {
    std::swap(core_, other.core_);
    return *this;
  }
  ~Chan() {
    if (core_ != nullptr) chanRelease(core_);
  }

  // Adopts a reference the caller owns (used by makeChan).
  static Chan adopt(ChanCore* core) noexcept {
    Chan ch;
    ch.core_ = core;
    return ch;
  }

  // `ch <- v`
  void send(T v, const SrcPos* where = nullptr) const { chanSend(core_, &v, true, where); }
  // `<-ch`
  T recv(const SrcPos* where = nullptr) const {
    T v{};
    chanRecv(core_, &v, true, nullptr, where);
    return v;
  }
  // `v, ok := <-ch`: stores the value (the zero value when closed and drained) and returns ok.
  bool recv(T* out, const SrcPos* where = nullptr) const {
    bool ok = false;
    chanRecv(core_, out, true, &ok, where);
    return ok;
  }
  // Non-blocking forms (a select with one case and a default).
  bool trySend(T v) const { return chanSend(core_, &v, false, nullptr); }
  bool tryRecv(T* out, bool* ok = nullptr) const { return chanRecv(core_, out, false, ok, nullptr); }

  void close() const { chanClose(core_); }
  int64_t len() const noexcept { return chanLen(core_); }
  int64_t cap() const noexcept { return chanCap(core_); }

  ChanCore* core() const noexcept { return core_; }
  bool isNil() const noexcept { return core_ == nullptr; }
  friend bool operator==(const Chan& a, const Chan& b) noexcept { return a.core_ == b.core_; }

 private:
  ChanCore* core_ = nullptr;
};

// make(chan T, cap)
template <class T>
Chan<T> makeChan(size_t cap = 0) {
  return Chan<T>::adopt(chanMake(&ChanElemTypeOf<T>::value, cap));
}

}  // namespace goxx
