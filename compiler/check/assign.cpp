// Assignments and initializations (go/types' assignment.go): `=`, `:=`, op=, variable and constant
// initialization, return values — including the n:n / n:1 (multi-value call, comma-ok) forms and
// types2's mismatch messages.
#include "check/checker.h"

#include <llvm/ADT/StringSet.h>

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

std::string measure(size_t n, const char* unit) {
  std::string s = std::to_string(n) + " " + unit;
  if (n != 1) s += "s";
  return s;
}

} // namespace

void Checker::assignment(Operand& x, Type* T, Context context) {
  switch (x.mode) {
  case Mode::Invalid: return;
  case Mode::Constant:
  case Mode::Variable:
  case Mode::MapIndex:
  case Mode::Value:
  case Mode::CommaOk: break;
  default:
    errorAt(x.expr, "cannot assign " + str(x) + " to " + str(T) + " in " + context);
    x.setInvalid();
    return;
  }
  if (types::isUntyped(x.type)) {
    Type* target = T;
    if (x.isNil()) {
      if (T == nullptr) {
        errorAt(x.expr, std::string("use of untyped nil in ") + context);
        x.setInvalid();
        return;
      }
    } else if (T == nullptr || types::isInterface(T)) {
      target = types::defaultType(ctx_, x.type);
    }
    Type* nt = nullptr;
    constant::Value nv;
    Code code = implicitTypeAndValue(x, target, &nt, &nv);
    if (code != Code::Ok) {
      std::string msg = "cannot use " + str(x) + " as " + str(target) + " value in " + context;
      if (code == Code::Truncated) msg += " (truncated)";
      else if (code == Code::Overflow) msg += " (overflows)";
      errorAt(x.expr, msg);
      x.setInvalid();
      return;
    }
    if (nv.isKnown()) {
      x.val = nv;
      if (auto it = info_.types.find(x.expr); it != info_.types.end()) it->second.value = nv;
    }
    if (nt != x.type) {
      x.type = nt;
      updateExprType(x.expr, nt, false);
    }
  }
  if (T == nullptr) return;
  std::string cause;
  if (!assignableTo(x, T, &cause)) {
    std::string msg = "cannot use " + str(x) + " as " + str(T) + " value in " + context;
    if (!cause.empty()) msg += ": " + cause;
    errorAt(x.expr, msg);
    x.setInvalid();
  }
}

void Checker::initConst(types::Const* lhs, Operand& x) {
  if (x.invalid() || (lhs->type && types::isInvalid(lhs->type))) {
    if (lhs->type == nullptr) lhs->type = invalidType();
    return;
  }
  if (x.mode != Mode::Constant) {
    errorAt(x.expr, str(x) + " is not constant");
    if (lhs->type == nullptr) lhs->type = invalidType();
    return;
  }
  if (lhs->type == nullptr) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.invalid()) return;
  lhs->value = x.val;
}

void Checker::initVar(types::Var* lhs, Operand& x, Context context) {
  if (lhs == nullptr) return;
  if (x.invalid() || (lhs->type && types::isInvalid(lhs->type))) {
    if (lhs->type == nullptr) lhs->type = invalidType();
    x.setInvalid();
    return;
  }
  if (lhs->type == nullptr) {
    Type* t = x.type;
    if (types::isUntyped(t)) {
      if (x.isNil()) {
        errorAt(x.expr, std::string("use of untyped nil in ") + context);
        lhs->type = invalidType();
        x.setInvalid();
        return;
      }
      t = types::defaultType(ctx_, t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t l, size_t r) {
  std::string vars = measure(l, "variable");
  std::string vals = measure(r, "value");
  const Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto* call = dyn_cast<CallExpr>(unparen(rhs0))) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + exprString(call->fun) + "() returns " + vals);
      return;
    }
  }
  errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}


// types2's typesSummary: untyped numeric types print as "number", other untyped ones without the
// "untyped " prefix; a variadic final parameter as "...T".
std::string Checker::typesSummary(const std::vector<Type*>& list, bool variadic) const {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) s += ", ";
    Type* t = list[i];
    if (t == nullptr) {
      s += "<T>";
    } else if (types::isUntyped(t)) {
      if (types::isNumeric(t)) s += "number";
      else {
        std::string n = cast<types::Basic>(t)->name;
        s += n.substr(n.find(' ') + 1);
      }
    } else if (variadic && i + 1 == list.size() && llvm::isa<types::Slice>(t)) {
      s += "..." + str(cast<types::Slice>(t)->elem);
    } else {
      s += str(t);
    }
  }
  return s + ")";
}

void Checker::returnError(const Node* at, const std::vector<types::Var*>& lhs, const std::vector<Operand>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  std::string qualifier = "not enough";
  const Node* where = at;
  if (r > l) {
    where = rhs[l].expr;
    qualifier = "too many";
  } else if (r > 0) {
    where = rhs[r - 1].expr;
  }
  std::vector<Type*> have, want;
  for (const Operand& x : rhs) have.push_back(x.type);
  for (types::Var* v : lhs) want.push_back(v->type);
  std::string msg = qualifier + " return values\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, false);
  if (where == at) error(at->pos, msg);
  else errorAt(where, msg);
}

// Splits a multi-valued operand (a call with several results) into one operand per value.
static std::vector<Operand> unpack(Checker& c, Operand& x, bool allowCommaOk, size_t want) {
  std::vector<Operand> out;
  if (x.invalid()) {
    out.push_back(x);
    return out;
  }
  if (auto* tup = dyn_cast_or_null<types::Tuple>(x.type)) {
    for (types::Var* v : tup->vars) {
      Operand o;
      o.mode = Mode::Value;
      o.expr = x.expr;
      o.type = v->type;
      out.push_back(o);
    }
    return out;
  }
  if (allowCommaOk && want == 2 && (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex)) {
    Operand a = x;
    a.mode = Mode::Value;
    Operand b;
    b.mode = Mode::Value;
    b.expr = x.expr;
    b.type = c.basic(types::BasicKind::UntypedBool);
    out.push_back(a);
    out.push_back(b);
    // Record the comma-ok form as a tuple type (T, bool), as go/types does.
    auto* tup = c.ctx().newType<types::Tuple>();
    tup->vars.push_back(c.ctx().newObject<types::Var>("", Pos{}, x.type));
    tup->vars.push_back(c.ctx().newObject<types::Var>("", Pos{}, c.basic(types::BasicKind::Bool)));
    c.recordType(x.expr, Mode::CommaOk, tup);
    return out;
  }
  out.push_back(x);
  return out;
}

void Checker::initVars(const std::vector<types::Var*>& lhs, const std::vector<Expr*>& rhs, const Node* returnStmt) {
  Context context = returnStmt ? "return statement" : "assignment";
  size_t l = lhs.size(), r = rhs.size();
  bool isCall = r == 1 && isa<CallExpr>(unparen(rhs[0]));
  auto invalidateLhs = [&] {
    for (types::Var* v : lhs) {
      if (v->type == nullptr) v->type = invalidType();
    }
  };
  if (l == r && !isCall) {
    for (size_t i = 0; i < l; ++i) {
      Operand x;
      exprWithHint(x, rhs[i], lhs[i]->type);
      initVar(lhs[i], x, context);
    }
    return;
  }
  if (r != 1) {
    bool ok = true;
    std::vector<Operand> ops;
    for (const Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
      ops.push_back(x);
    }
    if (ok) {
      if (returnStmt) returnError(returnStmt, lhs, ops);
      else assignError(rhs, l, r);
    }
    invalidateLhs();
    return;
  }
  Operand x;
  multiExpr(x, rhs[0]);
  std::vector<Operand> ops = unpack(*this, x, returnStmt == nullptr, l);
  if (ops.size() == l) {
    for (size_t i = 0; i < l; ++i) initVar(lhs[i], ops[i], context);
    return;
  }
  if (!ops[0].invalid()) {
    if (returnStmt) returnError(returnStmt, lhs, ops);
    else assignError(rhs, l, ops.size());
  }
  invalidateLhs();
}

Type* Checker::lhsVar(const Expr* lhs) {
  const Expr* e = unparen(lhs);
  if (auto* n = dyn_cast<Name>(e); n && n->value == "_") {
    info_.defs[n] = nullptr;
    recordType(lhs, Mode::Variable, nullptr);
    return nullptr;
  }
  // Assigning to a variable is not a use of it: keep its `used` flag as it was.
  types::Var* v = nullptr;
  bool wasUsed = false;
  if (auto* n = dyn_cast<Name>(e)) {
    if (auto* obj = dyn_cast_or_null<types::Var>(scope_->lookupParent(n->value))) {
      v = obj;
      wasUsed = v->used;
    }
  }
  Operand x;
  expr(x, lhs);
  if (v) v->used = wasUsed;
  if (x.invalid()) return invalidType();
  switch (x.mode) {
  case Mode::Variable:
  case Mode::MapIndex: return x.type;
  default: break;
  }
  if (auto* sel = dyn_cast<SelectorExpr>(e)) {
    Operand op;
    expr(op, sel->x);
    if (op.mode == Mode::MapIndex) {
      errorAt(lhs, "cannot assign to struct field " + exprString(lhs) + " in map");
      return invalidType();
    }
  }
  errorAt(lhs, "cannot assign to " + exprString(lhs) + " (neither addressable nor a map index expression)");
  return invalidType();
}

void Checker::assignVar(const Expr* lhs, Operand& x, Context context) {
  Type* T = lhsVar(lhs);
  if (T != nullptr && types::isInvalid(T)) return;
  if (T == nullptr && std::string(context) == "assignment") context = "assignment to _ identifier";
  assignment(x, T, context);
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  bool isCall = r == 1 && isa<CallExpr>(unparen(rhs[0]));
  if (l == r && !isCall) {
    for (size_t i = 0; i < l; ++i) {
      // The lhs is evaluated first (its type is the hint for untyped composite literals).
      Type* T = lhsVar(lhs[i]);
      Operand x;
      exprWithHint(x, rhs[i], T && !types::isInvalid(T) ? T : nullptr);
      if (T != nullptr && types::isInvalid(T)) continue;
      assignment(x, T, T == nullptr ? "assignment to _ identifier" : "assignment");
    }
    return;
  }
  if (r != 1) {
    bool ok = true;
    for (const Expr* e : lhs) {
      if (isBlankName(e)) continue;
      if (Type* t = lhsVar(e); t && types::isInvalid(t)) ok = false;
    }
    for (const Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
    }
    if (ok) assignError(rhs, l, r);
    return;
  }
  Operand x;
  multiExpr(x, rhs[0]);
  std::vector<Operand> ops = unpack(*this, x, true, l);
  if (ops.size() == l) {
    for (size_t i = 0; i < l; ++i) assignVar(lhs[i], ops[i], "assignment");
    return;
  }
  if (!ops[0].invalid()) assignError(rhs, l, ops.size());
  for (const Expr* e : lhs) {
    if (!isBlankName(e)) lhsVar(e);
  }
}

void Checker::shortVarDecl(const AssignStmt* s) {
  std::vector<types::Var*> lhsVars;
  std::vector<std::pair<const Name*, types::Var*>> newVars;
  bool hasErr = false;
  llvm::StringSet<> seen;
  for (const Expr* lhs : s->lhs) {
    auto* ident = dyn_cast<Name>(lhs);
    if (ident == nullptr) {
      errorAt(lhs, "non-name " + exprString(lhs) + " on left side of :=");
      lhsVars.push_back(ctx_.newObject<types::Var>("_", lhs->pos, nullptr));
      hasErr = true;
      continue;
    }
    const std::string& name = ident->value;
    if (name != "_" && !seen.insert(name).second) {
      errorAt(lhs, name + " repeated on left side of :=");
      lhsVars.push_back(ctx_.newObject<types::Var>("_", lhs->pos, nullptr));
      hasErr = true;
      continue;
    }
    if (name != "_") {
      if (types::Object* alt = scope_->lookupLocal(name)) {
        info_.uses[ident] = alt;
        if (auto* v = dyn_cast<types::Var>(alt)) {
          lhsVars.push_back(v);
        } else {
          errorAt(lhs, "cannot assign to " + name);
          lhsVars.push_back(ctx_.newObject<types::Var>("_", lhs->pos, nullptr));
          hasErr = true;
        }
        continue;
      }
    }
    auto* v = ctx_.newObject<types::Var>(name, ident->pos, nullptr);
    v->pkg = pkg_;
    lhsVars.push_back(v);
    info_.defs[ident] = v;
    if (name != "_") newVars.push_back({ident, v});
  }
  // Redeclared variables keep their `used` state: assigning is not using.
  std::vector<bool> wasUsed;
  for (types::Var* v : lhsVars) wasUsed.push_back(v->used);
  initVars(lhsVars, s->rhs, nullptr);
  for (size_t i = 0; i < lhsVars.size(); ++i) lhsVars[i]->used = wasUsed[i];
  if (newVars.empty() && !hasErr) error(s->pos, "no new variables on left side of :=");
  for (auto& [ident, v] : newVars) {
    if (v->type == nullptr) v->type = invalidType();
    scope_->insert(v);
    if (fn_) fn_->locals.push_back(v);
  }
}

} // namespace goxx::check
