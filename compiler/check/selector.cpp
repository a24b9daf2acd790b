// Selectors x.f (go/types' selector in call.go): qualified identifiers pkg.Name, struct fields and
// methods (promoted through embedded fields), and method expressions T.m.
#include "check/checker.h"

#include <cctype>

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {

// A method's type as a value: its signature without the receiver.
types::Signature* withoutRecv(types::TypeContext& ctx, types::Signature* sig) {
  auto* s = ctx.newType<types::Signature>(sig->params, sig->results);
  s->variadic = sig->variadic;
  return s;
}

} // namespace

void Checker::selector(Operand& x, const SelectorExpr* e, bool wantType) {
  (void)wantType;
  const std::string& sel = e->sel->value;
  x.expr = e;
  // Qualified identifier?
  if (auto* n = dyn_cast<Name>(e->x)) {
    if (auto* pn = dyn_cast_or_null<types::PkgName>(scope_->lookupParent(n->value))) {
      pn->used = true;
      info_.uses[n] = pn;
      types::Package* imp = pn->imported;
      if (imp->fake) {
        x.setInvalid();
        return;
      }
      types::Object* exp = imp->scope->lookupLocal(sel);
      if (exp == nullptr) {
        errorAt(e->sel, "undefined: " + exprString(e));
        x.setInvalid();
        return;
      }
      if (!exp->exported()) {
        errorAt(e->sel, "name " + sel + " not exported by package " + imp->name);
      }
      info_.uses[e->sel] = exp;
      switch (exp->objKind) {
      case types::ObjectKind::Const: {
        auto* k = cast<types::Const>(exp);
        x.mode = Mode::Constant;
        x.type = k->type;
        x.val = k->value;
        break;
      }
      case types::ObjectKind::TypeName: x.mode = Mode::TypeExpr; x.type = exp->type; break;
      case types::ObjectKind::Var: x.mode = Mode::Variable; x.type = exp->type; break;
      case types::ObjectKind::Func: x.mode = Mode::Value; x.type = exp->type; break;
      default: x.setInvalid(); return;
      }
      if (x.type == nullptr || types::isInvalid(x.type)) x.setInvalid();
      return;
    }
  }
  exprOrType(x, e->x);
  if (x.invalid()) {
    x.expr = e;
    return;
  }
  if (x.mode == Mode::Builtin) {
    errorAt(e->x, str(x) + " must be called");
    x.setInvalid();
    return;
  }
  Type* T = x.type;
  bool isTypeExpr = x.mode == Mode::TypeExpr;
  types::LookupResult r = types::lookupFieldOrMethod(T, x.mode == Mode::Variable, pkg_, sel);
  if (r.obj == nullptr || (isTypeExpr && !isa<types::Func>(r.obj))) {
    if (isInvalid(types::underlying(T))) {
      x.setInvalid();
      return;
    }
    std::string why;
    if (r.ambiguous) {
      errorAt(e->sel, "ambiguous selector " + exprString(e));
      x.setInvalid();
      x.expr = e;
      return;
    }
    if (auto* p = dyn_cast<types::Pointer>(T); p && types::isInterface(p->elem)) {
      why = "type " + str(T) + " is pointer to interface, not interface";
    } else if (isTypeExpr) {
      why = "type " + str(T) + " has no method " + sel;
    } else {
      why = "type " + str(T) + " has no field or method " + sel;
      if (!sel.empty()) {
        std::string changed = sel;
        changed[0] = std::isupper(static_cast<unsigned char>(sel[0])) ? static_cast<char>(std::tolower(sel[0]))
                                                                       : static_cast<char>(std::toupper(sel[0]));
        if (types::lookupFieldOrMethod(T, x.mode == Mode::Variable, pkg_, changed).obj != nullptr) {
          why += ", but does have " + changed;
        }
      }
    }
    errorAt(e->sel, exprString(e) + " undefined (" + why + ")");
    x.setInvalid();
    x.expr = e;
    return;
  }
  info_.uses[e->sel] = r.obj;
  Selection selection;
  selection.recv = T;
  selection.obj = r.obj;
  selection.index = r.index;
  selection.indirect = r.indirect;
  if (isTypeExpr) {
    // Method expression T.m: a function whose first parameter is the receiver.
    auto* m = cast<types::Func>(r.obj);
    auto* sig = cast<types::Signature>(m->type);
    if (m->hasPtrRecv && !isa<types::Pointer>(T) && !r.indirect) {
      errorAt(e, "invalid method expression " + exprString(e) + " (needs pointer receiver (*" + str(T) + ")." + sel + ")");
      x.setInvalid();
      return;
    }
    auto* params = ctx_.newType<types::Tuple>();
    params->vars.push_back(ctx_.newObject<types::Var>("", Pos{}, T));
    for (types::Var* v : sig->params->vars) params->vars.push_back(v);
    auto* fsig = ctx_.newType<types::Signature>(params, sig->results);
    fsig->variadic = sig->variadic;
    selection.kind = Selection::Kind::MethodExpr;
    info_.selections[e] = selection;
    use(m);
    x.mode = Mode::Value;
    x.type = fsig;
    x.expr = e;
    return;
  }
  if (auto* f = dyn_cast<types::Var>(r.obj)) {
    selection.kind = Selection::Kind::FieldVal;
    info_.selections[e] = selection;
    x.mode = (x.mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
    x.type = f->type;
    x.expr = e;
    return;
  }
  auto* m = cast<types::Func>(r.obj);
  if (r.needsAddressable) {
    errorAt(e->sel, "cannot call pointer method " + sel + " on " + str(T));
    x.setInvalid();
    x.expr = e;
    return;
  }
  selection.kind = Selection::Kind::MethodVal;
  info_.selections[e] = selection;
  use(m);
  x.mode = Mode::Value;
  x.type = m->type ? withoutRecv(ctx_, cast<types::Signature>(m->type)) : nullptr;
  if (x.type == nullptr) x.setInvalid();
  x.expr = e;
}

} // namespace goxx::check
