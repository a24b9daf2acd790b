// Calls: functions, methods, function values, conversions, built-in functions, multi-value results,
// method values, function literals, composite literals, and the go and defer statements.
//
// Evaluation order: Go evaluates a call's function value and arguments left to right; C++ leaves the
// order of arguments unspecified. When more than one argument can have side effects (a call or a
// receive), the arguments are evaluated into temporaries in an immediately-invoked lambda first.
#include "emit/emitter.h"

#include "syntax/ast_walk.h"
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

// Whether evaluating e may have side effects that another operand could observe (calls, receives).
static bool hasEffects(const Node* n) {
  bool found = false;
  std::function<void(const Node*)> walk = [&](const Node* x) {
    if (found || llvm::isa<FuncLit>(x)) return;
    if (llvm::isa<CallExpr>(x)) found = true;
    if (auto* op = dyn_cast<Operation>(x); op != nullptr && op->isUnary() && op->op == Operator::Recv) found = true;
    forEachChild(x, walk);
  };
  walk(n);
  return found;
}

std::vector<std::string> Emitter::callArgs(const CallExpr* c, types::Signature* sig) {
  std::vector<std::string> args;
  const auto& params = sig->params->vars;
  size_t np = params.size();
  // f(g()) with g returning several values.
  if (c->args.size() == 1 && np > 1) {
    if (auto* tt = dyn_cast_or_null<types::Tuple>(typeOf(c->args[0])); tt != nullptr && tt->size() > 1) {
      std::vector<types::Type*> ts;
      std::string tmp = multiValue(c->args[0], ts);
      for (size_t i = 0; i < ts.size(); ++i) {
        std::string v = "std::get<" + std::to_string(i) + ">(" + tmp + ")";
        if (sig->variadic && i >= np - 1) {
          // collected below
          args.push_back(convertValue(v, ts[i], cast<types::Slice>(params[np - 1]->type)->elem));
        } else {
          args.push_back(convertValue(v, ts[i], params[i]->type));
        }
      }
      if (sig->variadic) {
        std::vector<std::string> fixed(args.begin(), args.begin() + static_cast<long>(np - 1));
        std::string pack = cppType(params[np - 1]->type) + "{";
        for (size_t i = np - 1; i < args.size(); ++i) pack += (i > np - 1 ? ", " : "") + args[i];
        fixed.push_back(pack + "}");
        return fixed;
      }
      return args;
    }
  }
  for (size_t i = 0; i < c->args.size(); ++i) {
    types::Type* pt;
    if (sig->variadic && i >= np - 1 && !c->hasDots)
      pt = cast<types::Slice>(params[np - 1]->type)->elem;
    else
      pt = params[std::min(i, np - 1)]->type;
    args.push_back(exprAs(c->args[i], pt));
  }
  if (sig->variadic && !c->hasDots) {
    std::string st = cppType(params[np - 1]->type);
    if (c->args.size() < np) {
      args.push_back(st + "()");
    } else {
      std::string pack = st + "{";
      for (size_t i = np - 1; i < args.size(); ++i) pack += (i > np - 1 ? ", " : "") + args[i];
      args.resize(np - 1);
      args.push_back(pack + "}");
    }
  }
  return args;
}

std::string Emitter::funcValue(const Expr* fun) {
  fun = unparen(fun);
  const Name* n = nullptr;
  if (auto* nm = dyn_cast<Name>(fun)) n = nm;
  if (auto* s = dyn_cast<SelectorExpr>(fun); s != nullptr && !info_->selections.count(s)) n = s->sel;
  if (n != nullptr) {
    if (auto* f = dyn_cast_or_null<types::Func>(objectOf(n))) {
      // A declared function used as a value: wrap it in a Func.
      auto* sig = cast<types::Signature>(f->type);
      std::string name = qualifiedName(f);
      std::string params, args;
      for (size_t i = 0; i < sig->params->size(); ++i) {
        params += std::string(i ? ", " : "") + cppType(sig->params->vars[i]->type) + " a" + std::to_string(i);
        args += std::string(i ? ", " : "") + "std::move(a" + std::to_string(i) + ")";
      }
      return "goxx::Func<" + funcSignature(sig) + ">([](" + params + ") { return " + name + "(" + args + "); })";
    }
  }
  return expr(fun);
}

std::string Emitter::methodValue(const SelectorExpr* s, const check::Selection& sel) {
  auto* m = cast<types::Func>(sel.obj);
  auto* sig = cast<types::Signature>(m->type);
  std::string params, argNames;
  std::vector<std::string> args;
  for (size_t i = 0; i < sig->params->size(); ++i) {
    params += std::string(i ? ", " : "") + cppType(sig->params->vars[i]->type) + " a" + std::to_string(i);
    args.push_back("std::move(a" + std::to_string(i) + ")");
  }
  if (sel.kind == check::Selection::Kind::MethodExpr) {
    // T.M: a function taking the receiver first.
    types::Type* rt = typeOf(s->x);
    std::string p = cppType(rt) + " r" + (params.empty() ? "" : ", " + params);
    std::string call = methodCallText("r", rt, sel.index, m, args);
    std::string fsig = tupleType(sig->results) + "(" + cppType(rt);
    for (types::Var* v : sig->params->vars) fsig += ", " + cppType(v->type);
    return "goxx::Func<" + fsig + ")>([=](" + p + ") mutable { return " + call + "; })";
  }
  // x.M: the receiver is evaluated (and copied, for value receivers) now.
  types::Type* xt = typeOf(s->x);
  std::string recv = freshTemp("recv");
  std::string init;
  types::Type* recvType = xt;
  if (m->hasPtrRecv && !llvm::isa<types::Pointer>(types::underlying(xt)) && sel.index.size() == 1 && !types::isInterface(xt)) {
    init = addressOf(s->x);
    recvType = session_.typeContext().newType<types::Pointer>(xt);
  } else {
    init = expr(s->x);
  }
  std::string call = methodCallText(recv, recvType, sel.index, m, args);
  return "goxx::Func<" + funcSignature(sig) + ">([" + recv + " = " + init + "](" + params + ") mutable { return " + call + "; })";
}

std::string Emitter::callExpr(const CallExpr* c) {
  const Expr* fun = unparen(c->fun);
  const check::TypeAndValue* ft = tv(fun);
  if (ft != nullptr && ft->mode == check::Mode::TypeExpr) return conversion(c, ft->type);
  if (ft != nullptr && ft->mode == check::Mode::Builtin) {
    const Name* n = dyn_cast<Name>(fun);
    if (n == nullptr)
      if (auto* s = dyn_cast<SelectorExpr>(fun)) n = s->sel;
    auto* b = dyn_cast_or_null<types::Builtin>(objectOf(n));
    if (b != nullptr) return builtinCall(c, b->id);
  }
  types::Type* funType = typeOf(fun);
  auto* sig = dyn_cast_or_null<types::Signature>(types::underlying(funType));
  if (sig == nullptr) {
    unsupported(c, "this call");
    return "";
  }
  std::vector<std::string> args = callArgs(c, sig);
  // Hoist arguments into temporaries when their order matters.
  int effects = 0;
  for (const Expr* a : c->args) effects += hasEffects(a) ? 1 : 0;
  std::string prefix, suffix;
  if (effects >= 2 && args.size() >= 2) {
    prefix = "[&]() { ";
    for (size_t i = 0; i < args.size(); ++i) {
      std::string t = freshTemp("a");
      prefix += "auto " + t + " = " + args[i] + "; ";
      args[i] = "std::move(" + t + ")";
    }
    prefix += "return ";
    suffix = "; }()";
  }
  std::string joined;
  for (size_t i = 0; i < args.size(); ++i) joined += (i ? ", " : "") + args[i];
  // Static calls: declared functions and methods.
  if (auto* s = dyn_cast<SelectorExpr>(fun)) {
    auto it = info_->selections.find(s);
    if (it != info_->selections.end() && it->second.kind == check::Selection::Kind::MethodVal) {
      auto* m = cast<types::Func>(it->second.obj);
      types::Type* xt = typeOf(s->x);
      std::string base;
      // Pointer-receiver call on an addressable value of a non-extern method: pass its address.
      if (m->hasPtrRecv && m->externName.empty() && it->second.index.size() == 1 &&
          !llvm::isa<types::Pointer>(types::underlying(xt)) && !types::isInterface(xt)) {
        std::string p = addressOf(s->x);
        auto* named = dyn_cast<types::Named>(xt);
        if (named == nullptr) {
          unsupported(c, "this method call");
          return "";
        }
        return prefix + methodFuncName(named, m->name) + "(" + p + (joined.empty() ? "" : ", " + joined) + ")" + suffix;
      }
      base = expr(s->x);
      return prefix + methodCallText(base, xt, it->second.index, m, args) + suffix;
    }
  }
  const Name* n = dyn_cast<Name>(fun);
  if (auto* s = dyn_cast<SelectorExpr>(fun); s != nullptr && !info_->selections.count(s)) n = s->sel;
  if (n != nullptr)
    if (auto* f = dyn_cast_or_null<types::Func>(objectOf(n))) return prefix + qualifiedName(f) + "(" + joined + ")" + suffix;
  // A function value.
  return prefix + underlyingValue(funType, expr(fun)) + "(" + joined + ")" + suffix;
}

std::string Emitter::multiValue(const Expr* e, std::vector<types::Type*>& ts) {
  e = unparen(e);
  std::string tmp = freshTemp("mv");
  const check::TypeAndValue* k = tv(e);
  types::Type* boolT = session_.universe()->lookupLocal("bool")->type;
  if (k != nullptr && k->mode == check::Mode::CommaOk) {
    if (auto* ix = dyn_cast<IndexExpr>(e)) {
      types::Type* mt = typeOf(ix->x);
      auto* m = cast<types::Map>(types::underlying(mt));
      ts = {m->elem, boolT};
      out().line("auto " + tmp + " = goxx::mapGetCommaOk(" + underlyingValue(mt, expr(ix->x)) + ", " + exprAs(ix->index[0], m->key) + ");");
      return tmp;
    }
    if (auto* a = dyn_cast<AssertExpr>(e)) {
      types::Type* t = typeOf(a);
      ts = {t, boolT};
      if (types::isInterface(t))
        out().line("auto " + tmp + " = goxx::assertInterfaceCommaOk<" + cppType(t) + ">(" + expr(a->x) + ", " + typeDescExpr(t) + ");");
      else
        out().line("auto " + tmp + " = goxx::assertCommaOk<" + cppType(t) + ">(" + expr(a->x) + ");");
      return tmp;
    }
    if (auto* op = dyn_cast<Operation>(e); op != nullptr && op->op == Operator::Recv) {
      types::Type* ct = typeOf(op->x);
      auto* ch = cast<types::Chan>(types::underlying(ct));
      ts = {ch->elem, boolT};
      out().line("auto " + tmp + " = goxx::recvCommaOk(" + underlyingValue(ct, expr(op->x)) + ", " + srcPos(op) + ");");
      return tmp;
    }
  }
  auto* tt = dyn_cast_or_null<types::Tuple>(typeOf(e));
  if (tt != nullptr)
    for (types::Var* v : tt->vars) ts.push_back(v->type);
  out().line("auto " + tmp + " = " + expr(e) + ";");
  return tmp;
}

std::string Emitter::conversion(const CallExpr* c, types::Type* to) {
  const Expr* x = c->args[0];
  if (const check::TypeAndValue* k = tv(c); k != nullptr && k->mode == check::Mode::Constant) return constantExpr(k->value, to);
  types::Type* from = typeOf(x);
  if (auto* fl = dyn_cast<FuncLit>(unparen(x))) return wrapValue(to, funcLit(fl));
  if (const check::TypeAndValue* k = tv(x); k != nullptr && k->mode == check::Mode::Constant) {
    // A constant converted to a non-constant type (e.g. an interface).
    return constantExpr(k->value, to);
  }
  return convertExplicit(expr(x), from, to);
}

std::string Emitter::convertExplicit(const std::string& v, types::Type* from, types::Type* to) {
  if (types::isInterface(to)) return convertValue(v, from, to);
  if (types::isBasicKind(from, types::BasicKind::UntypedNil)) return zeroValue(to);
  types::Type* uf = types::underlying(from);
  types::Type* ut = types::underlying(to);
  std::string x = underlyingValue(from, v);
  auto* bf = dyn_cast<types::Basic>(uf);
  auto* bt = dyn_cast<types::Basic>(ut);
  std::string r;
  if (bt != nullptr && (bt->info & types::IsString)) {
    if (bf != nullptr && (bf->info & types::IsInteger))
      r = "goxx::String::fromRune(goxx::Int32(" + x + "))";
    else if (auto* s = dyn_cast<types::Slice>(uf))
      r = "goxx::toString(" + (types::isBasicKind(s->elem, types::BasicKind::Uint8) ? x : x) + ")";
    else
      r = x;
    return wrapValue(to, r);
  }
  if (bf != nullptr && (bf->info & types::IsString) && llvm::isa<types::Slice>(ut)) {
    auto* s = cast<types::Slice>(ut);
    r = types::isBasicKind(s->elem, types::BasicKind::Int32) ? "goxx::toRunes(" + x + ")" : "goxx::toBytes(" + x + ")";
    return wrapValue(to, r);
  }
  if (bt != nullptr && bf != nullptr) {
    std::string ct = cppType(ut);
    if ((bf->info & types::IsFloat) && (bt->info & types::IsInteger))
      r = "goxx::ops::convertFloatToInt<" + ct + ">(" + x + ")";
    else
      r = "static_cast<" + ct + ">(" + x + ")";
    return wrapValue(to, r);
  }
  if (cppType(uf) == cppType(ut)) return wrapValue(to, x);
  if (auto* sf = dyn_cast<types::Struct>(uf)) {
    // Between struct types with identical fields: copy field by field.
    std::string tmp = "_cv";
    std::string r2 = "[&] { const auto& " + tmp + " = " + x + "; return " + cppType(to) + "{";
    for (size_t i = 0; i < sf->fields.size(); ++i) r2 += std::string(i ? ", " : "") + tmp + "." + sf->fields[i]->name;
    return r2 + "}; }()";
  }
  return wrapValue(to, x);
}

std::string Emitter::builtinCall(const CallExpr* c, types::BuiltinId id) {
  using types::BuiltinId;
  auto arg = [&](size_t i) { return c->args[i]; };
  auto uval = [&](size_t i) { return underlyingValue(typeOf(arg(i)), expr(arg(i))); };
  switch (id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    types::Type* t = types::underlying(typeOf(arg(0)));
    if (auto* p = dyn_cast<types::Pointer>(t)) t = types::underlying(p->elem);
    if (auto* a = dyn_cast<types::Array>(t)) return "goxx::Int(" + std::to_string(a->len) + ")";
    return "goxx::Int(" + uval(0) + (id == BuiltinId::Len ? ".len())" : ".cap())");
  }
  case BuiltinId::Append: {
    types::Type* st = typeOf(c);
    auto* s = cast<types::Slice>(types::underlying(st));
    std::string base = underlyingValue(typeOf(arg(0)), exprAs(arg(0), st));
    if (c->args.size() == 1) return wrapValue(st, base);
    if (c->hasDots) {
      types::Type* xt = typeOf(arg(1));
      if (types::isString(xt)) return wrapValue(st, "goxx::appendString(" + base + ", " + uval(1) + ")");
      return wrapValue(st, "goxx::appendSlice(" + base + ", " + underlyingValue(xt, exprAs(arg(1), xt)) + ")");
    }
    std::string r = "goxx::append(" + base;
    for (size_t i = 1; i < c->args.size(); ++i) r += ", " + cppType(s->elem) + "(" + exprAs(arg(i), s->elem) + ")";
    return wrapValue(st, r + ")");
  }
  case BuiltinId::Copy: return "goxx::Int(goxx::copy(" + uval(0) + ", " + uval(1) + "))";
  case BuiltinId::Delete: {
    types::Type* mt = typeOf(arg(0));
    auto* m = cast<types::Map>(types::underlying(mt));
    return uval(0) + ".erase(" + exprAs(arg(1), m->key) + ")";
  }
  case BuiltinId::Clear: {
    types::Type* t = types::underlying(typeOf(arg(0)));
    if (llvm::isa<types::Map>(t)) return uval(0) + ".clear()";
    auto* s = cast<types::Slice>(t);
    return "[&] { auto _s = " + uval(0) + "; for (auto& _e : _s) _e = " + zeroValue(s->elem) + "; }()";
  }
  case BuiltinId::Close: return uval(0) + ".close()";
  case BuiltinId::Make: {
    types::Type* t = typeOf(c);
    types::Type* u = types::underlying(t);
    auto size = [&](size_t i) { return "int64_t(" + underlyingValue(typeOf(arg(i)), expr(arg(i))) + ")"; };
    std::string r;
    if (auto* s = dyn_cast<types::Slice>(u))
      r = "goxx::makeSlice<" + cppType(s->elem) + ">(" + (c->args.size() > 1 ? size(1) : "0") +
          (c->args.size() > 2 ? ", " + size(2) : "") + ")";
    else if (auto* m = dyn_cast<types::Map>(u))
      r = "goxx::makeMap<" + cppType(m->key) + ", " + cppType(m->elem) + ">(" + (c->args.size() > 1 ? size(1) : "0") + ")";
    else if (auto* ch = dyn_cast<types::Chan>(u))
      r = "goxx::makeChan<" + cppType(ch->elem) + ">(" + (c->args.size() > 1 ? "size_t(" + size(1) + ")" : "0") + ")";
    return wrapValue(t, r);
  }
  case BuiltinId::New: {
    auto* p = cast<types::Pointer>(typeOf(c));
    return "goxx::newPtr<" + cppType(p->elem) + ">()";
  }
  case BuiltinId::Panic: {
    types::Type* anyT = session_.universe()->lookupLocal("any")->type;
    return "goxx::panicAny(" + exprAs(arg(0), anyT) + ")";
  }
  case BuiltinId::Recover: return "goxx::recoverPanic()";
  case BuiltinId::Print:
  case BuiltinId::Println: {
    std::string r = id == BuiltinId::Print ? "goxx::builtinPrint(" : "goxx::builtinPrintln(";
    for (size_t i = 0; i < c->args.size(); ++i) {
      types::Type* t = typeOf(arg(i));
      if (types::isUntyped(t)) t = types::defaultType(session_.typeContext(), t);
      r += (i ? ", " : "") + underlyingValue(t, exprAs(arg(i), t));
    }
    return r + ")";
  }
  case BuiltinId::Min:
  case BuiltinId::Max: {
    types::Type* t = typeOf(c);
    std::string r = exprAs(arg(0), t);
    for (size_t i = 1; i < c->args.size(); ++i)
      r = std::string(id == BuiltinId::Min ? "std::min" : "std::max") + "<" + cppType(t) + ">(" + r + ", " + exprAs(arg(i), t) + ")";
    return r;
  }
  default: unsupported(c, "this built-in function"); return "";
  }
}

std::string Emitter::compositeLit(const CompositeLit* c, types::Type* t) {
  if (auto* p = dyn_cast<types::Pointer>(types::underlying(t)); p != nullptr && !llvm::isa<types::Named>(t))
    return "goxx::newPtr<" + cppType(p->elem) + ">(" + compositeLit(c, p->elem) + ")";
  types::Type* u = types::underlying(t);
  std::string ct = cppType(t);
  auto elemValue = [&](const Expr* e, types::Type* et) {
    if (auto* cl = dyn_cast<CompositeLit>(e); cl != nullptr && cl->type == nullptr) return compositeLit(cl, et);
    return exprAs(e, et);
  };
  if (auto* s = dyn_cast<types::Struct>(u)) {
    std::vector<std::string> vals(s->fields.size());
    for (size_t i = 0; i < c->elems.size(); ++i) {
      const Expr* e = c->elems[i];
      if (auto* kv = dyn_cast<KeyValueExpr>(e)) {
        auto* key = cast<Name>(kv->key);
        for (size_t f = 0; f < s->fields.size(); ++f)
          if (s->fields[f]->name == key->value) vals[f] = elemValue(kv->value, s->fields[f]->type);
      } else {
        vals[i] = elemValue(e, s->fields[i]->type);
      }
    }
    std::string r = ct + "{";
    bool first = true;
    for (size_t f = 0; f < s->fields.size(); ++f) {
      if (vals[f].empty()) continue;
      r += std::string(first ? "" : ", ") + "." + s->fields[f]->name + " = " + vals[f];
      first = false;
    }
    return r + "}";
  }
  if (auto* m = dyn_cast<types::Map>(u)) {
    std::string r = "goxx::Map<" + cppType(m->key) + ", " + cppType(m->elem) + ">";
    if (c->elems.empty()) return wrapValue(t, r + "::make(0)");
    r += "{";
    for (size_t i = 0; i < c->elems.size(); ++i) {
      auto* kv = cast<KeyValueExpr>(c->elems[i]);
      r += std::string(i ? ", " : "") + "{" + elemValue(kv->key, m->key) + ", " + elemValue(kv->value, m->elem) + "}";
    }
    return wrapValue(t, r + "}");
  }
  types::Type* et = nullptr;
  int64_t arrayLen = -1;
  if (auto* s = dyn_cast<types::Slice>(u)) et = s->elem;
  if (auto* a = dyn_cast<types::Array>(u)) et = a->elem, arrayLen = a->len;
  if (et == nullptr) {
    unsupported(c, "this composite literal");
    return "";
  }
  std::string ut = cppType(u);
  if (c->numKeyed == 0) {
    std::string list;
    for (size_t i = 0; i < c->elems.size(); ++i) list += (i ? ", " : "") + cppType(et) + "(" + elemValue(c->elems[i], et) + ")";
    if (arrayLen >= 0) return wrapValue(t, ut + "{{{" + list + "}}}");
    if (c->elems.empty()) return wrapValue(t, "goxx::makeSlice<" + cppType(et) + ">(0)");
    return wrapValue(t, ut + "{" + list + "}");
  }
  // Keyed elements: build the value in a lambda.
  int64_t len = 0, next = 0;
  std::vector<std::pair<std::string, std::string>> sets;
  for (const Expr* e : c->elems) {
    const Expr* v = e;
    if (auto* kv = dyn_cast<KeyValueExpr>(e)) {
      const check::TypeAndValue* k = tv(kv->key);
      next = k ? k->value.int64Val().value_or(0) : next;
      v = kv->value;
    }
    sets.emplace_back(std::to_string(next), elemValue(v, et));
    ++next;
    len = std::max(len, next);
  }
  std::string r = "[&] { auto _c = " + (arrayLen >= 0 ? ut + "{}" : "goxx::makeSlice<" + cppType(et) + ">(" + std::to_string(len) + ")") + "; ";
  for (auto& [i, v] : sets) r += "_c[" + i + "] = " + v + "; ";
  return wrapValue(t, r + "return _c; }()");
}

std::string Emitter::funcLit(const FuncLit* f) {
  auto* sig = cast<types::Signature>(typeOf(f));
  return "goxx::Func<" + funcSignature(sig) + ">(" + funcLitLambda(f) + ")";
}

// The C++ lambda for a function literal (captures by copy: every captured Go variable is a cell).
std::string Emitter::funcLitLambda(const FuncLit* f) {
  auto* sig = cast<types::Signature>(typeOf(f));
  FuncState fs;
  CodeBuffer buf;
  fs.out = &buf;
  fs.node = f;
  fs.sig = sig;
  fs.goName = fs_ != nullptr ? fs_->goName + ".func" + std::to_string(++counter_) : "func";
  FuncState* saved = fs_;
  fs_ = &fs;
  std::vector<std::string> prologue;
  // Parameters come from the FuncType's declared names.
  std::string params;
  int idx = 0;
  for (types::Var* p : sig->params->vars) {
    std::string t = cppType(p->type);
    if (!params.empty()) params += ", ";
    if (p->name.empty() || p->name == "_") {
      params += t + " _p" + std::to_string(idx++);
      continue;
    }
    std::string n = localName(p);
    if (needsCell(p)) {
      params += t + " " + n + "_in";
      prologue.push_back("auto " + n + " = goxx::newPtr<" + t + ">(std::move(" + n + "_in));");
    } else {
      params += t + " " + n;
    }
    ++idx;
  }
  emitFunctionBody(fs, f->type, f->body, prologue);
  fs_ = saved;
  std::string text = buf.text();
  return "[=](" + params + ") mutable -> " + tupleType(sig->results) + " {\n" + text + "}";
}

void Emitter::emitGoDefer(const CallStmt* s) {
  const CallExpr* c = s->call;
  bool isGo = s->callKind == CallStmtKind::Go;
  out().line("{");
  out().indent();
  // Evaluate the function value, receiver and arguments now, into temporaries the call captures.
  const Expr* fun = unparen(c->fun);
  std::string call;
  const check::TypeAndValue* ft = tv(fun);
  auto hoist = [&](const std::string& v) {
    std::string t = freshTemp("g");
    out().line("auto " + t + " = " + v + ";");
    return t;
  };
  if (ft != nullptr && (ft->mode == check::Mode::Builtin || ft->mode == check::Mode::TypeExpr)) {
    // Builtins: evaluate the arguments, then run the builtin in the deferred call.
    // The deferred lambda captures the operands' variables by copy when the statement runs.
    call = callExpr(c);
  } else {
    types::Type* funType = typeOf(fun);
    auto* sig = cast<types::Signature>(types::underlying(funType));
    // Go's order: the function value (and receiver) first, then the arguments.
    const Name* n = dyn_cast<Name>(fun);
    auto* sel = dyn_cast<SelectorExpr>(fun);
    if (sel != nullptr && !info_->selections.count(sel)) n = sel->sel;
    enum class Callee { Method, ExternMethod, Static, Lambda, Value } kind = Callee::Value;
    std::string callee;
    types::Type* rt = nullptr;
    const check::Selection* se = nullptr;
    types::Func* method = nullptr;
    if (sel != nullptr && info_->selections.count(sel) &&
        info_->selections.find(sel)->second.kind == check::Selection::Kind::MethodVal) {
      se = &info_->selections.find(sel)->second;
      method = cast<types::Func>(se->obj);
      types::Type* xt = typeOf(sel->x);
      rt = xt;
      kind = Callee::Method;
      if (method->hasPtrRecv && method->externName.empty() && se->index.size() == 1 &&
          !llvm::isa<types::Pointer>(types::underlying(xt)) && !types::isInterface(xt)) {
        callee = hoist(addressOf(sel->x));
        rt = session_.typeContext().newType<types::Pointer>(xt);
      } else if (method->hasPtrRecv && !method->externName.empty() && se->index.size() == 1 &&
                 !llvm::isa<types::Pointer>(types::underlying(xt))) {
        callee = hoist("&(" + expr(sel->x) + ")");
        kind = Callee::ExternMethod;
      } else {
        callee = hoist(expr(sel->x));
      }
    } else if (auto* f = n ? dyn_cast_or_null<types::Func>(objectOf(n)) : nullptr) {
      kind = Callee::Static;
      callee = qualifiedName(f);
    } else if (auto* fl = dyn_cast<FuncLit>(fun)) {
      // go func(...) {...}(...): the lambda itself, without a heap-allocated Func.
      kind = Callee::Lambda;
      callee = hoist(funcLitLambda(fl));
    } else {
      callee = hoist(underlyingValue(funType, expr(fun)));
    }
    std::vector<std::string> args = callArgs(c, sig);
    for (std::string& a : args) a = "std::move(" + hoist(a) + ")";
    std::string joined;
    for (size_t i = 0; i < args.size(); ++i) joined += (i ? ", " : "") + args[i];
    switch (kind) {
    case Callee::Method: call = methodCallText(callee, rt, se->index, method, args); break;
    case Callee::ExternMethod:
      call = method->externName + "(" + callee + (joined.empty() ? "" : ", " + joined) + ")";
      break;
    default: call = callee + "(" + joined + ")"; break;
    }
  }
  if (isGo)
    out().line("goxx::go([=]() mutable { " + call + "; }, " + srcPos(s) + ");");
  else
    out().line("_df.defer([=]() mutable { " + call + "; });");
  out().dedent();
  out().line("}");
}

} // namespace goxx::emit
