// Expression switches, type switches and select statements.
//
// A switch lowers to a chain of tests that jump to per-clause labels, then the clause bodies in source
// order, each in its own block and followed by a jump to the end unless it ends in `fallthrough`:
//     { init; tag = x;  if (tag == a) goto c0; if (tag == b || tag == c) goto c1; goto dflt_or_end;
//       c0: { ... } goto end;   c1: { ... } goto end;   dflt: { ... } goto end;   end:; }
// Case expressions are evaluated top to bottom, left to right, stopping at the first match (Go's order).
// A select evaluates its channel and send operands in source order, makes one goxx::select call over a
// case table, and switches on the chosen index.
#include "emit/emitter.h"

#include "types/lookup.h"
#include "types/predicates.h"

#include <llvm/Support/Casting.h>

namespace goxx::emit {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void Emitter::emitSwitch(const SwitchStmt* s, const std::string& label) {
  BranchTarget t;
  t.stmt = s;
  t.label = label;
  t.breakLabel = freshLabel("brk");
  out().line("{");
  out().indent();
  emitSimpleStmt(s->init);
  std::string tag;
  types::Type* tagType = nullptr;
  if (s->tag != nullptr) {
    tagType = typeOf(s->tag);
    if (types::isUntyped(tagType)) tagType = types::defaultType(session_.typeContext(), tagType);
    tag = freshTemp("tag");
    out().line("const auto " + tag + " = " + exprAs(s->tag, tagType) + ";");
  }
  std::vector<std::string> labels;
  std::string dflt;
  for (const CaseClause* c : s->clauses) {
    std::string l = freshLabel("case");
    labels.push_back(l);
    if (c->isDefault) {
      dflt = l;
      continue;
    }
    std::string cond;
    for (const Expr* e : c->cases) {
      std::string test;
      if (s->tag != nullptr) {
        types::Type* et = typeOf(e);
        std::string ev;
        if (auto* k = tv(e); k != nullptr && k->mode == check::Mode::Constant && !types::isInterface(tagType))
          ev = constantExpr(k->value, tagType), et = tagType;
        else
          ev = expr(e);
        test = equality(tag, ev, tagType, et, true);
      } else {
        test = expr(e);
      }
      cond += (cond.empty() ? "" : " || ") + std::string("(") + test + ")";
    }
    out().line("if (" + cond + ") goto " + l + ";");
  }
  out().line("goto " + (dflt.empty() ? t.breakLabel : dflt) + ";");
  fs_->targets.push_back(t);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const CaseClause* c = s->clauses[i];
    out().line(labels[i] + ": __attribute__((unused));");
    out().line("{");
    out().indent();
    emitStmtList(c->body);
    out().dedent();
    out().line("}");
    bool falls = !c->body.empty() && llvm::isa<BranchStmt>(c->body.back()) &&
                 cast<BranchStmt>(c->body.back())->branch == BranchKind::Fallthrough;
    if (!falls) out().line("goto " + t.breakLabel + ";");
  }
  fs_->targets.pop_back();
  out().dedent();
  out().line("}");
  out().line(t.breakLabel + ": __attribute__((unused));");
}

void Emitter::emitTypeSwitch(const SwitchStmt* s, const std::string& label) {
  BranchTarget t;
  t.stmt = s;
  t.label = label;
  t.breakLabel = freshLabel("brk");
  auto* guard = cast<TypeSwitchGuard>(s->tag);
  out().line("{");
  out().indent();
  emitSimpleStmt(s->init);
  types::Type* xt = typeOf(guard->x);
  std::string x = freshTemp("ts");
  out().line("const goxx::Any " + x + " = " + expr(guard->x) + ";");
  std::vector<std::string> labels;
  std::string dflt;
  for (const CaseClause* c : s->clauses) {
    std::string l = freshLabel("case");
    labels.push_back(l);
    if (c->isDefault) {
      dflt = l;
      continue;
    }
    std::string cond;
    for (const Expr* e : c->cases) {
      const check::TypeAndValue* k = tv(e);
      std::string test;
      if (k == nullptr || k->type == nullptr || (k->mode != check::Mode::TypeExpr)) {
        test = x + ".isNil()"; // case nil
      } else if (types::isInterface(k->type)) {
        test = "(!" + x + ".isNil() && goxx::implements(" + x + ".type(), " + typeDescExpr(k->type) + "))";
      } else {
        test = x + ".type() == " + typeDescExpr(k->type);
      }
      cond += (cond.empty() ? "" : " || ") + test;
    }
    out().line("if (" + cond + ") goto " + l + ";");
  }
  out().line("goto " + (dflt.empty() ? t.breakLabel : dflt) + ";");
  fs_->targets.push_back(t);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const CaseClause* c = s->clauses[i];
    out().line(labels[i] + ": __attribute__((unused));");
    out().line("{");
    out().indent();
    if (auto it = info_->implicits.find(c); it != info_->implicits.end()) {
      auto* v = cast<types::Var>(it->second);
      const check::TypeAndValue* k = c->cases.size() == 1 ? tv(c->cases[0]) : nullptr;
      if (v->used || needsCell(v)) {
        if (k != nullptr && k->mode == check::Mode::TypeExpr && !types::isInterface(k->type))
          declareLocal(v, "*static_cast<const " + cppType(k->type) + "*>(" + x + ".valuePtr())");
        else
          declareLocal(v, convertValue(x, xt, v->type) == x ? cppType(v->type) + "(" + x + ")" : convertValue(x, xt, v->type));
      }
    }
    emitStmtList(c->body);
    out().dedent();
    out().line("}");
    out().line("goto " + t.breakLabel + ";");
  }
  fs_->targets.pop_back();
  out().dedent();
  out().line("}");
  out().line(t.breakLabel + ": __attribute__((unused));");
}

void Emitter::emitSelect(const SelectStmt* s, const std::string& label) {
  BranchTarget t;
  t.stmt = s;
  t.label = label;
  t.breakLabel = freshLabel("brk");
  out().line("{");
  out().indent();
  std::vector<std::string> cases;
  bool hasDefault = false;
  struct RecvInfo {
    std::string value, ok;
    types::Type* elem = nullptr;
  };
  std::vector<RecvInfo> recvs;
  std::vector<const CommClause*> order; // clause per case index
  const CommClause* dfltClause = nullptr;
  for (const CommClause* c : s->clauses) {
    if (c->comm == nullptr) {
      hasDefault = true;
      dfltClause = c;
      continue;
    }
    RecvInfo ri;
    if (auto* send = dyn_cast<SendStmt>(c->comm)) {
      types::Type* ct = typeOf(send->chan);
      auto* ch = cast<types::Chan>(types::underlying(ct));
      std::string cv = freshTemp("sc"), vv = freshTemp("sv");
      out().line("const auto " + cv + " = " + underlyingValue(ct, expr(send->chan)) + ";");
      out().line(cppType(ch->elem) + " " + vv + " = " + exprAs(send->value, ch->elem) + ";");
      cases.push_back("goxx::sendCase(" + cv + ", &" + vv + ")");
    } else {
      // x := <-ch, x, ok = <-ch, <-ch
      const Expr* recvExpr = nullptr;
      if (auto* es = dyn_cast<ExprStmt>(c->comm)) recvExpr = es->x;
      if (auto* as = dyn_cast<AssignStmt>(c->comm)) recvExpr = as->rhs[0];
      while (auto* p = dyn_cast<ParenExpr>(recvExpr)) recvExpr = p->x;
      auto* op = cast<Operation>(recvExpr);
      types::Type* ct = typeOf(op->x);
      auto* ch = cast<types::Chan>(types::underlying(ct));
      std::string cv = freshTemp("rc");
      ri.value = freshTemp("rv");
      ri.ok = freshTemp("ok");
      ri.elem = ch->elem;
      out().line("const auto " + cv + " = " + underlyingValue(ct, expr(op->x)) + ";");
      out().line(cppType(ch->elem) + " " + ri.value + "{};");
      out().line("bool " + ri.ok + " = false;");
      cases.push_back("goxx::recvCase(" + cv + ", &" + ri.value + ", &" + ri.ok + ")");
    }
    recvs.push_back(ri);
    order.push_back(c);
  }
  std::string table = freshTemp("cases");
  if (cases.empty()) {
    out().line("std::span<goxx::SelectCase> " + table + ";");
  } else {
    std::string list;
    for (const std::string& c : cases) list += (list.empty() ? "" : ", ") + c;
    out().line("goxx::SelectCase " + table + "[] = {" + list + "};");
  }
  std::string chosen = freshTemp("sel");
  out().line("const int " + chosen + " = goxx::select(" + table + ", " + (hasDefault ? "true" : "false") + ", " + srcPos(s) + ");");
  fs_->targets.push_back(t);
  out().line("switch (" + chosen + ") {");
  for (size_t i = 0; i < order.size(); ++i) {
    const CommClause* c = order[i];
    out().line("case " + std::to_string(i) + ": {");
    out().indent();
    if (auto* as = dyn_cast<AssignStmt>(c->comm)) {
      const RecvInfo& ri = recvs[i];
      std::vector<std::string> vals = {"std::move(" + ri.value + ")", ri.ok};
      types::Type* boolT = session_.universe()->lookupLocal("bool")->type;
      std::vector<types::Type*> vts = {ri.elem, boolT};
      for (size_t k = 0; k < as->lhs.size(); ++k) {
        const Expr* l = as->lhs[k];
        if (as->form == AssignStmt::Form::Define) {
          auto* n = cast<Name>(l);
          types::Var* v = nullptr;
          if (auto it = info_->defs.find(n); it != info_->defs.end()) v = dyn_cast_or_null<types::Var>(it->second);
          if (v != nullptr)
            declareLocal(v, convertValue(vals[k], vts[k], v->type));
        } else {
          emitStore(l, convertValue(vals[k], vts[k], typeOf(l)));
        }
      }
    }
    emitStmtList(c->body);
    out().line("break;");
    out().dedent();
    out().line("}");
  }
  if (dfltClause != nullptr) {
    out().line("default: {");
    out().indent();
    emitStmtList(dfltClause->body);
    out().line("break;");
    out().dedent();
    out().line("}");
  }
  out().line("}");
  fs_->targets.pop_back();
  out().dedent();
  out().line("}");
  out().line(t.breakLabel + ": __attribute__((unused));");
}

} // namespace goxx::emit
