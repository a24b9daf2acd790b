// Operand formatting, following types2's operand.String.
#include "check/operand.h"

#include "types/predicates.h"
#include "types/type_string.h"

#include <llvm/Support/Casting.h>

namespace goxx::check {

namespace {

const char* modeString(Mode m) {
  switch (m) {
  case Mode::Invalid: return "invalid operand";
  case Mode::NoValue: return "no value";
  case Mode::Builtin: return "built-in";
  case Mode::TypeExpr: return "type";
  case Mode::Constant: return "constant";
  case Mode::Variable: return "variable";
  case Mode::MapIndex: return "map index expression";
  case Mode::Value: return "value";
  case Mode::CommaOk: return "comma, ok expression";
  }
  return "";
}

} // namespace

// Layout: EXPR (UNTYPED-KIND? MODE [CONSTANT-VALUE] [of type T]); the value is shown only when it
// differs from the expression's text, so literals print as "256 (untyped int constant)".
std::string operandString(const Operand& x, const types::Package* current) {
  if (x.isNil() && types::isUntyped(x.type)) return "nil";
  std::string expr = x.expr ? exprString(x.expr) : std::string();
  std::string buf;
  if (!expr.empty()) {
    buf += expr;
    buf += " (";
  }
  bool hasType = false;
  switch (x.mode) {
  case Mode::Invalid:
  case Mode::NoValue:
  case Mode::Builtin:
  case Mode::TypeExpr: break;
  default:
    if (x.type != nullptr) {
      if (types::isUntyped(x.type)) {
        buf += llvm::cast<types::Basic>(x.type)->name;
        buf += ' ';
        break;
      }
      hasType = true;
    }
  }
  buf += modeString(x.mode);
  if (x.mode == Mode::Constant) {
    std::string s = x.val.toString();
    if (s != expr) {
      buf += ' ';
      buf += s;
    }
  }
  if (hasType) {
    if (!types::isInvalid(x.type)) {
      buf += " of type ";
      buf += types::typeString(x.type, current);
    } else {
      buf += " with invalid type";
    }
  }
  if (!expr.empty()) buf += ')';
  return buf;
}

} // namespace goxx::check
