#include "syntax/ast_walk.h"

#include <llvm/Support/Casting.h>

namespace goxx::syntax {

namespace {
template <class T>
void each(const std::vector<T*>& v, llvm::function_ref<void(const Node*)> f) {
  for (const T* x : v)
    if (x != nullptr) f(x);
}
void one(const Node* x, llvm::function_ref<void(const Node*)> f) {
  if (x != nullptr) f(x);
}
} // namespace

void forEachChild(const Node* n, llvm::function_ref<void(const Node*)> f) {
  using llvm::cast;
  switch (n->kind) {
  case NodeKind::File: each(cast<File>(n)->decls, f); return;
  case NodeKind::ImportDecl: return;
  case NodeKind::ConstDecl: {
    auto* d = cast<ConstDecl>(n);
    each(d->names, f); one(d->type, f); each(d->values, f);
    return;
  }
  case NodeKind::TypeDecl: {
    auto* d = cast<TypeDecl>(n);
    one(d->name, f); one(d->type, f);
    return;
  }
  case NodeKind::VarDecl: {
    auto* d = cast<VarDecl>(n);
    each(d->names, f); one(d->type, f); each(d->values, f);
    return;
  }
  case NodeKind::FuncDecl: {
    auto* d = cast<FuncDecl>(n);
    one(d->recv, f); one(d->name, f); one(d->type, f); one(d->body, f);
    return;
  }
  case NodeKind::BadExpr: case NodeKind::Name: case NodeKind::BasicLit: return;
  case NodeKind::CompositeLit: { auto* e = cast<CompositeLit>(n); one(e->type, f); each(e->elems, f); return; }
  case NodeKind::KeyValueExpr: { auto* e = cast<KeyValueExpr>(n); one(e->key, f); one(e->value, f); return; }
  case NodeKind::FuncLit: { auto* e = cast<FuncLit>(n); one(e->type, f); one(e->body, f); return; }
  case NodeKind::ParenExpr: one(cast<ParenExpr>(n)->x, f); return;
  case NodeKind::SelectorExpr: { auto* e = cast<SelectorExpr>(n); one(e->x, f); one(e->sel, f); return; }
  case NodeKind::IndexExpr: { auto* e = cast<IndexExpr>(n); one(e->x, f); each(e->index, f); return; }
  case NodeKind::SliceExpr: {
    auto* e = cast<SliceExpr>(n);
    one(e->x, f); one(e->lo, f); one(e->hi, f); one(e->max, f);
    return;
  }
  case NodeKind::AssertExpr: { auto* e = cast<AssertExpr>(n); one(e->x, f); one(e->type, f); return; }
  case NodeKind::TypeSwitchGuard: { auto* e = cast<TypeSwitchGuard>(n); one(e->lhs, f); one(e->x, f); return; }
  case NodeKind::CallExpr: { auto* e = cast<CallExpr>(n); one(e->fun, f); each(e->args, f); return; }
  case NodeKind::Operation: { auto* e = cast<Operation>(n); one(e->x, f); one(e->y, f); return; }
  case NodeKind::ArrayType: { auto* e = cast<ArrayType>(n); one(e->len, f); one(e->elem, f); return; }
  case NodeKind::SliceType: one(cast<SliceType>(n)->elem, f); return;
  case NodeKind::DotsType: one(cast<DotsType>(n)->elem, f); return;
  case NodeKind::StructType: each(cast<StructType>(n)->fields, f); return;
  case NodeKind::FuncType: { auto* e = cast<FuncType>(n); each(e->params, f); each(e->results, f); return; }
  case NodeKind::InterfaceType: each(cast<InterfaceType>(n)->elems, f); return;
  case NodeKind::MapType: { auto* e = cast<MapType>(n); one(e->key, f); one(e->value, f); return; }
  case NodeKind::ChanType: one(cast<ChanType>(n)->elem, f); return;
  case NodeKind::EmptyStmt: return;
  case NodeKind::LabeledStmt: { auto* s = cast<LabeledStmt>(n); one(s->label, f); one(s->stmt, f); return; }
  case NodeKind::BlockStmt: each(cast<BlockStmt>(n)->list, f); return;
  case NodeKind::ExprStmt: one(cast<ExprStmt>(n)->x, f); return;
  case NodeKind::SendStmt: { auto* s = cast<SendStmt>(n); one(s->chan, f); one(s->value, f); return; }
  case NodeKind::DeclStmt: each(cast<DeclStmt>(n)->decls, f); return;
  case NodeKind::AssignStmt: { auto* s = cast<AssignStmt>(n); each(s->lhs, f); each(s->rhs, f); return; }
  case NodeKind::BranchStmt: return;
  case NodeKind::CallStmt: one(cast<CallStmt>(n)->call, f); return;
  case NodeKind::ReturnStmt: each(cast<ReturnStmt>(n)->results, f); return;
  case NodeKind::IfStmt: {
    auto* s = cast<IfStmt>(n);
    one(s->init, f); one(s->cond, f); one(s->then, f); one(s->elseStmt, f);
    return;
  }
  case NodeKind::ForStmt: {
    auto* s = cast<ForStmt>(n);
    one(s->init, f); one(s->cond, f); one(s->post, f); one(s->range, f); one(s->body, f);
    return;
  }
  case NodeKind::SwitchStmt: { auto* s = cast<SwitchStmt>(n); one(s->init, f); one(s->tag, f); each(s->clauses, f); return; }
  case NodeKind::SelectStmt: each(cast<SelectStmt>(n)->clauses, f); return;
  case NodeKind::Field: { auto* x = cast<Field>(n); one(x->name, f); one(x->type, f); return; }
  case NodeKind::RangeClause: { auto* r = cast<RangeClause>(n); one(r->key, f); one(r->value, f); one(r->x, f); return; }
  case NodeKind::CaseClause: { auto* c = cast<CaseClause>(n); each(c->cases, f); each(c->body, f); return; }
  case NodeKind::CommClause: { auto* c = cast<CommClause>(n); one(c->comm, f); each(c->body, f); return; }
  }
}

} // namespace goxx::syntax
