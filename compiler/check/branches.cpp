// Labels and branch statements, with gc's wording (cmd/compile checks these in its syntax package,
// not in types2): misplaced break/continue, invalid or undefined branch labels, duplicate and unused
// labels, and gotos that jump over variable declarations or into blocks.
//
// Algorithm: one walk over the body's statements (never into function literals: they have their own
// labels). Each block records the labels declared directly in it and the gotos that could not be
// resolved yet (forward jumps); a label resolves the pending forward gotos of its block, and
// unresolved ones move outwards. A forward goto is bad if a variable was declared in the same block
// after it and before its label. Invariant: `labels` holds every label of the function, so a goto to a
// label in a nested block is recognised as "jumps into block".
#include "check/checker.h"

#include <llvm/ADT/StringMap.h>

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;

namespace {

struct Block;

struct LabelInfo {
  const Block* block;
  const LabeledStmt* stmt;
  bool used = false;
};

struct Block {
  const Block* parent;
  Pos start;
  const LabeledStmt* lstmt; // the labeled statement this block belongs to (for break/continue L)
};

struct Targets {
  const Stmt* breaks = nullptr;    // innermost for/switch/select
  const Stmt* continues = nullptr; // innermost for
};

class BranchChecker {
public:
  explicit BranchChecker(Checker& c) : c_(c) {}

  void run(const BlockStmt* body) {
    std::vector<const BranchStmt*> fwd = block(nullptr, Targets{}, nullptr, body->pos, body->list);
    for (const BranchStmt* g : fwd) {
      const std::string& name = g->label->value;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second.used = true;
        c_.error(g->label->pos, "goto " + name + " jumps into block starting at " + c_.posString(it->second.block->start));
      } else {
        c_.error(g->label->pos, "label " + name + " not defined");
      }
    }
    std::vector<const LabelInfo*> unused;
    for (auto& e : labels_) {
      if (!e.second.used) unused.push_back(&e.second);
    }
    for (const LabelInfo* l : unused) c_.error(l->stmt->label->pos, "label " + l->stmt->label->value + " defined and not used");
  }

private:
  // The labeled statement `name` if it encloses block b (for break/continue); `invalid` if the label
  // exists but does not enclose b.
  const LabeledStmt* enclosing(const Block* b, const std::string& name, bool* exists) {
    auto it = labels_.find(name);
    *exists = it != labels_.end();
    if (!*exists) return nullptr;
    it->second.used = true;
    for (; b != nullptr; b = b->parent) {
      if (b->lstmt == it->second.stmt) return b->lstmt;
    }
    return nullptr;
  }

  const LabeledStmt* gotoTarget(const Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b != nullptr; b = b->parent) {
      if (it->second.block == b) return it->second.stmt;
    }
    return nullptr;
  }

  std::vector<const BranchStmt*> block(const Block* parent, Targets ctxt, const LabeledStmt* lstmt, Pos start,
                                       const std::vector<Stmt*>& body) {
    Block b{parent, start, lstmt};
    Pos varPos;
    std::string varName;
    std::vector<const BranchStmt*> fwd, bad;
    auto recordVarDecl = [&](Pos p, std::string name) {
      varPos = p;
      varName = std::move(name);
      bad = fwd; // every pending forward goto would jump over this declaration
    };
    auto jumpsOverVarDecl = [&](const BranchStmt* g) {
      if (!varPos.isKnown()) return false;
      for (const BranchStmt* x : bad) {
        if (x == g) return true;
      }
      return false;
    };
    auto inner = [&](Targets t, Pos p, const std::vector<Stmt*>& list) {
      auto more = block(&b, t, lstmt, p, list);
      fwd.insert(fwd.end(), more.begin(), more.end());
    };
    for (const Stmt* s : body) {
      lstmt = nullptr;
      while (auto* ls = dyn_cast<LabeledStmt>(s)) {
        const std::string& name = ls->label->value;
        if (name != "_") {
          auto [it, inserted] = labels_.try_emplace(name, LabelInfo{&b, ls});
          if (!inserted) {
            c_.error(ls->label->pos, "label " + name + " already defined at " + c_.posString(it->second.stmt->label->pos));
          }
          LabelInfo& l = it->second;
          std::vector<const BranchStmt*> rest;
          for (const BranchStmt* g : fwd) {
            if (g->label->value != name) {
              rest.push_back(g);
              continue;
            }
            l.used = true;
            if (jumpsOverVarDecl(g)) {
              c_.error(g->label->pos, "goto " + name + " jumps over declaration of " + varName + " at " + c_.posString(varPos));
            }
          }
          fwd = std::move(rest);
          lstmt = ls;
        }
        s = ls->stmt;
      }
      switch (s->kind) {
      case NodeKind::DeclStmt:
        for (const Decl* d : cast<DeclStmt>(s)->decls) {
          if (auto* vd = dyn_cast<VarDecl>(d)) {
            recordVarDecl(vd->pos, vd->names.empty() ? "" : vd->names[0]->value);
            break;
          }
        }
        break;
      case NodeKind::AssignStmt: {
        auto* as = cast<AssignStmt>(s);
        if (as->form == AssignStmt::Form::Define) {
          std::string names;
          for (size_t i = 0; i < as->lhs.size(); ++i) {
            if (i > 0) names += ", ";
            names += exprString(as->lhs[i]);
          }
          recordVarDecl(as->pos, names);
        }
        break;
      }
      case NodeKind::BranchStmt: branch(cast<BranchStmt>(s), &b, ctxt, fwd); break;
      case NodeKind::BlockStmt: inner(ctxt, s->pos, cast<BlockStmt>(s)->list); break;
      case NodeKind::IfStmt: {
        auto* i = cast<IfStmt>(s);
        inner(ctxt, i->then->pos, i->then->list);
        if (i->elseStmt) inner(ctxt, i->elseStmt->pos, {const_cast<Stmt*>(i->elseStmt)});
        break;
      }
      case NodeKind::ForStmt: {
        auto* f = cast<ForStmt>(s);
        inner(Targets{f, f}, f->body->pos, f->body->list);
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* sw = cast<SwitchStmt>(s);
        for (const CaseClause* cc : sw->clauses) inner(Targets{sw, ctxt.continues}, cc->pos, cc->body);
        break;
      }
      case NodeKind::SelectStmt: {
        auto* sel = cast<SelectStmt>(s);
        for (const CommClause* cc : sel->clauses) inner(Targets{sel, ctxt.continues}, cc->pos, cc->body);
        break;
      }
      default: break;
      }
    }
    return fwd;
  }

  void branch(const BranchStmt* s, const Block* b, Targets ctxt, std::vector<const BranchStmt*>& fwd) {
    if (s->label == nullptr) {
      if (s->branch == BranchKind::Break && ctxt.breaks == nullptr) {
        c_.error(s->pos, "break is not in a loop, switch, or select");
      } else if (s->branch == BranchKind::Continue && ctxt.continues == nullptr) {
        c_.error(s->pos, "continue is not in a loop");
      }
      return;
    }
    const std::string& name = s->label->value;
    bool exists = false;
    switch (s->branch) {
    case BranchKind::Break: {
      const LabeledStmt* t = enclosing(b, name, &exists);
      if (!exists) {
        c_.error(s->label->pos, "break label not defined: " + name);
      } else if (t == nullptr || !(llvm::isa<ForStmt>(t->stmt) || llvm::isa<SwitchStmt>(t->stmt) || llvm::isa<SelectStmt>(t->stmt))) {
        c_.error(s->label->pos, "invalid break label " + name);
      }
      return;
    }
    case BranchKind::Continue: {
      const LabeledStmt* t = enclosing(b, name, &exists);
      if (!exists) c_.error(s->label->pos, "continue label not defined: " + name);
      else if (t == nullptr || !llvm::isa<ForStmt>(t->stmt)) c_.error(s->label->pos, "invalid continue label " + name);
      return;
    }
    case BranchKind::Goto:
      if (gotoTarget(b, name) == nullptr) fwd.push_back(s);
      return;
    default: return;
    }
  }

  Checker& c_;
  llvm::StringMap<LabelInfo> labels_;
};

} // namespace

void Checker::checkBranches(const BlockStmt* body) {
  BranchChecker bc(*this);
  bc.run(body);
}

} // namespace goxx::check
