// Operand: the checker's view of an expression while it is being checked (go/types' operand):
// its mode, type and (for constants) value. Operand strings follow types2 exactly, because they appear
// in nearly every message: "x (variable of type int)", "256 (untyped int constant)",
// "c (untyped int constant 256)", "f() (value of type (int, error))", "nil".
#pragma once

#include "check/check.h"

#include <string>

namespace goxx::check {

struct Operand {
  Mode mode = Mode::Invalid;
  const syntax::Expr* expr = nullptr; // the expression the operand stands for (null for synthesized ones)
  types::Type* type = nullptr;
  constant::Value val;                // Mode::Constant only
  types::BuiltinId builtin{};         // Mode::Builtin only
  bool nilValue = false;              // the predeclared nil (stays set when nil is given a type)

  bool invalid() const { return mode == Mode::Invalid; }
  bool isNil() const { return mode == Mode::Value && nilValue; } // the predeclared nil
  void setInvalid() { mode = Mode::Invalid; }
};

// The expression as types2 prints it (syntax.String): "a + b", "f(x, y)", "T{…}", "func() {…}".
std::string exprString(const syntax::Expr* e);

// "x (variable of type int)" etc.; `current` unqualifies the current package's type names.
std::string operandString(const Operand& x, const types::Package* current);

} // namespace goxx::check
