// Generic traversal of the syntax tree: the direct children of a node, in source order.
//
// Consumes: ast.h. Produces: forEachChild, which analyses (capture analysis, the emitter's pre-passes)
// use to walk trees without repeating the node layout.
#pragma once

#include "syntax/ast.h"

#include <llvm/ADT/STLFunctionalExtras.h>

namespace goxx::syntax {

// Calls f on every non-null direct child of n (expressions, statements, declarations, fields, clauses).
void forEachChild(const Node* n, llvm::function_ref<void(const Node*)> f);

} // namespace goxx::syntax
