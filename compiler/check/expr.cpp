// Expressions (go/types' expr.go): identifiers, literals, function literals, unary and binary
// operators, exact constant folding, and recording of every expression's type and value.
//
// Untyped operands stay untyped until context gives them a type (assignment, binary operation with a
// typed operand, conversion); updateExprType then rewrites the recorded types of the expression tree,
// so the lowering stage sees each expression's final type.
#include "check/checker.h"

#include "constant/operations.h"
#include "syntax/ast_positions.h"
#include "syntax/literal_value.h"

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using types::BasicKind;

void Checker::recordType(const Expr* e, Mode m, Type* t, const constant::Value& v) {
  if (e == nullptr) return;
  TypeAndValue& tv = info_.types[e];
  tv.mode = m;
  tv.type = t;
  tv.value = v;
}

void Checker::record(const Operand& x) {
  if (x.expr == nullptr) return;
  Type* t = x.invalid() ? invalidType() : x.type;
  recordType(x.expr, x.mode, t, x.mode == Mode::Constant ? x.val : constant::Value());
}

void Checker::updateExprType(const Expr* e, Type* t, bool final) {
  if (e == nullptr) return;
  auto it = info_.types.find(e);
  if (it == info_.types.end()) return;
  TypeAndValue& tv = it->second;
  if (tv.type == nullptr || !types::isUntyped(tv.type)) return;
  if (auto* p = dyn_cast<ParenExpr>(e)) updateExprType(p->x, t, final);
  if (auto* op = dyn_cast<Operation>(e)) {
    if (op->isUnary()) {
      if (op->op != Operator::Not || types::isBoolean(t)) updateExprType(op->x, t, final);
    } else {
      switch (op->op) {
      case Operator::Eql: case Operator::Neq: case Operator::Lss: case Operator::Leq: case Operator::Gtr:
      case Operator::Geq: break; // operands of comparisons were given their types already
      case Operator::Shl: case Operator::Shr: updateExprType(op->x, t, final); break;
      default:
        updateExprType(op->x, t, final);
        updateExprType(op->y, t, final);
      }
    }
  }
  // Untyped nil stays untyped nil (like types2); everything else takes the target type.
  if (auto* b = dyn_cast<types::Basic>(tv.type); b && b->basicKind == BasicKind::UntypedNil) return;
  if (types::isInterface(t)) t = types::defaultType(ctx_, tv.type);
  tv.type = t;
}

bool Checker::isBlankName(const Expr* e) const {
  auto* n = dyn_cast<Name>(e);
  return n && n->value == "_";
}

void Checker::useExprs(const std::vector<Expr*>& es) {
  for (const Expr* e : es) {
    if (e == nullptr || isBlankName(e)) continue;
    Operand x;
    rawExpr(x, e, nullptr);
  }
}

void Checker::rawExpr(Operand& x, const Expr* e, Type* hint, bool) {
  x = Operand();
  exprInternal(x, e, hint);
  x.expr = e;
  if (x.type == nullptr && !x.invalid() && x.mode != Mode::NoValue) x.type = invalidType();
  if (!x.invalid() && types::isInvalid(x.type) && x.mode != Mode::NoValue && x.mode != Mode::Builtin) x.setInvalid();
  record(x);
}

void Checker::singleValue(Operand& x) {
  if (x.mode == Mode::Value || x.mode == Mode::Variable || x.mode == Mode::CommaOk) {
    if (auto* t = dyn_cast_or_null<types::Tuple>(x.type)) {
      (void)t;
      errorAt(x.expr, "multiple-value " + str(x) + " in single-value context");
      x.setInvalid();
    }
  }
}

// Excludes what cannot be used as a single value: types, builtins not called, calls without results.
static bool checkUsableAsValue(Checker& c, Operand& x) {
  switch (x.mode) {
  case Mode::NoValue: c.errorAt(x.expr, c.str(x) + " used as value"); x.setInvalid(); return false;
  case Mode::Builtin: c.errorAt(x.expr, c.str(x) + " must be called"); x.setInvalid(); return false;
  case Mode::TypeExpr: c.errorAt(x.expr, c.str(x) + " is not an expression"); x.setInvalid(); return false;
  default: return true;
  }
}

void Checker::expr(Operand& x, const Expr* e) { exprWithHint(x, e, nullptr); }

void Checker::exprWithHint(Operand& x, const Expr* e, Type* hint) {
  rawExpr(x, e, hint);
  if (!checkUsableAsValue(*this, x)) return;
  singleValue(x);
}

void Checker::multiExpr(Operand& x, const Expr* e) {
  rawExpr(x, e, nullptr);
  checkUsableAsValue(*this, x);
}

void Checker::exprOrType(Operand& x, const Expr* e) {
  rawExpr(x, e, nullptr);
  if (x.mode == Mode::NoValue) {
    errorAt(e, str(x) + " used as value or type");
    x.setInvalid();
  }
  if (x.mode != Mode::TypeExpr) singleValue(x);
}

void Checker::exprInternal(Operand& x, const Expr* e, Type* hint) {
  switch (e->kind) {
  case NodeKind::BadExpr: x.setInvalid(); return;
  case NodeKind::Name: ident(x, cast<Name>(e), false); return;
  case NodeKind::BasicLit: basicLit(x, cast<BasicLit>(e)); return;
  case NodeKind::CompositeLit: compositeLit(x, cast<CompositeLit>(e), hint); return;
  case NodeKind::FuncLit: funcLit(x, cast<FuncLit>(e)); return;
  case NodeKind::ParenExpr: {
    Operand inner;
    rawExpr(inner, cast<ParenExpr>(e)->x, hint);
    x = inner;
    return;
  }
  case NodeKind::SelectorExpr: selector(x, cast<SelectorExpr>(e), false); return;
  case NodeKind::IndexExpr: indexExpr(x, cast<IndexExpr>(e)); return;
  case NodeKind::SliceExpr: sliceExpr(x, cast<SliceExpr>(e)); return;
  case NodeKind::AssertExpr: typeAssertion(x, cast<AssertExpr>(e)); return;
  case NodeKind::TypeSwitchGuard:
    errorAt(e, "use of .(type) outside type switch");
    x.setInvalid();
    return;
  case NodeKind::CallExpr: callExpr(x, cast<CallExpr>(e)); return;
  case NodeKind::Operation: {
    auto* op = cast<Operation>(e);
    if (op->isUnary()) {
      unary(x, op);
      return;
    }
    binary(x, e, op->x, op->y, op->op, op->pos);
    return;
  }
  case NodeKind::KeyValueExpr:
    errorAt(e, "unexpected key:value expression");
    x.setInvalid();
    return;
  case NodeKind::ArrayType:
  case NodeKind::SliceType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
  case NodeKind::DotsType:
    x.type = typExpr(e);
    x.mode = types::isInvalid(x.type) ? Mode::Invalid : Mode::TypeExpr;
    return;
  default: x.setInvalid(); return;
  }
}

void Checker::ident(Operand& x, const Name* e, bool wantType) {
  (void)wantType;
  x.expr = e;
  if (e->value == "_") {
    errorAt(e, "cannot use _ as value");
    x.setInvalid();
    return;
  }
  const types::Scope* where = nullptr;
  types::Object* obj = scope_ ? scope_->lookupParent(e->value, &where) : nullptr;
  if (obj == nullptr) {
    errorAt(e, "undefined: " + e->value);
    x.setInvalid();
    return;
  }
  info_.uses[e] = obj;
  if (obj->pkg == pkg_ && objMap_.count(obj)) {
    objDecl(obj);
  }
  switch (obj->objKind) {
  case types::ObjectKind::PkgName:
    errorAt(e, "use of package " + obj->name + " without selector");
    cast<types::PkgName>(obj)->used = true;
    x.setInvalid();
    return;
  case types::ObjectKind::Const: {
    auto* k = cast<types::Const>(obj);
    if (k->pkg == nullptr && k->name == "iota") {
      if (!iota_) {
        errorAt(e, "cannot use iota outside constant declaration");
        x.setInvalid();
        return;
      }
      x.mode = Mode::Constant;
      x.type = k->type;
      x.val = *iota_;
      return;
    }
    if (k->type == nullptr || types::isInvalid(k->type)) {
      x.setInvalid();
      return;
    }
    x.mode = Mode::Constant;
    x.type = k->type;
    x.val = k->value;
    if (!x.val.isKnown()) x.setInvalid();
    return;
  }
  case types::ObjectKind::TypeName:
    if (types::isComplex(obj->type) && obj->pkg == nullptr) {
      errorAt(e, "complex numbers (type " + obj->name + ") are not supported by goxx yet");
      x.setInvalid();
      return;
    }
    x.mode = Mode::TypeExpr;
    x.type = obj->type;
    if (x.type == nullptr || types::isInvalid(x.type)) x.setInvalid();
    return;
  case types::ObjectKind::Var: {
    auto* v = cast<types::Var>(obj);
    // A variable declared outside the current function but used in a closure still counts as used.
    v->used = true;
    use(v);
    x.mode = Mode::Variable;
    x.type = v->type;
    if (x.type == nullptr || types::isInvalid(x.type)) x.setInvalid();
    return;
  }
  case types::ObjectKind::Func:
    use(obj);
    x.mode = Mode::Value;
    x.type = obj->type;
    if (x.type == nullptr) x.setInvalid();
    return;
  case types::ObjectKind::Builtin:
    x.mode = Mode::Builtin;
    x.builtin = cast<types::Builtin>(obj)->id;
    x.type = invalidType();
    return;
  case types::ObjectKind::Nil:
    x.mode = Mode::Value;
    x.nilValue = true;
    x.type = basic(BasicKind::UntypedNil);
    return;
  case types::ObjectKind::Label: x.setInvalid(); return;
  }
}

void Checker::basicLit(Operand& x, const BasicLit* e) {
  if (e->bad) {
    x.setInvalid();
    return;
  }
  switch (e->litKind) {
  case LitKind::Int:
    x.val = constant::Value::fromIntLiteral(e->value);
    x.type = basic(BasicKind::UntypedInt);
    break;
  case LitKind::Float:
    x.val = constant::Value::fromFloatLiteral(e->value);
    x.type = basic(BasicKind::UntypedFloat);
    break;
  case LitKind::Imag:
    errorAt(e, "complex numbers (imaginary literal " + e->value + ") are not supported by goxx yet");
    x.setInvalid();
    return;
  case LitKind::Rune:
    x.val = constant::Value::makeInt64(syntax::decodeRuneLit(e->value));
    x.type = basic(BasicKind::UntypedRune);
    break;
  case LitKind::String:
    x.val = constant::Value::makeString(syntax::decodeStringLit(e->value));
    x.type = basic(BasicKind::UntypedString);
    break;
  }
  if (!x.val.isKnown()) {
    errorAt(e, "excessively large or invalid constant " + e->value);
    x.setInvalid();
    return;
  }
  x.mode = Mode::Constant;
}

void Checker::funcLit(Operand& x, const FuncLit* e) {
  types::Scope* s = ctx_.newScope(scope_, types::Scope::Kind::Function);
  info_.scopes[e->type] = s;
  std::vector<types::Var*> params;
  types::Signature* sig = funcType(e->type, nullptr, s, &params);
  if (e->body) funcBody(sig, e->body, s, params);
  x.mode = Mode::Value;
  x.type = sig;
}

namespace {

const char* opNameForOverflow(Operator op) {
  switch (op) {
  case Operator::Add: return "addition ";
  case Operator::Sub: return "subtraction ";
  case Operator::Xor: return "bitwise XOR ";
  case Operator::Mul: return "multiplication ";
  case Operator::Shl: return "shift ";
  default: return "";
  }
}

Operator exprOp(const Expr* e) {
  if (auto* op = dyn_cast_or_null<Operation>(e)) return op->op;
  return Operator::None;
}

unsigned typeBits(types::Type* t) {
  auto* b = dyn_cast_or_null<types::Basic>(types::underlying(t));
  if (!b) return 0;
  switch (b->basicKind) {
  case BasicKind::Int8: case BasicKind::Uint8: return 8;
  case BasicKind::Int16: case BasicKind::Uint16: return 16;
  case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 32;
  default: return 64;
  }
}

} // namespace

// Typed constants must be representable by their type; untyped ones must stay within the exact
// range (kMaxIntBits), as gc requires.
void Checker::overflow(Operand& x, Pos opPos) {
  if (x.mode != Mode::Constant) return;
  if (!x.val.isKnown()) {
    error(opPos, "constant result is not representable");
    x.setInvalid();
    return;
  }
  if (types::isTyped(x.type)) {
    if (auto* b = dyn_cast_or_null<types::Basic>(types::underlying(x.type))) representable(x, b);
    return;
  }
  if (x.val.kind() == constant::Kind::Int && x.val.intMinSignedBits() > constant::kMaxIntBits) {
    error(opPos, std::string("constant ") + opNameForOverflow(exprOp(x.expr)) + "overflow");
    x.setInvalid();
  }
}

void Checker::unary(Operand& x, const Operation* e) {
  switch (e->op) {
  case Operator::And: {
    // &T{...} is allowed although composite literals are not addressable.
    const Expr* inner = e->x;
    while (auto* p = dyn_cast<ParenExpr>(inner)) inner = p->x;
    if (isa<CompositeLit>(inner)) {
      exprWithHint(x, e->x, nullptr);
      if (x.invalid()) return;
    } else {
      expr(x, e->x);
      if (x.invalid()) return;
      if (x.mode != Mode::Variable) {
        errorAt(e, "invalid operation: cannot take address of " + str(x));
        x.setInvalid();
        return;
      }
    }
    x.mode = Mode::Value;
    x.type = ctx_.newType<types::Pointer>(x.type);
    return;
  }
  case Operator::Recv: {
    expr(x, e->x);
    if (x.invalid()) return;
    auto* ch = dyn_cast_or_null<types::Chan>(types::underlying(x.type));
    if (ch == nullptr) {
      errorAt(e, "invalid operation: cannot receive from non-channel " + str(x));
      x.setInvalid();
      return;
    }
    if (ch->dir == types::ChanDir::SendOnly) {
      errorAt(e, "invalid operation: cannot receive from send-only channel " + str(x));
      x.setInvalid();
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = ch->elem;
    return;
  }
  case Operator::Mul: {
    exprOrType(x, e->x);
    if (x.invalid()) return;
    if (x.mode == Mode::TypeExpr) {
      x.type = ctx_.newType<types::Pointer>(x.type);
      return;
    }
    if (x.isNil()) {
      errorAt(e, "invalid operation: cannot indirect nil");
      x.setInvalid();
      return;
    }
    auto* p = dyn_cast_or_null<types::Pointer>(types::underlying(x.type));
    if (p == nullptr) {
      errorAt(e, "invalid operation: cannot indirect " + str(x));
      x.setInvalid();
      return;
    }
    x.mode = Mode::Variable;
    x.type = p->elem;
    return;
  }
  case Operator::Tilde:
    errorAt(e, "cannot use ~ outside of interface or type constraint");
    x.setInvalid();
    return;
  default: break;
  }
  expr(x, e->x);
  if (x.invalid()) return;
  bool ok = false;
  switch (e->op) {
  case Operator::Add:
  case Operator::Sub: ok = types::isNumeric(x.type); break;
  case Operator::Xor: ok = types::isInteger(x.type); break;
  case Operator::Not: ok = types::isBoolean(x.type); break;
  default: break;
  }
  if (!ok) {
    errorAt(e, std::string("invalid operation: operator ") + operatorSpelling(e->op) + " not defined on " + str(x));
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant) {
    constant::UnaryOp uop = e->op == Operator::Add   ? constant::UnaryOp::Plus
                            : e->op == Operator::Sub ? constant::UnaryOp::Minus
                            : e->op == Operator::Xor ? constant::UnaryOp::Xor
                                                     : constant::UnaryOp::Not;
    unsigned ubits = types::isUnsigned(x.type) ? typeBits(x.type) : 0;
    constant::OpResult r = constant::unaryOp(uop, x.val, ubits);
    x.val = r.value;
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

namespace {

bool allNumeric(types::Type* t) { return types::isNumeric(t); }
bool allBoolean(types::Type* t) { return types::isBoolean(t); }
bool allString(types::Type* t) { return types::isString(t); }

bool isComparisonOp(Operator op) {
  return op == Operator::Eql || op == Operator::Neq || op == Operator::Lss || op == Operator::Leq ||
         op == Operator::Gtr || op == Operator::Geq;
}

} // namespace

// Decides whether one untyped operand may be converted to the other's type (types2's mayConvert).
void Checker::matchTypes(Operand& x, Operand& y) {
  auto mayConvert = [](const Operand& a, const Operand& b) {
    if (types::isTyped(a.type) && types::isTyped(b.type)) return false;
    if (allNumeric(a.type) != allNumeric(b.type)) return false;
    if (types::isInterface(a.type) || types::isInterface(b.type)) return true;
    if (allBoolean(a.type) != allBoolean(b.type)) return false;
    if (allString(a.type) != allString(b.type)) return false;
    if (a.isNil()) return types::hasNil(b.type);
    if (b.isNil()) return types::hasNil(a.type);
    if (isa_and_nonnull<types::Pointer>(types::underlying(a.type)) ||
        isa_and_nonnull<types::Pointer>(types::underlying(b.type)))
      return false;
    return true;
  };
  if (!mayConvert(x, y)) return;
  convertUntyped(x, y.type);
  if (x.invalid()) return;
  convertUntyped(y, x.type);
  if (y.invalid()) x.setInvalid();
}

void Checker::binary(Operand& x, const Expr* e, const Expr* lhs, const Expr* rhs, Operator op, Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.setInvalid();
    x.expr = y.expr;
    return;
  }
  if (op == Operator::Shl || op == Operator::Shr) {
    shift(x, y, e, op);
    return;
  }
  matchTypes(x, y);
  if (x.invalid()) return;
  if (isComparisonOp(op)) {
    comparison(x, y, op, e);
    return;
  }
  if (!types::identical(x.type, y.type)) {
    if (!types::isInvalid(x.type) && !types::isInvalid(y.type)) {
      errorAt(x.expr, "invalid operation: " + exprString(e) + " (mismatched types " + str(x.type) + " and " +
                          str(y.type) + ")");
    }
    x.setInvalid();
    return;
  }
  bool ok = false;
  switch (op) {
  case Operator::Add: ok = types::isNumeric(x.type) || types::isString(x.type); break;
  case Operator::Sub:
  case Operator::Mul:
  case Operator::Div: ok = types::isNumeric(x.type); break;
  case Operator::Rem:
  case Operator::And:
  case Operator::Or:
  case Operator::Xor:
  case Operator::AndNot: ok = types::isInteger(x.type); break;
  case Operator::AndAnd:
  case Operator::OrOr: ok = types::isBoolean(x.type); break;
  default: break;
  }
  if (!ok) {
    errorAt(x.expr, std::string("invalid operation: operator ") + operatorSpelling(op) + " not defined on " + str(x));
    x.setInvalid();
    return;
  }
  if ((op == Operator::Div || op == Operator::Rem) && y.mode == Mode::Constant &&
      (x.mode == Mode::Constant || types::isInteger(x.type)) && y.val.isZero()) {
    errorAt(y.expr, "invalid operation: division by zero");
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    constant::BinaryOp bop;
    switch (op) {
    case Operator::Add: bop = constant::BinaryOp::Add; break;
    case Operator::Sub: bop = constant::BinaryOp::Sub; break;
    case Operator::Mul: bop = constant::BinaryOp::Mul; break;
    case Operator::Div: bop = types::isInteger(x.type) ? constant::BinaryOp::QuoInt : constant::BinaryOp::Quo; break;
    case Operator::Rem: bop = constant::BinaryOp::Rem; break;
    case Operator::And: bop = constant::BinaryOp::And; break;
    case Operator::Or: bop = constant::BinaryOp::Or; break;
    case Operator::Xor: bop = constant::BinaryOp::Xor; break;
    case Operator::AndNot: bop = constant::BinaryOp::AndNot; break;
    case Operator::AndAnd: bop = constant::BinaryOp::LAnd; break;
    default: bop = constant::BinaryOp::LOr; break;
    }
    constant::Value xv = x.val, yv = y.val;
    // Integer-typed (or untyped int/rune) operands hold ints; floats divide exactly.
    if (types::isInteger(x.type)) {
      if (auto xi = xv.toInt()) xv = *xi;
      if (auto yi = yv.toInt()) yv = *yi;
    }
    constant::OpResult r = constant::binaryOp(xv, bop, yv);
    if (r.error == constant::OpError::DivisionByZero) {
      errorAt(y.expr, "invalid operation: division by zero");
      x.setInvalid();
      return;
    }
    x.val = r.value;
    x.expr = e;
    if (r.error == constant::OpError::Overflow) {
      error(opPos, std::string("constant ") + opNameForOverflow(op) + "overflow");
      x.setInvalid();
      return;
    }
    overflow(x, opPos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand& x, Operand& y, const Expr* e, Operator op) {
  // The shifted operand must be an integer (an untyped constant must be integral).
  if (x.mode == Mode::Constant && types::isUntyped(x.type)) {
    auto xi = x.val.toInt();
    if (!xi) {
      errorAt(x.expr, "invalid operation: shifted operand " + str(x) + " must be integer");
      x.setInvalid();
      return;
    }
    x.val = *xi;
    if (!types::isInteger(x.type)) x.type = basic(BasicKind::UntypedInt);
  } else if (!types::isInteger(x.type)) {
    errorAt(x.expr, "invalid operation: shifted operand " + str(x) + " must be integer");
    x.setInvalid();
    return;
  }
  // The count must be a non-negative integer. types2 checks that an untyped constant count is
  // representable as uint but describes it unconverted in the bound error below (go.dev/issue/47243).
  std::string countText = y.mode == Mode::Constant ? str(y) : std::string();
  if (y.mode == Mode::Constant) {
    auto yi = y.val.toInt();
    if (!yi || (!types::isUntyped(y.type) && !types::isInteger(y.type))) {
      errorAt(y.expr, "invalid operation: shift count " + str(y) + " must be integer");
      x.setInvalid();
      return;
    }
    if (yi->isNegative()) {
      errorAt(y.expr, "invalid operation: negative shift count " + str(y));
      x.setInvalid();
      return;
    }
    if (types::isUntyped(y.type)) {
      convertUntyped(y, basic(BasicKind::Uint));
      if (y.invalid()) {
        x.setInvalid();
        return;
      }
    }
  } else if (types::isUntyped(y.type)) {
    convertUntyped(y, basic(BasicKind::Uint));
    if (y.invalid()) {
      x.setInvalid();
      return;
    }
  } else if (!types::isInteger(y.type)) {
    errorAt(y.expr, "invalid operation: shift count " + str(y) + " must be integer");
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    auto s = y.val.toInt()->uint64Val();
    const uint64_t shiftBound = 1023 - 1 + 52;
    if (!s || *s > shiftBound) {
      errorAt(y.expr, "invalid operation: invalid shift count " + countText);
      x.setInvalid();
      return;
    }
    constant::OpResult r = constant::shift(x.val, op == Operator::Shl, *s);
    x.expr = e;
    if (r.error != constant::OpError::None) {
      error(llvm::cast<Operation>(e)->pos, "constant shift overflow");
      x.setInvalid();
      return;
    }
    x.val = r.value;
    overflow(x, llvm::cast<Operation>(e)->pos);
    return;
  }
  // A non-constant shift of an untyped constant takes its type from the context (spec: "if the
  // left operand of a non-constant shift expression is an untyped constant, it is first implicitly
  // converted to the type it would assume if the shift expression were replaced by its left operand
  // alone"); it stays untyped until then.
  x.mode = Mode::Value;
}

namespace {

const char* kindString(types::Type* t) {
  switch (types::underlying(t) ? types::underlying(t)->typeKind : types::TypeKind::Basic) {
  case types::TypeKind::Array: return "array";
  case types::TypeKind::Slice: return "slice";
  case types::TypeKind::Struct: return "struct";
  case types::TypeKind::Pointer: return "pointer";
  case types::TypeKind::Signature: return "func";
  case types::TypeKind::Interface: return "interface";
  case types::TypeKind::Map: return "map";
  case types::TypeKind::Chan: return "chan";
  default: return nullptr;
  }
}

} // namespace

// e == nullptr means: a case value of an expression switch (different message, as types2).
void Checker::comparison(Operand& x, Operand& y, Operator op, const Expr* e) {
  std::string cause;
  const Operand* errOp = &x;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + str(x.type) + " and " + str(y.type);
  } else if (op == Operator::Eql || op == Operator::Neq) {
    if (x.isNil() || y.isNil()) {
      Type* t = x.isNil() ? y.type : x.type;
      if (!types::hasNil(t)) {
        ok = false;
        errOp = &y;
      }
    } else if (!types::comparable(x.type) || !types::comparable(y.type)) {
      ok = false;
      errOp = types::comparable(x.type) ? &y : &x;
      Type* u = types::underlying(errOp->type);
      if (isa<types::Slice>(u) || isa<types::Signature>(u) || isa<types::Map>(u)) {
        cause = std::string(kindString(errOp->type)) + " can only be compared to nil";
      } else if (auto* st = dyn_cast<types::Struct>(u)) {
        for (types::Var* f : st->fields) {
          if (!types::comparable(f->type)) {
            cause = "struct containing " + str(f->type) + " cannot be compared";
            break;
          }
        }
      } else {
        cause = str(errOp->type) + " cannot be compared";
      }
    }
  } else if (!types::isOrdered(x.type)) {
    ok = false;
    errOp = &x;
  } else if (!types::isOrdered(y.type)) {
    ok = false;
    errOp = &y;
  }
  if (!ok) {
    if (cause.empty()) {
      const char* k = kindString(errOp->type);
      cause = std::string("operator ") + operatorSpelling(op) + " not defined on " + (k ? k : str(errOp->type));
    }
    if (e == nullptr) {
      errorAt(x.expr, "invalid case " + exprString(x.expr) + " in switch on " + exprString(y.expr) + " (" + cause + ")");
    } else {
      errorAt(errOp->expr, "invalid operation: " + exprString(x.expr) + " " + operatorSpelling(op) + " " +
                               exprString(y.expr) + " (" + cause + ")");
    }
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    constant::CompareOp cop;
    switch (op) {
    case Operator::Eql: cop = constant::CompareOp::Eql; break;
    case Operator::Neq: cop = constant::CompareOp::Neq; break;
    case Operator::Lss: cop = constant::CompareOp::Lss; break;
    case Operator::Leq: cop = constant::CompareOp::Leq; break;
    case Operator::Gtr: cop = constant::CompareOp::Gtr; break;
    default: cop = constant::CompareOp::Geq; break;
    }
    x.val = constant::Value::makeBool(constant::compare(x.val, cop, y.val));
  } else {
    x.mode = Mode::Value;
    updateExprType(x.expr, types::defaultType(ctx_, x.type), true);
    updateExprType(y.expr, types::defaultType(ctx_, y.type), true);
  }
  if (e) x.expr = e;
  x.type = basic(BasicKind::UntypedBool);
}

void Checker::typeAssertion(Operand& x, const AssertExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  if (e->type == nullptr) {
    x.setInvalid();
    return;
  }
  auto* iface = dyn_cast_or_null<types::Interface>(types::underlying(x.type));
  if (iface == nullptr) {
    errorAt(e->x, "invalid operation: " + str(x) + " is not an interface");
    typExpr(e->type);
    x.setInvalid();
    return;
  }
  Type* T = typExpr(e->type);
  if (types::isInvalid(T)) {
    x.setInvalid();
    return;
  }
  types::MissingMethod mm = types::assertableTo(iface, T);
  if (mm.method != nullptr) {
    errorAt(e, "impossible type assertion: " + exprString(e) + "\n\t" + str(T) + " does not implement " +
                   str(x.type) + " " + missingMethodCause(T, x.type, mm));
    x.setInvalid();
    return;
  }
  x.mode = Mode::CommaOk;
  x.type = T;
}

} // namespace goxx::check
