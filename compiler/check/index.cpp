// Index and slice expressions (go/types' index.go), with constant bounds checks.
#include "check/checker.h"

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

int64_t Checker::index(const Expr* e, int64_t max, bool allowNegative) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  // A constant index that is untyped is given type int.
  convertUntyped(x, basic(types::BasicKind::Int));
  if (x.invalid()) return -1;
  if (!types::isInteger(x.type)) {
    errorAt(e, "invalid argument: index " + str(x) + " must be integer");
    return -1;
  }
  if (x.mode != Mode::Constant) return -1;
  if (!allowNegative && x.val.isNegative()) {
    errorAt(e, "invalid argument: index " + str(x) + " must not be negative");
    return -1;
  }
  auto v = x.val.int64Val();
  if (!v) {
    errorAt(e, "invalid argument: index " + str(x) + " overflows int");
    return -1;
  }
  if (max >= 0 && *v >= max) {
    errorAt(e, "invalid argument: index " + x.val.toString() + " out of bounds [0:" + std::to_string(max) + "]");
    return -1;
  }
  return *v;
}

void Checker::indexExpr(Operand& x, const IndexExpr* e) {
  exprOrType(x, e->x);
  if (x.invalid()) {
    useExprs(e->index);
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    errorAt(e, "generic type instantiation is not supported by goxx yet");
    x.setInvalid();
    return;
  }
  if (e->index.size() > 1) {
    errorAt(e->index[1], "invalid operation: more than one index");
    x.setInvalid();
    return;
  }
  const Expr* ie = e->index[0];
  Type* u = types::underlying(x.type);
  int64_t length = -1;
  bool valid = false;
  if (types::isString(x.type)) {
    valid = true;
    if (x.mode == Mode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
    x.mode = Mode::Value;
    x.type = ctx_.byteType();
  } else if (auto* a = dyn_cast_or_null<types::Array>(u)) {
    valid = true;
    length = a->len;
    if (x.mode != Mode::Variable) x.mode = Mode::Value;
    x.type = a->elem;
  } else if (auto* p = dyn_cast_or_null<types::Pointer>(u); p && isa_and_nonnull<types::Array>(types::underlying(p->elem))) {
    auto* arr = cast<types::Array>(types::underlying(p->elem));
    valid = true;
    length = arr->len;
    x.mode = Mode::Variable;
    x.type = arr->elem;
  } else if (auto* s = dyn_cast_or_null<types::Slice>(u)) {
    valid = true;
    x.mode = Mode::Variable;
    x.type = s->elem;
  } else if (auto* m = dyn_cast_or_null<types::Map>(u)) {
    Operand key;
    exprWithHint(key, ie, m->key);
    assignment(key, m->key, "map index");
    x.mode = Mode::MapIndex;
    x.type = m->elem;
    x.expr = e;
    return;
  }
  if (!valid) {
    errorAt(x.expr, "invalid operation: cannot index " + str(x));
    useExprs(e->index);
    x.setInvalid();
    return;
  }
  index(ie, length);
  x.expr = e;
}

void Checker::sliceExpr(Operand& x, const SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    useExprs({e->lo, e->hi, e->max});
    return;
  }
  Type* u = types::underlying(x.type);
  int64_t length = -1;
  bool valid = false;
  if (types::isString(x.type)) {
    if (e->full) {
      errorAt(e, "invalid operation: 3-index slice of string");
      x.setInvalid();
      return;
    }
    valid = true;
    if (x.mode == Mode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
    if (types::isUntyped(x.type)) x.type = basic(types::BasicKind::String);
  } else if (auto* a = dyn_cast_or_null<types::Array>(u)) {
    valid = true;
    length = a->len;
    if (x.mode != Mode::Variable) {
      errorAt(e->x, "invalid operation: " + exprString(e->x) + " (slice of unaddressable value)");
      x.setInvalid();
      return;
    }
    x.type = ctx_.newType<types::Slice>(a->elem);
  } else if (auto* p = dyn_cast_or_null<types::Pointer>(u); p && isa_and_nonnull<types::Array>(types::underlying(p->elem))) {
    auto* arr = cast<types::Array>(types::underlying(p->elem));
    valid = true;
    length = arr->len;
    x.type = ctx_.newType<types::Slice>(arr->elem);
  } else if (isa_and_nonnull<types::Slice>(u)) {
    valid = true;
  }
  if (!valid) {
    errorAt(e->x, "cannot slice " + str(x));
    x.setInvalid();
    return;
  }
  x.mode = Mode::Value;
  int64_t max = length >= 0 ? length + 1 : -1;
  std::vector<int64_t> idx;
  for (const Expr* ie : {e->lo, e->hi, e->max}) {
    if (ie == nullptr) continue;
    int64_t v = index(ie, max);
    if (v >= 0) {
      for (int64_t prev : idx) {
        if (prev > v) {
          errorAt(ie, "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
          break;
        }
      }
      idx.push_back(v);
    }
  }
  x.expr = e;
}

} // namespace goxx::check
