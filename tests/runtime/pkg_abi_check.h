// pkg_abi_check.h — compile-time checks that a bundled package's //goxx:extern entities have the C++ shape
// docs/ABI.md derives from the Go declaration. The pkg_*_abi_test.cpp files list every extern of a stub:
//   GOXX_ABI_FUNC(NAME, R(Args...))  NAME is a function of exactly that type (cpp types; receivers of pointer
//                                    methods as raw T*), so a drifting signature fails to compile;
//   GOXX_ABI_VAR(NAME, T)            NAME is an lvalue of type T;
//   goxx::test::abiType<T, comparable>()  T{} exists, T copies, has == iff comparable, and has a descriptor.
#pragma once

#include <concepts>
#include <type_traits>

#include "goxx/value.h"

#define GOXX_ABI_FUNC(NAME, ...) static_assert(std::is_same_v<decltype(&NAME), std::add_pointer_t<__VA_ARGS__>>, #NAME)
#define GOXX_ABI_VAR(NAME, T)                                                      \
  static_assert(std::is_same_v<decltype((NAME)), T&>, #NAME " is an lvalue of " #T)

namespace goxx::test {

template <class T, bool Comparable>
const TypeDesc* abiType() {
  static_assert(std::is_default_constructible_v<T>, "extern type needs T{} (Go's zero value)");
  static_assert(std::is_copy_constructible_v<T> && std::is_copy_assignable_v<T>, "extern type must copy");
  static_assert(std::equality_comparable<T> == Comparable, "extern type has == iff the Go type is comparable");
  T zero{};
  T copy = zero;
  copy = zero;
  return typeOf<T>();
}

}  // namespace goxx::test
