// goxx/value/ptr.h — Go pointers.
//
// Consumes: refcount.h, bounds.h. Produces: goxx::Ptr<T> and goxx::newPtr<T>(init...) (new(T), &T{...},
// and the cell of a variable whose address escapes).
//
// A Ptr is an aliasing pair {block, address}: `block` is the refcounted heap object that contains the
// pointee and `address` points into it. new(T) makes block and address refer to the same RcCell<T>; an
// interior pointer (&p.f, &arr[i], &slice[i]) keeps the enclosing object's block and points at the part, so
// the whole object stays alive as long as any pointer into it does (Go's GC guarantee, by refcount).
// == compares addresses only, as Go compares pointers. Dereferencing nil panics with Go's runtime error.
// Refcounts are atomic; the pointee is not synchronized (races are the program's, as in Go).
#pragma once

#include <cstddef>
#include <utility>

#include "goxx/value/bounds.h"
#include "goxx/value/refcount.h"

namespace goxx {

template <class T>
class Ptr {
 public:
  using element_type = T;

  Ptr() noexcept = default;
  Ptr(std::nullptr_t) noexcept {}
  // Points at `address` inside the object owned by `block` (retained).
  Ptr(RcHeader* block, T* address) noexcept : block_(block), p_(address) { rcRetain(block_); }
  Ptr(const Ptr& o) noexcept : block_(o.block_), p_(o.p_) { rcRetain(block_); }
  Ptr(Ptr&& o) noexcept : block_(std::exchange(o.block_, nullptr)), p_(std::exchange(o.p_, nullptr)) {}
  Ptr& operator=(Ptr o) noexcept {
    std::swap(block_, o.block_);
    std::swap(p_, o.p_);
    return *this;
  }
  ~Ptr() { rcRelease(block_); }

  // Takes over the caller's reference to a fresh cell.
  static Ptr adopt(RcCell<T>* cell) noexcept {
    Ptr r;
    r.block_ = cell;
    r.p_ = &cell->value;
    return r;
  }

  T& operator*() const {
    if (p_ == nullptr) panicNilDeref();
    return *p_;
  }
  T* operator->() const {
    if (p_ == nullptr) panicNilDeref();
    return p_;
  }
  // &(*p).f, &(*p)[i]: a pointer to a part of the pointee that keeps the whole object alive.
  template <class U>
  Ptr<U> alias(U& part) const noexcept {
    return Ptr<U>(block_, &part);
  }

  T* get() const noexcept { return p_; }
  RcHeader* block() const noexcept { return block_; }
  bool isNil() const noexcept { return p_ == nullptr; }

  friend bool operator==(const Ptr& a, const Ptr& b) noexcept { return a.p_ == b.p_; }
  friend bool operator==(const Ptr& a, std::nullptr_t) noexcept { return a.p_ == nullptr; }

 private:
  RcHeader* block_ = nullptr;
  T* p_ = nullptr;
};

// new(T) with no arguments (the zero value); &T{...} with the composite literal as argument.
template <class T, class... Args>
Ptr<T> newPtr(Args&&... args) {
  return Ptr<T>::adopt(RcCell<T>::make(std::forward<Args>(args)...));
}

}  // namespace goxx
