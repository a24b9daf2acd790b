// TypeContext owns every Type, Object, Scope and Package of one compilation, and the canonical basic
// types. All pointers it hands out live as long as the context. Not thread-safe (one per compilation).
#pragma once

#include "types/object.h"
#include "types/scope.h"
#include "types/type.h"

#include <memory>
#include <utility>
#include <vector>

namespace goxx::types {

class TypeContext {
public:
  TypeContext();
  TypeContext(const TypeContext&) = delete;
  TypeContext& operator=(const TypeContext&) = delete;

  template <class T, class... Args>
  T* newType(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    types_.push_back(std::move(p));
    return raw;
  }
  template <class T, class... Args>
  T* newObject(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    objects_.push_back(std::move(p));
    return raw;
  }
  Scope* newScope(Scope* parent, Scope::Kind kind) {
    scopes_.push_back(std::make_unique<Scope>(parent, kind));
    return scopes_.back().get();
  }
  Package* newPackage(std::string path, std::string name, Scope* scope) {
    packages_.push_back(std::make_unique<Package>(std::move(path), std::move(name), scope));
    return packages_.back().get();
  }

  // The canonical Basic type of a kind (byte and rune map to uint8 and int32).
  Basic* basic(BasicKind k) const { return basics_[static_cast<size_t>(k)]; }
  Basic* invalid() const { return basic(BasicKind::Invalid); }
  // The alias objects' own Basic types, so that `byte` prints as "byte" where Go does.
  Basic* byteType() const { return byte_; }
  Basic* runeType() const { return rune_; }

private:
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
  std::vector<Basic*> basics_;
  Basic* byte_ = nullptr;
  Basic* rune_ = nullptr;
};

} // namespace goxx::types
