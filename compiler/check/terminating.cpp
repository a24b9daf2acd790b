// Terminating statements (Go spec "Terminating statements"), for "missing return".
#include "check/checker.h"

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;

bool Checker::isTerminatingList(const std::vector<Stmt*>& list, const std::string& label) {
  // Trailing empty statements are permitted after a terminating statement.
  size_t n = list.size();
  while (n > 0 && llvm::isa<EmptyStmt>(list[n - 1])) --n;
  return n > 0 && isTerminating(list[n - 1], label);
}

bool Checker::isTerminating(const Stmt* s, const std::string& label) {
  switch (s->kind) {
  case NodeKind::ReturnStmt: return true;
  case NodeKind::BranchStmt: {
    auto k = cast<BranchStmt>(s)->branch;
    return k == BranchKind::Goto || k == BranchKind::Fallthrough;
  }
  case NodeKind::ExprStmt: {
    // A call of the built-in panic.
    const Expr* e = cast<ExprStmt>(s)->x;
    while (auto* p = dyn_cast<ParenExpr>(e)) e = p->x;
    auto* call = dyn_cast<CallExpr>(e);
    if (!call) return false;
    auto* n = dyn_cast<Name>(call->fun);
    if (!n) return false;
    auto it = info_.uses.find(n);
    if (it == info_.uses.end()) return false;
    auto* b = dyn_cast<types::Builtin>(it->second);
    return b && b->id == types::BuiltinId::Panic;
  }
  case NodeKind::BlockStmt: return isTerminatingList(cast<BlockStmt>(s)->list, "");
  case NodeKind::IfStmt: {
    auto* i = cast<IfStmt>(s);
    return i->elseStmt && isTerminating(i->then, "") && isTerminating(i->elseStmt, "");
  }
  case NodeKind::SwitchStmt: {
    auto* sw = cast<SwitchStmt>(s);
    bool hasDefault = false;
    for (const CaseClause* c : sw->clauses) {
      if (c->isDefault) hasDefault = true;
      bool fallsThrough = false;
      size_t n = c->body.size();
      while (n > 0 && llvm::isa<EmptyStmt>(c->body[n - 1])) --n;
      if (n > 0) {
        if (auto* b = dyn_cast<BranchStmt>(c->body[n - 1]); b && b->branch == BranchKind::Fallthrough) fallsThrough = true;
      }
      if (!fallsThrough && !isTerminatingList(c->body, "")) return false;
      if (hasBreakList(c->body, label, true)) return false;
    }
    return hasDefault;
  }
  case NodeKind::SelectStmt: {
    for (const CommClause* c : cast<SelectStmt>(s)->clauses) {
      if (!isTerminatingList(c->body, "") || hasBreakList(c->body, label, true)) return false;
    }
    return true;
  }
  case NodeKind::ForStmt: {
    auto* f = cast<ForStmt>(s);
    return f->cond == nullptr && f->range == nullptr && !hasBreak(f->body, label, true);
  }
  case NodeKind::LabeledStmt: {
    auto* l = cast<LabeledStmt>(s);
    return isTerminating(l->stmt, l->label->value);
  }
  default: return false;
  }
}

bool Checker::hasBreakList(const std::vector<Stmt*>& list, const std::string& label, bool implicit) {
  for (const Stmt* s : list) {
    if (hasBreak(s, label, implicit)) return true;
  }
  return false;
}

// Whether s contains a break that leaves the statement being analysed: an unlabeled break not
// nested in another breakable statement (`implicit`), or a break naming `label`.
bool Checker::hasBreak(const Stmt* s, const std::string& label, bool implicit) {
  switch (s->kind) {
  case NodeKind::BranchStmt: {
    auto* b = cast<BranchStmt>(s);
    if (b->branch != BranchKind::Break) return false;
    if (b->label == nullptr) return implicit;
    return !label.empty() && b->label->value == label;
  }
  case NodeKind::LabeledStmt: return hasBreak(cast<LabeledStmt>(s)->stmt, label, implicit);
  case NodeKind::BlockStmt: return hasBreakList(cast<BlockStmt>(s)->list, label, implicit);
  case NodeKind::IfStmt: {
    auto* i = cast<IfStmt>(s);
    return hasBreak(i->then, label, implicit) || (i->elseStmt && hasBreak(i->elseStmt, label, implicit));
  }
  case NodeKind::SwitchStmt:
    if (label.empty()) return false;
    for (const CaseClause* c : cast<SwitchStmt>(s)->clauses) {
      if (hasBreakList(c->body, label, false)) return true;
    }
    return false;
  case NodeKind::SelectStmt:
    if (label.empty()) return false;
    for (const CommClause* c : cast<SelectStmt>(s)->clauses) {
      if (hasBreakList(c->body, label, false)) return true;
    }
    return false;
  case NodeKind::ForStmt:
    if (label.empty()) return false;
    return hasBreak(cast<ForStmt>(s)->body, label, false);
  default: return false;
  }
}

} // namespace goxx::check
