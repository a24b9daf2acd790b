// goxx/value/empty_struct.h — cpp(struct{}): the one C++ type for Go's empty struct.
//
// Consumes: type_of.h. Produces: goxx::EmptyStruct and its descriptor ("struct {}").
//
// `chan struct{}` crosses the boundary between generated code and the runtime (context.Context's Done()
// returns `<-chan struct{}`), so both sides must name the same C++ type for it: the emitter maps the unnamed
// type struct{} to goxx::EmptyStruct instead of generating a struct of its own.
#pragma once

#include "goxx/value/hash.h"
#include "goxx/value/type_of.h"

namespace goxx {

struct EmptyStruct {
  friend bool operator==(const EmptyStruct&, const EmptyStruct&) noexcept { return true; }
};

template <>
struct GoHash<EmptyStruct> {
  uint64_t operator()(const EmptyStruct&, uint64_t seed) const noexcept { return seed; }
};

template <>
struct TypeOf<EmptyStruct> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<EmptyStruct>("", {});
    return &d;
  }
};

}  // namespace goxx
