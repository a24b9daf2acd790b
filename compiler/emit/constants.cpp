// Constants as C++ literals of the target type (exact: integers in decimal, floats as hex literals).
#include "emit/emitter.h"

#include "types/predicates.h"

#include <llvm/Support/Casting.h>

#include <cinttypes>
#include <cstdio>

namespace goxx::emit {

using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

std::string cppStringLiteral(const std::string& s) {
  std::string r = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      r += '\\';
      r += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f && c != '?') {
      r += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      r += buf;
    }
  }
  return r + "\"";
}

std::string Emitter::constantExpr(const constant::Value& v, types::Type* t) {
  if (t == nullptr || types::isUntyped(t)) {
    if (t == nullptr) {
      switch (v.kind()) {
      case constant::Kind::Bool: t = session_.universe()->lookupLocal("bool")->type; break;
      case constant::Kind::String: t = session_.universe()->lookupLocal("string")->type; break;
      case constant::Kind::Float: t = session_.universe()->lookupLocal("float64")->type; break;
      default: t = session_.universe()->lookupLocal("int")->type; break;
      }
    } else {
      t = types::defaultType(session_.typeContext(), t);
    }
  }
  if (types::isInterface(t)) {
    // A constant converted to an interface: box it with its default type.
    types::Type* dt = nullptr;
    switch (v.kind()) {
    case constant::Kind::Bool: dt = session_.universe()->lookupLocal("bool")->type; break;
    case constant::Kind::String: dt = session_.universe()->lookupLocal("string")->type; break;
    case constant::Kind::Float: dt = session_.universe()->lookupLocal("float64")->type; break;
    default: dt = session_.universe()->lookupLocal("int")->type; break;
    }
    return boxInterface(constantExpr(v, dt), dt, t);
  }
  types::Type* u = types::underlying(t);
  std::string lit;
  auto* b = dyn_cast<types::Basic>(u);
  std::string ct = cppType(u);
  if (b == nullptr) return zeroValue(t);
  if (b->info & types::IsBoolean) {
    lit = v.boolVal() ? "true" : "false";
  } else if (b->info & types::IsString) {
    lit = "goxx::String(" + cppStringLiteral(v.stringVal()) + ")";
  } else if (b->info & types::IsInteger) {
    std::optional<constant::Value> iv = v.toInt();
    if (!iv) return zeroValue(t);
    if (b->info & types::IsUnsigned) {
      lit = ct + "(" + std::to_string(iv->uint64Val().value_or(0)) + "ULL)";
    } else {
      int64_t x = iv->int64Val().value_or(0);
      if (x == INT64_MIN)
        lit = ct + "(-9223372036854775807LL - 1)";
      else
        lit = ct + "(" + std::to_string(x) + "LL)";
    }
  } else if (b->info & types::IsFloat) {
    double d = v.float64Val();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", d);
    lit = ct + "(" + std::string(buf) + ")";
  } else {
    return zeroValue(t);
  }
  return wrapValue(t, lit);
}

} // namespace goxx::emit
