#include "syntax/ast_printer.h"

#include <llvm/Support/Casting.h>

namespace goxx::syntax {

using llvm::cast;
using llvm::dyn_cast;

namespace {

// Writes Go source for a tree. Invariant: `indent_` is the nesting depth of the line being written;
// statements and declarations start on a fresh line (newline() then the indentation), expressions are
// written inline and only function literals open new lines inside them.
class Printer {
public:
  std::string take() { return std::move(out_); }

  void file(const File* f);
  void expr(const Expr* x);
  void stmt(const Stmt* s);

private:
  void newline() {
    out_ += '\n';
    out_.append(indent_, '\t');
  }
  void decls(const std::vector<Decl*>& list, bool topLevel);
  void declBody(const Decl* d);
  void exprList(const std::vector<Expr*>& list);
  void fieldList(const std::vector<Field*>& fields, const char* sep);
  void params(const std::vector<Field*>& fields);
  void signature(const FuncType* ft);
  void typeParams(const std::vector<Field*>& fields);
  void block(const BlockStmt* b);
  void stmtList(const std::vector<Stmt*>& list);
  void simpleStmt(const Stmt* s); // a statement that fits a header (no trailing newline)

  std::string out_;
  size_t indent_ = 0;
};

void Printer::exprList(const std::vector<Expr*>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out_ += ", ";
    expr(list[i]);
  }
}

// Fields that share one type node (declared together as `a, b T`) are printed together again.
void Printer::fieldList(const std::vector<Field*>& fields, const char* sep) {
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field* f = fields[i];
    if (f->name) {
      out_ += f->name->value;
      bool sharesNext = i + 1 < fields.size() && fields[i + 1]->name && fields[i + 1]->type == f->type &&
                        fields[i + 1]->tag == f->tag;
      if (sharesNext) {
        out_ += ", ";
        continue;
      }
      out_ += ' ';
    }
    expr(f->type);
    if (f->tag) {
      out_ += ' ';
      out_ += f->tag->value;
    }
    if (i + 1 < fields.size()) out_ += sep;
  }
}

void Printer::params(const std::vector<Field*>& fields) {
  out_ += '(';
  fieldList(fields, ", ");
  out_ += ')';
}

void Printer::signature(const FuncType* ft) {
  params(ft->params);
  if (ft->results.empty()) return;
  out_ += ' ';
  if (ft->results.size() == 1 && !ft->results[0]->name) {
    expr(ft->results[0]->type);
    return;
  }
  params(ft->results);
}

void Printer::typeParams(const std::vector<Field*>& fields) {
  if (fields.empty()) return;
  out_ += '[';
  fieldList(fields, ", ");
  out_ += ']';
}

static bool startsWithOperatorChar(const std::string& s) {
  return !s.empty() && std::string_view("+-*/%&|^<>=!~").find(s[0]) != std::string_view::npos;
}

void Printer::expr(const Expr* x) {
  switch (x->kind) {
  case NodeKind::BadExpr: out_ += "BAD"; return;
  case NodeKind::Name: out_ += cast<Name>(x)->value; return;
  case NodeKind::BasicLit: out_ += cast<BasicLit>(x)->value; return;
  case NodeKind::CompositeLit: {
    auto* c = cast<CompositeLit>(x);
    if (c->type) expr(c->type);
    out_ += '{';
    exprList(c->elems);
    out_ += '}';
    return;
  }
  case NodeKind::KeyValueExpr: {
    auto* kv = cast<KeyValueExpr>(x);
    expr(kv->key);
    out_ += ": ";
    expr(kv->value);
    return;
  }
  case NodeKind::FuncLit: {
    auto* f = cast<FuncLit>(x);
    out_ += "func";
    signature(f->type);
    out_ += ' ';
    block(f->body);
    return;
  }
  case NodeKind::ParenExpr:
    out_ += '(';
    expr(cast<ParenExpr>(x)->x);
    out_ += ')';
    return;
  case NodeKind::SelectorExpr: {
    auto* s = cast<SelectorExpr>(x);
    expr(s->x);
    out_ += '.';
    out_ += s->sel->value;
    return;
  }
  case NodeKind::IndexExpr: {
    auto* ix = cast<IndexExpr>(x);
    expr(ix->x);
    out_ += '[';
    exprList(ix->index);
    out_ += ']';
    return;
  }
  case NodeKind::SliceExpr: {
    auto* s = cast<SliceExpr>(x);
    expr(s->x);
    out_ += '[';
    if (s->lo) expr(s->lo);
    out_ += ':';
    if (s->hi) expr(s->hi);
    if (s->full) {
      out_ += ':';
      if (s->max) expr(s->max);
    }
    out_ += ']';
    return;
  }
  case NodeKind::AssertExpr: {
    auto* a = cast<AssertExpr>(x);
    expr(a->x);
    out_ += ".(";
    if (a->type) expr(a->type);
    else out_ += "type";
    out_ += ')';
    return;
  }
  case NodeKind::TypeSwitchGuard: {
    auto* g = cast<TypeSwitchGuard>(x);
    if (g->lhs) out_ += g->lhs->value + " := ";
    expr(g->x);
    out_ += ".(type)";
    return;
  }
  case NodeKind::CallExpr: {
    auto* c = cast<CallExpr>(x);
    expr(c->fun);
    out_ += '(';
    exprList(c->args);
    if (c->hasDots) out_ += "...";
    out_ += ')';
    return;
  }
  case NodeKind::Operation: {
    auto* op = cast<Operation>(x);
    if (op->isUnary()) {
      out_ += operatorSpelling(op->op);
      Printer sub;
      sub.indent_ = indent_;
      sub.expr(op->x);
      std::string operand = sub.take();
      if (startsWithOperatorChar(operand)) out_ += ' '; // `- -x`, not `--x`
      out_ += operand;
      return;
    }
    expr(op->x);
    out_ += ' ';
    out_ += operatorSpelling(op->op);
    out_ += ' ';
    expr(op->y);
    return;
  }
  case NodeKind::ArrayType: {
    auto* a = cast<ArrayType>(x);
    out_ += '[';
    if (a->len) expr(a->len);
    else out_ += "...";
    out_ += ']';
    expr(a->elem);
    return;
  }
  case NodeKind::SliceType:
    out_ += "[]";
    expr(cast<SliceType>(x)->elem);
    return;
  case NodeKind::DotsType:
    out_ += "...";
    expr(cast<DotsType>(x)->elem);
    return;
  case NodeKind::StructType: {
    auto* st = cast<StructType>(x);
    if (st->fields.empty()) {
      out_ += "struct{}";
      return;
    }
    out_ += "struct{ ";
    fieldList(st->fields, "; ");
    out_ += " }";
    return;
  }
  case NodeKind::FuncType:
    out_ += "func";
    signature(cast<FuncType>(x));
    return;
  case NodeKind::InterfaceType: {
    auto* it = cast<InterfaceType>(x);
    if (it->elems.empty()) {
      out_ += "interface{}";
      return;
    }
    out_ += "interface{ ";
    for (size_t i = 0; i < it->elems.size(); ++i) {
      const Field* f = it->elems[i];
      if (i) out_ += "; ";
      if (f->name) {
        out_ += f->name->value;
        signature(cast<FuncType>(f->type));
      } else {
        expr(f->type);
      }
    }
    out_ += " }";
    return;
  }
  case NodeKind::MapType: {
    auto* m = cast<MapType>(x);
    out_ += "map[";
    expr(m->key);
    out_ += ']';
    expr(m->value);
    return;
  }
  case NodeKind::ChanType: {
    auto* c = cast<ChanType>(x);
    if (c->dir == ChanDir::RecvOnly) out_ += "<-chan ";
    else if (c->dir == ChanDir::SendOnly) out_ += "chan<- ";
    else out_ += "chan ";
    expr(c->elem);
    return;
  }
  default:
    out_ += "BAD";
    return;
  }
}

void Printer::block(const BlockStmt* b) {
  out_ += '{';
  ++indent_;
  stmtList(b->list);
  --indent_;
  newline();
  out_ += '}';
}

void Printer::stmtList(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) {
    newline();
    stmt(s);
  }
}

void Printer::simpleStmt(const Stmt* s) {
  switch (s->kind) {
  case NodeKind::ExprStmt: expr(cast<ExprStmt>(s)->x); return;
  case NodeKind::SendStmt: {
    auto* ss = cast<SendStmt>(s);
    expr(ss->chan);
    out_ += " <- ";
    expr(ss->value);
    return;
  }
  case NodeKind::AssignStmt: {
    auto* as = cast<AssignStmt>(s);
    exprList(as->lhs);
    switch (as->form) {
    case AssignStmt::Form::IncDec: out_ += as->op == Operator::Add ? "++" : "--"; return;
    case AssignStmt::Form::Plain: out_ += " = "; break;
    case AssignStmt::Form::Define: out_ += " := "; break;
    case AssignStmt::Form::OpAssign:
      out_ += ' ';
      out_ += operatorSpelling(as->op);
      out_ += "= ";
      break;
    }
    exprList(as->rhs);
    return;
  }
  default: stmt(s); return;
  }
}

void Printer::stmt(const Stmt* s) {
  switch (s->kind) {
  case NodeKind::EmptyStmt: return;
  case NodeKind::LabeledStmt: {
    auto* l = cast<LabeledStmt>(s);
    out_ += l->label->value + ":";
    if (l->stmt->kind == NodeKind::EmptyStmt) return;
    newline();
    stmt(l->stmt);
    return;
  }
  case NodeKind::BlockStmt: block(cast<BlockStmt>(s)); return;
  case NodeKind::ExprStmt:
  case NodeKind::SendStmt:
  case NodeKind::AssignStmt: simpleStmt(s); return;
  case NodeKind::DeclStmt: decls(cast<DeclStmt>(s)->decls, false); return;
  case NodeKind::BranchStmt: {
    auto* b = cast<BranchStmt>(s);
    static const char* const words[] = {"break", "continue", "goto", "fallthrough"};
    out_ += words[static_cast<int>(b->branch)];
    if (b->label) out_ += " " + b->label->value;
    return;
  }
  case NodeKind::CallStmt: {
    auto* c = cast<CallStmt>(s);
    out_ += c->callKind == CallStmtKind::Go ? "go " : "defer ";
    expr(c->call);
    return;
  }
  case NodeKind::ReturnStmt: {
    auto* r = cast<ReturnStmt>(s);
    out_ += "return";
    if (!r->results.empty()) {
      out_ += ' ';
      exprList(r->results);
    }
    return;
  }
  case NodeKind::IfStmt: {
    auto* i = cast<IfStmt>(s);
    out_ += "if ";
    if (i->init) {
      simpleStmt(i->init);
      out_ += "; ";
    }
    expr(i->cond);
    out_ += ' ';
    block(i->then);
    if (i->elseStmt) {
      out_ += " else ";
      stmt(i->elseStmt);
    }
    return;
  }
  case NodeKind::ForStmt: {
    auto* f = cast<ForStmt>(s);
    out_ += "for ";
    if (const RangeClause* r = f->range) {
      if (r->key) {
        expr(r->key);
        if (r->value) {
          out_ += ", ";
          expr(r->value);
        }
        out_ += r->define ? " := " : " = ";
      }
      out_ += "range ";
      expr(r->x);
      out_ += ' ';
    } else if (f->init || f->post) {
      if (f->init) simpleStmt(f->init);
      out_ += "; ";
      if (f->cond) expr(f->cond);
      out_ += "; ";
      if (f->post) {
        simpleStmt(f->post);
        out_ += ' ';
      }
    } else if (f->cond) {
      expr(f->cond);
      out_ += ' ';
    }
    block(f->body);
    return;
  }
  case NodeKind::SwitchStmt: {
    auto* sw = cast<SwitchStmt>(s);
    out_ += "switch ";
    if (sw->init) {
      simpleStmt(sw->init);
      out_ += "; ";
    }
    if (sw->tag) {
      expr(sw->tag);
      out_ += ' ';
    }
    out_ += '{';
    for (const CaseClause* c : sw->clauses) {
      newline();
      if (c->isDefault) {
        out_ += "default:";
      } else {
        out_ += "case ";
        exprList(c->cases);
        out_ += ':';
      }
      ++indent_;
      stmtList(c->body);
      --indent_;
    }
    newline();
    out_ += '}';
    return;
  }
  case NodeKind::SelectStmt: {
    auto* sel = cast<SelectStmt>(s);
    out_ += "select {";
    for (const CommClause* c : sel->clauses) {
      newline();
      if (!c->comm) {
        out_ += "default:";
      } else {
        out_ += "case ";
        simpleStmt(c->comm);
        out_ += ':';
      }
      ++indent_;
      stmtList(c->body);
      --indent_;
    }
    newline();
    out_ += '}';
    return;
  }
  default: out_ += "BAD"; return;
  }
}

static const char* declKeyword(const Decl* d) {
  switch (d->kind) {
  case NodeKind::ImportDecl: return "import";
  case NodeKind::ConstDecl: return "const";
  case NodeKind::TypeDecl: return "type";
  case NodeKind::VarDecl: return "var";
  default: return "func";
  }
}

void Printer::declBody(const Decl* d) {
  switch (d->kind) {
  case NodeKind::ImportDecl: {
    auto* i = cast<ImportDecl>(d);
    if (i->localName) out_ += i->localName->value + " ";
    out_ += i->path->value;
    return;
  }
  case NodeKind::ConstDecl:
  case NodeKind::VarDecl: {
    const std::vector<Name*>& names = d->kind == NodeKind::ConstDecl ? cast<ConstDecl>(d)->names : cast<VarDecl>(d)->names;
    const Expr* type = d->kind == NodeKind::ConstDecl ? cast<ConstDecl>(d)->type : cast<VarDecl>(d)->type;
    const std::vector<Expr*>& values = d->kind == NodeKind::ConstDecl ? cast<ConstDecl>(d)->values : cast<VarDecl>(d)->values;
    for (size_t i = 0; i < names.size(); ++i) out_ += (i ? ", " : "") + names[i]->value;
    if (type) {
      out_ += ' ';
      expr(type);
    }
    if (!values.empty()) {
      out_ += " = ";
      exprList(values);
    }
    return;
  }
  case NodeKind::TypeDecl: {
    auto* t = cast<TypeDecl>(d);
    out_ += t->name->value;
    typeParams(t->typeParams);
    out_ += t->alias ? " = " : " ";
    expr(t->type);
    return;
  }
  case NodeKind::FuncDecl: {
    auto* f = cast<FuncDecl>(d);
    if (f->recv) {
      params({f->recv});
      out_ += ' ';
    }
    out_ += f->name->value;
    typeParams(f->typeParams);
    signature(f->type);
    if (f->body) {
      out_ += ' ';
      block(f->body);
    }
    return;
  }
  default: return;
  }
}

// Consecutive declarations with one nonzero group number came from one `kw ( ... )`.
void Printer::decls(const std::vector<Decl*>& list, bool topLevel) {
  for (size_t i = 0; i < list.size();) {
    const Decl* d = list[i];
    if (topLevel) {
      out_ += '\n';
      if (i > 0) out_ += '\n';
    } else if (i > 0) {
      newline();
    }
    out_ += declKeyword(d);
    out_ += ' ';
    if (d->group == 0) {
      declBody(d);
      ++i;
      continue;
    }
    out_ += '(';
    ++indent_;
    size_t j = i;
    for (; j < list.size() && list[j]->group == d->group; ++j) {
      newline();
      declBody(list[j]);
    }
    --indent_;
    newline();
    out_ += ')';
    i = j;
  }
}

void Printer::file(const File* f) {
  out_ += "package " + f->pkgName->value + "\n";
  decls(f->decls, true);
  out_ += '\n';
}

} // namespace

std::string printFile(const File* file) {
  Printer p;
  p.file(file);
  return p.take();
}

std::string printExpr(const Expr* x) {
  Printer p;
  p.expr(x);
  return p.take();
}

std::string printStmt(const Stmt* s) {
  Printer p;
  p.stmt(s);
  return p.take();
}

} // namespace goxx::syntax
