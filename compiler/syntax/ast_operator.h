// Operators of Go expressions and assignments, as in Go's cmd/compile/internal/syntax (Operator).
// Consumed by Operation and AssignStmt nodes; spelled back by the AST printer.
#pragma once

#include <cstdint>

namespace goxx::syntax {

enum class Operator : uint8_t {
  None,
  // Unary-only operators.
  Not,   // !
  Recv,  // <-
  Tilde, // ~ (type-set element in interfaces)
  // Binary operators, grouped by precedence (lowest first). Add, Sub, Xor, Mul, And are also unary.
  OrOr,   // ||      precedence 1
  AndAnd, // &&      precedence 2
  Eql,    // ==      precedence 3
  Neq,    // !=
  Lss,    // <
  Leq,    // <=
  Gtr,    // >
  Geq,    // >=
  Add,    // +       precedence 4
  Sub,    // -
  Or,     // |
  Xor,    // ^
  Mul,    // *       precedence 5
  Div,    // /
  Rem,    // %
  And,    // &
  AndNot, // &^
  Shl,    // <<
  Shr,    // >>
};

// The operator's source spelling ("&^", "<-", ...); "" for None.
const char* operatorSpelling(Operator op);

// Binary precedence as in the Go spec (5 binds tightest); 0 for operators that are not binary.
int binaryPrecedence(Operator op);

} // namespace goxx::syntax
