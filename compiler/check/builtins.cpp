// The predeclared functions (go/types' builtins.go): argument rules, result types, and constant
// results (len/cap of arrays and constant strings, min/max of constants).
#include "check/checker.h"

#include "constant/operations.h"

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using types::BuiltinId;

namespace {

struct BuiltinSpec {
  const char* name;
  size_t nargs;
  bool variadic;
};

BuiltinSpec specOf(BuiltinId id) {
  switch (id) {
  case BuiltinId::Append: return {"append", 1, true};
  case BuiltinId::Cap: return {"cap", 1, false};
  case BuiltinId::Clear: return {"clear", 1, false};
  case BuiltinId::Close: return {"close", 1, false};
  case BuiltinId::Complex: return {"complex", 2, false};
  case BuiltinId::Copy: return {"copy", 2, false};
  case BuiltinId::Delete: return {"delete", 2, false};
  case BuiltinId::Imag: return {"imag", 1, false};
  case BuiltinId::Len: return {"len", 1, false};
  case BuiltinId::Make: return {"make", 1, true};
  case BuiltinId::Max: return {"max", 1, true};
  case BuiltinId::Min: return {"min", 1, true};
  case BuiltinId::New: return {"new", 1, false};
  case BuiltinId::Panic: return {"panic", 1, false};
  case BuiltinId::Print: return {"print", 0, true};
  case BuiltinId::Println: return {"println", 0, true};
  case BuiltinId::Real: return {"real", 1, false};
  case BuiltinId::Recover: return {"recover", 0, false};
  }
  return {"?", 0, false};
}

// Whether evaluating e involves a function call or a channel receive (then len/cap of an array is
// not a constant). Conversions and calls of builtins with constant results do not count.
bool hasCallOrRecv(const TypeInfo& info, const Expr* e) {
  if (e == nullptr) return false;
  switch (e->kind) {
  case NodeKind::CallExpr: {
    auto* c = cast<CallExpr>(e);
    auto it = info.types.find(c->fun);
    if (it != info.types.end() && it->second.mode == Mode::TypeExpr) return hasCallOrRecv(info, c->args.empty() ? nullptr : c->args[0]);
    auto self = info.types.find(e);
    if (self != info.types.end() && self->second.mode == Mode::Constant) return false;
    return true;
  }
  case NodeKind::Operation: {
    auto* op = cast<Operation>(e);
    if (op->isUnary() && op->op == Operator::Recv) return true;
    return hasCallOrRecv(info, op->x) || hasCallOrRecv(info, op->y);
  }
  case NodeKind::ParenExpr: return hasCallOrRecv(info, cast<ParenExpr>(e)->x);
  case NodeKind::SelectorExpr: return hasCallOrRecv(info, cast<SelectorExpr>(e)->x);
  case NodeKind::IndexExpr: {
    auto* ix = cast<IndexExpr>(e);
    if (hasCallOrRecv(info, ix->x)) return true;
    for (const Expr* i : ix->index) {
      if (hasCallOrRecv(info, i)) return true;
    }
    return false;
  }
  case NodeKind::CompositeLit:
    for (const Expr* el : cast<CompositeLit>(e)->elems) {
      if (hasCallOrRecv(info, el)) return true;
    }
    return false;
  case NodeKind::KeyValueExpr:
    return hasCallOrRecv(info, cast<KeyValueExpr>(e)->key) || hasCallOrRecv(info, cast<KeyValueExpr>(e)->value);
  default: return false;
  }
}

} // namespace

// Returns false if the call is invalid (errors were reported); x holds the result otherwise.
bool Checker::builtin(Operand& x, const CallExpr* call, BuiltinId id) {
  BuiltinSpec spec = specOf(id);
  const std::string name = spec.name;
  size_t nargs = call->args.size();
  if (call->hasDots && id != BuiltinId::Append) {
    errorAt(call, "invalid operation: invalid use of ... with built-in " + name);
    useExprs(call->args);
    return false;
  }
  if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) {
    errorAt(call, "complex numbers (built-in " + name + ") are not supported by goxx yet");
    return false;
  }
  // make and new take a type first: their arguments are not evaluated as values up front.
  std::vector<Operand> args;
  if (id != BuiltinId::Make && id != BuiltinId::New) {
    args = genericExprList(call->args);
    nargs = args.size();
    for (const Operand& a : args) {
      if (a.invalid()) return false;
    }
  }
  std::string msg;
  if (nargs < spec.nargs) msg = "not enough";
  else if (!spec.variadic && nargs > spec.nargs) msg = "too many";
  if (!msg.empty()) {
    errorAt(call, "invalid operation: " + msg + " arguments for " + exprString(call) + " (expected " +
                      std::to_string(spec.nargs) + ", found " + std::to_string(nargs) + ")");
    return false;
  }
  Type* intType = basic(types::BasicKind::Int);
  types::Type* emptyIface = const_cast<types::Interface*>(anyType_);
  switch (id) {
  case BuiltinId::Append: {
    Operand& s = args[0];
    Type* S = s.type;
    auto* sl = dyn_cast_or_null<types::Slice>(types::underlying(S));
    if (sl == nullptr) {
      std::string cause = s.isNil() ? "have untyped nil" : "have " + str(s);
      errorAt(s.expr, "first argument to append must be a slice; " + cause);
      return false;
    }
    // append([]byte, string...) appends the string's bytes.
    if (nargs == 2 && call->hasDots) {
      Operand probe = s;
      if (assignableTo(probe, ctx_.newType<types::Slice>(ctx_.byteType()), nullptr) && types::isString(args[1].type)) {
        if (types::isUntyped(args[1].type)) convertUntyped(args[1], basic(types::BasicKind::String));
        x.mode = Mode::Value;
        x.type = S;
        return true;
      }
    }
    auto* params = ctx_.newType<types::Tuple>();
    params->vars.push_back(ctx_.newObject<types::Var>("", Pos{}, S));
    params->vars.push_back(ctx_.newObject<types::Var>("", Pos{}, ctx_.newType<types::Slice>(sl->elem)));
    auto* results = ctx_.newType<types::Tuple>();
    results->vars.push_back(ctx_.newObject<types::Var>("", Pos{}, S));
    auto* sig = ctx_.newType<types::Signature>(params, results);
    sig->variadic = true;
    arguments(call, sig, args);
    x.mode = Mode::Value;
    x.type = S;
    return true;
  }
  case BuiltinId::Cap:
  case BuiltinId::Len: {
    Operand& a = args[0];
    Type* u = types::underlying(a.type);
    if (auto* p = dyn_cast_or_null<types::Pointer>(u); p && isa_and_nonnull<types::Array>(types::underlying(p->elem))) {
      u = types::underlying(p->elem);
    }
    Mode mode = Mode::Invalid;
    constant::Value val;
    if (types::isString(u) && id == BuiltinId::Len) {
      if (a.mode == Mode::Constant) {
        mode = Mode::Constant;
        val = constant::Value::makeInt64(static_cast<int64_t>(a.val.stringVal().size()));
      } else {
        mode = Mode::Value;
      }
    } else if (auto* arr = dyn_cast_or_null<types::Array>(u)) {
      mode = Mode::Value;
      if (!hasCallOrRecv(info_, call->args[0])) {
        mode = Mode::Constant;
        val = constant::Value::makeInt64(arr->len < 0 ? 0 : arr->len);
      }
    } else if (isa_and_nonnull<types::Slice>(u) || isa_and_nonnull<types::Chan>(u)) {
      mode = Mode::Value;
    } else if (isa_and_nonnull<types::Map>(u) && id == BuiltinId::Len) {
      mode = Mode::Value;
    }
    if (mode == Mode::Invalid) {
      if (!types::isInvalid(u)) errorAt(a.expr, "invalid argument: " + str(a) + " for built-in " + name);
      return false;
    }
    // An untyped string constant argument becomes a string.
    if (types::isUntyped(a.type)) convertUntyped(a, basic(types::BasicKind::String));
    x.mode = mode;
    x.type = intType;
    x.val = val;
    return true;
  }
  case BuiltinId::Clear: {
    Type* u = types::underlying(args[0].type);
    if (!isa_and_nonnull<types::Map>(u) && !isa_and_nonnull<types::Slice>(u)) {
      errorAt(args[0].expr, "invalid argument: cannot clear " + str(args[0]) + ": argument must be (or constrained by) map or slice");
      return false;
    }
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Close: {
    auto* ch = dyn_cast_or_null<types::Chan>(types::underlying(args[0].type));
    if (ch == nullptr) {
      errorAt(args[0].expr, "invalid operation: cannot close non-channel " + str(args[0]));
      return false;
    }
    if (ch->dir == types::ChanDir::RecvOnly) {
      errorAt(args[0].expr, "invalid operation: cannot close receive-only channel " + str(args[0]));
      return false;
    }
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Copy: {
    Operand& d = args[0];
    Operand& s = args[1];
    auto* dst = dyn_cast_or_null<types::Slice>(types::underlying(d.type));
    Type* srcType = types::underlying(s.type);
    if (types::isString(srcType)) srcType = ctx_.newType<types::Slice>(ctx_.byteType());
    auto* src = dyn_cast_or_null<types::Slice>(srcType);
    if (dst == nullptr || src == nullptr) {
      errorAt(d.expr, "invalid argument: copy expects slice arguments; found " + str(d) + " and " + str(s));
      return false;
    }
    if (!types::identical(dst->elem, src->elem)) {
      errorAt(d.expr, "invalid argument: arguments to copy " + str(d) + " and " + str(s) +
                          " have different element types " + str(dst->elem) + " and " + str(src->elem));
      return false;
    }
    if (types::isUntyped(s.type)) convertUntyped(s, basic(types::BasicKind::String));
    x.mode = Mode::Value;
    x.type = intType;
    return true;
  }
  case BuiltinId::Delete: {
    auto* m = dyn_cast_or_null<types::Map>(types::underlying(args[0].type));
    if (m == nullptr) {
      errorAt(args[0].expr, "invalid argument: " + str(args[0]) + " is not a map");
      return false;
    }
    Operand k = args[1];
    assignment(k, m->key, "argument to delete");
    if (k.invalid()) return false;
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Make: {
    const Expr* arg0 = call->args[0];
    Type* T = typExpr(arg0);
    if (types::isInvalid(T)) {
      useExprs(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
      return false;
    }
    size_t min = 0;
    Type* u = types::underlying(T);
    if (isa_and_nonnull<types::Slice>(u)) min = 2;
    else if (isa_and_nonnull<types::Map>(u) || isa_and_nonnull<types::Chan>(u)) min = 1;
    else {
      errorAt(arg0, "invalid argument: cannot make " + exprString(arg0) + "; type must be slice, map, or channel");
      useExprs(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
      return false;
    }
    if (nargs < min || min + 1 < nargs) {
      errorAt(call, "invalid operation: " + exprString(call) + " expects " + std::to_string(min) + " or " +
                        std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
      return false;
    }
    std::vector<int64_t> sizes;
    for (size_t i = 1; i < nargs; ++i) {
      int64_t v = index(call->args[i], -1);
      if (v >= 0) sizes.push_back(v);
    }
    if (sizes.size() == 2 && sizes[0] > sizes[1]) errorAt(call->args[1], "invalid argument: length and capacity swapped");
    x.mode = Mode::Value;
    x.type = T;
    return true;
  }
  case BuiltinId::Max:
  case BuiltinId::Min: {
    Operand acc;
    for (size_t i = 0; i < args.size(); ++i) {
      Operand& a = args[i];
      if (!types::isOrdered(a.type)) {
        errorAt(a.expr, "invalid argument: " + str(a) + " cannot be ordered");
        return false;
      }
      if (i == 0) {
        acc = a;
        continue;
      }
      matchTypes(acc, a);
      if (acc.invalid()) return false;
      if (!types::identical(acc.type, a.type)) {
        errorAt(a.expr, "invalid argument: mismatched types " + str(acc.type) + " (previous argument) and " +
                            str(a.type) + " (type of " + exprString(a.expr) + ")");
        return false;
      }
      if (acc.mode == Mode::Constant && a.mode == Mode::Constant) {
        auto op = id == BuiltinId::Max ? constant::CompareOp::Gtr : constant::CompareOp::Lss;
        if (constant::compare(a.val, op, acc.val)) {
          acc.val = a.val;
        }
      } else {
        acc.mode = Mode::Value;
      }
    }
    if (acc.mode != Mode::Constant) {
      acc.mode = Mode::Value;
      Operand probe = acc;
      assignment(probe, emptyIface, ("argument to built-in " + name).c_str());
      if (probe.invalid()) return false;
      if (types::isUntyped(acc.type)) acc.type = types::defaultType(ctx_, acc.type);
    }
    for (const Operand& a : args) updateExprType(a.expr, acc.type, true);
    x.mode = acc.mode;
    x.type = acc.type;
    x.val = acc.val;
    return true;
  }
  case BuiltinId::New: {
    Type* T = typExpr(call->args[0]);
    if (types::isInvalid(T)) return false;
    x.mode = Mode::Value;
    x.type = ctx_.newType<types::Pointer>(T);
    return true;
  }
  case BuiltinId::Panic: {
    assignment(args[0], emptyIface, "argument to panic");
    if (args[0].invalid()) return false;
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    for (Operand& a : args) {
      assignment(a, nullptr, ("argument to built-in " + name).c_str());
      if (a.invalid()) return false;
    }
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Recover:
    x.mode = Mode::Value;
    x.type = emptyIface;
    return true;
  default: return false;
  }
}

} // namespace goxx::check
