// Calls and conversions (go/types' call.go and conversion.go).
#include "check/checker.h"

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

// Arguments: a single call returning several values spreads into one operand per value (f(g())).
std::vector<Operand> Checker::genericExprList(const std::vector<Expr*>& es) {
  std::vector<Operand> out;
  if (es.size() == 1) {
    Operand x;
    multiExpr(x, es[0]);
    if (auto* tup = dyn_cast_or_null<types::Tuple>(x.type); tup && !x.invalid()) {
      for (types::Var* v : tup->vars) {
        Operand o;
        o.mode = Mode::Value;
        o.expr = es[0];
        o.type = v->type;
        out.push_back(o);
      }
      return out;
    }
    if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
    out.push_back(x);
    return out;
  }
  for (const Expr* e : es) {
    Operand x;
    expr(x, e);
    if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
    out.push_back(x);
  }
  return out;
}

void Checker::callExpr(Operand& x, const CallExpr* e) {
  exprOrType(x, e->fun);
  switch (x.mode) {
  case Mode::Invalid:
    useExprs(e->args);
    x.expr = e;
    return;
  case Mode::TypeExpr: {
    Type* T = x.type;
    x.expr = e;
    if (e->hasDots) {
      errorAt(e, "invalid use of ... in conversion to " + str(T));
      useExprs(e->args);
      x.setInvalid();
      return;
    }
    if (e->args.size() != 1) {
      errorAt(e, std::string(e->args.empty() ? "missing argument" : "too many arguments") + " in conversion to " + str(T));
      useExprs(e->args);
      x.setInvalid();
      return;
    }
    Operand arg;
    exprWithHint(arg, e->args[0], T);
    if (arg.invalid()) {
      x.setInvalid();
      return;
    }
    x = arg;
    conversion(x, T, e);
    x.expr = e;
    return;
  }
  case Mode::Builtin: {
    types::BuiltinId id = x.builtin;
    x.expr = e;
    if (!builtin(x, e, id)) x.setInvalid();
    x.expr = e;
    // Constant results (len of an array, min of constants) are recorded as such.
    return;
  }
  default: break;
  }
  auto* sig = dyn_cast_or_null<types::Signature>(types::underlying(x.type));
  if (sig == nullptr) {
    errorAt(e->fun, "invalid operation: cannot call non-function " + str(x));
    useExprs(e->args);
    x.setInvalid();
    x.expr = e;
    return;
  }
  std::vector<Operand> args = genericExprList(e->args);
  arguments(e, sig, args);
  x.expr = e;
  switch (sig->results->size()) {
  case 0: x.mode = Mode::NoValue; x.type = nullptr; break;
  case 1: x.mode = Mode::Value; x.type = sig->results->vars[0]->type; break;
  default: x.mode = Mode::Value; x.type = sig->results; break;
  }
}

void Checker::arguments(const CallExpr* call, types::Signature* sig, std::vector<Operand>& args) {
  for (const Operand& a : args) {
    if (a.invalid()) return; // one error per mistake
  }
  size_t nargs = args.size();
  size_t npars = sig->params->size();
  bool ddd = call->hasDots;
  std::vector<Type*> parTypes;
  for (types::Var* v : sig->params->vars) parTypes.push_back(v->type);
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        errorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + exprString(call->args[0]));
        return;
      }
    } else if (nargs + 1 >= npars) {
      // Spread the ...T parameter into one T parameter per extra argument.
      Type* elem = cast<types::Slice>(parTypes.back())->elem;
      parTypes.pop_back();
      while (parTypes.size() < nargs) parTypes.push_back(elem);
      npars = nargs;
    } else {
      --npars; // for the message: the variadic parameter may be empty
    }
  } else if (ddd) {
    errorAt(call, "cannot use ... in call to non-variadic " + exprString(call->fun));
    return;
  }
  if (nargs != npars) {
    const Node* at = call;
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr;
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr;
    }
    std::vector<Type*> have, want;
    for (const Operand& a : args) have.push_back(a.type);
    for (types::Var* v : sig->params->vars) want.push_back(v->type);
    std::string msg = qualifier + " arguments in call to " + exprString(call->fun) + "\n\thave " +
                      typesSummary(have, false) + "\n\twant " + typesSummary(want, sig->variadic);
    if (at == call) error(call->pos, msg);
    else errorAt(at, msg);
    return;
  }
  std::string context = "argument to " + exprString(call->fun);
  for (size_t i = 0; i < nargs; ++i) assignment(args[i], parTypes[i], context.c_str());
}

void Checker::conversion(Operand& x, Type* T, const CallExpr* call) {
  (void)call;
  bool constArg = x.mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  auto* tb = dyn_cast_or_null<types::Basic>(types::underlying(T));
  if (constArg && types::isConstType(T)) {
    constant::Value v = x.val;
    if (tb && representableConst(x.val, tb, &v)) {
      ok = true;
    } else if (tb && types::isInteger(x.type) && types::isString(tb)) {
      // string(rune constant): the UTF-8 encoding (U+FFFD for invalid code points).
      uint32_t cp = 0xFFFD;
      if (auto u = x.val.uint64Val(); u && *u <= 0x10FFFF && !(*u >= 0xD800 && *u <= 0xDFFF)) cp = static_cast<uint32_t>(*u);
      std::string s;
      if (cp < 0x80) s += static_cast<char>(cp);
      else if (cp < 0x800) s += static_cast<char>(0xC0 | (cp >> 6)), s += static_cast<char>(0x80 | (cp & 0x3F));
      else if (cp < 0x10000)
        s += static_cast<char>(0xE0 | (cp >> 12)), s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            s += static_cast<char>(0x80 | (cp & 0x3F));
      else
        s += static_cast<char>(0xF0 | (cp >> 18)), s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), s += static_cast<char>(0x80 | (cp & 0x3F));
      v = constant::Value::makeString(s);
      ok = true;
    }
    if (!ok && types::isInteger(x.type) && types::isInteger(T)) {
      errorAt(x.expr, "constant " + x.val.toString() + " overflows " + str(T));
      x.setInvalid();
      return;
    }
    if (ok) x.val = v;
    if (!ok && types::isNumeric(x.type) && !types::isInteger(x.type) && types::isInteger(T)) cause = " (truncated)";
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
    cause.clear();
  }
  if (!ok) {
    if (!cause.empty() && cause[0] != ' ') cause = ": " + cause;
    errorAt(x.expr, "cannot convert " + str(x) + " to type " + str(T) + cause);
    x.setInvalid();
    return;
  }
  // Untyped arguments take their final type: T, or their default type when T is an interface or
  // the constant becomes a non-constant value.
  if (types::isUntyped(x.type)) {
    Type* final = T;
    if (types::isInterface(T) || (constArg && !types::isConstType(T)) || x.isNil()) {
      final = types::defaultType(ctx_, x.type);
    }
    updateExprType(x.expr, final, true);
  }
  if (!(constArg && types::isConstType(T))) x.mode = Mode::Value;
  x.type = T;
}

} // namespace goxx::check
