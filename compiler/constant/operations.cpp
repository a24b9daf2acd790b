// Exact constant arithmetic. Invariant: every Int result has at most kMaxIntBits significant bits or
// the operation reports Overflow; operands are never modified.
#include "constant/operations.h"

namespace goxx::constant {

namespace {

OpResult intResult(const llvm::APInt& v) {
  if (v.getMinSignedBits() > kMaxIntBits) return {Value(), OpError::Overflow};
  return {Value::makeInt(v), OpError::None};
}

OpResult floatResult(const llvm::APFloat& f) {
  if (f.isInfinity() || f.isNaN()) return {Value(), OpError::Overflow};
  return {Value::makeFloat(f), OpError::None};
}

OpResult intOp(const llvm::APInt& a, BinaryOp op, const llvm::APInt& b) {
  switch (op) {
  case BinaryOp::Add: return intResult(a + b);
  case BinaryOp::Sub: return intResult(a - b);
  case BinaryOp::Mul: return intResult(a * b);
  case BinaryOp::QuoInt:
    if (b.isZero()) return {Value(), OpError::DivisionByZero};
    return intResult(a.sdiv(b));
  case BinaryOp::Rem:
    if (b.isZero()) return {Value(), OpError::DivisionByZero};
    return intResult(a.srem(b));
  case BinaryOp::And: return intResult(a & b);
  case BinaryOp::Or: return intResult(a | b);
  case BinaryOp::Xor: return intResult(a ^ b);
  case BinaryOp::AndNot: return intResult(a & ~b);
  case BinaryOp::Quo: {
    // Untyped division of integers yields an exact quotient only when it divides; otherwise the
    // checker uses Float operands. Here: truncated division is NOT wanted, so go through floats.
    if (b.isZero()) return {Value(), OpError::DivisionByZero};
    return binaryOp(Value::makeInt(a).toFloat(), BinaryOp::Quo, Value::makeInt(b).toFloat());
  }
  default: return {Value(), OpError::Invalid};
  }
}

OpResult floatOp(llvm::APFloat a, BinaryOp op, const llvm::APFloat& b) {
  const auto rm = llvm::APFloat::rmNearestTiesToEven;
  switch (op) {
  case BinaryOp::Add: a.add(b, rm); return floatResult(a);
  case BinaryOp::Sub: a.subtract(b, rm); return floatResult(a);
  case BinaryOp::Mul: a.multiply(b, rm); return floatResult(a);
  case BinaryOp::Quo:
    if (b.isZero()) return {Value(), OpError::DivisionByZero};
    a.divide(b, rm);
    return floatResult(a);
  default: return {Value(), OpError::Invalid};
  }
}

} // namespace

OpResult binaryOp(const Value& x, BinaryOp op, const Value& y) {
  if (!x.isKnown() || !y.isKnown()) return {};
  if (x.kind() == Kind::Bool && y.kind() == Kind::Bool) {
    if (op == BinaryOp::LAnd) return {Value::makeBool(x.boolVal() && y.boolVal())};
    if (op == BinaryOp::LOr) return {Value::makeBool(x.boolVal() || y.boolVal())};
    return {Value(), OpError::Invalid};
  }
  if (x.kind() == Kind::String && y.kind() == Kind::String) {
    if (op == BinaryOp::Add) return {Value::makeString(x.stringVal() + y.stringVal())};
    return {Value(), OpError::Invalid};
  }
  if (!x.isNumeric() || !y.isNumeric()) return {Value(), OpError::Invalid};
  if (x.kind() == Kind::Int && y.kind() == Kind::Int) return intOp(x.intVal(), op, y.intVal());
  return floatOp(x.toFloat().floatVal(), op, y.toFloat().floatVal());
}

OpResult unaryOp(UnaryOp op, const Value& x, unsigned unsignedBits) {
  if (!x.isKnown()) return {};
  switch (op) {
  case UnaryOp::Plus:
    if (!x.isNumeric()) return {Value(), OpError::Invalid};
    return {x};
  case UnaryOp::Minus:
    if (x.kind() == Kind::Int) return intResult(-x.intVal());
    if (x.kind() == Kind::Float) {
      llvm::APFloat f = x.floatVal();
      f.changeSign();
      return floatResult(f);
    }
    return {Value(), OpError::Invalid};
  case UnaryOp::Not:
    if (x.kind() != Kind::Bool) return {Value(), OpError::Invalid};
    return {Value::makeBool(!x.boolVal())};
  case UnaryOp::Xor: {
    if (x.kind() != Kind::Int) return {Value(), OpError::Invalid};
    llvm::APInt v = ~x.intVal();
    if (unsignedBits != 0) {
      // For unsigned types ^x flips exactly the type's bits: ^uint8(1) == 0xfe.
      v &= llvm::APInt::getLowBitsSet(kIntWidth, unsignedBits);
    }
    return intResult(v);
  }
  }
  return {Value(), OpError::Invalid};
}

OpResult shift(const Value& x, bool left, uint64_t s) {
  if (!x.isKnown()) return {};
  if (x.kind() != Kind::Int) return {Value(), OpError::Invalid};
  const llvm::APInt& v = x.intVal();
  if (!left) {
    unsigned n = s >= kIntWidth ? kIntWidth - 1 : static_cast<unsigned>(s);
    return {Value::makeInt(v.ashr(n))};
  }
  if (v.isZero()) return {x};
  if (s >= kMaxIntBits) return {Value(), OpError::Overflow};
  return intResult(v.shl(static_cast<unsigned>(s)));
}

bool compare(const Value& x, CompareOp op, const Value& y) {
  if (!x.isKnown() || !y.isKnown()) return false;
  int c = 0; // -1, 0, 1
  if (x.kind() == Kind::Bool && y.kind() == Kind::Bool) {
    c = x.boolVal() == y.boolVal() ? 0 : 1;
    if (op != CompareOp::Eql && op != CompareOp::Neq) return false;
  } else if (x.kind() == Kind::String && y.kind() == Kind::String) {
    int r = x.stringVal().compare(y.stringVal());
    c = r < 0 ? -1 : r > 0 ? 1 : 0;
  } else if (x.kind() == Kind::Int && y.kind() == Kind::Int) {
    c = x.intVal().slt(y.intVal()) ? -1 : x.intVal() == y.intVal() ? 0 : 1;
  } else if (x.isNumeric() && y.isNumeric()) {
    auto r = x.toFloat().floatVal().compare(y.toFloat().floatVal());
    c = r == llvm::APFloat::cmpLessThan ? -1 : r == llvm::APFloat::cmpEqual ? 0 : 1;
  } else {
    return false;
  }
  switch (op) {
  case CompareOp::Eql: return c == 0;
  case CompareOp::Neq: return c != 0;
  case CompareOp::Lss: return c < 0;
  case CompareOp::Leq: return c <= 0;
  case CompareOp::Gtr: return c > 0;
  case CompareOp::Geq: return c >= 0;
  }
  return false;
}

} // namespace goxx::constant
