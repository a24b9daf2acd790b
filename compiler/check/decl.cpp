// Declarations: resolving package-level objects on demand (with cycle detection), and local
// const/var/type declarations inside function bodies.
//
// Invariant (objDecl): an object is White (not started), Grey (being resolved: it is on objPath_) or
// Black (done). Reaching a Grey object means a declaration refers to itself; for named types that is
// fine (the Named exists before its underlying type is computed), for constants and variables it is
// an initialization cycle.
#include "check/checker.h"

#include <llvm/ADT/SmallPtrSet.h>

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

void Checker::packageObjects() {
  // Types first, so that method sets and underlying types are known when values are checked.
  for (types::Object* obj : pkgObjects_) {
    if (isa<types::TypeName>(obj)) objDecl(obj);
  }
  for (types::Object* obj : pkgObjects_) {
    if (!isa<types::TypeName>(obj)) objDecl(obj);
  }
  for (auto& [fd, fn] : methodDecls_) objDecl(fn);
}

void Checker::objDecl(types::Object* obj) {
  Color& c = color_[obj];
  if (c == Color::Black) return;
  if (c == Color::Grey) {
    if (isa<types::Const>(obj) || isa<types::Var>(obj)) {
      if (obj->type == nullptr) {
        obj->type = invalidType();
        error(obj->pos, "initialization cycle: " + obj->name + " refers to itself");
      }
    } else if (auto* tn = dyn_cast<types::TypeName>(obj); tn && tn->type == nullptr) {
      tn->type = invalidType();
      error(obj->pos, "invalid recursive type: " + obj->name + " refers to itself");
    }
    return;
  }
  DeclInfo* d = objMap_.lookup(obj);
  if (d == nullptr) return; // universe or imported object
  c = Color::Grey;
  objPath_.push_back(obj);
  // Save the context of whatever referred to this object: declarations are checked in the file
  // scope of their own file.
  types::Scope* savedScope = scope_;
  DeclInfo* savedDecl = decl_;
  FuncContext* savedFn = fn_;
  auto savedIota = iota_;
  scope_ = d->fileScope;
  decl_ = d;
  fn_ = nullptr;
  iota_.reset();

  if (auto* k = dyn_cast<types::Const>(obj)) {
    const ConstDecl* cd = d->constDecl;
    const ConstDecl* src = cd->implicitFrom ? cd->implicitFrom : cd;
    const Expr* init = d->constIndex < src->values.size() ? src->values[d->constIndex] : nullptr;
    constDecl(k, src->type, init, cd->iota);
  } else if (auto* v = dyn_cast<types::Var>(obj)) {
    const VarDecl* vd = d->varDecl;
    std::vector<Expr*> values = vd->values;
    if (d->lhs.size() == 1 && vd->values.size() == vd->names.size()) {
      // One of `var a, b = 1, 2`: only its own initializer.
      for (size_t i = 0; i < vd->names.size(); ++i) {
        if (vd->names[i]->pos == v->pos) values = {vd->values[i]};
      }
    }
    varDecl(v, d->lhs, vd->type, values);
    // All variables of an n:1 declaration are done together.
    for (types::Var* other : d->lhs) color_[other] = Color::Black;
  } else if (auto* tn = dyn_cast<types::TypeName>(obj)) {
    typeDecl(tn, d->typeDecl);
  } else if (auto* f = dyn_cast<types::Func>(obj)) {
    funcDecl(f, d->funcDecl);
  }

  scope_ = savedScope;
  decl_ = savedDecl;
  fn_ = savedFn;
  iota_ = savedIota;
  objPath_.pop_back();
  color_[obj] = Color::Black;
}

void Checker::constDecl(types::Const* obj, const Expr* typ, const Expr* init, uint32_t iota) {
  iota_ = constant::Value::makeInt64(iota);
  types::Type* t = nullptr;
  if (typ != nullptr) {
    t = typExpr(typ);
    if (!types::isInvalid(t) && !types::isConstType(t)) {
      errorAt(typ, "invalid constant type " + str(t));
      obj->type = invalidType();
      iota_.reset();
      return;
    }
  }
  Operand x;
  if (init != nullptr) {
    exprWithHint(x, init, nullptr);
  }
  if (t != nullptr && !x.invalid()) assignment(x, t, "constant declaration");
  initConst(obj, x);
  if (t != nullptr && types::isInvalid(obj->type) == false && x.invalid()) obj->type = t;
  iota_.reset();
}

void Checker::varDecl(types::Var* obj, const std::vector<types::Var*>& lhs, const Expr* typ,
                      const std::vector<Expr*>& values) {
  types::Type* t = nullptr;
  if (typ != nullptr) {
    t = typExpr(typ);
    validateVarType(typ, t);
    for (types::Var* v : lhs) v->type = t;
    if (lhs.empty()) obj->type = t;
  }
  if (values.empty()) {
    if (t == nullptr) obj->type = invalidType();
    return;
  }
  if (lhs.size() <= 1 && values.size() == 1) {
    Operand x;
    exprWithHint(x, values[0], t);
    initVar(obj, x, "variable declaration");
    return;
  }
  initVars(lhs, values, nullptr);
}

namespace {

// Whether `t` contains `target` by value (through arrays and struct fields, not through pointers,
// slices, maps, channels or functions): such a type would have infinite size. `path` receives the
// named types on the way (empty when target contains itself directly).
bool containsByValue(types::Type* t, types::Named* target, llvm::SmallPtrSetImpl<types::Named*>& seen,
                     std::vector<types::Named*>& path) {
  if (auto* n = dyn_cast<types::Named>(t)) {
    if (n == target) return true;
    if (!seen.insert(n).second) return false;
    path.push_back(n);
    bool found = n->underlying && containsByValue(n->underlying, target, seen, path);
    if (!found) path.pop_back();
    return found;
  }
  if (auto* a = dyn_cast<types::Array>(t)) return containsByValue(a->elem, target, seen, path);
  if (auto* s = dyn_cast<types::Struct>(t)) {
    for (types::Var* f : s->fields) {
      if (f->type && containsByValue(f->type, target, seen, path)) return true;
    }
  }
  return false;
}

} // namespace

void Checker::typeDecl(types::TypeName* obj, const TypeDecl* d) {
  types::Scope* savedScope = scope_;
  if (!d->typeParams.empty()) {
    // Refused once here; the type is invalid, so every use (instantiations, methods) stays silent.
    scope_ = ctx_.newScope(scope_, types::Scope::Kind::Block);
    refuseTypeParams(d->typeParams, false, scope_);
    if (auto* n = dyn_cast_or_null<types::Named>(obj->type)) n->underlying = invalidType();
    obj->type = invalidType();
    scope_ = savedScope;
    return;
  }
  struct RestoreScope {
    types::Scope*& s;
    types::Scope* saved;
    ~RestoreScope() { s = saved; }
  } restore{scope_, savedScope};
  if (d->alias) {
    obj->isAlias = true;
    obj->type = invalidType(); // until resolved: a self-reference is invalid
    obj->type = typExpr(d->type);
    return;
  }
  auto* named = dyn_cast_or_null<types::Named>(obj->type);
  if (named == nullptr) {
    named = ctx_.newType<types::Named>(obj);
    obj->type = named;
  }
  types::Type* rhs = definedType(d->type, named);
  types::Type* u = types::underlying(rhs);
  if (u == nullptr) {
    // `type A B; type B A`: B's underlying type is not known while A is being resolved.
    errorAt(d->name, "invalid recursive type " + obj->name);
    u = invalidType();
  }
  named->underlying = u;
  llvm::SmallPtrSet<types::Named*, 8> seen;
  std::vector<types::Named*> path;
  if (containsByValue(u, named, seen, path)) {
    // types2's wording: a direct self-reference, or the cycle spelled out.
    if (path.empty()) {
      error(obj->pos, "invalid recursive type: " + obj->name + " refers to itself");
    } else {
      std::string msg = "invalid recursive type " + obj->name;
      std::string prev = obj->name;
      for (types::Named* n : path) {
        msg += "\n\t" + posString(n->obj->pos) + ": " + prev + " refers to " + n->obj->name;
        prev = n->obj->name;
      }
      msg += "\n\t" + posString(obj->pos) + ": " + prev + " refers to " + obj->name;
      error(obj->pos, msg);
    }
    named->underlying = invalidType();
  }
  // A field and a method with the same name (spec: "the method set of a type ... unique").
  if (auto* st = dyn_cast<types::Struct>(named->underlying)) {
    for (types::Func* m : named->methods) {
      for (types::Var* f : st->fields) {
        if (f->name == m->name) {
          error(m->pos, "field and method with the same name " + m->name + "\n\t" + posString(f->pos) +
                            ": other declaration of " + m->name);
        }
      }
    }
  }
}

bool Checker::refuseTypeParams(const std::vector<Field*>& tparams, bool isFunc, types::Scope* scope) {
  if (tparams.empty()) return false;
  error(tparams[0]->pos, isFunc ? "generic functions are not supported by goxx yet"
                                : "generic types are not supported by goxx yet");
  for (const Field* f : tparams) {
    if (f->name == nullptr) continue;
    auto* tn = ctx_.newObject<types::TypeName>(f->name->value, f->name->pos);
    tn->type = invalidType();
    tn->pkg = pkg_;
    declare(scope, f->name, tn);
  }
  return true;
}

void Checker::funcDecl(types::Func* obj, const FuncDecl* d) {
  // Parameter types are resolved in the enclosing scope (plus refused type parameters); the
  // parameters themselves are declared in the function scope, visible only in the body.
  types::Scope* savedScope = scope_;
  if (!d->typeParams.empty()) {
    scope_ = ctx_.newScope(scope_, types::Scope::Kind::Block);
    refuseTypeParams(d->typeParams, true, scope_);
  }
  if (d->recv != nullptr) {
    // func (s *Stack[T]) ...: the generic type was refused already; T is declared (as invalid) so
    // that the method's signature and body stay quiet.
    const Expr* rt = d->recv->type;
    while (true) {
      if (auto* p = dyn_cast<ParenExpr>(rt)) rt = p->x;
      else if (auto* op = dyn_cast<Operation>(rt); op && op->isUnary() && op->op == Operator::Mul) rt = op->x;
      else break;
    }
    if (auto* ix = dyn_cast<IndexExpr>(rt)) {
      scope_ = ctx_.newScope(scope_, types::Scope::Kind::Block);
      for (const Expr* e : ix->index) {
        if (auto* n = dyn_cast<Name>(e); n && n->value != "_") {
          auto* tn = ctx_.newObject<types::TypeName>(n->value, n->pos);
          tn->type = invalidType();
          tn->pkg = pkg_;
          declare(scope_, n, tn);
        }
      }
    }
  }
  types::Scope* fscope = ctx_.newScope(scope_, types::Scope::Kind::Function);
  info_.scopes[d->type] = fscope;
  std::vector<types::Var*> params;
  types::Signature* sig = funcType(d->type, d->recv, fscope, &params);
  scope_ = savedScope;
  obj->type = sig;
  if (sig->recv != nullptr) {
    types::Type* rt = sig->recv->type;
    bool ptr = false;
    if (auto* p = dyn_cast_or_null<types::Pointer>(rt)) {
      rt = p->elem;
      ptr = true;
    }
    obj->hasPtrRecv = ptr;
    if (!types::isInvalid(rt)) {
      auto* named = dyn_cast<types::Named>(rt);
      std::string why;
      if (named == nullptr) {
        if (isa<types::Basic>(rt)) why = "cannot define new methods on non-local type " + str(rt);
        else why = "invalid receiver type " + str(sig->recv->type);
      } else if (named->obj->pkg != pkg_) {
        why = "cannot define new methods on non-local type " + str(rt);
      } else if (isa<types::Pointer>(named->underlying) || isa<types::Interface>(named->underlying)) {
        why = "invalid receiver type " + str(rt) +
              (isa<types::Pointer>(named->underlying) ? " (pointer or interface type)" : " (pointer or interface type)");
      }
      if (!why.empty()) errorAt(d->recv->type, why);
    }
  }
  bodies_.push_back({obj, sig, d, fscope, std::move(params)});
  // A refused generic function is invalid as a value: its uses stay silent. (Its body is still
  // checked, so imports it uses count as used.)
  if (!d->typeParams.empty()) obj->type = invalidType();
}

// Local declarations. Scope rule (spec): a constant's or variable's scope begins after its spec, a
// type's at its identifier (so local types may refer to themselves).
void Checker::declStmt(const DeclStmt* s) {
  for (const Decl* decl : s->decls) {
    if (auto* cd = dyn_cast<ConstDecl>(decl)) {
      const ConstDecl* src = cd->implicitFrom ? cd->implicitFrom : cd;
      std::vector<types::Const*> objs;
      for (size_t i = 0; i < cd->names.size(); ++i) {
        auto* k = ctx_.newObject<types::Const>(cd->names[i]->value, cd->names[i]->pos);
        k->pkg = pkg_;
        const Expr* init = i < src->values.size() ? src->values[i] : nullptr;
        constDecl(k, src->type, init, cd->iota);
        objs.push_back(k);
      }
      if (!cd->implicitFrom && src->values.size() > cd->names.size()) errorAt(src->values[cd->names.size()], "extra init expr");
      else if (!src->values.empty() && src->values.size() < cd->names.size())
        error(cd->names[src->values.size()]->pos, "missing init expr for const declaration");
      for (size_t i = 0; i < objs.size(); ++i) declareLocal(cd->names[i], objs[i]);
    } else if (auto* vd = dyn_cast<VarDecl>(decl)) {
      std::vector<types::Var*> lhs;
      for (const Name* n : vd->names) {
        auto* v = ctx_.newObject<types::Var>(n->value, n->pos, nullptr);
        v->pkg = pkg_;
        lhs.push_back(v);
      }
      if (vd->values.size() == vd->names.size() && !vd->values.empty()) {
        types::Type* t = vd->type ? typExpr(vd->type) : nullptr;
        if (vd->type) validateVarType(vd->type, t);
        for (size_t i = 0; i < lhs.size(); ++i) {
          if (t) lhs[i]->type = t;
          Operand x;
          exprWithHint(x, vd->values[i], t);
          initVar(lhs[i], x, "variable declaration");
        }
      } else {
        varDecl(lhs.empty() ? nullptr : lhs[0], lhs, vd->type, vd->values);
      }
      for (size_t i = 0; i < lhs.size(); ++i) {
        if (lhs[i]->type == nullptr) lhs[i]->type = invalidType();
        if (declareLocal(vd->names[i], lhs[i]) && fn_) fn_->locals.push_back(lhs[i]);
      }
    } else if (auto* td = dyn_cast<TypeDecl>(decl)) {
      auto* tn = ctx_.newObject<types::TypeName>(td->name->value, td->name->pos);
      tn->pkg = pkg_;
      declareLocal(td->name, tn);
      typeDecl(tn, td);
    }
  }
}

} // namespace goxx::check
