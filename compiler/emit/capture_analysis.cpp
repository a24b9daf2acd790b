#include "emit/capture_analysis.h"

#include "syntax/ast_walk.h"
#include "types/predicates.h"

#include <llvm/Support/Casting.h>

namespace goxx::emit {

using namespace syntax;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void CaptureAnalysis::analyze(const check::TypeInfo& info, const std::vector<const File*>& files) {
  info_ = &info;
  for (const File* f : files)
    for (const Decl* d : f->decls)
      if (auto* fd = dyn_cast<FuncDecl>(d)) walk(fd, fd);
}

// The root variable of an addressable operand: x in x, x.f.g, x[i] (x an array), (x).
static const Name* addressRoot(const check::TypeInfo& info, const Expr* e) {
  for (;;) {
    if (auto* p = dyn_cast<ParenExpr>(e)) {
      e = p->x;
    } else if (auto* s = dyn_cast<SelectorExpr>(e)) {
      auto it = info.selections.find(s);
      if (it == info.selections.end() || it->second.indirect) return nullptr; // through a pointer: heap
      e = s->x;
    } else if (auto* ix = dyn_cast<IndexExpr>(e)) {
      auto it = info.types.find(ix->x);
      if (it == info.types.end() || !llvm::isa<types::Array>(types::underlying(it->second.type))) return nullptr;
      e = ix->x;
    } else if (auto* n = dyn_cast<Name>(e)) {
      return n;
    } else {
      return nullptr;
    }
  }
}

void CaptureAnalysis::markAddressed(const Expr* e) {
  const Name* root = addressRoot(*info_, e);
  if (root == nullptr) return;
  auto it = info_->uses.find(root);
  if (it == info_->uses.end()) return;
  if (auto* v = dyn_cast<types::Var>(it->second))
    if (!v->isPackageLevel) cells_.insert(v);
}

void CaptureAnalysis::walk(const Node* n, const Node* fn) {
  if (auto* name = dyn_cast<Name>(n)) {
    if (auto it = info_->defs.find(name); it != info_->defs.end() && it->second != nullptr)
      owner_.try_emplace(it->second, fn);
    if (auto it = info_->uses.find(name); it != info_->uses.end()) {
      auto* v = dyn_cast<types::Var>(it->second);
      if (v != nullptr && !v->isPackageLevel && !v->isField) {
        auto o = owner_.find(v);
        if (o != owner_.end() && o->second != fn) {
          cells_.insert(v);
          captured_.insert(v);
        }
      }
    }
    return;
  }
  if (auto* cc = dyn_cast<CaseClause>(n)) {
    if (auto it = info_->implicits.find(cc); it != info_->implicits.end()) owner_.try_emplace(it->second, fn);
  }
  if (auto* op = dyn_cast<Operation>(n); op != nullptr && op->isUnary() && op->op == Operator::And) {
    markAddressed(op->x);
  }
  if (auto* se = dyn_cast<SliceExpr>(n)) {
    auto it = info_->types.find(se->x);
    if (it != info_->types.end() && llvm::isa<types::Array>(types::underlying(it->second.type))) markAddressed(se->x);
  }
  if (auto* sel = dyn_cast<SelectorExpr>(n)) {
    auto it = info_->selections.find(sel);
    if (it != info_->selections.end() && it->second.kind == check::Selection::Kind::MethodVal) {
      auto* m = dyn_cast<types::Func>(it->second.obj);
      // A pointer method on an addressable value takes its address, unless the method is
      // implemented in C++ (extern: it receives a raw pointer valid for the call only).
      if (m != nullptr && m->hasPtrRecv && m->externName.empty() &&
          !llvm::isa<types::Pointer>(types::underlying(it->second.recv)))
        markAddressed(sel->x);
    }
  }
  const Node* inner = llvm::isa<FuncLit>(n) ? n : fn;
  forEachChild(n, [&](const Node* c) { walk(c, inner); });
}

} // namespace goxx::emit
