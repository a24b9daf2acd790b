// Statements: blocks, declarations, assignments, if, return, branches, go and defer.
//
// Control flow: every Go break/continue/goto becomes a C++ goto to a label the lowering places
// (after the statement for break, at the end of the loop body for continue), so Go's switch/select
// (lowered to if-chains and C++ switches) never change what an unlabeled break or continue means.
// Invariant for gotos: each loop body and each case body is its own C++ block, so a forward jump never
// crosses a C++ declaration in its own scope.
#include "emit/emitter.h"

#include "types/predicates.h"

#include <llvm/Support/Casting.h>

namespace goxx::emit {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void Emitter::emitBlock(const BlockStmt* b) {
  out().line("{");
  out().indent();
  emitStmtList(b->list);
  out().dedent();
  out().line("}");
}

void Emitter::emitStmtList(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) emitStmt(s);
}

void Emitter::emitStmt(const Stmt* s) {
  if (std::string l = lineDirective(s); !l.empty() && !llvm::isa<BlockStmt>(s) && !llvm::isa<EmptyStmt>(s)) out().raw(l + "\n");
  switch (s->kind) {
  case NodeKind::EmptyStmt: return;
  case NodeKind::BlockStmt: emitBlock(cast<BlockStmt>(s)); return;
  case NodeKind::LabeledStmt: {
    auto* ls = cast<LabeledStmt>(s);
    std::string& cl = fs_->gotoLabels[ls->label->value];
    if (cl.empty()) cl = freshLabel(("_" + ls->label->value).c_str());
    out().line(cl + ": __attribute__((unused));");
    const Stmt* inner = ls->stmt;
    if (auto* f = dyn_cast<ForStmt>(inner)) {
      if (f->range)
        emitRange(f, ls->label->value);
      else
        emitFor(f, ls->label->value);
    } else if (auto* sw = dyn_cast<SwitchStmt>(inner)) {
      if (sw->isTypeSwitch())
        emitTypeSwitch(sw, ls->label->value);
      else
        emitSwitch(sw, ls->label->value);
    } else if (auto* se = dyn_cast<SelectStmt>(inner)) {
      emitSelect(se, ls->label->value);
    } else if (inner != nullptr) {
      emitStmt(inner);
    }
    return;
  }
  case NodeKind::ExprStmt: {
    const Expr* x = cast<ExprStmt>(s)->x;
    out().line(expr(x) + ";");
    return;
  }
  case NodeKind::SendStmt: {
    auto* ss = cast<SendStmt>(s);
    types::Type* ct = types::underlying(typeOf(ss->chan));
    auto* ch = dyn_cast<types::Chan>(ct);
    std::string c = expr(ss->chan);
    std::string v = exprAs(ss->value, ch ? ch->elem : typeOf(ss->value));
    out().line(underlyingValue(typeOf(ss->chan), c) + ".send(" + v + ", " + srcPos(s) + ");");
    return;
  }
  case NodeKind::DeclStmt:
    for (const Decl* d : cast<DeclStmt>(s)->decls) {
      if (auto* vd = dyn_cast<VarDecl>(d)) emitVarDecl(vd);
      // Constants are inlined at their uses; local types are emitted with the program's types.
    }
    return;
  case NodeKind::AssignStmt: emitAssign(cast<AssignStmt>(s)); return;
  case NodeKind::BranchStmt: emitBranch(cast<BranchStmt>(s)); return;
  case NodeKind::CallStmt: emitGoDefer(cast<CallStmt>(s)); return;
  case NodeKind::ReturnStmt: emitReturn(cast<ReturnStmt>(s)); return;
  case NodeKind::IfStmt: emitIf(cast<IfStmt>(s)); return;
  case NodeKind::ForStmt: {
    auto* f = cast<ForStmt>(s);
    if (f->range)
      emitRange(f, "");
    else
      emitFor(f, "");
    return;
  }
  case NodeKind::SwitchStmt: {
    auto* sw = cast<SwitchStmt>(s);
    if (sw->isTypeSwitch())
      emitTypeSwitch(sw, "");
    else
      emitSwitch(sw, "");
    return;
  }
  case NodeKind::SelectStmt: emitSelect(cast<SelectStmt>(s), ""); return;
  default: unsupported(s, "this statement"); return;
  }
}

void Emitter::emitSimpleStmt(const Stmt* s) {
  if (s != nullptr) emitStmt(s);
}

void Emitter::emitIf(const IfStmt* s) {
  out().line("{");
  out().indent();
  emitSimpleStmt(s->init);
  out().line("if (" + expr(s->cond) + ") {");
  out().indent();
  emitStmtList(s->then->list);
  out().dedent();
  if (s->elseStmt != nullptr) {
    out().line("} else {");
    out().indent();
    if (auto* b = dyn_cast<BlockStmt>(s->elseStmt))
      emitStmtList(b->list);
    else
      emitStmt(s->elseStmt);
    out().dedent();
  }
  out().line("}");
  out().dedent();
  out().line("}");
}

void Emitter::emitVarDecl(const VarDecl* d) {
  std::vector<types::Var*> vars;
  std::vector<const Expr*> lhs;
  for (const Name* n : d->names) {
    vars.push_back(dyn_cast_or_null<types::Var>(objectOf(n)));
    lhs.push_back(n);
  }
  emitDefineOrDeclare(vars, lhs, d->values, true, d);
}

// `var a, b T = x, y`, `a, b := x, y` (vars[i] null: an existing variable in a := redeclaration).
void Emitter::emitDefineOrDeclare(const std::vector<types::Var*>& vars, const std::vector<const Expr*>& lhsExprs,
                                  const std::vector<Expr*>& rhs, bool define, const Node* at) {
  (void)define;
  auto assignTo = [&](size_t i, const std::string& value, bool isNew) {
    types::Var* v = vars[i];
    if (isNew) {
      declareLocal(v, value);
    } else {
      emitStore(lhsExprs[i], value);
    }
  };
  if (rhs.empty()) {
    for (size_t i = 0; i < vars.size(); ++i)
      if (vars[i] != nullptr) declareLocal(vars[i], "");
    return;
  }
  if (rhs.size() == vars.size()) {
    if (vars.size() == 1) {
      types::Type* target = vars[0] ? vars[0]->type : typeOf(lhsExprs[0]);
      assignTo(0, exprAs(rhs[0], target), vars[0] != nullptr);
      return;
    }
    // Evaluate every right-hand side first, then assign.
    std::vector<std::string> temps;
    for (size_t i = 0; i < rhs.size(); ++i) {
      types::Type* target = vars[i] ? vars[i]->type : typeOf(lhsExprs[i]);
      std::string t = freshTemp();
      if (target == nullptr || types::isUntyped(target)) target = typeOf(rhs[i]);
      out().line("auto " + t + " = " + exprAs(rhs[i], target) + ";");
      temps.push_back(t);
    }
    for (size_t i = 0; i < vars.size(); ++i) assignTo(i, "std::move(" + temps[i] + ")", vars[i] != nullptr);
    return;
  }
  // One multi-valued right-hand side: a call, or a comma-ok form.
  std::vector<types::Type*> ts;
  std::string tmp = multiValue(rhs[0], ts);
  for (size_t i = 0; i < vars.size(); ++i) {
    types::Type* target = vars[i] ? vars[i]->type : typeOf(lhsExprs[i]);
    std::string v = "std::get<" + std::to_string(i) + ">(" + tmp + ")";
    if (target != nullptr && i < ts.size()) v = convertValue(v, ts[i], target);
    assignTo(i, v, vars[i] != nullptr);
  }
  (void)at;
}

void Emitter::emitAssign(const AssignStmt* s) {
  using Form = AssignStmt::Form;
  if (s->form == Form::Define) {
    std::vector<types::Var*> vars;
    std::vector<const Expr*> lhs;
    for (const Expr* e : s->lhs) {
      types::Var* v = nullptr;
      if (auto* n = dyn_cast<Name>(e))
        if (auto it = info_->defs.find(n); it != info_->defs.end()) v = dyn_cast_or_null<types::Var>(it->second);
      if (auto* n = dyn_cast<Name>(e); v == nullptr && n != nullptr && n->value == "_") {
        // `_` on the left of := declares nothing.
      }
      vars.push_back(v);
      lhs.push_back(e);
    }
    // A blank `_ :=` has no object: treat it as a discarded value.
    for (size_t i = 0; i < vars.size(); ++i)
      if (vars[i] == nullptr)
        if (auto* n = dyn_cast<Name>(lhs[i]); n != nullptr && n->value == "_") {
          // emitStore on a blank name discards the value.
        }
    emitDefineOrDeclare(vars, lhs, s->rhs, true, s);
    return;
  }
  if (s->form == Form::Plain) {
    std::vector<types::Var*> none(s->lhs.size(), nullptr);
    std::vector<const Expr*> lhs(s->lhs.begin(), s->lhs.end());
    emitDefineOrDeclare(none, lhs, s->rhs, false, s);
    return;
  }
  // x op= y, x++, x--.
  const Expr* lhs = s->lhs[0];
  types::Type* t = typeOf(lhs);
  std::string y;
  if (s->form == Form::IncDec) {
    y = constantExpr(constant::Value::makeInt64(1), t);
  } else {
    types::Type* yt = (s->op == Operator::Shl || s->op == Operator::Shr) ? typeOf(s->rhs[0]) : t;
    if (auto* c = tv(s->rhs[0]); c != nullptr && c->mode == check::Mode::Constant && (s->op == Operator::Shl || s->op == Operator::Shr))
      y = constantExpr(c->value, types::isUntyped(yt) ? static_cast<types::Type*>(nullptr) : yt);
    else
      y = exprAs(s->rhs[0], yt);
  }
  // Map elements are read, combined and written back; the key is evaluated once.
  if (auto* ix = dyn_cast<IndexExpr>(lhs)) {
    types::Type* mt = typeOf(ix->x);
    if (auto* m = dyn_cast<types::Map>(types::underlying(mt))) {
      std::string mv = freshTemp("m"), kv = freshTemp("k");
      out().line("{");
      out().line("  auto& " + mv + " = " + underlyingValue(mt, expr(ix->x)) + ";");
      out().line("  auto " + kv + " = " + exprAs(ix->index[0], m->key) + ";");
      out().line("  " + mv + ".set(" + kv + ", " + binaryText(s->op, mv + ".get(" + kv + ")", y, t, t, t) + ");");
      out().line("}");
      return;
    }
  }
  std::string lv = lvalue(lhs);
  std::string lt = freshTemp("lv");
  out().line("{");
  out().line("  auto& " + lt + " = " + lv + ";");
  out().line("  " + lt + " = " + binaryText(s->op, lt, y, t, s->form == Form::IncDec ? t : typeOf(s->rhs[0]), t) + ";");
  out().line("}");
}

void Emitter::emitStore(const Expr* lhs, const std::string& value) {
  while (auto* p = dyn_cast<ParenExpr>(lhs)) lhs = p->x;
  if (auto* n = dyn_cast<Name>(lhs); n != nullptr && n->value == "_") {
    out().line("(void)(" + value + ");");
    return;
  }
  if (auto* ix = dyn_cast<IndexExpr>(lhs)) {
    types::Type* mt = typeOf(ix->x);
    if (auto* m = dyn_cast<types::Map>(types::underlying(mt))) {
      out().line(underlyingValue(mt, expr(ix->x)) + ".set(" + exprAs(ix->index[0], m->key) + ", " + value + ");");
      return;
    }
  }
  out().line(lvalue(lhs) + " = " + value + ";");
}

void Emitter::emitReturn(const ReturnStmt* s) {
  FuncState& fs = *fs_;
  types::Tuple* results = fs.sig->results;
  std::vector<std::string> values;
  if (s->results.size() == results->size()) {
    for (size_t i = 0; i < s->results.size(); ++i) values.push_back(exprAs(s->results[i], results->vars[i]->type));
  } else if (s->results.size() == 1 && results->size() > 1) {
    std::vector<types::Type*> ts;
    std::string tmp = multiValue(s->results[0], ts);
    for (size_t i = 0; i < results->size(); ++i)
      values.push_back(convertValue("std::get<" + std::to_string(i) + ">(" + tmp + ")", ts[i], results->vars[i]->type));
  }
  if (fs.hasDefer || (fs.namedResults && !values.empty())) {
    if (values.size() > 1) {
      // Evaluate all results before assigning any (a result may read another named result).
      std::vector<std::string> temps;
      for (const std::string& v : values) {
        std::string t = freshTemp("r");
        out().line("auto " + t + " = " + v + ";");
        temps.push_back(t);
      }
      values = temps;
    }
    for (size_t i = 0; i < values.size(); ++i) out().line(fs.resultNames[i] + " = " + values[i] + ";");
    if (fs.hasDefer) {
      out().line("goto _Lreturn;");
      return;
    }
    values.clear();
  }
  if (values.empty() && fs.namedResults) values = fs.resultNames;
  if (results->size() == 0) {
    out().line("return;");
  } else if (results->size() == 1) {
    out().line("return " + values[0] + ";");
  } else {
    std::string r = "return " + tupleType(results) + "{";
    for (size_t i = 0; i < values.size(); ++i) r += (i ? ", " : "") + values[i];
    out().line(r + "};");
  }
}

void Emitter::emitBranch(const BranchStmt* s) {
  FuncState& fs = *fs_;
  if (s->branch == BranchKind::Goto) {
    std::string& cl = fs.gotoLabels[s->label->value];
    if (cl.empty()) cl = freshLabel(("_" + s->label->value).c_str());
    out().line("goto " + cl + ";");
    return;
  }
  if (s->branch == BranchKind::Fallthrough) return; // handled by emitSwitch
  bool isBreak = s->branch == BranchKind::Break;
  for (auto it = fs.targets.rbegin(); it != fs.targets.rend(); ++it) {
    if (s->label != nullptr && it->label != s->label->value) continue;
    if (!isBreak && it->continueLabel.empty()) continue;
    if (isBreak) {
      it->usedBreak = true;
      out().line("goto " + it->breakLabel + ";");
    } else {
      it->usedContinue = true;
      out().line("goto " + it->continueLabel + ";");
    }
    return;
  }
  unsupported(s, "this branch statement");
}

} // namespace goxx::emit
