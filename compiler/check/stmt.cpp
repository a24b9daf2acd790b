// Statements and function bodies (go/types' stmt.go). Break/continue/goto/label rules are checked by
// branches.cpp (gc does that in a separate pass with its own wording); fallthrough placement is
// checked here.
#include "check/checker.h"

#include "constant/operations.h"
#include "syntax/ast_positions.h"

#include <algorithm>

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {

const Expr* unparen(const Expr* e) {
  while (auto* p = dyn_cast_or_null<ParenExpr>(e)) e = p->x;
  return e;
}

} // namespace

// Invariants: fn_ and scope_ are saved and restored, so function literals can be checked in the
// middle of an enclosing body. The body's top-level declarations share the function scope with the
// parameters (spec: "Each function has a function block containing its parameters and body").
void Checker::funcBody(types::Signature* sig, const BlockStmt* body, types::Scope* funcScope,
                       std::vector<types::Var*> params) {
  (void)params;
  FuncContext fc;
  fc.sig = sig;
  FuncContext* savedFn = fn_;
  types::Scope* savedScope = scope_;
  auto savedIota = iota_;
  iota_.reset();
  fn_ = &fc;
  scope_ = funcScope;
  info_.scopes[body] = funcScope;
  stmtList(body->list, 0);
  if (sig->results->size() > 0 && !isTerminatingList(body->list, "")) error(body->rbrace, "missing return");
  checkBranches(body);
  usage(fc);
  fn_ = savedFn;
  scope_ = savedScope;
  iota_ = savedIota;
}

void Checker::usage(FuncContext& fc) {
  std::vector<types::Var*> unused;
  for (types::Var* v : fc.locals) {
    if (!v->used && v->name != "_") unused.push_back(v);
  }
  std::sort(unused.begin(), unused.end(), [](types::Var* a, types::Var* b) { return a->pos < b->pos; });
  for (types::Var* v : unused) error(v->pos, "declared and not used: " + v->name);
}

void Checker::openScope(const Node* n) {
  scope_ = ctx_.newScope(scope_, types::Scope::Kind::Block);
  info_.scopes[n] = scope_;
}

void Checker::closeScope() { scope_ = scope_->parent(); }

bool Checker::declareLocal(const Name* name, types::Object* obj) {
  obj->pkg = pkg_;
  return declare(scope_, name, obj);
}

void Checker::stmtList(const std::vector<Stmt*>& list, unsigned ctxt) {
  bool ok = (ctxt & FallthroughOk) != 0;
  unsigned inner = ctxt & ~FallthroughOk;
  // Trailing empty statements are invisible to fallthrough placement.
  size_t n = list.size();
  while (n > 0 && isa<EmptyStmt>(list[n - 1])) --n;
  for (size_t i = 0; i < n; ++i) {
    unsigned c = inner;
    if (ok && i + 1 == n) c |= FallthroughOk;
    stmt(list[i], c);
  }
}

void Checker::simpleStmt(const Stmt* s) {
  if (s != nullptr) stmt(s, 0);
}

void Checker::stmt(const Stmt* s, unsigned ctxt) {
  unsigned inner = ctxt & ~(FallthroughOk | FinalSwitchCase | InTypeSwitch);
  switch (s->kind) {
  case NodeKind::EmptyStmt: break;
  case NodeKind::LabeledStmt: stmt(cast<LabeledStmt>(s)->stmt, ctxt); break;
  case NodeKind::BlockStmt:
    openScope(s);
    stmtList(cast<BlockStmt>(s)->list, inner);
    closeScope();
    break;
  case NodeKind::ExprStmt: exprStmt(cast<ExprStmt>(s)); break;
  case NodeKind::SendStmt: sendStmt(cast<SendStmt>(s)); break;
  case NodeKind::DeclStmt: declStmt(cast<DeclStmt>(s)); break;
  case NodeKind::AssignStmt: assignStmt(cast<AssignStmt>(s)); break;
  case NodeKind::BranchStmt: branchStmt(cast<BranchStmt>(s), ctxt); break;
  case NodeKind::CallStmt: callStmt(cast<CallStmt>(s)); break;
  case NodeKind::ReturnStmt: returnStmt(cast<ReturnStmt>(s)); break;
  case NodeKind::IfStmt: ifStmt(cast<IfStmt>(s), inner); break;
  case NodeKind::ForStmt:
    if (cast<ForStmt>(s)->range) rangeStmt(cast<ForStmt>(s), inner);
    else forStmt(cast<ForStmt>(s), inner);
    break;
  case NodeKind::SwitchStmt:
    if (cast<SwitchStmt>(s)->isTypeSwitch()) typeSwitchStmt(cast<SwitchStmt>(s), inner);
    else switchStmt(cast<SwitchStmt>(s), inner);
    break;
  case NodeKind::SelectStmt: selectStmt(cast<SelectStmt>(s), inner); break;
  default: break;
  }
}

namespace {

// Whether a checked call can stand as a statement (types2's "statement" expression kind): calls of
// functions and of the builtins that may be used as statements, and receives.
enum class ExprKind { Conversion, Expression, Statement };

} // namespace

static ExprKind callKind(const TypeInfo& info, const CallExpr* call) {
  auto it = info.types.find(unparen(call->fun));
  if (it == info.types.end()) return ExprKind::Statement;
  if (it->second.mode == Mode::TypeExpr) return ExprKind::Conversion;
  if (it->second.mode != Mode::Builtin) return ExprKind::Statement;
  // The builtin: find which one through the callee name.
  const Expr* f = unparen(call->fun);
  auto* n = dyn_cast<Name>(f);
  if (n == nullptr) return ExprKind::Statement;
  auto u = info.uses.find(n);
  if (u == info.uses.end()) return ExprKind::Statement;
  auto* b = dyn_cast<types::Builtin>(u->second);
  if (b == nullptr) return ExprKind::Statement;
  switch (b->id) {
  case types::BuiltinId::Clear:
  case types::BuiltinId::Close:
  case types::BuiltinId::Copy:
  case types::BuiltinId::Delete:
  case types::BuiltinId::Panic:
  case types::BuiltinId::Print:
  case types::BuiltinId::Println:
  case types::BuiltinId::Recover: return ExprKind::Statement;
  default: return ExprKind::Expression;
  }
}

void Checker::exprStmt(const ExprStmt* s) {
  Operand x;
  rawExpr(x, s->x, nullptr);
  const Expr* e = unparen(s->x);
  std::string msg;
  switch (x.mode) {
  case Mode::Invalid: return;
  case Mode::Builtin: msg = "must be called"; break;
  case Mode::TypeExpr: msg = "is not an expression"; break;
  default:
    if (auto* call = dyn_cast<CallExpr>(e); call && callKind(info_, call) == ExprKind::Statement) return;
    if (auto* op = dyn_cast<Operation>(e); op && op->isUnary() && op->op == Operator::Recv) return;
    msg = "is not used";
  }
  errorAt(s->x, str(x) + " " + msg);
}

void Checker::sendStmt(const SendStmt* s) {
  Operand ch, val;
  expr(ch, s->chan);
  expr(val, s->value);
  if (ch.invalid() || val.invalid()) return;
  auto* c = dyn_cast_or_null<types::Chan>(types::underlying(ch.type));
  if (c == nullptr) {
    errorAt(s, "invalid operation: cannot send to non-channel " + str(ch));
    return;
  }
  if (c->dir == types::ChanDir::RecvOnly) {
    errorAt(s, "invalid operation: cannot send to receive-only channel " + str(ch));
    return;
  }
  assignment(val, c->elem, "send");
}

void Checker::assignStmt(const AssignStmt* s) {
  switch (s->form) {
  case AssignStmt::Form::Define: shortVarDecl(s); return;
  case AssignStmt::Form::Plain: assignVars(s->lhs, s->rhs); return;
  case AssignStmt::Form::IncDec: {
    Operand x;
    expr(x, s->lhs[0]);
    if (x.invalid()) return;
    if (!types::isNumeric(x.type)) {
      const char* op = s->op == Operator::Add ? "+" : "-";
      errorAt(s->lhs[0], "invalid operation: " + exprString(s->lhs[0]) + op + op + " (non-numeric type " + str(x.type) + ")");
      return;
    }
    assignVar(s->lhs[0], x, "assignment");
    return;
  }
  case AssignStmt::Form::OpAssign: {
    Operand x;
    binary(x, nullptr, s->lhs[0], s->rhs[0], s->op, s->pos);
    if (x.invalid()) return;
    x.expr = s->lhs[0];
    assignVar(s->lhs[0], x, "assignment");
    return;
  }
  }
}

void Checker::callStmt(const CallStmt* s) {
  const char* keyword = s->callKind == CallStmtKind::Go ? "go" : "defer";
  if (s->call == nullptr) return;
  Operand x;
  rawExpr(x, s->call, nullptr);
  if (x.invalid()) return;
  switch (callKind(info_, s->call)) {
  case ExprKind::Statement: return;
  case ExprKind::Conversion:
    errorAt(s->call, std::string(keyword) + " requires function call, not conversion " + str(x));
    return;
  case ExprKind::Expression: errorAt(s->call, std::string(keyword) + " discards result of " + str(x)); return;
  }
}

void Checker::returnStmt(const ReturnStmt* s) {
  types::Tuple* res = fn_ ? fn_->sig->results : nullptr;
  if (res == nullptr) return;
  if (s->results.empty() && res->size() > 0 && !res->vars[0]->name.empty()) {
    for (types::Var* v : res->vars) {
      types::Object* alt = scope_->lookupParent(v->name);
      if (alt != nullptr && alt != v) {
        error(s->pos, "result parameter " + v->name + " not in scope at return\n\t" + posString(alt->pos) +
                          ": inner declaration of " + v->name);
      }
    }
    return;
  }
  if (!s->results.empty() || res->size() > 0) initVars(res->vars, s->results, s);
}

void Checker::ifStmt(const IfStmt* s, unsigned ctxt) {
  openScope(s);
  simpleStmt(s->init);
  Operand x;
  expr(x, s->cond);
  if (!x.invalid() && !types::isBoolean(x.type)) errorAt(s->cond, "non-boolean condition in if statement");
  stmt(s->then, ctxt);
  if (s->elseStmt) stmt(s->elseStmt, ctxt);
  closeScope();
}

void Checker::forStmt(const ForStmt* s, unsigned ctxt) {
  openScope(s);
  simpleStmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !types::isBoolean(x.type)) errorAt(s->cond, "non-boolean condition in for statement");
  }
  if (auto* post = dyn_cast_or_null<AssignStmt>(s->post); post && post->form == AssignStmt::Form::Define) {
    error(post->pos, "cannot declare in post statement of for loop");
  } else {
    simpleStmt(s->post);
  }
  stmt(s->body, ctxt | BreakOk | ContinueOk);
  closeScope();
}

void Checker::rangeStmt(const ForStmt* s, unsigned ctxt) {
  const RangeClause* rc = s->range;
  openScope(s);
  Operand x;
  expr(x, rc->x);
  Type* key = nullptr;
  Type* val = nullptr;
  std::string cause;
  bool ok = !x.invalid();
  if (ok) {
    Type* u = types::underlying(x.type);
    if (types::isString(x.type)) {
      if (x.mode == Mode::Constant && types::isUntyped(x.type)) assignment(x, nullptr, "range clause");
      key = basic(types::BasicKind::Int);
      val = ctx_.runeType();
    } else if (types::isInteger(x.type)) {
      // Go 1.22: range over an integer n yields 0..n-1 of n's type.
      if (rc->value) cause = "range over " + str(x) + " permits only one iteration variable";
      if (types::isUntyped(x.type)) assignment(x, nullptr, "range clause");
      key = x.type;
    } else if (auto* a = dyn_cast_or_null<types::Array>(u)) {
      key = basic(types::BasicKind::Int);
      val = a->elem;
    } else if (auto* p = dyn_cast_or_null<types::Pointer>(u); p && isa_and_nonnull<types::Array>(types::underlying(p->elem))) {
      key = basic(types::BasicKind::Int);
      val = cast<types::Array>(types::underlying(p->elem))->elem;
    } else if (auto* sl = dyn_cast_or_null<types::Slice>(u)) {
      key = basic(types::BasicKind::Int);
      val = sl->elem;
    } else if (auto* m = dyn_cast_or_null<types::Map>(u)) {
      key = m->key;
      val = m->elem;
    } else if (auto* ch = dyn_cast_or_null<types::Chan>(u)) {
      key = ch->elem;
      if (ch->dir == types::ChanDir::SendOnly) cause = "cannot range over " + str(x) + ": receive from send-only channel";
      else if (rc->value) cause = "range over " + str(x) + " permits only one iteration variable";
    } else if (isa_and_nonnull<types::Signature>(u)) {
      cause = "cannot range over " + str(x) + ": range over functions is not supported by goxx yet";
    } else {
      cause = "cannot range over " + str(x);
    }
    if (!cause.empty()) {
      errorAt(rc->x, cause);
      ok = false;
    }
  }
  const Expr* lhs[2] = {rc->key, rc->value};
  Type* rhs[2] = {key, val};
  if (rc->define) {
    std::vector<std::pair<const Name*, types::Var*>> vars;
    for (int i = 0; i < 2; ++i) {
      if (lhs[i] == nullptr) continue;
      auto* n = dyn_cast<Name>(lhs[i]);
      if (n == nullptr) {
        errorAt(lhs[i], "non-name " + exprString(lhs[i]) + " on left side of :=");
        continue;
      }
      Type* t = ok && rhs[i] ? rhs[i] : invalidType();
      auto* v = ctx_.newObject<types::Var>(n->value, n->pos, t);
      v->pkg = pkg_;
      info_.defs[n] = v;
      recordType(n, Mode::Variable, t);
      vars.push_back({n, v});
    }
    for (auto& [n, v] : vars) {
      if (declareLocal(n, v) && fn_) fn_->locals.push_back(v);
    }
  } else {
    for (int i = 0; i < 2; ++i) {
      if (lhs[i] == nullptr) continue;
      if (!ok || rhs[i] == nullptr) {
        lhsVar(lhs[i]);
        continue;
      }
      Operand y;
      y.mode = Mode::Value;
      y.expr = lhs[i];
      y.type = rhs[i];
      assignVar(lhs[i], y, "range clause");
    }
  }
  stmt(s->body, ctxt | BreakOk | ContinueOk);
  closeScope();
}

void Checker::caseValues(Operand& x, const std::vector<Expr*>& values,
                         std::vector<std::pair<constant::Value, std::pair<Type*, Pos>>>& seen) {
  for (const Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.invalid() || v.invalid()) continue;
    convertUntyped(v, x.type);
    if (v.invalid()) continue;
    Operand res = v;
    Operand tag = x;
    comparison(res, tag, Operator::Eql, nullptr);
    if (res.invalid()) continue;
    if (v.mode != Mode::Constant) continue;
    bool dup = false;
    for (auto& [val, tp] : seen) {
      if (val.kind() == v.val.kind() && constant::compare(val, constant::CompareOp::Eql, v.val) &&
          types::identical(tp.first, v.type)) {
        errorAt(e, "duplicate case " + str(v) + " in expression switch\n\t" + posString(tp.second) + ": previous case");
        dup = true;
        break;
      }
    }
    if (!dup) seen.push_back({v.val, {v.type, syntax::startPos(e)}});
  }
}

void Checker::switchStmt(const SwitchStmt* s, unsigned ctxt) {
  openScope(s);
  simpleStmt(s->init);
  Operand x;
  static const Name trueName(Pos{}, "true");
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (!x.invalid() && !types::comparable(x.type) && !types::hasNil(x.type)) {
      errorAt(s->tag, "cannot switch on " + str(x) + " (" + str(x.type) + " is not comparable)");
      x.setInvalid();
    }
  } else {
    x.mode = Mode::Constant;
    x.type = basic(types::BasicKind::Bool);
    x.val = constant::Value::makeBool(true);
    x.expr = &trueName;
  }
  const CaseClause* firstDefault = nullptr;
  std::vector<std::pair<constant::Value, std::pair<Type*, Pos>>> seen;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const CaseClause* c = s->clauses[i];
    if (c->isDefault) {
      if (firstDefault) {
        error(c->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      } else {
        firstDefault = c;
      }
    }
    caseValues(x, c->cases, seen);
    openScope(c);
    unsigned inner = ctxt | BreakOk;
    if (i + 1 < s->clauses.size()) inner |= FallthroughOk;
    else inner |= FinalSwitchCase;
    stmtList(c->body, inner);
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(const SwitchStmt* s, unsigned ctxt) {
  openScope(s);
  simpleStmt(s->init);
  auto* guard = cast<TypeSwitchGuard>(s->tag);
  const Name* lhs = guard->lhs;
  if (lhs && lhs->value == "_") {
    error(lhs->pos, "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  expr(x, guard->x);
  types::Interface* iface = nullptr;
  if (!x.invalid()) {
    iface = dyn_cast_or_null<types::Interface>(types::underlying(x.type));
    if (iface == nullptr) {
      errorAt(guard->x, str(x) + " is not an interface");
      x.setInvalid();
    }
  }
  recordType(guard, x.mode, x.type);
  std::vector<types::Var*> clauseVars;
  const CaseClause* firstDefault = nullptr;
  std::vector<std::pair<Type*, Pos>> seen; // null type = nil case
  for (const CaseClause* c : s->clauses) {
    if (c->isDefault) {
      if (firstDefault) error(c->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else firstDefault = c;
    }
    Type* single = nullptr;
    for (const Expr* e : c->cases) {
      Type* T = nullptr;
      bool isNilCase = false;
      if (auto* n = dyn_cast<Name>(e); n && n->value == "nil" && isa_and_nonnull<types::Nil>(scope_->lookupParent("nil"))) {
        isNilCase = true;
        info_.uses[n] = scope_->lookupParent("nil");
        recordType(e, Mode::Value, basic(types::BasicKind::UntypedNil));
      } else {
        T = typExpr(e);
        if (types::isInvalid(T)) continue;
      }
      bool dup = false;
      for (auto& [t, p] : seen) {
        if ((isNilCase && t == nullptr) || (!isNilCase && t != nullptr && types::identical(t, T))) {
          errorAt(e, "duplicate case " + (isNilCase ? std::string("nil") : str(T)) + " in type switch\n\t" +
                         posString(p) + ": previous case");
          dup = true;
          break;
        }
      }
      if (!dup) seen.push_back({T, syntax::startPos(e)});
      if (!isNilCase && iface && !types::isInterface(T)) {
        types::MissingMethod mm = types::missingMethod(T, iface, false);
        if (mm.method) {
          errorAt(e, "impossible type switch case: " + exprString(e) + "\n\t" + str(x) + " cannot have dynamic type " +
                         str(T) + " " + missingMethodCause(T, x.type, mm));
        }
      }
      single = isNilCase ? basic(types::BasicKind::UntypedNil) : T;
    }
    openScope(c);
    if (lhs) {
      Type* t = x.invalid() ? invalidType() : x.type;
      if (c->cases.size() == 1 && single != nullptr && !isa<types::Basic>(single)) t = single;
      else if (c->cases.size() == 1 && single != nullptr && cast<types::Basic>(single)->basicKind != types::BasicKind::UntypedNil) t = single;
      auto* v = ctx_.newObject<types::Var>(lhs->value, lhs->pos, t);
      v->pkg = pkg_;
      scope_->insert(v);
      info_.implicits[c] = v;
      clauseVars.push_back(v);
    }
    stmtList(c->body, ctxt | BreakOk | InTypeSwitch);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (types::Var* v : clauseVars) used = used || v->used;
    auto* v = ctx_.newObject<types::Var>(lhs->value, lhs->pos, x.type);
    info_.defs[lhs] = v;
    if (!used) error(lhs->pos, "declared and not used: " + lhs->value);
  }
  closeScope();
}

void Checker::selectStmt(const SelectStmt* s, unsigned ctxt) {
  const CommClause* firstDefault = nullptr;
  for (const CommClause* c : s->clauses) {
    if (c->comm == nullptr) {
      if (firstDefault) error(c->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else firstDefault = c;
    }
    openScope(c);
    bool valid = false;
    const Expr* rhs = nullptr;
    if (c->comm == nullptr || isa<SendStmt>(c->comm)) valid = true;
    else if (auto* as = dyn_cast<AssignStmt>(c->comm); as && as->rhs.size() == 1) rhs = as->rhs[0];
    else if (auto* es = dyn_cast<ExprStmt>(c->comm)) rhs = es->x;
    if (rhs) {
      if (auto* op = dyn_cast<Operation>(unparen(rhs)); op && op->isUnary() && op->op == Operator::Recv) valid = true;
    }
    if (!valid) {
      errorAt(c->comm, "select case must be receive, send or assign recv");
      closeScope();
      continue;
    }
    if (c->comm) stmt(c->comm, 0);
    stmtList(c->body, ctxt | BreakOk);
    closeScope();
  }
}

void Checker::branchStmt(const BranchStmt* s, unsigned ctxt) {
  if (s->branch != BranchKind::Fallthrough) return; // branches.cpp
  if (ctxt & FallthroughOk) return;
  if (ctxt & FinalSwitchCase) error(s->pos, "cannot fallthrough final case in switch");
  else if (ctxt & InTypeSwitch) error(s->pos, "cannot fallthrough in type switch");
  else error(s->pos, "fallthrough statement out of place");
}

} // namespace goxx::check
