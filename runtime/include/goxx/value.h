// goxx/value.h — the value model generated code uses: everything under goxx/value/.
//
// Consumes: panic.h, chan.h. Produces (one header per concept):
//   value/basic_types.h    Go's numeric types as C++ types (Int, Uint, Float64, Byte, Rune, ...)
//   value/string.h         String: immutable shared bytes, O(1) slicing, range over runes
//   value/slice.h          Slice<T>: make, index, s[i:j:k], append, copy
//   value/array.h          Array<T, N>: fixed-size values; sliceOf
//   value/ptr.h            Ptr<T>: refcounted (interior) pointers; newPtr
//   value/func.h           Func<Sig>: nullable refcounted closures
//   value/map.h            Map<K, V>: hash maps with Go's nil-map and iteration rules
//   value/any.h            Any: interface values, assertions, ==
//   value/interface.h      method tables, itabs, dynamic calls, assertions to interfaces
//   value/error.h          Error, errorsNew / Unwrap / Is
//   value/type_desc.h, value/type_of.h   run-time type descriptors and TypeOf<T>
//   value/hash.h, value/hash_values.h    GoHash<T>, the map-key hashing customization point
//   value/string_convert.h []byte / []rune <-> string
//   value/empty_struct.h   EmptyStruct: cpp(struct{}), shared by generated code and the runtime
//   value/bounds.h         index / slice-bounds / nil checks with Go's panic texts
#pragma once

#include "goxx/value/any.h"
#include "goxx/value/array.h"
#include "goxx/value/basic_types.h"
#include "goxx/value/bounds.h"
#include "goxx/value/empty_struct.h"
#include "goxx/value/error.h"
#include "goxx/value/func.h"
#include "goxx/value/hash.h"
#include "goxx/value/hash_values.h"
#include "goxx/value/interface.h"
#include "goxx/value/map.h"
#include "goxx/value/ptr.h"
#include "goxx/value/slice.h"
#include "goxx/value/string.h"
#include "goxx/value/string_convert.h"
#include "goxx/value/type_desc.h"
#include "goxx/value/type_of.h"
