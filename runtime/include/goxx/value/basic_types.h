// goxx/value/basic_types.h — the C++ types that stand for Go's predeclared numeric types.
//
// Consumes: nothing. Produces: Int, Uint, Int8..Uint64, Float32/64, Byte, Rune.
//
// Every Go type needs a distinct C++ type, because the runtime finds a value's type descriptor (what %T
// prints, how == and hashing work) from its C++ type. Go's int and int64 are different types of the same
// size, so `int` is `long long` and `int64` is `int64_t` (`long` on LP64 Linux); likewise uint and uint64.
// byte and rune are aliases in Go too (they print as uint8 and int32). A C++ `int` is Go's int32.
// Go's uintptr has no distinct C++ type yet (it would collide with uint64).
#pragma once

#include <cstdint>
#include <type_traits>

namespace goxx {

using Int = long long;
using Uint = unsigned long long;
using Int8 = int8_t;
using Int16 = int16_t;
using Int32 = int32_t;
using Int64 = int64_t;
using Uint8 = uint8_t;
using Uint16 = uint16_t;
using Uint32 = uint32_t;
using Uint64 = uint64_t;
using Float32 = float;
using Float64 = double;
using Byte = uint8_t;
using Rune = int32_t;

static_assert(!std::is_same_v<Int, Int64> && sizeof(Int) == 8,
              "goxx needs int64_t to differ from long long (LP64), so Go's int and int64 stay distinct types");
static_assert(!std::is_same_v<Uint, Uint64> && sizeof(Uint) == 8);

}  // namespace goxx
