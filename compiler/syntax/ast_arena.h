// AstArena owns every syntax-tree node of one compilation (all files of a package may share one).
//
// Ownership: nodes are allocated with `make<T>(args...)` from a bump allocator and destroyed together
// (destructors run in reverse creation order) when the arena is destroyed; nothing else ever deletes a
// node. Not thread-safe: one arena is filled by one thread.
#pragma once

#include "syntax/ast_node.h"

#include <llvm/Support/Allocator.h>

#include <new>
#include <utility>
#include <vector>

namespace goxx::syntax {

class AstArena {
public:
  AstArena() = default;
  AstArena(const AstArena&) = delete;
  AstArena& operator=(const AstArena&) = delete;
  ~AstArena() {
    for (size_t i = nodes_.size(); i-- > 0;) nodes_[i]->~Node();
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    void* memory = allocator_.Allocate(sizeof(T), alignof(T));
    T* node = new (memory) T(std::forward<Args>(args)...);
    nodes_.push_back(node);
    return node;
  }

  size_t size() const { return nodes_.size(); }

private:
  llvm::BumpPtrAllocator allocator_;
  std::vector<Node*> nodes_; // every node, in creation order, for destruction
};

} // namespace goxx::syntax
