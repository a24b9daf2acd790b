// value_access.h — reading a scalar through its descriptor's kind (private to fmt).
//
// A value of a basic kind is stored in the C++ representation of its underlying type (named types share
// that layout, see goxx/value/type_of.h), so the kind alone says how to read it.
#pragma once

#include <cstdint>

#include "goxx/value.h"

namespace goxx::fmtimpl {

inline bool readBool(const void* v) { return *static_cast<const bool*>(v); }

inline int64_t readSigned(Kind k, const void* v) {
  switch (k) {
    case Kind::Int8: return *static_cast<const int8_t*>(v);
    case Kind::Int16: return *static_cast<const int16_t*>(v);
    case Kind::Int32: return *static_cast<const int32_t*>(v);
    default: return *static_cast<const int64_t*>(v);
  }
}

inline uint64_t readUnsigned(Kind k, const void* v) {
  switch (k) {
    case Kind::Uint8: return *static_cast<const uint8_t*>(v);
    case Kind::Uint16: return *static_cast<const uint16_t*>(v);
    case Kind::Uint32: return *static_cast<const uint32_t*>(v);
    default: return *static_cast<const uint64_t*>(v);
  }
}

inline double readFloat(Kind k, const void* v) {
  return k == Kind::Float32 ? *static_cast<const float*>(v) : *static_cast<const double*>(v);
}

inline const String& readString(const void* v) { return *static_cast<const String*>(v); }

inline bool isSignedKind(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }
inline bool isUnsignedKind(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }
inline bool isFloatKind(Kind k) { return k == Kind::Float32 || k == Kind::Float64; }

}  // namespace goxx::fmtimpl
