// bench/boost/spawn_fiber.h — Boost's `go f()`: a detached fiber on a small fixed-size stack.
//
// Boost.Fiber stacks cannot grow. The default (128 KiB from malloc, i.e. one mmap per fiber) cannot
// hold a million fibers under Linux's 65 530-mapping limit, so every benchmark fiber gets 16 KiB from
// malloc instead: the smallest power of two above Boost's stack_traits::minimum_size() (13 504 bytes on
// the reference machine, from the kernel's signal-stack minimum). Only touched pages are resident.
#pragma once

#include <boost/fiber/fiber.hpp>
#include <boost/fiber/fixedsize_stack.hpp>
#include <cstddef>
#include <memory>
#include <utility>

namespace bench {

inline constexpr std::size_t kFiberStackBytes = 16 * 1024;

template <typename Fn>
void spawnFiber(Fn&& fn) {
  boost::fibers::fiber(std::allocator_arg, boost::fibers::fixedsize_stack(kFiberStackBytes), std::forward<Fn>(fn))
      .detach();
}

}  // namespace bench
