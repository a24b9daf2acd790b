#include "syntax/ast_positions.h"

#include <llvm/Support/Casting.h>

namespace goxx::syntax {

using llvm::cast;

// Walks down the left spine of infix/postfix forms (whose own pos is the operator) until reaching a
// node whose pos is its first token.
Pos startPos(const Node* n) {
  for (;;) {
    switch (n->kind) {
    case NodeKind::CompositeLit:
      if (!cast<CompositeLit>(n)->type) return n->pos;
      n = cast<CompositeLit>(n)->type;
      continue;
    case NodeKind::KeyValueExpr: n = cast<KeyValueExpr>(n)->key; continue;
    case NodeKind::SelectorExpr: n = cast<SelectorExpr>(n)->x; continue;
    case NodeKind::IndexExpr: n = cast<IndexExpr>(n)->x; continue;
    case NodeKind::SliceExpr: n = cast<SliceExpr>(n)->x; continue;
    case NodeKind::AssertExpr: n = cast<AssertExpr>(n)->x; continue;
    case NodeKind::TypeSwitchGuard: {
      auto* g = cast<TypeSwitchGuard>(n);
      if (g->lhs) return g->lhs->pos;
      n = g->x;
      continue;
    }
    case NodeKind::CallExpr: n = cast<CallExpr>(n)->fun; continue;
    case NodeKind::Operation: {
      auto* op = cast<Operation>(n);
      if (op->isUnary()) return n->pos;
      n = op->x;
      continue;
    }
    case NodeKind::FuncType: return n->pos; // '(' of a declaration's signature, 'func' otherwise
    case NodeKind::Field: {
      auto* f = cast<Field>(n);
      if (f->name) return f->name->pos;
      n = f->type;
      continue;
    }
    case NodeKind::LabeledStmt: return cast<LabeledStmt>(n)->label->pos;
    case NodeKind::ExprStmt: n = cast<ExprStmt>(n)->x; continue;
    case NodeKind::SendStmt: n = cast<SendStmt>(n)->chan; continue;
    case NodeKind::AssignStmt: n = cast<AssignStmt>(n)->lhs[0]; continue;
    case NodeKind::RangeClause: {
      auto* r = cast<RangeClause>(n);
      if (!r->key) return n->pos;
      n = r->key;
      continue;
    }
    case NodeKind::ImportDecl: {
      auto* i = cast<ImportDecl>(n);
      if (i->localName) return i->localName->pos;
      return i->path->pos;
    }
    default: return n->pos;
    }
  }
}

} // namespace goxx::syntax
