// Scopes map names to objects; each scope knows its parent (universe <- package <- file <- function
// <- blocks). Modelled on go/types' Scope.
//
// Invariant: a scope holds at most one object per name (insert() refuses a second one and returns the
// existing object, so the checker can report "x redeclared in this block"). Lookups walk outwards.
// Owned by the TypeContext; mutated only by the checker's thread.
#pragma once

#include "types/object.h"

#include <llvm/ADT/StringMap.h>

#include <string>
#include <vector>

namespace goxx::types {

class Scope {
public:
  enum class Kind : uint8_t { Universe, Package, File, Function, Block };

  Scope(Scope* parent, Kind kind) : parent_(parent), kind_(kind) {}
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

  Scope* parent() const { return parent_; }
  Kind kind() const { return kind_; }

  // Returns nullptr on success, otherwise the object already declared under that name.
  Object* insert(Object* obj) {
    auto [it, inserted] = map_.try_emplace(obj->name, obj);
    if (!inserted) return it->second;
    obj->parent = this;
    order_.push_back(obj);
    return nullptr;
  }
  // This scope only.
  Object* lookupLocal(llvm::StringRef name) const {
    auto it = map_.find(name);
    return it == map_.end() ? nullptr : it->second;
  }
  // This scope and its parents; `where` (optional) receives the scope that declares the name.
  Object* lookupParent(llvm::StringRef name, const Scope** where = nullptr) const {
    for (const Scope* s = this; s != nullptr; s = s->parent_) {
      if (Object* o = s->lookupLocal(name)) {
        if (where) *where = s;
        return o;
      }
    }
    return nullptr;
  }
  // Objects in insertion order.
  const std::vector<Object*>& objects() const { return order_; }

private:
  Scope* parent_;
  Kind kind_;
  llvm::StringMap<Object*> map_;
  std::vector<Object*> order_;
};

// A checked package: its import path, name and package scope. Bundled (stub) packages are checked
// like user packages, with `bundled` set.
class Package {
public:
  std::string path;
  std::string name;
  Scope* scope = nullptr;
  bool bundled = false;
  // A placeholder for an import goxx refused (unsupported or unknown package): selectors on it are
  // silently invalid, so the refusal is the only message.
  bool fake = false;
  Package(std::string p, std::string n, Scope* s) : path(std::move(p)), name(std::move(n)), scope(s) {}
};

} // namespace goxx::types
