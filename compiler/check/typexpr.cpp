// Type expressions -> types::Type (go/types' typexpr.go). Every type expression's type is recorded
// in TypeInfo::types with Mode::TypeExpr.
#include "check/checker.h"

#include "syntax/literal_value.h"

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

Type* Checker::typExpr(const Expr* e) { return definedType(e, nullptr); }

Type* Checker::definedType(const Expr* e, types::Named* def) {
  Type* t = typInternal(e, def);
  if (t == nullptr) t = invalidType();
  recordType(e, Mode::TypeExpr, t);
  return t;
}

void Checker::validateVarType(const Expr* e, Type* t) {
  if (auto* n = dyn_cast_or_null<types::Named>(t); n && n->obj->name == "comparable" && n->obj->pkg == nullptr) {
    errorAt(e, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable");
  }
}

Type* Checker::typInternal(const Expr* e, types::Named* def) {
  switch (e->kind) {
  case NodeKind::BadExpr: return invalidType();
  case NodeKind::Name:
  case NodeKind::SelectorExpr: {
    Operand x;
    if (auto* n = dyn_cast<Name>(e)) ident(x, n, true);
    else selector(x, cast<SelectorExpr>(e), true);
    switch (x.mode) {
    case Mode::TypeExpr: return x.type;
    case Mode::Invalid: return invalidType();
    case Mode::NoValue: errorAt(e, exprString(e) + " used as type"); return invalidType();
    default: errorAt(e, exprString(e) + " is not a type"); return invalidType();
    }
  }
  case NodeKind::IndexExpr: {
    // Instantiation G[T]: silent if G is a refused generic type (already reported). A generic type of
    // a bundled package (atomic.Pointer[T]) is not in its stubs: refuse the instantiation itself.
    if (auto* sel = dyn_cast<SelectorExpr>(cast<IndexExpr>(e)->x)) {
      if (auto* n = dyn_cast<Name>(sel->x)) {
        if (auto* pn = dyn_cast_or_null<types::PkgName>(scope_->lookupParent(n->value));
            pn && !pn->imported->fake && pn->imported->scope->lookupLocal(sel->sel->value) == nullptr) {
          pn->used = true;
          errorAt(e, "generic type instantiation is not supported by goxx yet");
          return invalidType();
        }
      }
    }
    Operand g;
    exprOrType(g, cast<IndexExpr>(e)->x);
    if (!g.invalid()) errorAt(e, "generic type instantiation is not supported by goxx yet");
    return invalidType();
  }
  case NodeKind::ParenExpr: return definedType(cast<ParenExpr>(e)->x, def);
  case NodeKind::ArrayType: {
    auto* a = cast<ArrayType>(e);
    if (a->len == nullptr) {
      errorAt(e, "invalid use of [...] array (outside a composite literal)");
      typExpr(a->elem);
      return invalidType();
    }
    int64_t n = arrayLength(a->len);
    Type* elem = typExpr(a->elem);
    return ctx_.newType<types::Array>(elem, n);
  }
  case NodeKind::SliceType: {
    Type* elem = typExpr(cast<SliceType>(e)->elem);
    return types::isInvalid(elem) ? elem : ctx_.newType<types::Slice>(elem);
  }
  case NodeKind::DotsType:
    errorAt(e, "invalid use of ...");
    return invalidType();
  case NodeKind::StructType: return structType(cast<StructType>(e));
  case NodeKind::FuncType: {
    types::Scope* s = ctx_.newScope(scope_, types::Scope::Kind::Function);
    return funcType(cast<FuncType>(e), nullptr, s, nullptr);
  }
  case NodeKind::InterfaceType: return interfaceType(cast<InterfaceType>(e), def);
  case NodeKind::MapType: {
    auto* m = cast<MapType>(e);
    Type* key = typExpr(m->key);
    Type* elem = typExpr(m->value);
    // The key's underlying type may not be known yet (type T map[T]int is invalid, but
    // type T struct{ m map[*T]int } is fine): check comparability once declarations are resolved.
    const Expr* keyExpr = m->key;
    later_.push_back([this, key, keyExpr] {
      if (types::isInvalid(key) || types::comparable(key)) return;
      errorAt(keyExpr, "invalid map key type " + str(key));
    });
    return ctx_.newType<types::Map>(key, elem);
  }
  case NodeKind::ChanType: {
    auto* c = cast<ChanType>(e);
    types::ChanDir dir = c->dir == ChanDir::Both       ? types::ChanDir::Both
                         : c->dir == ChanDir::SendOnly ? types::ChanDir::SendOnly
                                                       : types::ChanDir::RecvOnly;
    return ctx_.newType<types::Chan>(dir, typExpr(c->elem));
  }
  case NodeKind::Operation: {
    auto* op = cast<Operation>(e);
    if (op->isUnary() && op->op == Operator::Mul) {
      Type* elem = typExpr(op->x);
      return types::isInvalid(elem) ? elem : ctx_.newType<types::Pointer>(elem);
    }
    break;
  }
  default: break;
  }
  // Not a type expression: check it as an expression, so that the message names what it is.
  Operand x;
  rawExpr(x, e, nullptr);
  if (x.mode == Mode::TypeExpr) return x.type;
  if (!x.invalid()) errorAt(e, exprString(e) + " is not a type");
  return invalidType();
}

int64_t Checker::arrayLength(const Expr* e) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != Mode::Constant) {
    errorAt(e, "array length " + str(x) + " must be constant");
    return -1;
  }
  if (types::isUntyped(x.type) || types::isInteger(x.type)) {
    if (auto iv = x.val.toInt()) {
      if (!iv->isNegative() && iv->int64Val()) {
        if (types::isUntyped(x.type)) convertUntyped(x, basic(types::BasicKind::Int));
        return *iv->int64Val();
      }
      errorAt(e, "invalid array length " + exprString(e));
      return -1;
    }
  }
  errorAt(e, "array length " + str(x) + " must be integer");
  return -1;
}

types::Tuple* Checker::collectParams(const std::vector<Field*>& fields, bool variadicOk, bool* variadic,
                                     types::Scope* scope, std::vector<types::Var*>* declared) {
  auto* tuple = ctx_.newType<types::Tuple>();
  const Expr* prevTypeExpr = nullptr;
  Type* prevType = nullptr;
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field* f = fields[i];
    const Expr* te = f->type;
    Type* t;
    if (te == prevTypeExpr && prevType != nullptr) {
      t = prevType; // `a, b int` share one type expression
    } else if (auto* dots = dyn_cast<DotsType>(te)) {
      Type* elem = typExpr(dots->elem);
      t = ctx_.newType<types::Slice>(elem);
      recordType(te, Mode::TypeExpr, t);
      if (!variadicOk || i + 1 != fields.size()) {
        errorAt(te, "can only use ... with final parameter in list");
      } else if (variadic) {
        *variadic = true;
      }
    } else {
      t = typExpr(te);
      validateVarType(te, t);
    }
    prevTypeExpr = te;
    prevType = t;
    std::string name = f->name ? f->name->value : "";
    auto* v = ctx_.newObject<types::Var>(name, f->name ? f->name->pos : f->pos, t);
    v->isParam = true;
    v->pkg = pkg_;
    v->used = true; // parameters are never "declared and not used"
    tuple->vars.push_back(v);
    if (f->name) {
      if (scope) declare(scope, f->name, v);
      else info_.defs[f->name] = v;
      if (declared) declared->push_back(v);
    }
  }
  return tuple;
}

types::Signature* Checker::funcType(const FuncType* ft, const Field* recv, types::Scope* scope,
                                    std::vector<types::Var*>* declared) {
  types::Var* recvVar = nullptr;
  if (recv != nullptr) {
    types::Tuple* r = collectParams({const_cast<Field*>(recv)}, false, nullptr, scope, declared);
    recvVar = r->vars[0];
  }
  bool variadic = false;
  types::Tuple* params = collectParams(ft->params, true, &variadic, scope, declared);
  types::Tuple* results = collectParams(ft->results, false, nullptr, scope, declared);
  auto* sig = ctx_.newType<types::Signature>(params, results);
  sig->recv = recvVar;
  sig->variadic = variadic;
  recordType(ft, Mode::TypeExpr, sig);
  return sig;
}

namespace {

// The name of an embedded field: T for T, *T, pkg.T and *pkg.T.
const Name* embeddedFieldName(const Expr* e) {
  while (true) {
    if (auto* p = dyn_cast<ParenExpr>(e)) e = p->x;
    else if (auto* op = dyn_cast<Operation>(e); op && op->isUnary() && op->op == Operator::Mul) e = op->x;
    else break;
  }
  if (auto* n = dyn_cast<Name>(e)) return n;
  if (auto* s = dyn_cast<SelectorExpr>(e)) return s->sel;
  return nullptr;
}

} // namespace

Type* Checker::structType(const StructType* st) {
  auto* s = ctx_.newType<types::Struct>();
  llvm::StringMap<types::Var*> seen;
  const Expr* prevTypeExpr = nullptr;
  Type* prevType = nullptr;
  for (const Field* f : st->fields) {
    Type* t = (f->type == prevTypeExpr && prevType) ? prevType : typExpr(f->type);
    validateVarType(f->type, t);
    prevTypeExpr = f->type;
    prevType = t;
    std::string name;
    Pos pos = f->pos;
    bool embedded = f->name == nullptr;
    if (embedded) {
      const Name* n = embeddedFieldName(f->type);
      name = n ? n->value : "_";
      pos = n ? n->pos : f->pos;
      // Embedded type rules: T or *T where T is not a pointer; *I with I an interface is invalid.
      Type* base = t;
      if (auto* p = dyn_cast<types::Pointer>(t)) {
        base = p->elem;
        if (isa_and_nonnull<types::Pointer>(types::underlying(base)) && !isa<types::Named>(base)) {
          errorAt(f->type, "embedded field type cannot be a pointer");
        } else if (types::isInterface(base)) {
          errorAt(f->type, "embedded field type cannot be a pointer to an interface");
        }
      }
    } else {
      name = f->name->value;
      pos = f->name->pos;
    }
    auto* v = ctx_.newObject<types::Var>(name, pos, t);
    v->isField = true;
    v->embedded = embedded;
    v->pkg = pkg_;
    if (f->name) info_.defs[f->name] = v;
    if (name != "_") {
      auto [it, inserted] = seen.try_emplace(name, v);
      if (!inserted) {
        error(pos, name + " redeclared\n\t" + posString(it->second->pos) + ": other declaration of " + name);
      }
    }
    s->fields.push_back(v);
    s->tags.push_back(f->tag ? decodeStringLit(f->tag->value) : std::string());
  }
  return s;
}

Type* Checker::interfaceType(const InterfaceType* it, types::Named* def) {
  auto* iface = ctx_.newType<types::Interface>();
  Type* recvType = def ? static_cast<Type*>(def) : iface;
  llvm::StringMap<types::Func*> seen;
  for (const Field* f : it->elems) {
    if (f->name != nullptr) {
      auto* ft = dyn_cast<FuncType>(f->type);
      if (ft == nullptr) continue;
      types::Scope* s = ctx_.newScope(scope_, types::Scope::Kind::Function);
      types::Signature* sig = funcType(ft, nullptr, s, nullptr);
      sig->recv = ctx_.newObject<types::Var>("", f->name->pos, recvType);
      auto* m = ctx_.newObject<types::Func>(f->name->value, f->name->pos);
      m->type = sig;
      m->pkg = pkg_;
      m->isInterfaceMethod = true;
      info_.defs[f->name] = m;
      if (m->name == "_") {
        error(f->name->pos, "methods must have a unique non-blank name");
        continue;
      }
      auto [entry, inserted] = seen.try_emplace(m->name, m);
      if (!inserted) {
        error(m->pos, "duplicate method " + m->name + "\n\t" + posString(entry->second->pos) +
                          ": other declaration of method " + m->name);
        continue;
      }
      iface->methods.push_back(m);
      continue;
    }
    // Embedded element: an interface type, or a type-set element (~T, A|B, non-interface T), which
    // only constraints may use — and goxx has no generics.
    if (auto* op = dyn_cast<Operation>(f->type); op && (op->op == Operator::Tilde || op->op == Operator::Or)) {
      error(it->pos, "type constraints (~T and unions in interfaces) are not supported by goxx yet");
      continue;
    }
    Type* t = typExpr(f->type);
    if (types::isInvalid(t)) continue;
    const Expr* te = f->type;
    // Whether t is an interface can only be decided once declarations are resolved.
    later_.push_back([this, t, te] {
      Type* u = types::underlying(t);
      if (u == nullptr || types::isInvalid(u) || isa<types::Interface>(u)) return;
      errorAt(te, "type constraints (non-interface types in interfaces) are not supported by goxx yet");
    });
    iface->embeddeds.push_back(t);
  }
  return iface;
}

} // namespace goxx::check
