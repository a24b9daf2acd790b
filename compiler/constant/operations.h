// Arithmetic, comparison and shifts on exact constants, following the Go spec's rules for constant
// expressions (go/constant's BinaryOp, UnaryOp, Shift, Compare).
//
//   Consumes: Values of matching kinds; the checker has already converted both operands to one kind
//             (Int with Int, Float with Float, ...) and rejected invalid operator/type pairs.
//   Produces: the exact result, or Unknown with an OpError the checker reports at the operator.
#pragma once

#include "constant/value.h"

namespace goxx::constant {

enum class BinaryOp : uint8_t { Add, Sub, Mul, Quo, QuoInt /* integer division */, Rem, And, Or, Xor, AndNot, LAnd, LOr };
enum class CompareOp : uint8_t { Eql, Neq, Lss, Leq, Gtr, Geq };
enum class UnaryOp : uint8_t { Plus, Minus, Not /* ! */, Xor /* ^ */ };

enum class OpError : uint8_t {
  None,
  DivisionByZero, // "invalid operation: division by zero"
  Overflow,       // "constant addition overflow" (the checker names the operation)
  Invalid,        // operand kinds do not fit the operator (the checker reports before calling)
};

struct OpResult {
  Value value;
  OpError error = OpError::None;
};

OpResult binaryOp(const Value& x, BinaryOp op, const Value& y);
// Unary ^ on an unsigned typed constant needs the type's width: `unsignedBits` (0 for signed/untyped
// values, where ^x == -x-1).
OpResult unaryOp(UnaryOp op, const Value& x, unsigned unsignedBits = 0);
// x << s or x >> s; x is an Int, s a non-negative count that fits in uint.
OpResult shift(const Value& x, bool left, uint64_t s);
// Comparison of two values of the same kind; Unknown operands compare as false.
bool compare(const Value& x, CompareOp op, const Value& y);

} // namespace goxx::constant
