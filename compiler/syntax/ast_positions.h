// Positions derived from a node: where its source text begins (Go's syntax.StartPos).
//   Consumes: any node of a tree built by parseFile. Produces: a Pos.
#pragma once

#include "syntax/ast.h"

namespace goxx::syntax {

// The position of the left-most token of `n` (for `a.b` the `a`, for `x + y` the `x`).
Pos startPos(const Node* n);

} // namespace goxx::syntax
