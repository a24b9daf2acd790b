#include "types/type_string.h"

#include "types/object.h"
#include "types/scope.h"

#include <llvm/Support/Casting.h>

namespace goxx::types {

using llvm::cast;

namespace {

const Interface* universeAny = nullptr;

void write(std::string& out, const Type* t, const Package* cur);

void writeTuple(std::string& out, const Tuple* tup, bool variadic, const Package* cur) {
  out += '(';
  for (size_t i = 0; i < tup->vars.size(); ++i) {
    if (i > 0) out += ", ";
    const Var* v = tup->vars[i];
    if (!v->name.empty()) {
      out += v->name;
      out += ' ';
    }
    const Type* t = v->type;
    if (variadic && i + 1 == tup->vars.size()) {
      out += "...";
      if (auto* s = llvm::dyn_cast_or_null<Slice>(t)) t = s->elem;
    }
    write(out, t, cur);
  }
  out += ')';
}

void writeSignature(std::string& out, const Signature* sig, const Package* cur) {
  writeTuple(out, sig->params, sig->variadic, cur);
  size_t n = sig->results->size();
  if (n == 0) return;
  out += ' ';
  if (n == 1 && sig->results->vars[0]->name.empty()) {
    write(out, sig->results->vars[0]->type, cur);
    return;
  }
  writeTuple(out, sig->results, false, cur);
}

void write(std::string& out, const Type* t, const Package* cur) {
  if (t == nullptr) {
    out += "<nil>";
    return;
  }
  switch (t->typeKind) {
  case TypeKind::Basic: out += cast<Basic>(t)->name; return;
  case TypeKind::Named: {
    const TypeName* obj = cast<Named>(t)->obj;
    if (obj->pkg != nullptr && obj->pkg != cur) {
      out += obj->pkg->name;
      out += '.';
    }
    out += obj->name;
    return;
  }
  case TypeKind::Pointer:
    out += '*';
    write(out, cast<Pointer>(t)->elem, cur);
    return;
  case TypeKind::Slice:
    out += "[]";
    write(out, cast<Slice>(t)->elem, cur);
    return;
  case TypeKind::Array: {
    auto* a = cast<Array>(t);
    out += '[';
    out += a->len < 0 ? std::string("unknown") : std::to_string(a->len);
    out += ']';
    write(out, a->elem, cur);
    return;
  }
  case TypeKind::Map: {
    auto* m = cast<Map>(t);
    out += "map[";
    write(out, m->key, cur);
    out += ']';
    write(out, m->elem, cur);
    return;
  }
  case TypeKind::Chan: {
    auto* c = cast<Chan>(t);
    bool parens = false;
    switch (c->dir) {
    case ChanDir::Both:
      out += "chan ";
      // chan (<-chan int) needs parentheses to differ from chan<- chan int.
      if (auto* e = llvm::dyn_cast<Chan>(c->elem); e && e->dir == ChanDir::RecvOnly) parens = true;
      break;
    case ChanDir::SendOnly: out += "chan<- "; break;
    case ChanDir::RecvOnly: out += "<-chan "; break;
    }
    if (parens) out += '(';
    write(out, c->elem, cur);
    if (parens) out += ')';
    return;
  }
  case TypeKind::Tuple: writeTuple(out, cast<Tuple>(t), false, cur); return;
  case TypeKind::Signature:
    out += "func";
    writeSignature(out, cast<Signature>(t), cur);
    return;
  case TypeKind::Struct: {
    auto* s = cast<Struct>(t);
    out += "struct{";
    for (size_t i = 0; i < s->fields.size(); ++i) {
      if (i > 0) out += "; ";
      const Var* f = s->fields[i];
      if (!f->embedded) {
        out += f->name;
        out += ' ';
      }
      write(out, f->type, cur);
      if (!s->tags[i].empty()) {
        out += " \"";
        out += s->tags[i];
        out += '"';
      }
    }
    out += '}';
    return;
  }
  case TypeKind::Interface: {
    auto* it = cast<Interface>(t);
    if (it == universeAny) {
      out += "any";
      return;
    }
    if (it->isComparableConstraint) {
      out += "comparable";
      return;
    }
    out += "interface{";
    bool first = true;
    for (const Func* m : it->methods) {
      if (!first) out += "; ";
      first = false;
      out += m->name;
      writeSignature(out, cast<Signature>(m->type), cur);
    }
    for (const Type* e : it->embeddeds) {
      if (!first) out += "; ";
      first = false;
      write(out, e, cur);
    }
    out += '}';
    return;
  }
  }
}

} // namespace

std::string typeString(const Type* t, const Package* current) {
  std::string out;
  write(out, t, current);
  return out;
}

std::string signatureString(const Type* sig, const Package* current) {
  std::string out;
  if (auto* s = llvm::dyn_cast_or_null<Signature>(sig)) writeSignature(out, s, current);
  return out;
}

void setUniverseAny(const Interface* any) { universeAny = any; }

} // namespace goxx::types
