// Expressions: names, operators, selectors, index and slice expressions, assertions, conversions to
// interfaces, equality, addresses and lvalues.
#include "emit/emitter.h"

#include "types/lookup.h"
#include "types/predicates.h"
#include "types/scope.h"

#include <llvm/Support/Casting.h>

namespace goxx::emit {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

static const Expr* unparen(const Expr* e) {
  while (auto* p = dyn_cast<ParenExpr>(e)) e = p->x;
  return e;
}

std::string Emitter::expr(const Expr* e) {
  if (const check::TypeAndValue* k = tv(e); k != nullptr && k->mode == check::Mode::Constant)
    return constantExpr(k->value, k->type);
  switch (e->kind) {
  case NodeKind::ParenExpr: return "(" + expr(cast<ParenExpr>(e)->x) + ")";
  case NodeKind::Name: {
    auto* n = cast<Name>(e);
    types::Object* o = objectOf(n);
    if (o == nullptr) return "/*?*/";
    if (auto* v = dyn_cast<types::Var>(o)) return varRef(v);
    if (llvm::isa<types::Nil>(o)) {
      types::Type* t = typeOf(e);
      if (t == nullptr || types::isUntyped(t)) return "nullptr";
      return zeroValue(t);
    }
    if (llvm::isa<types::Func>(o)) return funcValue(e);
    unsupported(e, "this name as a value");
    return "";
  }
  case NodeKind::FuncLit: return funcLit(cast<FuncLit>(e));
  case NodeKind::CompositeLit: return compositeLit(cast<CompositeLit>(e), typeOf(e));
  case NodeKind::SelectorExpr: return selector(cast<SelectorExpr>(e));
  case NodeKind::IndexExpr: return index(cast<IndexExpr>(e));
  case NodeKind::SliceExpr: return sliceExpr(cast<SliceExpr>(e));
  case NodeKind::AssertExpr: return assertion(cast<AssertExpr>(e));
  case NodeKind::CallExpr: return callExpr(cast<CallExpr>(e));
  case NodeKind::Operation: {
    auto* op = cast<Operation>(e);
    return op->isUnary() ? unary(op) : binary(op);
  }
  case NodeKind::KeyValueExpr: unsupported(e, "a key-value expression here"); return "";
  default: unsupported(e, "this expression"); return "";
  }
}

std::string Emitter::exprAs(const Expr* e, types::Type* target) {
  const check::TypeAndValue* k = tv(e);
  if (k != nullptr && k->mode == check::Mode::Constant) {
    // A typed constant keeps its type when boxed into an interface (int8(3) is an int8 in an any).
    if (target != nullptr && types::isInterface(target) && k->type != nullptr && !types::isUntyped(k->type))
      return boxInterface(constantExpr(k->value, k->type), k->type, target);
    return constantExpr(k->value, target ? target : k->type);
  }
  if (target == nullptr) return expr(e);
  types::Type* from = typeOf(e);
  if (from != nullptr && types::isBasicKind(from, types::BasicKind::UntypedNil)) return zeroValue(target);
  if (auto* fl = dyn_cast<FuncLit>(unparen(e)); fl != nullptr && isNamedWrapper(target)) return wrapValue(target, funcLit(fl));
  return convertValue(expr(e), from, target);
}

std::string Emitter::boxInterface(const std::string& v, types::Type* from, types::Type* iface) {
  std::string it = cppType(iface);
  if (from == nullptr || types::isBasicKind(from, types::BasicKind::UntypedNil)) return it + "{}";
  if (types::isInterface(from)) {
    if (it == "goxx::Any") return "goxx::Any(static_cast<const goxx::Any&>(" + v + "))";
    return it + "(static_cast<const goxx::Any&>(" + v + "))";
  }
  if (types::isUntyped(from)) from = types::defaultType(session_.typeContext(), from);
  std::string boxed = "goxx::Any::withType(" + typeDescExpr(from) + ", " + cppType(from) + "(" + v + "))";
  if (it == "goxx::Any") return boxed;
  return it + "(" + boxed + ")";
}

std::string Emitter::convertValue(const std::string& v, types::Type* from, types::Type* to) {
  if (to == nullptr || from == nullptr || from == to) return v;
  if (types::isBasicKind(from, types::BasicKind::UntypedNil)) return zeroValue(to);
  if (types::isInterface(to)) {
    if (types::isInterface(from) && cppType(from) == cppType(to)) return v;
    return boxInterface(v, from, to);
  }
  if (types::identical(from, to)) return v;
  if (types::isUntyped(from)) return cppType(to) + "(" + v + ")";
  bool wf = isNamedWrapper(from), wt = isNamedWrapper(to);
  if (wf && !wt) return "(" + v + ").v";
  if (!wf && wt) return cppType(to) + "{" + v + "}";
  if (wf && wt) return cppType(to) + "{(" + v + ").v}";
  return v;
}

std::string Emitter::equality(const std::string& a, const std::string& b, types::Type* ta, types::Type* tb, bool eq) {
  std::string op = eq ? " == " : " != ";
  bool nilA = ta == nullptr || types::isBasicKind(ta, types::BasicKind::UntypedNil);
  bool nilB = tb == nullptr || types::isBasicKind(tb, types::BasicKind::UntypedNil);
  if (nilB && !nilA) return "(" + a + op + "nullptr)";
  if (nilA && !nilB) return "(" + b + op + "nullptr)";
  bool ia = types::isInterface(ta), ib = types::isInterface(tb);
  if (ia && !ib) return "(static_cast<const goxx::Any&>(" + a + ")" + op + boxInterface(b, tb, ta) + ")";
  if (ib && !ia) return "(" + boxInterface(a, ta, tb) + op + "static_cast<const goxx::Any&>(" + b + "))";
  if (ia && ib) return "(static_cast<const goxx::Any&>(" + a + ")" + op + "static_cast<const goxx::Any&>(" + b + "))";
  return "(" + a + op + b + ")";
}

std::string Emitter::binaryText(Operator op, const std::string& a, const std::string& b, types::Type* ta,
                                types::Type* tb, types::Type* tr) {
  types::Type* u = types::underlying(tr);
  std::string ct = cppType(u);
  std::string ua = underlyingValue(ta, a), ub = underlyingValue(tb, b);
  bool isInt = types::isInteger(u);
  std::string r;
  switch (op) {
  case Operator::Add: r = ua + " + " + ub; break;
  case Operator::Sub: r = ua + " - " + ub; break;
  case Operator::Mul: r = ua + " * " + ub; break;
  case Operator::Div: r = isInt ? "goxx::ops::div<" + ct + ">(" + ua + ", " + ub + ")" : ua + " / " + ub; break;
  case Operator::Rem: r = "goxx::ops::rem<" + ct + ">(" + ua + ", " + ub + ")"; break;
  case Operator::And: r = ua + " & " + ub; break;
  case Operator::Or: r = ua + " | " + ub; break;
  case Operator::Xor: r = ua + " ^ " + ub; break;
  case Operator::AndNot: r = ua + " & ~" + ub; break;
  case Operator::Shl: r = "goxx::ops::shl<" + ct + ">(" + ua + ", " + ub + ")"; break;
  case Operator::Shr: r = "goxx::ops::shr<" + ct + ">(" + ua + ", " + ub + ")"; break;
  default: r = ua + " ? " + ub; break;
  }
  if (types::isString(u)) return wrapValue(tr, "(" + r + ")");
  return wrapValue(tr, ct + "(" + r + ")");
}

std::string Emitter::binary(const Operation* op) {
  types::Type* tr = typeOf(op);
  types::Type* tx = typeOf(op->x);
  types::Type* ty = typeOf(op->y);
  switch (op->op) {
  case Operator::AndAnd: return "(" + expr(op->x) + " && " + expr(op->y) + ")";
  case Operator::OrOr: return "(" + expr(op->x) + " || " + expr(op->y) + ")";
  case Operator::Eql:
  case Operator::Neq: {
    // Untyped constant operands take the other side's type.
    types::Type* ctx = tx;
    types::Type* cty = ty;
    std::string a, b;
    const check::TypeAndValue* kx = tv(op->x);
    const check::TypeAndValue* ky = tv(op->y);
    if (kx && kx->mode == check::Mode::Constant && !types::isInterface(ty) && ty && !types::isUntyped(ty))
      a = constantExpr(kx->value, ty), ctx = ty;
    else
      a = expr(op->x);
    if (ky && ky->mode == check::Mode::Constant && !types::isInterface(tx) && tx && !types::isUntyped(tx))
      b = constantExpr(ky->value, tx), cty = tx;
    else
      b = expr(op->y);
    return equality(a, b, ctx, cty, op->op == Operator::Eql);
  }
  case Operator::Lss:
  case Operator::Leq:
  case Operator::Gtr:
  case Operator::Geq: {
    types::Type* t = types::isUntyped(tx) ? ty : tx;
    std::string a = underlyingValue(t, exprAs(op->x, t)), b = underlyingValue(t, exprAs(op->y, t));
    const char* o = op->op == Operator::Lss ? " < " : op->op == Operator::Leq ? " <= " : op->op == Operator::Gtr ? " > " : " >= ";
    return "(" + a + o + b + ")";
  }
  case Operator::Shl:
  case Operator::Shr: {
    std::string a = exprAs(op->x, tr);
    std::string b = expr(op->y);
    return binaryText(op->op, a, b, tr, ty, tr);
  }
  default: {
    std::string a = exprAs(op->x, tr), b = exprAs(op->y, tr);
    return binaryText(op->op, a, b, tr, tr, tr);
  }
  }
}

std::string Emitter::unary(const Operation* op) {
  types::Type* t = typeOf(op);
  switch (op->op) {
  case Operator::Not: return "(!" + expr(op->x) + ")";
  case Operator::Sub: {
    std::string ct = cppType(types::underlying(t));
    return wrapValue(t, ct + "(-" + underlyingValue(t, exprAs(op->x, t)) + ")");
  }
  case Operator::Add: return expr(op->x);
  case Operator::Xor: {
    std::string ct = cppType(types::underlying(t));
    return wrapValue(t, ct + "(~" + underlyingValue(t, exprAs(op->x, t)) + ")");
  }
  case Operator::Recv: {
    types::Type* ct = typeOf(op->x);
    return underlyingValue(ct, expr(op->x)) + ".recv(" + srcPos(op) + ")";
  }
  case Operator::And: return addressOf(op->x);
  case Operator::Mul: {
    types::Type* pt = typeOf(op->x);
    return "(*" + underlyingValue(pt, expr(op->x)) + ")";
  }
  default: unsupported(op, "this operator"); return "";
  }
}

// base.f1.f2... following `count` entries of an embedded-field path, dereferencing pointers.
std::string Emitter::fieldPath(const std::string& base, types::Type* baseType, const std::vector<int>& path,
                               size_t count, types::Type** outType) {
  std::string cur = base;
  types::Type* t = baseType;
  for (size_t i = 0; i < count; ++i) {
    types::Type* u = types::underlying(t);
    if (auto* p = dyn_cast<types::Pointer>(u)) {
      cur = "(*" + cur + ")";
      t = p->elem;
      u = types::underlying(t);
    }
    auto* s = cast<types::Struct>(u);
    types::Var* f = s->fields[static_cast<size_t>(path[i])];
    cur = cur + "." + f->name;
    t = f->type;
  }
  if (outType) *outType = t;
  return cur;
}

std::string Emitter::interfaceMethodCall(const std::string& recv, types::Type* ifaceType, types::Func* m,
                                         const std::vector<std::string>& args) {
  auto* iface = cast<types::Interface>(types::underlying(ifaceType));
  const auto& ms = types::interfaceMethods(iface);
  size_t idx = 0;
  for (; idx < ms.size(); ++idx)
    if (ms[idx]->name == m->name) break;
  auto* sig = cast<types::Signature>(m->type);
  std::string fnType = tupleType(sig->results) + " (*)(const void*";
  for (types::Var* p : sig->params->vars) fnType += ", " + cppType(p->type);
  fnType += ")";
  std::string site = freshTemp("itab");
  globals_.line("static goxx::ItabCache " + site + ";");
  std::string call = "goxx::callInterfaceMethod<" + fnType + ">(" + site + ", " + recv + ", " + typeDescExpr(ifaceType) + ", " +
                     std::to_string(idx);
  for (const std::string& a : args) call += ", " + a;
  return call + ")";
}

// A method call on a concrete or interface receiver reached through an embedded-field path.
std::string Emitter::methodCallText(const std::string& base, types::Type* baseType, const std::vector<int>& path,
                                    types::Func* m, const std::vector<std::string>& args) {
  types::Type* t = nullptr;
  std::string recv = fieldPath(base, baseType, path, path.empty() ? 0 : path.size() - 1, &t);
  auto* sig = cast<types::Signature>(m->type);
  if (types::isInterface(t)) return interfaceMethodCall(recv, t, m, args);
  bool isPtr = llvm::isa<types::Pointer>(types::underlying(t)) && !llvm::isa<types::Named>(t);
  types::Type* recvBase = isPtr ? cast<types::Pointer>(types::underlying(t))->elem : t;
  std::string recvText;
  if (!m->externName.empty()) {
    // Extern methods take a raw pointer (pointer receivers) or the value.
    if (m->hasPtrRecv)
      recvText = isPtr ? "&(*" + recv + ")" : "&(" + recv + ")";
    else
      recvText = isPtr ? "(*" + recv + ")" : recv;
    std::string call = m->externName + "(" + recvText;
    for (const std::string& a : args) call += ", " + a;
    return call + ")";
  }
  if (m->hasPtrRecv) {
    if (isPtr) {
      recvText = recv;
    } else {
      // The receiver is an addressable value inside a heap object or a cell (capture analysis).
      std::string r = recv;
      if (r.size() > 3 && r.rfind("(*", 0) == 0 && r.back() == ')' && r.find('.') == std::string::npos)
        recvText = r.substr(2, r.size() - 3);
      else
        recvText = "goxx::Ptr<" + cppType(recvBase) + ">(nullptr, &(" + r + "))";
    }
  } else {
    recvText = isPtr ? "(*" + recv + ")" : recv;
  }
  auto* named = dyn_cast<types::Named>(recvBase);
  if (named == nullptr) return "/*bad receiver*/";
  std::string call = methodFuncName(named, m->name) + "(" + recvText;
  for (const std::string& a : args) call += ", " + a;
  (void)sig;
  return call + ")";
}

std::string Emitter::selector(const SelectorExpr* s) {
  auto it = info_->selections.find(s);
  if (it == info_->selections.end()) {
    // A qualified identifier pkg.Name.
    types::Object* o = objectOf(s->sel);
    if (auto* v = dyn_cast_or_null<types::Var>(o)) return varRef(v);
    if (llvm::isa_and_nonnull<types::Func>(o)) return funcValue(s);
    unsupported(s, "this qualified name");
    return "";
  }
  const check::Selection& sel = it->second;
  if (sel.kind == check::Selection::Kind::FieldVal) {
    std::string base = expr(s->x);
    return fieldPath(base, typeOf(s->x), sel.index, sel.index.size(), nullptr);
  }
  return methodValue(s, sel);
}

std::string Emitter::index(const IndexExpr* e) {
  types::Type* xt = typeOf(e->x);
  types::Type* u = types::underlying(xt);
  std::string x = underlyingValue(xt, expr(e->x));
  if (auto* m = dyn_cast<types::Map>(u)) return x + ".get(" + exprAs(e->index[0], m->key) + ")";
  std::string i = expr(e->index[0]);
  types::Type* it = typeOf(e->index[0]);
  if (it != nullptr) i = underlyingValue(it, i);
  if (llvm::isa<types::Pointer>(u)) return "(*" + x + ")[int64_t(" + i + ")]";
  return x + "[int64_t(" + i + ")]";
}

std::string Emitter::sliceExpr(const SliceExpr* e) {
  types::Type* xt = typeOf(e->x);
  types::Type* u = types::underlying(xt);
  auto idx = [&](const Expr* x) {
    types::Type* t = typeOf(x);
    return "int64_t(" + underlyingValue(t, expr(x)) + ")";
  };
  std::string lo = e->lo ? idx(e->lo) : "0";
  std::string result;
  types::Type* rt = typeOf(e);
  if (auto* p = dyn_cast<types::Pointer>(u); p != nullptr || llvm::isa<types::Array>(u)) {
    std::string ptr = p ? expr(e->x) : addressOf(e->x);
    int64_t n = cast<types::Array>(types::underlying(p ? p->elem : u))->len;
    std::string hi = e->hi ? idx(e->hi) : std::to_string(n);
    result = "goxx::sliceOf(" + ptr + ", " + lo + ", " + hi + (e->max ? ", " + idx(e->max) : "") + ")";
    return wrapValue(rt, result);
  }
  std::string x = underlyingValue(xt, expr(e->x));
  if (e->hi == nullptr && e->max == nullptr)
    result = x + ".slice(" + lo + ")";
  else
    result = x + ".slice(" + lo + ", " + idx(e->hi) + (e->max ? ", " + idx(e->max) : "") + ")";
  return wrapValue(rt, result);
}

std::string Emitter::assertion(const AssertExpr* e) {
  types::Type* t = typeOf(e);
  types::Type* xt = typeOf(e->x);
  std::string x = expr(e->x);
  std::string staticDesc = cppType(xt) == "goxx::Any" ? "nullptr" : typeDescExpr(xt);
  if (types::isInterface(t))
    return cppType(t) + "(goxx::assertInterface(" + x + ", " + typeDescExpr(t) + "))";
  return "(" + x + ").as<" + cppType(t) + ">(" + staticDesc + ")";
}

std::string Emitter::addressOf(const Expr* e) {
  e = unparen(e);
  if (auto* cl = dyn_cast<CompositeLit>(e)) {
    types::Type* t = typeOf(cl);
    return "goxx::newPtr<" + cppType(t) + ">(" + compositeLit(cl, t) + ")";
  }
  if (auto* n = dyn_cast<Name>(e)) {
    auto* v = dyn_cast_or_null<types::Var>(objectOf(n));
    if (v == nullptr) return "nullptr";
    if (v->isPackageLevel) return "goxx::Ptr<" + cppType(v->type) + ">(nullptr, &" + qualifiedName(v) + ")";
    if (needsCell(v)) return localName(v);
    return "goxx::Ptr<" + cppType(v->type) + ">(nullptr, &" + localName(v) + ")";
  }
  if (auto* op = dyn_cast<Operation>(e); op != nullptr && op->isUnary() && op->op == Operator::Mul) return expr(op->x);
  if (auto* s = dyn_cast<SelectorExpr>(e)) {
    auto it = info_->selections.find(s);
    if (it != info_->selections.end() && it->second.kind == check::Selection::Kind::FieldVal) {
      const check::Selection& sel = it->second;
      types::Type* ft = typeOf(e);
      // The object containing the field: through the last pointer on the path, or the root's address.
      types::Type* xt = typeOf(s->x);
      std::string owner = llvm::isa<types::Pointer>(types::underlying(xt)) ? expr(s->x) : addressOf(s->x);
      std::string field = fieldPath("(*" + owner + ")", llvm::isa<types::Pointer>(types::underlying(xt)) ? cast<types::Pointer>(types::underlying(xt))->elem : xt,
                                    sel.index, sel.index.size(), nullptr);
      return "goxx::Ptr<" + cppType(ft) + ">(" + owner + ".block(), &" + field + ")";
    }
  }
  if (auto* ix = dyn_cast<IndexExpr>(e)) {
    types::Type* xt = typeOf(ix->x);
    types::Type* u = types::underlying(xt);
    std::string i = "int64_t(" + expr(ix->index[0]) + ")";
    if (llvm::isa<types::Slice>(u)) return underlyingValue(xt, expr(ix->x)) + ".addr(" + i + ")";
    if (llvm::isa<types::Array>(u)) {
      std::string owner = addressOf(ix->x);
      return "goxx::Ptr<" + cppType(typeOf(e)) + ">(" + owner + ".block(), &(*" + owner + ")[" + i + "])";
    }
    if (llvm::isa<types::Pointer>(u)) {
      std::string owner = expr(ix->x);
      return "goxx::Ptr<" + cppType(typeOf(e)) + ">(" + owner + ".block(), &(*" + owner + ")[" + i + "])";
    }
  }
  unsupported(e, "taking the address of this expression");
  return "";
}

std::string Emitter::lvalue(const Expr* e) {
  e = unparen(e);
  return expr(e);
}

} // namespace goxx::emit
