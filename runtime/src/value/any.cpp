// any.cpp — interface equality, hashing and failed type assertions (see goxx/value/any.h).
#include "goxx/value/any.h"

#include <string>

#include "goxx/panic.h"

namespace goxx {

namespace {

const std::string& nameOr(const TypeDesc* t, const std::string& fallback) { return t != nullptr ? t->name : fallback; }

}  // namespace

// Go's TypeAssertionError.Error(). A TypeAssertionError is a runtime.Error printed without the
// "runtime error: " prefix, hence a plain error here.
[[noreturn]] void panicTypeAssertion(const TypeDesc* staticType, const TypeDesc* have, const TypeDesc* want,
                                     const char* missing) {
  static const std::string kEmptyInterface = "interface {}";
  static const std::string kInterface = "interface";
  if (have == nullptr) {
    // Asserting to an interface type does not know the static type (Go passes none): "interface is nil".
    const std::string& inter = want->kind == Kind::Interface ? kInterface : nameOr(staticType, kEmptyInterface);
    panicPlainError("interface conversion: " + inter + " is nil, not " + want->name);
  }
  if (missing != nullptr)
    panicPlainError("interface conversion: " + have->name + " is not " + want->name + ": missing method " + missing);
  std::string msg =
      "interface conversion: " + nameOr(staticType, kEmptyInterface) + " is " + have->name + ", not " + want->name;
  // Two distinct types with the same name (from different packages) are disambiguated by Go with the
  // package path; goxx names are unique per descriptor, so this is not needed.
  panicPlainError(msg);
}

bool operator==(const Any& a, const Any& b) {
  if (a.type_ != b.type_) return false;
  if (a.type_ == nullptr) return true;
  if (a.type_->equal == nullptr) panicRuntimeError("comparing uncomparable type " + a.type_->name);
  return a.type_->equal(a.valuePtr(), b.valuePtr());
}

uint64_t GoHash<Any>::operator()(const Any& v, uint64_t seed) const {
  const TypeDesc* t = v.type();
  if (t == nullptr) return hashMix(seed);
  if (t->hash == nullptr) panicRuntimeError("hash of unhashable type " + t->name);
  return hashCombine(reinterpret_cast<uintptr_t>(t), t->hash(v.valuePtr(), seed));
}

}  // namespace goxx
