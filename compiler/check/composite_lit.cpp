// Composite literals (go/types' literals.go): structs (keyed or positional), arrays including
// [...]T, slices and maps, with elided element types taken from the enclosing literal.
#include "check/checker.h"

#include "constant/operations.h"

#include <llvm/ADT/DenseSet.h>

namespace goxx::check {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

int64_t Checker::indexedElts(const std::vector<Expr*>& elems, Type* elem, int64_t length) {
  llvm::DenseSet<int64_t> visited;
  int64_t idx = 0, max = 0;
  for (const Expr* e : elems) {
    bool validIndex = false;
    const Expr* eval = e;
    if (auto* kv = dyn_cast<KeyValueExpr>(e)) {
      Operand probe;
      int64_t i = index(kv->key, length);
      auto it = info_.types.find(kv->key);
      bool keyValid = it != info_.types.end() && it->second.mode != Mode::Invalid;
      if (i >= 0) {
        idx = i;
        validIndex = true;
      } else if (keyValid && it->second.mode != Mode::Constant) {
        errorAt(e, "index " + exprString(kv->key) + " must be integer constant");
      }
      eval = kv->value;
    } else if (length >= 0 && idx >= length) {
      errorAt(e, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (!visited.insert(idx).second) errorAt(e, "duplicate index " + std::to_string(idx) + " in array or slice literal");
    }
    ++idx;
    if (idx > max) max = idx;
    Operand x;
    exprWithHint(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

void Checker::compositeLit(Operand& x, const CompositeLit* e, Type* hint) {
  Type* typ = nullptr;
  Type* base = nullptr;
  types::Array* openArray = nullptr; // [...]T: its length is the number of elements
  if (e->type != nullptr) {
    if (auto* at = dyn_cast<ArrayType>(e->type); at && at->len == nullptr) {
      Type* elem = typExpr(at->elem);
      openArray = ctx_.newType<types::Array>(elem, -1);
      typ = openArray;
    } else {
      typ = typExpr(e->type);
    }
    base = typ;
  } else if (hint != nullptr) {
    typ = hint;
    base = typ;
    if (auto* p = dyn_cast_or_null<types::Pointer>(types::underlying(base))) base = p->elem; // *T implies &T{}
  } else {
    errorAt(e, "invalid composite literal type: missing type");
    x.setInvalid();
    return;
  }
  Type* u = types::underlying(base);
  if (u == nullptr) {
    // The literal's type is still being declared (`type T [len(T{})]int`): types2's stop-gap error.
    errorAt(e, "illegal cycle in type declaration");
    u = invalidType();
  }
  if (types::isInvalid(u)) {
    for (const Expr* el : e->elems) {
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) useExprs({kv->value});
      else useExprs({const_cast<Expr*>(el)});
    }
    x.setInvalid();
    return;
  }
  if (auto* st = dyn_cast<types::Struct>(u)) {
    if (!e->elems.empty() && e->numKeyed > 0) {
      llvm::DenseSet<size_t> seen;
      for (const Expr* el : e->elems) {
        auto* kv = dyn_cast<KeyValueExpr>(el);
        if (kv == nullptr) {
          errorAt(el, "mixture of field:value and value elements in struct literal");
          continue;
        }
        auto* key = dyn_cast<Name>(kv->key);
        if (key == nullptr) {
          errorAt(kv->key, "invalid field name " + exprString(kv->key) + " in struct literal");
          useExprs({kv->value});
          continue;
        }
        size_t i = 0;
        for (; i < st->fields.size(); ++i) {
          types::Var* f = st->fields[i];
          if (f->name == key->value && (f->exported() || f->pkg == pkg_)) break;
        }
        if (i == st->fields.size()) {
          errorAt(kv->key, "unknown field " + key->value + " in struct literal of type " + str(base));
          useExprs({kv->value});
          continue;
        }
        types::Var* fld = st->fields[i];
        info_.uses[key] = fld;
        recordType(key, Mode::Variable, fld->type);
        Operand v;
        exprWithHint(v, kv->value, fld->type);
        if (!seen.insert(i).second) {
          errorAt(kv->key, "duplicate field name " + key->value + " in struct literal");
          continue;
        }
        assignment(v, fld->type, "struct literal");
      }
    } else if (!e->elems.empty()) {
      size_t i = 0;
      bool reported = false;
      for (const Expr* el : e->elems) {
        if (isa<KeyValueExpr>(el)) {
          errorAt(el, "mixture of field:value and value elements in struct literal");
          reported = true;
          continue;
        }
        Operand v;
        Type* ft = i < st->fields.size() ? st->fields[i]->type : nullptr;
        exprWithHint(v, el, ft);
        if (i >= st->fields.size()) {
          if (!reported && !v.invalid()) errorAt(el, "too many values in struct literal of type " + str(base));
          reported = true;
          ++i;
          continue;
        }
        types::Var* fld = st->fields[i];
        if (!fld->exported() && fld->pkg != pkg_) {
          errorAt(el, "implicit assignment to unexported field " + fld->name + " in struct literal of type " + str(base));
        }
        assignment(v, fld->type, "struct literal");
        ++i;
      }
      if (i < st->fields.size() && !reported) {
        error(e->rbrace, "too few values in struct literal of type " + str(base));
      }
    }
  } else if (auto* arr = dyn_cast<types::Array>(u)) {
    int64_t n = indexedElts(e->elems, arr->elem, openArray ? -1 : arr->len);
    if (openArray) {
      openArray->len = n;
      recordType(e->type, Mode::TypeExpr, openArray);
    }
  } else if (auto* sl = dyn_cast<types::Slice>(u)) {
    indexedElts(e->elems, sl->elem, -1);
  } else if (auto* m = dyn_cast<types::Map>(u)) {
    std::vector<std::pair<constant::Value, Type*>> keys;
    for (const Expr* el : e->elems) {
      auto* kv = dyn_cast<KeyValueExpr>(el);
      if (kv == nullptr) {
        errorAt(el, "missing key in map literal");
        useExprs({const_cast<Expr*>(el)});
        continue;
      }
      Operand k;
      exprWithHint(k, kv->key, m->key);
      assignment(k, m->key, "map literal");
      if (k.mode == Mode::Constant) {
        bool dup = false;
        for (auto& [v, t] : keys) {
          if (v.kind() == k.val.kind() && constant::compare(v, constant::CompareOp::Eql, k.val) && types::identical(t, k.type)) {
            dup = true;
            break;
          }
        }
        if (dup) errorAt(kv->key, "duplicate key " + k.val.toString() + " in map literal");
        else keys.push_back({k.val, k.type});
      }
      Operand v;
      exprWithHint(v, kv->value, m->elem);
      assignment(v, m->elem, "map literal");
    }
  } else {
    errorAt(e, "invalid composite literal type " + str(typ));
    x.setInvalid();
    return;
  }
  x.mode = Mode::Value;
  x.type = typ;
}

} // namespace goxx::check
