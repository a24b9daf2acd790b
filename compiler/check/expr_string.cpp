// Expressions printed the way types2 prints them in messages (cmd/compile/internal/syntax's
// String/ShortString): composite literal bodies and function bodies are elided as "{…}".
#include "check/operand.h"

#include <llvm/Support/Casting.h>

namespace goxx::check {

using namespace syntax;
using llvm::cast;

namespace {

void writeExpr(std::string& out, const Expr* e);

void writeFieldList(std::string& out, const std::vector<Field*>& fields, const char* sep) {
  const Expr* prevType = nullptr;
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field* f = fields[i];
    // Fields sharing a type print as "a, b int".
    bool groupedWithNext = i + 1 < fields.size() && fields[i + 1]->type == f->type && f->name && fields[i + 1]->name;
    if (i > 0) out += (prevType == f->type && f->name) ? ", " : sep;
    if (f->name) out += f->name->value;
    if (!groupedWithNext) {
      if (f->name) out += ' ';
      writeExpr(out, f->type);
    }
    prevType = f->type;
  }
}

void writeSignature(std::string& out, const FuncType* ft) {
  out += '(';
  writeFieldList(out, ft->params, ", ");
  out += ')';
  if (ft->results.empty()) return;
  out += ' ';
  if (ft->results.size() == 1 && ft->results[0]->name == nullptr) {
    writeExpr(out, ft->results[0]->type);
    return;
  }
  out += '(';
  writeFieldList(out, ft->results, ", ");
  out += ')';
}

void writeExpr(std::string& out, const Expr* e) {
  if (e == nullptr) return;
  switch (e->kind) {
  case NodeKind::BadExpr: out += "BadExpr"; return;
  case NodeKind::Name: out += cast<Name>(e)->value; return;
  case NodeKind::BasicLit: out += cast<BasicLit>(e)->value; return;
  case NodeKind::CompositeLit: {
    auto* c = cast<CompositeLit>(e);
    writeExpr(out, c->type);
    out += c->elems.empty() ? "{}" : "{…}";
    return;
  }
  case NodeKind::KeyValueExpr: {
    auto* kv = cast<KeyValueExpr>(e);
    writeExpr(out, kv->key);
    out += ": ";
    writeExpr(out, kv->value);
    return;
  }
  case NodeKind::FuncLit:
    out += "func";
    writeSignature(out, cast<FuncLit>(e)->type);
    out += " {…}";
    return;
  case NodeKind::ParenExpr:
    out += '(';
    writeExpr(out, cast<ParenExpr>(e)->x);
    out += ')';
    return;
  case NodeKind::SelectorExpr:
    writeExpr(out, cast<SelectorExpr>(e)->x);
    out += '.';
    out += cast<SelectorExpr>(e)->sel->value;
    return;
  case NodeKind::IndexExpr: {
    auto* ix = cast<IndexExpr>(e);
    writeExpr(out, ix->x);
    out += '[';
    for (size_t i = 0; i < ix->index.size(); ++i) {
      if (i > 0) out += ", ";
      writeExpr(out, ix->index[i]);
    }
    out += ']';
    return;
  }
  case NodeKind::SliceExpr: {
    auto* s = cast<SliceExpr>(e);
    writeExpr(out, s->x);
    out += '[';
    writeExpr(out, s->lo);
    out += ':';
    writeExpr(out, s->hi);
    if (s->full) {
      out += ':';
      writeExpr(out, s->max);
    }
    out += ']';
    return;
  }
  case NodeKind::AssertExpr:
    writeExpr(out, cast<AssertExpr>(e)->x);
    out += ".(";
    writeExpr(out, cast<AssertExpr>(e)->type);
    out += ')';
    return;
  case NodeKind::TypeSwitchGuard: {
    auto* g = cast<TypeSwitchGuard>(e);
    if (g->lhs) {
      out += g->lhs->value;
      out += " := ";
    }
    writeExpr(out, g->x);
    out += ".(type)";
    return;
  }
  case NodeKind::CallExpr: {
    auto* c = cast<CallExpr>(e);
    writeExpr(out, c->fun);
    out += '(';
    for (size_t i = 0; i < c->args.size(); ++i) {
      if (i > 0) out += ", ";
      writeExpr(out, c->args[i]);
    }
    if (c->hasDots) out += "...";
    out += ')';
    return;
  }
  case NodeKind::Operation: {
    auto* op = cast<Operation>(e);
    if (op->isUnary()) {
      out += operatorSpelling(op->op);
      writeExpr(out, op->x);
      return;
    }
    writeExpr(out, op->x);
    out += ' ';
    out += operatorSpelling(op->op);
    out += ' ';
    writeExpr(out, op->y);
    return;
  }
  case NodeKind::ArrayType: {
    auto* a = cast<ArrayType>(e);
    out += '[';
    if (a->len) writeExpr(out, a->len);
    else out += "...";
    out += ']';
    writeExpr(out, a->elem);
    return;
  }
  case NodeKind::SliceType:
    out += "[]";
    writeExpr(out, cast<SliceType>(e)->elem);
    return;
  case NodeKind::DotsType:
    out += "...";
    writeExpr(out, cast<DotsType>(e)->elem);
    return;
  case NodeKind::StructType: {
    auto* s = cast<StructType>(e);
    out += "struct{";
    writeFieldList(out, s->fields, "; ");
    out += '}';
    return;
  }
  case NodeKind::FuncType:
    out += "func";
    writeSignature(out, cast<FuncType>(e));
    return;
  case NodeKind::InterfaceType: {
    auto* it = cast<InterfaceType>(e);
    out += "interface{";
    for (size_t i = 0; i < it->elems.size(); ++i) {
      if (i > 0) out += "; ";
      const Field* f = it->elems[i];
      if (f->name) {
        out += f->name->value;
        if (auto* ft = llvm::dyn_cast<FuncType>(f->type)) writeSignature(out, ft);
      } else {
        writeExpr(out, f->type);
      }
    }
    out += '}';
    return;
  }
  case NodeKind::MapType:
    out += "map[";
    writeExpr(out, cast<MapType>(e)->key);
    out += ']';
    writeExpr(out, cast<MapType>(e)->value);
    return;
  case NodeKind::ChanType: {
    auto* c = cast<ChanType>(e);
    switch (c->dir) {
    case ChanDir::Both: out += "chan "; break;
    case ChanDir::SendOnly: out += "chan<- "; break;
    case ChanDir::RecvOnly: out += "<-chan "; break;
    }
    writeExpr(out, c->elem);
    return;
  }
  default: return;
  }
}

} // namespace

std::string exprString(const syntax::Expr* e) {
  std::string out;
  writeExpr(out, e);
  return out;
}

} // namespace goxx::check
