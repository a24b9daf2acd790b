#include "syntax/ast_builder.h"

#include "GoxLexer.h"
#include "GoxParser.h"
#include "syntax/ast_positions.h"
#include "syntax/ast_printer.h"
#include "syntax/literal_syntax.h"

#include <llvm/Support/Casting.h>

#include <typeinfo>

namespace goxx::syntax {

using goxx_grammar::GoxLexer;
using goxx_grammar::GoxParser;
using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using P = GoxParser;

namespace {

// One entry of a parameter list before Go's name/type distribution: `name`, `type` or both.
struct RawParam {
  Name* name = nullptr;
  Expr* type = nullptr;
  Pos pos;
};

} // namespace

class Builder {
public:
  Builder(AstArena& arena, DiagnosticEngine& diags, const SourcePositions& positions,
          const std::unordered_set<size_t>& badLiterals)
      : arena_(arena), diags_(diags), positions_(positions), badLiterals_(badLiterals) {}

  File* file(P::SourceFileContext* ctx, std::string path);
  File* begin(P::PackageClauseContext* ctx, std::string path);
  void addDecl(File* f, P::TopLevelDeclContext* d);
  void finish(File* f, Pos eof);

private:
  template <class T, class... A>
  T* make(A&&... args) {
    return arena_.make<T>(std::forward<A>(args)...);
  }

  Pos pos(const Token* t) const { return positions_.at(t->getStartIndex()); }
  Pos pos(TerminalNode* t) const { return pos(t->getSymbol()); }
  Pos pos(ParserRuleContext* ctx) const { return pos(ctx->getStart()); }
  void error(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
  void syntaxError(Pos p, const std::string& msg) { diags_.error(p, "syntax error: " + msg); }

  // Parse-tree node tests by exact dynamic type: every context class the generated parser instantiates
  // is a leaf class, and a typeid comparison is much cheaper than dynamic_cast (this is hot code).
  template <class T>
  static T* as(ParseTree* t) {
    return t != nullptr && typeid(*t) == typeid(T) ? static_cast<T*>(t) : nullptr;
  }
  static bool isTerminal(ParseTree* t) {
    return typeid(*t) == typeid(antlr4::tree::TerminalNodeImpl) || typeid(*t) == typeid(antlr4::tree::ErrorNodeImpl);
  }
  static size_t tokenType(ParseTree* t) {
    return isTerminal(t) ? static_cast<TerminalNode*>(t)->getSymbol()->getType() : 0;
  }
  static ParserRuleContext* rule(ParseTree* t) { return isTerminal(t) ? nullptr : static_cast<ParserRuleContext*>(t); }

  Name* name(TerminalNode* ident) { return make<Name>(pos(ident), ident->getText()); }

  // Declarations.
  void importDecl(P::ImportDeclContext* ctx, std::vector<Decl*>& out);
  void constDecl(P::ConstDeclContext* ctx, std::vector<Decl*>& out);
  void varDecl(P::VarDeclContext* ctx, std::vector<Decl*>& out);
  void typeDecl(P::TypeDeclContext* ctx, std::vector<Decl*>& out);
  TypeDecl* typeSpec(P::TypeSpecContext* ctx);
  FuncDecl* funcDecl(P::FuncDeclContext* ctx);
  std::vector<Name*> identList(P::IdentListContext* ctx);
  std::vector<Field*> typeParams(P::TypeParamsContext* ctx);

  // Types.
  Expr* type(P::Type_Context* ctx);
  Expr* typeNoBracket(P::TypeNoBracketContext* ctx);
  Expr* namedType(P::TypeNameContext* name, P::TypeArgsContext* args);
  Expr* typeLit(P::TypeLitContext* ctx);
  Expr* nonBracketTypeLit(P::NonBracketTypeLitContext* ctx);
  Expr* arrayOrSliceType(P::ArrayOrSliceTypeContext* ctx);
  Expr* pointerType(P::PointerTypeContext* ctx);
  Expr* mapType(P::MapTypeContext* ctx);
  Expr* chanType(P::ChanTypeContext* ctx);
  Expr* forwardChanType(P::ForwardChanTypeContext* ctx);
  Expr* chanElem(P::ChanElemContext* ctx);
  StructType* structType(P::StructTypeContext* ctx);
  InterfaceType* interfaceType(P::InterfaceTypeContext* ctx);
  Expr* typeElem(P::TypeElemContext* ctx);
  FuncType* signature(P::SignatureContext* ctx, Pos pos);
  std::vector<Field*> parameters(P::ParametersContext* ctx);
  RawParam nameRest(Name* name, P::NameRestContext* ctx);

  // Statements.
  BlockStmt* block(P::BlockContext* ctx);
  std::vector<Stmt*> statementList(P::StatementListContext* ctx);
  Stmt* statement(P::StatementContext* ctx);
  Stmt* simpleStmt(ParserRuleContext* ctx); // simpleStmt or simpleStmtNoLit
  Stmt* simpleRest(std::vector<Expr*> lhs, ParserRuleContext* rest);
  Stmt* ifStmt(P::IfStmtContext* ctx);
  Stmt* switchStmt(P::SwitchStmtContext* ctx);
  Stmt* selectStmt(P::SelectStmtContext* ctx);
  Stmt* forStmt(P::ForStmtContext* ctx);
  void forCondPost(P::ForCondPostContext* ctx, ForStmt* f);
  Stmt* callStmt(ParserRuleContext* ctx, Token* keyword, CallStmtKind kind, P::ExpressionContext* x);
  Expr* headerCondition(Stmt* s);
  Expr* switchTag(Stmt* s);

  // Expressions.
  Expr* expr(ParserRuleContext* ctx);
  std::vector<Expr*> exprList(ParserRuleContext* ctx);
  Expr* binaryChain(ParserRuleContext* ctx);
  Expr* climb(const std::vector<ParseTree*>& kids, size_t& next, int minPrec);
  Expr* unary(ParserRuleContext* ctx);
  Expr* postfix(Expr* x, ParserRuleContext* ctx);
  Expr* operand(ParserRuleContext* ctx);
  BasicLit* basicLit(Token* tok);
  CompositeLit* literalValue(Expr* type, P::LiteralValueContext* ctx);
  Expr* elementValue(P::ElementValueContext* ctx);

  static Operator binaryOperator(size_t tokenType);
  static Operator unaryOperator(size_t tokenType);

  AstArena& arena_;
  DiagnosticEngine& diags_;
  const SourcePositions& positions_;
  const std::unordered_set<size_t>& badLiterals_;
  uint32_t nextGroup_ = 1;
  bool seenOtherDecl_ = false; // a non-import top-level declaration was seen
  // `.(type)` postfixes not (yet) claimed by a switch header; reported at the end.
  std::vector<AssertExpr*> looseTypeGuards_;
};

// ------------------------------------------------------------------------------------------ files

File* Builder::file(P::SourceFileContext* ctx, std::string path) {
  File* f = begin(ctx->packageClause(), std::move(path));
  for (P::TopLevelDeclContext* d : ctx->topLevelDecl()) addDecl(f, d);
  finish(f, positions_.at(ctx->EOF()->getSymbol()->getStartIndex()));
  return f;
}

File* Builder::begin(P::PackageClauseContext* ctx, std::string path) {
  auto* f = make<File>(pos(ctx->PACKAGE()));
  f->path = std::move(path);
  f->pkgName = name(ctx->IDENT());
  return f;
}

void Builder::addDecl(File* f, P::TopLevelDeclContext* d) {
  if (d->importDecl()) {
    if (seenOtherDecl_) syntaxError(pos(d->importDecl()->IMPORT()), "imports must appear before other declarations");
    importDecl(d->importDecl(), f->decls);
    return;
  }
  seenOtherDecl_ = true;
  if (d->constDecl()) constDecl(d->constDecl(), f->decls);
  else if (d->varDecl()) varDecl(d->varDecl(), f->decls);
  else if (d->typeDecl()) typeDecl(d->typeDecl(), f->decls);
  else if (d->funcDecl()) f->decls.push_back(funcDecl(d->funcDecl()));
}

void Builder::finish(File* f, Pos eof) {
  f->eof = eof;
  for (AssertExpr* a : looseTypeGuards_) error(a->pos, "use of .(type) outside type switch");
  looseTypeGuards_.clear();
}

// ------------------------------------------------------------------------------------------ declarations

void Builder::importDecl(P::ImportDeclContext* ctx, std::vector<Decl*>& out) {
  uint32_t group = ctx->LPAREN() ? nextGroup_++ : 0;
  for (P::ImportSpecContext* spec : ctx->importSpec()) {
    Token* pathTok = spec->importPath()->getStart();
    auto* d = make<ImportDecl>(pos(spec));
    d->group = group;
    if (spec->DOT()) d->localName = make<Name>(pos(spec->DOT()), ".");
    else if (spec->IDENT()) d->localName = name(spec->IDENT());
    d->path = basicLit(pathTok);
    out.push_back(d);
  }
}

std::vector<Name*> Builder::identList(P::IdentListContext* ctx) {
  std::vector<Name*> names;
  for (TerminalNode* id : ctx->IDENT()) names.push_back(name(id));
  return names;
}

// Invariant for a const group: `lastWithValues` is the nearest earlier spec that has values; specs
// without values repeat it (implicitFrom), each with its own iota (the spec's index in the group).
void Builder::constDecl(P::ConstDeclContext* ctx, std::vector<Decl*>& out) {
  uint32_t group = ctx->LPAREN() ? nextGroup_++ : 0;
  const ConstDecl* lastWithValues = nullptr;
  uint32_t iota = 0;
  for (P::ConstSpecContext* spec : ctx->constSpec()) {
    auto* d = make<ConstDecl>(pos(spec));
    d->group = group;
    d->iota = iota++;
    d->names = identList(spec->identList());
    if (spec->type_()) d->type = type(spec->type_());
    if (spec->expressionList()) d->values = exprList(spec->expressionList());
    if (!d->values.empty()) {
      lastWithValues = d;
    } else {
      d->implicitFrom = lastWithValues;
      if (d->type) syntaxError(d->type->pos, "const declaration cannot have type without expression");
      else if (!lastWithValues) error(d->pos, "missing init expr for const declaration");
    }
    out.push_back(d);
  }
}

void Builder::varDecl(P::VarDeclContext* ctx, std::vector<Decl*>& out) {
  uint32_t group = ctx->LPAREN() ? nextGroup_++ : 0;
  for (P::VarSpecContext* spec : ctx->varSpec()) {
    auto* d = make<VarDecl>(pos(spec));
    d->group = group;
    d->names = identList(spec->identList());
    if (spec->type_()) d->type = type(spec->type_());
    if (spec->expressionList()) d->values = exprList(spec->expressionList());
    out.push_back(d);
  }
}

void Builder::typeDecl(P::TypeDeclContext* ctx, std::vector<Decl*>& out) {
  uint32_t group = ctx->LPAREN() ? nextGroup_++ : 0;
  for (P::TypeSpecContext* spec : ctx->typeSpec()) {
    TypeDecl* d = typeSpec(spec);
    d->group = group;
    out.push_back(d);
  }
}

// `type N [x]T` is an array type when the brackets hold one entry without a constraint, a generic type
// (type parameters) otherwise — the same decision gc's parser makes.
TypeDecl* Builder::typeSpec(P::TypeSpecContext* ctx) {
  if (auto* alias = as<P::AliasSpecContext>(ctx)) {
    auto* d = make<TypeDecl>(pos(alias->IDENT()));
    d->name = name(alias->IDENT());
    d->alias = true;
    d->type = type(alias->type_());
    return d;
  }
  auto* defined = static_cast<P::DefinedTypeSpecContext*>(ctx);
  auto* d = make<TypeDecl>(pos(defined->IDENT()));
  d->name = name(defined->IDENT());
  P::TypeSpecRestContext* rest = defined->typeSpecRest();
  if (auto* plain = as<P::PlainTypeRestContext>(rest)) {
    d->type = typeNoBracket(plain->typeNoBracket());
  } else if (auto* slice = as<P::SliceTypeRestContext>(rest)) {
    auto* t = make<SliceType>(pos(slice->LBRACK()));
    t->elem = type(slice->type_());
    d->type = t;
  } else if (auto* dots = as<P::DotsArrayTypeRestContext>(rest)) {
    auto* t = make<ArrayType>(pos(dots->LBRACK()));
    t->elem = type(dots->type_());
    d->type = t;
  } else {
    auto* br = static_cast<P::BracketTypeRestContext*>(rest);
    std::vector<P::TypeParamOrLenContext*> entries = br->typeParamOrLen();
    if (entries.size() == 1 && as<P::LenEntryContext>(entries[0])) {
      auto* t = make<ArrayType>(pos(br->LBRACK()));
      t->len = expr(as<P::LenEntryContext>(entries[0])->expression());
      t->elem = type(br->type_());
      d->type = t;
      return d;
    }
    // Type parameters: `P, Q any` share the constraint written after the last of them.
    std::vector<Field*> pending;
    for (P::TypeParamOrLenContext* e : entries) {
      auto* param = as<P::TypeParamEntryContext>(e);
      Expr* x = param ? name(param->IDENT()) : expr(as<P::LenEntryContext>(e)->expression());
      auto* f = make<Field>(x->pos);
      if (auto* n = llvm::dyn_cast<Name>(x)) f->name = n;
      else syntaxError(startPos(x), "type parameters must be named");
      pending.push_back(f);
      if (param) {
        Expr* constraint = typeElem(param->typeElem());
        for (Field* p : pending) p->type = constraint;
        d->typeParams.insert(d->typeParams.end(), pending.begin(), pending.end());
        pending.clear();
      }
    }
    if (!pending.empty()) {
      syntaxError(pos(br->RBRACK()), "missing type constraint");
      for (Field* p : pending) p->type = make<BadExpr>(p->pos);
      d->typeParams.insert(d->typeParams.end(), pending.begin(), pending.end());
    }
    d->type = type(br->type_());
  }
  return d;
}

std::vector<Field*> Builder::typeParams(P::TypeParamsContext* ctx) {
  std::vector<Field*> fields;
  for (P::TypeParamDeclContext* d : ctx->typeParamDecl()) {
    Expr* constraint = typeElem(d->typeElem());
    for (Name* n : identList(d->identList())) {
      auto* f = make<Field>(n->pos);
      f->name = n;
      f->type = constraint;
      fields.push_back(f);
    }
  }
  return fields;
}

FuncDecl* Builder::funcDecl(P::FuncDeclContext* ctx) {
  auto* d = make<FuncDecl>(pos(ctx->FUNC()));
  if (P::ReceiverContext* recv = ctx->receiver()) {
    std::vector<Field*> fields = parameters(recv->parameters());
    if (fields.empty()) error(pos(recv), "method has no receiver");
    else if (fields.size() > 1) error(pos(recv), "method has multiple receivers");
    if (!fields.empty()) d->recv = fields[0];
  }
  d->name = name(ctx->IDENT());
  if (ctx->typeParams()) d->typeParams = typeParams(ctx->typeParams());
  d->type = signature(ctx->signature(), pos(ctx->signature()));
  if (ctx->block()) d->body = block(ctx->block());
  return d;
}

// ------------------------------------------------------------------------------------------ types

Expr* Builder::type(P::Type_Context* ctx) {
  if (auto* named = as<P::NamedTypeContext>(ctx)) return namedType(named->typeName(), named->typeArgs());
  if (auto* lit = as<P::LiteralTypeContext>(ctx)) return typeLit(lit->typeLit());
  auto* paren = static_cast<P::ParenTypeContext*>(ctx);
  auto* p = make<ParenExpr>(pos(paren->LPAREN()));
  p->x = type(paren->type_());
  return p;
}

Expr* Builder::typeNoBracket(P::TypeNoBracketContext* ctx) {
  if (auto* named = as<P::NamedTypeNBContext>(ctx)) return namedType(named->typeName(), named->typeArgs());
  if (auto* lit = as<P::LiteralTypeNBContext>(ctx)) return nonBracketTypeLit(lit->nonBracketTypeLit());
  auto* paren = static_cast<P::ParenTypeNBContext*>(ctx);
  auto* p = make<ParenExpr>(pos(paren->LPAREN()));
  p->x = type(paren->type_());
  return p;
}

Expr* Builder::namedType(P::TypeNameContext* tn, P::TypeArgsContext* args) {
  Expr* x = name(tn->IDENT(0));
  if (tn->DOT()) {
    auto* sel = make<SelectorExpr>(pos(tn->DOT()));
    sel->x = x;
    sel->sel = name(tn->IDENT(1));
    x = sel;
  }
  if (!args) return x;
  auto* ix = make<IndexExpr>(pos(args->LBRACK()));
  ix->x = x;
  for (P::Type_Context* t : args->type_()) ix->index.push_back(type(t));
  return ix;
}

Expr* Builder::typeLit(P::TypeLitContext* ctx) {
  if (ctx->arrayOrSliceType()) return arrayOrSliceType(ctx->arrayOrSliceType());
  return nonBracketTypeLit(ctx->nonBracketTypeLit());
}

Expr* Builder::nonBracketTypeLit(P::NonBracketTypeLitContext* ctx) {
  if (ctx->structType()) return structType(ctx->structType());
  if (ctx->pointerType()) return pointerType(ctx->pointerType());
  if (ctx->funcType()) return signature(ctx->funcType()->signature(), pos(ctx->funcType()->signature()));
  if (ctx->interfaceType()) return interfaceType(ctx->interfaceType());
  if (ctx->mapType()) return mapType(ctx->mapType());
  return chanType(ctx->chanType());
}

Expr* Builder::arrayOrSliceType(P::ArrayOrSliceTypeContext* ctx) {
  Pos lbrack = pos(ctx->LBRACK());
  if (!ctx->expression() && !ctx->ELLIPSIS()) {
    auto* t = make<SliceType>(lbrack);
    t->elem = type(ctx->type_());
    return t;
  }
  auto* t = make<ArrayType>(lbrack);
  if (ctx->expression()) t->len = expr(ctx->expression());
  t->elem = type(ctx->type_());
  return t;
}

Expr* Builder::pointerType(P::PointerTypeContext* ctx) {
  auto* op = make<Operation>(pos(ctx->STAR()), Operator::Mul);
  op->x = type(ctx->type_());
  return op;
}

Expr* Builder::mapType(P::MapTypeContext* ctx) {
  auto* t = make<MapType>(pos(ctx->MAP()));
  t->key = type(ctx->type_(0));
  t->value = type(ctx->type_(1));
  return t;
}

Expr* Builder::chanType(P::ChanTypeContext* ctx) {
  if (ctx->forwardChanType()) return forwardChanType(ctx->forwardChanType());
  auto* t = make<ChanType>(pos(ctx->ARROW()));
  t->dir = ChanDir::RecvOnly;
  t->elem = type(ctx->type_());
  return t;
}

Expr* Builder::forwardChanType(P::ForwardChanTypeContext* ctx) {
  auto* t = make<ChanType>(pos(ctx->CHAN()));
  if (ctx->ARROW()) {
    t->dir = ChanDir::SendOnly;
    t->elem = type(ctx->type_());
  } else {
    t->elem = chanElem(ctx->chanElem());
  }
  return t;
}

Expr* Builder::chanElem(P::ChanElemContext* ctx) {
  if (ctx->typeName()) return namedType(ctx->typeName(), ctx->typeArgs());
  if (ctx->arrayOrSliceType()) return arrayOrSliceType(ctx->arrayOrSliceType());
  if (ctx->structType()) return structType(ctx->structType());
  if (ctx->pointerType()) return pointerType(ctx->pointerType());
  if (ctx->funcType()) return signature(ctx->funcType()->signature(), pos(ctx->funcType()->signature()));
  if (ctx->interfaceType()) return interfaceType(ctx->interfaceType());
  if (ctx->mapType()) return mapType(ctx->mapType());
  if (ctx->forwardChanType()) return forwardChanType(ctx->forwardChanType());
  auto* p = make<ParenExpr>(pos(ctx->LPAREN()));
  p->x = type(ctx->type_());
  return p;
}

StructType* Builder::structType(P::StructTypeContext* ctx) {
  auto* st = make<StructType>(pos(ctx->STRUCT()));
  for (P::FieldDeclContext* fd : ctx->fieldDecl()) {
    auto tagOf = [&](P::TagContext* tag) -> BasicLit* { return tag ? basicLit(tag->getStart()) : nullptr; };
    auto add = [&](Name* n, Expr* t, P::TagContext* tag, Pos p) {
      auto* f = make<Field>(p);
      f->name = n;
      f->type = t;
      f->tag = tagOf(tag);
      st->fields.push_back(f);
    };
    if (auto* names = as<P::NamesFieldContext>(fd)) {
      Expr* t = type(names->type_());
      for (TerminalNode* id : names->IDENT()) add(name(id), t, names->tag(), pos(id));
    } else if (auto* one = as<P::NameOrEmbeddedFieldContext>(fd)) {
      Name* n = name(one->IDENT());
      if (!one->nameRest()) {
        add(nullptr, n, one->tag(), n->pos);
        continue;
      }
      if (as<P::NameDotsRestContext>(one->nameRest()))
        syntaxError(pos(one->nameRest()), "unexpected ..., expected type");
      RawParam r = nameRest(n, one->nameRest());
      add(r.name, r.type, one->tag(), r.pos);
    } else if (auto* q = as<P::QualifiedEmbeddedFieldContext>(fd)) {
      auto* sel = make<SelectorExpr>(pos(q->DOT()));
      sel->x = name(q->IDENT(0));
      sel->sel = name(q->IDENT(1));
      Expr* t = sel;
      if (q->typeArgs()) {
        auto* ix = make<IndexExpr>(pos(q->typeArgs()->LBRACK()));
        ix->x = sel;
        for (P::Type_Context* a : q->typeArgs()->type_()) ix->index.push_back(type(a));
        t = ix;
      }
      add(nullptr, t, q->tag(), sel->x->pos);
    } else if (auto* ptr = as<P::PointerEmbeddedFieldContext>(fd)) {
      auto* op = make<Operation>(pos(ptr->STAR()), Operator::Mul);
      op->x = namedType(ptr->typeName(), ptr->typeArgs());
      add(nullptr, op, ptr->tag(), op->pos);
    } else {
      auto* paren = static_cast<P::ParenEmbeddedFieldContext*>(fd);
      syntaxError(pos(paren->LPAREN()), "cannot parenthesize embedded type");
      add(nullptr, type(paren->type_()), paren->tag(), pos(paren->LPAREN()));
    }
  }
  return st;
}

InterfaceType* Builder::interfaceType(P::InterfaceTypeContext* ctx) {
  auto* it = make<InterfaceType>(pos(ctx->INTERFACE()));
  for (P::InterfaceElemContext* e : ctx->interfaceElem()) {
    if (auto* m = as<P::MethodElemContext>(e)) {
      auto* f = make<Field>(pos(m->IDENT()));
      f->name = name(m->IDENT());
      f->type = signature(m->signature(), pos(m->signature()));
      it->elems.push_back(f);
      continue;
    }
    auto* emb = static_cast<P::EmbeddedElemContext*>(e);
    Expr* t = typeElem(emb->typeElem());
    auto* f = make<Field>(startPos(t));
    f->type = t;
    it->elems.push_back(f);
  }
  return it;
}

// A | ~B | C: a left-leaning chain of binary Or operations over terms (~T is a unary Tilde).
Expr* Builder::typeElem(P::TypeElemContext* ctx) {
  Expr* result = nullptr;
  std::vector<TerminalNode*> ors = ctx->OR();
  std::vector<P::TypeTermContext*> terms = ctx->typeTerm();
  for (size_t i = 0; i < terms.size(); ++i) {
    Expr* t = type(terms[i]->type_());
    if (terms[i]->TILDE()) {
      auto* tilde = make<Operation>(pos(terms[i]->TILDE()), Operator::Tilde);
      tilde->x = t;
      t = tilde;
    }
    if (!result) {
      result = t;
      continue;
    }
    auto* op = make<Operation>(pos(ors[i - 1]), Operator::Or);
    op->x = result;
    op->y = t;
    result = op;
  }
  return result;
}

FuncType* Builder::signature(P::SignatureContext* ctx, Pos p) {
  auto* ft = make<FuncType>(p);
  ft->params = parameters(ctx->parameters());
  if (P::ResultContext* r = ctx->result()) {
    if (r->parameters()) {
      ft->results = parameters(r->parameters());
    } else {
      P::ResultTypeContext* rt = r->resultType();
      Expr* t = nullptr;
      if (auto* named = as<P::NamedResultContext>(rt)) t = namedType(named->typeName(), named->typeArgs());
      else t = typeLit(static_cast<P::LiteralResultContext*>(rt)->typeLit());
      auto* f = make<Field>(startPos(t));
      f->type = t;
      ft->results.push_back(f);
    }
  }
  return ft;
}

RawParam Builder::nameRest(Name* n, P::NameRestContext* ctx) {
  RawParam r;
  r.pos = n->pos;
  r.name = n;
  if (auto* dots = as<P::NameDotsRestContext>(ctx)) {
    auto* d = make<DotsType>(pos(dots->ELLIPSIS()));
    d->elem = type(dots->type_());
    r.type = d;
  } else if (auto* t = as<P::NameTypeRestContext>(ctx)) {
    r.type = typeNoBracket(t->typeNoBracket());
  } else if (auto* s = as<P::NameSliceRestContext>(ctx)) {
    auto* st = make<SliceType>(pos(s->LBRACK()));
    st->elem = type(s->type_());
    r.type = st;
  } else if (auto* da = as<P::NameDotsArrayRestContext>(ctx)) {
    auto* at = make<ArrayType>(pos(da->LBRACK()));
    at->elem = type(da->type_());
    r.type = at;
  } else {
    // `n [e1, ...] T?`: with a following type, an array `n [e1]T`; without, the generic type n[e1, ...].
    auto* br = static_cast<P::NameBracketRestContext*>(ctx);
    std::vector<Expr*> list;
    for (P::ExpressionContext* e : br->expression()) list.push_back(expr(e));
    if (br->type_()) {
      if (list.size() > 1) syntaxError(pos(br->COMMA(0)), "unexpected comma, expected ]");
      auto* at = make<ArrayType>(pos(br->LBRACK()));
      at->len = list[0];
      at->elem = type(br->type_());
      r.type = at;
    } else {
      auto* ix = make<IndexExpr>(pos(br->LBRACK()));
      ix->x = n;
      ix->index = std::move(list);
      r.name = nullptr;
      r.type = ix;
    }
  }
  return r;
}

// Go's distribution of names and types over a parameter list (gc's paramList): if no entry has both a
// name and a type, every lone identifier is a type; otherwise every entry needs a name and each lone
// name takes the type of the next typed entry to its right.
std::vector<Field*> Builder::parameters(P::ParametersContext* ctx) {
  std::vector<RawParam> raw;
  for (P::ParameterDeclContext* pd : ctx->parameterDecl()) {
    RawParam r;
    r.pos = pos(pd);
    if (auto* np = as<P::NameParamContext>(pd)) {
      Name* n = name(np->IDENT());
      if (np->nameRest()) r = nameRest(n, np->nameRest());
      else r.name = n;
    } else if (auto* q = as<P::QualifiedParamContext>(pd)) {
      auto* sel = make<SelectorExpr>(pos(q->DOT()));
      sel->x = name(q->IDENT(0));
      sel->sel = name(q->IDENT(1));
      r.type = sel;
      if (q->typeArgs()) {
        auto* ix = make<IndexExpr>(pos(q->typeArgs()->LBRACK()));
        ix->x = sel;
        for (P::Type_Context* a : q->typeArgs()->type_()) ix->index.push_back(type(a));
        r.type = ix;
      }
    } else if (auto* tl = as<P::TypeLitParamContext>(pd)) {
      r.type = typeLit(tl->typeLit());
    } else if (auto* paren = as<P::ParenParamContext>(pd)) {
      auto* p = make<ParenExpr>(pos(paren->LPAREN()));
      p->x = type(paren->type_());
      r.type = p;
    } else {
      auto* dots = static_cast<P::DotsParamContext*>(pd);
      auto* d = make<DotsType>(pos(dots->ELLIPSIS()));
      d->elem = type(dots->type_());
      r.type = d;
    }
    raw.push_back(r);
  }

  size_t named = 0;
  for (const RawParam& r : raw) named += r.name && r.type;
  if (named == 0) {
    for (RawParam& r : raw) {
      if (r.name) {
        r.type = r.name;
        r.name = nullptr;
      }
    }
  } else if (named != raw.size()) {
    Pos errPos;
    Expr* typ = nullptr;
    for (size_t i = raw.size(); i-- > 0;) {
      RawParam& r = raw[i];
      if (r.type) {
        typ = r.type;
        if (!r.name) {
          errPos = startPos(typ);
          r.name = make<Name>(errPos, "_");
        }
      } else if (typ) {
        r.type = typ;
      } else {
        errPos = r.name->pos;
        r.type = make<BadExpr>(r.name->pos);
      }
    }
    if (errPos.isKnown()) syntaxError(errPos, "mixed named and unnamed parameters");
  }
  std::vector<Field*> fields;
  for (const RawParam& r : raw) {
    auto* f = make<Field>(r.name ? r.name->pos : startPos(r.type));
    f->name = r.name;
    f->type = r.type;
    fields.push_back(f);
  }
  // `...T` only as the type of the final parameter.
  for (size_t i = 0; i + 1 < fields.size(); ++i) {
    if (fields[i]->type->kind == NodeKind::DotsType && fields[i]->type != fields.back()->type)
      error(fields[i]->type->pos, "can only use ... with final parameter in list");
  }
  return fields;
}

// ------------------------------------------------------------------------------------------ statements

BlockStmt* Builder::block(P::BlockContext* ctx) {
  auto* b = make<BlockStmt>(pos(ctx->LBRACE()));
  b->list = statementList(ctx->statementList());
  b->rbrace = pos(ctx->RBRACE());
  return b;
}

std::vector<Stmt*> Builder::statementList(P::StatementListContext* ctx) {
  std::vector<Stmt*> list;
  for (P::StatementContext* s : ctx->statement()) {
    if (Stmt* st = statement(s)) list.push_back(st);
  }
  return list;
}

Stmt* Builder::statement(P::StatementContext* ctx) {
  ParseTree* child = ctx->children[0];
  if (auto* d = as<P::DeclStmtContext>(child)) {
    auto* ds = make<DeclStmt>(pos(d));
    if (d->constDecl()) constDecl(d->constDecl(), ds->decls);
    else if (d->varDecl()) varDecl(d->varDecl(), ds->decls);
    else typeDecl(d->typeDecl(), ds->decls);
    return ds;
  }
  if (auto* l = as<P::LabeledStmtContext>(child)) {
    auto* ls = make<LabeledStmt>(pos(l->COLON()));
    ls->label = name(l->IDENT());
    ls->stmt = l->statement() ? statement(l->statement()) : nullptr;
    if (!ls->stmt) ls->stmt = make<EmptyStmt>(pos(l->COLON()));
    return ls;
  }
  if (auto* s = as<P::SimpleStmtContext>(child)) return simpleStmt(s);
  if (auto* g = as<P::GoStmtContext>(child)) return callStmt(g, g->GO()->getSymbol(), CallStmtKind::Go, g->expression());
  if (auto* d = as<P::DeferStmtContext>(child))
    return callStmt(d, d->DEFER()->getSymbol(), CallStmtKind::Defer, d->expression());
  if (auto* r = as<P::ReturnStmtContext>(child)) {
    auto* rs = make<ReturnStmt>(pos(r->RETURN()));
    if (r->expressionList()) rs->results = exprList(r->expressionList());
    return rs;
  }
  if (auto* b = as<P::BreakStmtContext>(child)) {
    auto* bs = make<BranchStmt>(pos(b->BREAK()), BranchKind::Break);
    if (b->IDENT()) bs->label = name(b->IDENT());
    return bs;
  }
  if (auto* c = as<P::ContinueStmtContext>(child)) {
    auto* bs = make<BranchStmt>(pos(c->CONTINUE()), BranchKind::Continue);
    if (c->IDENT()) bs->label = name(c->IDENT());
    return bs;
  }
  if (auto* g = as<P::GotoStmtContext>(child)) {
    auto* bs = make<BranchStmt>(pos(g->GOTO()), BranchKind::Goto);
    bs->label = name(g->IDENT());
    return bs;
  }
  if (auto* f = as<P::FallthroughStmtContext>(child))
    return make<BranchStmt>(pos(f->FALLTHROUGH()), BranchKind::Fallthrough);
  if (auto* b = as<P::BlockContext>(child)) return block(b);
  if (auto* i = as<P::IfStmtContext>(child)) return ifStmt(i);
  if (auto* s = as<P::SwitchStmtContext>(child)) return switchStmt(s);
  if (auto* s = as<P::SelectStmtContext>(child)) return selectStmt(s);
  return forStmt(static_cast<P::ForStmtContext*>(child));
}

Stmt* Builder::callStmt(ParserRuleContext*, Token* keyword, CallStmtKind kind, P::ExpressionContext* xctx) {
  auto* cs = make<CallStmt>(pos(keyword), kind);
  Expr* x = expr(xctx);
  const char* word = kind == CallStmtKind::Go ? "go" : "defer";
  if (x->kind == NodeKind::ParenExpr) {
    error(x->pos, std::string("expression in ") + word + " must not be parenthesized");
    while (auto* p = llvm::dyn_cast<ParenExpr>(x)) x = p->x;
  }
  if (auto* call = llvm::dyn_cast<CallExpr>(x)) {
    cs->call = call;
  } else {
    error(x->pos, std::string("expression in ") + word + " must be function call");
    cs->call = make<CallExpr>(x->pos);
    cs->call->fun = x;
  }
  return cs;
}

// simpleStmt / simpleStmtNoLit: an expression list, then what makes it an assignment, send, ++/--.
Stmt* Builder::simpleStmt(ParserRuleContext* ctx) {
  std::vector<Expr*> lhs = exprList(rule(ctx->children[0]));
  ParserRuleContext* rest = ctx->children.size() > 1 ? rule(ctx->children[1]) : nullptr;
  return simpleRest(std::move(lhs), rest);
}

Stmt* Builder::simpleRest(std::vector<Expr*> lhs, ParserRuleContext* rest) {
  if (!rest) {
    if (lhs.size() > 1) syntaxError(lhs[1]->pos, "unexpected comma, expected := or = or comma");
    auto* es = make<ExprStmt>(lhs[0]->pos);
    es->x = lhs[0];
    return es;
  }
  auto* opTok = static_cast<TerminalNode*>(rest->children[0])->getSymbol();
  size_t t = opTok->getType();
  if (t == GoxLexer::ARROW) {
    auto* ss = make<SendStmt>(pos(opTok));
    ss->chan = lhs[0];
    ss->value = expr(rule(rest->children[1]));
    return ss;
  }
  auto* as = make<AssignStmt>(pos(opTok));
  as->lhs = std::move(lhs);
  if (t == GoxLexer::INC || t == GoxLexer::DEC) {
    as->form = AssignStmt::Form::IncDec;
    as->op = t == GoxLexer::INC ? Operator::Add : Operator::Sub;
    return as;
  }
  as->rhs = exprList(rule(rest->children[1]));
  if (t == GoxLexer::DEFINE) {
    as->form = AssignStmt::Form::Define;
    for (Expr* l : as->lhs) {
      if (l->kind != NodeKind::Name) error(l->pos, "non-name " + printExpr(l) + " on left side of :=");
    }
  } else if (t == GoxLexer::ASSIGN_OP) {
    as->form = AssignStmt::Form::OpAssign;
    std::string text = opTok->getText();
    text.pop_back(); // drop '='
    static const std::pair<const char*, Operator> ops[] = {
        {"+", Operator::Add}, {"-", Operator::Sub}, {"*", Operator::Mul},    {"/", Operator::Div},
        {"%", Operator::Rem}, {"&", Operator::And}, {"|", Operator::Or},     {"^", Operator::Xor},
        {"<<", Operator::Shl}, {">>", Operator::Shr}, {"&^", Operator::AndNot}};
    for (const auto& [spelling, op] : ops) {
      if (text == spelling) as->op = op;
    }
  }
  return as;
}

// The condition of an if header: an expression statement. gc's wording for anything else.
Expr* Builder::headerCondition(Stmt* s) {
  if (auto* es = llvm::dyn_cast<ExprStmt>(s)) return es->x;
  std::string text;
  if (auto* as = llvm::dyn_cast<AssignStmt>(s); as && as->form == AssignStmt::Form::Plain) {
    std::string l, r;
    for (size_t i = 0; i < as->lhs.size(); ++i) l += (i ? ", " : "") + printExpr(as->lhs[i]);
    for (size_t i = 0; i < as->rhs.size(); ++i) r += (i ? ", " : "") + printExpr(as->rhs[i]);
    text = "assignment (" + l + ") = (" + r + ")";
  } else {
    text = printStmt(s);
  }
  syntaxError(s->pos, "cannot use " + text + " as value");
  return make<BadExpr>(s->pos);
}

// The tag of a switch header: an expression, or `x.(type)` / `v := x.(type)` (a TypeSwitchGuard).
Expr* Builder::switchTag(Stmt* s) {
  auto claimGuard = [&](Expr* x) -> AssertExpr* {
    auto* a = llvm::dyn_cast<AssertExpr>(x);
    if (!a || a->type) return nullptr;
    for (size_t i = 0; i < looseTypeGuards_.size(); ++i) {
      if (looseTypeGuards_[i] == a) {
        looseTypeGuards_.erase(looseTypeGuards_.begin() + static_cast<long>(i));
        return a;
      }
    }
    return nullptr;
  };
  if (auto* es = llvm::dyn_cast<ExprStmt>(s)) {
    if (AssertExpr* a = claimGuard(es->x)) {
      auto* g = make<TypeSwitchGuard>(a->pos);
      g->x = a->x;
      return g;
    }
    return es->x;
  }
  if (auto* as = llvm::dyn_cast<AssignStmt>(s);
      as && as->form == AssignStmt::Form::Define && as->lhs.size() == 1 && as->rhs.size() == 1) {
    if (AssertExpr* a = claimGuard(as->rhs[0])) {
      auto* g = make<TypeSwitchGuard>(a->pos);
      g->lhs = llvm::dyn_cast<Name>(as->lhs[0]);
      g->x = a->x;
      return g;
    }
  }
  return headerCondition(s);
}

Stmt* Builder::ifStmt(P::IfStmtContext* ctx) {
  auto* is = make<IfStmt>(pos(ctx->IF()));
  P::IfHeaderContext* h = ctx->ifHeader();
  Stmt* first = h->simpleStmtNoLit() ? simpleStmt(h->simpleStmtNoLit()) : nullptr;
  if (!h->SEMI()) {
    is->cond = headerCondition(first);
  } else {
    is->init = first;
    if (h->expressionNoLit()) {
      is->cond = expr(h->expressionNoLit());
    } else {
      Token* semi = h->SEMI()->getSymbol();
      if (semi->getText() == ";") syntaxError(pos(semi), "missing condition in if statement");
      else syntaxError(pos(semi), "unexpected " + semi->getText() + ", expected { after if clause");
      is->cond = make<BadExpr>(pos(semi));
    }
  }
  is->then = block(ctx->block(0));
  if (ctx->ELSE()) {
    if (ctx->ifStmt()) is->elseStmt = ifStmt(ctx->ifStmt());
    else is->elseStmt = block(ctx->block(1));
  }
  return is;
}

Stmt* Builder::switchStmt(P::SwitchStmtContext* ctx) {
  auto* ss = make<SwitchStmt>(pos(ctx->SWITCH()));
  if (P::SwitchHeaderContext* h = ctx->switchHeader()) {
    std::vector<P::SimpleStmtNoLitContext*> parts = h->simpleStmtNoLit();
    if (!h->SEMI()) {
      ss->tag = switchTag(simpleStmt(parts[0]));
    } else {
      // `init; tag`, `init;`, `; tag` or `;`: which parts exist is told by their position around ';'.
      size_t semiIndex = h->SEMI()->getSymbol()->getTokenIndex();
      for (P::SimpleStmtNoLitContext* part : parts) {
        Stmt* s = simpleStmt(part);
        if (part->getStart()->getTokenIndex() < semiIndex) ss->init = s;
        else ss->tag = switchTag(s);
      }
    }
  }
  for (P::CaseClauseContext* c : ctx->caseClause()) {
    auto* cc = make<CaseClause>(pos(c->getStart()));
    cc->isDefault = c->DEFAULT() != nullptr;
    if (c->expressionList()) cc->cases = exprList(c->expressionList());
    cc->colon = pos(c->COLON());
    cc->body = statementList(c->statementList());
    ss->clauses.push_back(cc);
  }
  ss->rbrace = pos(ctx->RBRACE());
  return ss;
}

static bool isReceive(const Expr* x) {
  auto* op = llvm::dyn_cast<Operation>(x);
  return op && op->isUnary() && op->op == Operator::Recv;
}

Stmt* Builder::selectStmt(P::SelectStmtContext* ctx) {
  auto* ss = make<SelectStmt>(pos(ctx->SELECT()));
  for (P::CommClauseContext* c : ctx->commClause()) {
    auto* cc = make<CommClause>(pos(c->getStart()));
    if (c->simpleStmt()) {
      Stmt* comm = simpleStmt(c->simpleStmt());
      bool ok = false;
      if (comm->kind == NodeKind::SendStmt) ok = true;
      else if (auto* es = llvm::dyn_cast<ExprStmt>(comm)) ok = isReceive(es->x);
      else if (auto* as = llvm::dyn_cast<AssignStmt>(comm))
        ok = (as->form == AssignStmt::Form::Plain || as->form == AssignStmt::Form::Define) && as->lhs.size() <= 2 &&
             as->rhs.size() == 1 && isReceive(as->rhs[0]);
      if (!ok) error(comm->pos, "select case must be send or receive (possibly with assignment)");
      cc->comm = comm;
    }
    cc->colon = pos(c->COLON());
    cc->body = statementList(c->statementList());
    ss->clauses.push_back(cc);
  }
  ss->rbrace = pos(ctx->RBRACE());
  return ss;
}

void Builder::forCondPost(P::ForCondPostContext* ctx, ForStmt* f) {
  if (ctx->expressionNoLit()) f->cond = expr(ctx->expressionNoLit());
  if (ctx->simpleStmtNoLit()) {
    f->post = simpleStmt(ctx->simpleStmtNoLit());
    if (auto* as = llvm::dyn_cast<AssignStmt>(f->post); as && as->form == AssignStmt::Form::Define)
      syntaxError(as->pos, "cannot declare in post statement of for loop");
  }
}

Stmt* Builder::forStmt(P::ForStmtContext* ctx) {
  auto* fs = make<ForStmt>(pos(ctx->FOR()));
  P::ForHeaderContext* h = ctx->forHeader();
  if (auto* ro = as<P::RangeOnlyHeaderContext>(h)) {
    fs->range = make<RangeClause>(pos(ro->RANGE()));
    fs->range->x = expr(ro->expressionNoLit());
  } else if (auto* eh = as<P::ExprHeaderContext>(h)) {
    std::vector<Expr*> list = exprList(eh->expressionListNoLit());
    P::ForHeaderRestContext* rest = eh->forHeaderRest();
    if (!rest) {
      if (list.size() > 1) syntaxError(list[1]->pos, "expected for loop condition");
      fs->cond = list[0];
    } else if (auto* rr = as<P::RangeRestContext>(rest)) {
      auto* rc = make<RangeClause>(pos(rr->RANGE()));
      rc->define = rr->DEFINE() != nullptr;
      if (list.size() > 2) syntaxError(list[2]->pos, "range clause permits at most two iteration variables");
      rc->key = list[0];
      if (list.size() > 1) rc->value = list[1];
      if (rc->define) {
        for (Expr* l : list) {
          if (l->kind != NodeKind::Name) error(l->pos, "non-name " + printExpr(l) + " on left side of :=");
        }
      }
      rc->x = expr(rr->expressionNoLit());
      fs->range = rc;
    } else if (auto* ir = as<P::InitRestContext>(rest)) {
      Stmt* init = simpleRest(std::move(list), ir->simpleStmtRestNoLit());
      if (ir->forCondPost()) {
        fs->init = init;
        forCondPost(ir->forCondPost(), fs);
      } else {
        fs->cond = headerCondition(init);
      }
    } else {
      auto* cp = static_cast<P::CondPostRestContext*>(rest);
      fs->init = simpleRest(std::move(list), nullptr);
      forCondPost(cp->forCondPost(), fs);
    }
  } else if (auto* ch = as<P::ClauseHeaderContext>(h)) {
    forCondPost(ch->forCondPost(), fs);
  }
  fs->body = block(ctx->block());
  return fs;
}

// ------------------------------------------------------------------------------------------ expressions

std::vector<Expr*> Builder::exprList(ParserRuleContext* ctx) {
  std::vector<Expr*> list;
  for (ParseTree* c : ctx->children) {
    if (ParserRuleContext* r = rule(c)) list.push_back(expr(r));
  }
  return list;
}

Expr* Builder::expr(ParserRuleContext* ctx) {
  switch (ctx->getRuleIndex()) {
  case P::RuleExpression:
  case P::RuleExpressionNoLit:
    return binaryChain(ctx);
  case P::RuleUnaryExpr:
  case P::RuleUnaryExprNoLit:
    return unary(ctx);
  default:
    return make<BadExpr>(pos(ctx));
  }
}

Operator Builder::binaryOperator(size_t t) {
  switch (t) {
  case GoxLexer::OROR: return Operator::OrOr;
  case GoxLexer::ANDAND: return Operator::AndAnd;
  case GoxLexer::EQL: return Operator::Eql;
  case GoxLexer::NEQ: return Operator::Neq;
  case GoxLexer::LSS: return Operator::Lss;
  case GoxLexer::LEQ: return Operator::Leq;
  case GoxLexer::GTR: return Operator::Gtr;
  case GoxLexer::GEQ: return Operator::Geq;
  case GoxLexer::PLUS: return Operator::Add;
  case GoxLexer::MINUS: return Operator::Sub;
  case GoxLexer::OR: return Operator::Or;
  case GoxLexer::CARET: return Operator::Xor;
  case GoxLexer::STAR: return Operator::Mul;
  case GoxLexer::DIV: return Operator::Div;
  case GoxLexer::MOD: return Operator::Rem;
  case GoxLexer::AMP: return Operator::And;
  case GoxLexer::AND_NOT: return Operator::AndNot;
  case GoxLexer::SHL: return Operator::Shl;
  case GoxLexer::SHR: return Operator::Shr;
  default: return Operator::None;
  }
}

Operator Builder::unaryOperator(size_t t) {
  switch (t) {
  case GoxLexer::PLUS: return Operator::Add;
  case GoxLexer::MINUS: return Operator::Sub;
  case GoxLexer::NOT: return Operator::Not;
  case GoxLexer::CARET: return Operator::Xor;
  case GoxLexer::STAR: return Operator::Mul;
  case GoxLexer::AMP: return Operator::And;
  case GoxLexer::ARROW: return Operator::Recv;
  case GoxLexer::TILDE: return Operator::Tilde;
  default: return Operator::None;
  }
}

// Precedence climbing over the flat list `u0 op1 u1 op2 u2 ...` of an expression rule. Invariant of
// climb(minPrec): it consumes operands and operators from `next` while the operator binds at least as
// tightly as minPrec, and returns the tree for that stretch; every Go binary operator is
// left-associative, so an operator of equal precedence ends the right operand.
Expr* Builder::binaryChain(ParserRuleContext* ctx) {
  size_t next = 0;
  return climb(ctx->children, next, 1);
}

Expr* Builder::climb(const std::vector<ParseTree*>& kids, size_t& next, int minPrec) {
  Expr* x = expr(rule(kids[next++]));
  while (next < kids.size()) {
    Token* t = static_cast<ParserRuleContext*>(kids[next])->getStart(); // a binaryOp: one token
    Operator op = binaryOperator(t->getType());
    int prec = binaryPrecedence(op);
    if (prec < minPrec) return x;
    ++next;
    auto* bin = make<Operation>(pos(t), op);
    bin->x = x;
    bin->y = climb(kids, next, prec + 1);
    x = bin;
  }
  return x;
}

// (prefix operators)* operand postfix*: postfixes bind tighter than prefix operators.
Expr* Builder::unary(ParserRuleContext* ctx) {
  std::vector<ParseTree*>& kids = ctx->children;
  size_t first = 0;
  while (first < kids.size() && !rule(kids[first])) ++first; // prefix operator tokens
  Expr* x = operand(rule(kids[first]));
  for (size_t i = first + 1; i < kids.size(); ++i) x = postfix(x, rule(kids[i]));
  for (size_t i = first; i-- > 0;) {
    Token* opTok = static_cast<TerminalNode*>(kids[i])->getSymbol();
    // `<-chan T` written where an expression is expected is a receive-only channel type (gc does the
    // same rewrite): the <- binds to the chan keyword, not to a receive.
    if (opTok->getType() == GoxLexer::ARROW) {
      if (auto* ct = llvm::dyn_cast<ChanType>(x); ct && ct->dir == ChanDir::Both) {
        ct->dir = ChanDir::RecvOnly;
        ct->pos = pos(opTok);
        continue;
      }
    }
    auto* op = make<Operation>(pos(opTok), unaryOperator(opTok->getType()));
    op->x = x;
    x = op;
  }
  return x;
}

Expr* Builder::postfix(Expr* x, ParserRuleContext* ctx) {
  ParseTree* first = ctx->children[0];
  if (tokenType(first) == GoxLexer::DOT) {
    Pos dot = pos(static_cast<TerminalNode*>(first));
    if (tokenType(ctx->children[1]) == GoxLexer::IDENT) {
      auto* sel = make<SelectorExpr>(dot);
      sel->x = x;
      sel->sel = name(static_cast<TerminalNode*>(ctx->children[1]));
      return sel;
    }
    auto* a = make<AssertExpr>(dot);
    a->x = x;
    if (tokenType(ctx->children[2]) == GoxLexer::TYPE) looseTypeGuards_.push_back(a);
    else a->type = type(static_cast<P::Type_Context*>(ctx->children[2]));
    return a;
  }
  if (auto* lit = as<P::LiteralValueContext>(first)) return literalValue(x, lit);
  if (auto* args = as<P::ArgumentsContext>(first)) {
    auto* call = make<CallExpr>(pos(args->LPAREN()));
    call->fun = x;
    for (P::ExpressionContext* e : args->expression()) call->args.push_back(expr(e));
    call->hasDots = args->ELLIPSIS() != nullptr;
    return call;
  }
  auto* idx = static_cast<P::IndexSuffixContext*>(first);
  Pos lbrack = pos(idx->getStart());
  // Slices: the children between '[' and ']' are expressions and colons; place each expression by
  // the number of colons before it.
  auto slice = [&](ParserRuleContext* c, size_t from, Expr* lo) -> Expr* {
    auto* s = make<SliceExpr>(lbrack);
    s->x = x;
    s->lo = lo;
    size_t colons = 1;
    Pos secondColon;
    for (size_t i = from; i < c->children.size(); ++i) {
      ParseTree* ch = c->children[i];
      if (tokenType(ch) == GoxLexer::COLON) {
        if (++colons == 2) secondColon = pos(static_cast<TerminalNode*>(ch));
        continue;
      }
      ParserRuleContext* r = rule(ch);
      if (!r) continue;
      if (colons == 1) s->hi = expr(r);
      else s->max = expr(r);
    }
    if (colons == 2) {
      s->full = true;
      // gc's positions: the second ':' for a missing middle index, the ']' for a missing final one.
      if (!s->hi) error(secondColon, "middle index required in 3-index slice");
      if (!s->max) error(pos(idx->getStop()), "final index required in 3-index slice");
    }
    return s;
  };
  if (auto* fromStart = as<P::SliceFromStartContext>(idx)) return slice(fromStart, 2, nullptr);
  auto* ios = static_cast<P::IndexOrSliceContext*>(idx);
  Expr* firstIndex = expr(ios->expression());
  if (auto* sr = as<P::SliceRestContext>(ios->indexRest())) return slice(sr, 1, firstIndex);
  auto* list = static_cast<P::IndexListContext*>(ios->indexRest());
  auto* ix = make<IndexExpr>(lbrack);
  ix->x = x;
  ix->index.push_back(firstIndex);
  for (P::ExpressionContext* e : list->expression()) ix->index.push_back(expr(e));
  return ix;
}

// An operand or operandNoLit: the two rules have the same alternatives (operandNoLit's type literals
// may carry their composite literal), so they are read by their children, not by their labels.
Expr* Builder::operand(ParserRuleContext* ctx) {
  ParseTree* first = ctx->children[0];
  switch (tokenType(first)) {
  case GoxLexer::IDENT: return name(static_cast<TerminalNode*>(first));
  case GoxLexer::LPAREN: {
    auto* pe = make<ParenExpr>(pos(static_cast<TerminalNode*>(first)));
    pe->x = expr(ctx->getRuleContext<P::ExpressionContext>(0));
    return pe;
  }
  case GoxLexer::FUNC: {
    Pos funcPos = pos(static_cast<TerminalNode*>(first));
    FuncType* ft = signature(ctx->getRuleContext<P::SignatureContext>(0), funcPos);
    auto* body = ctx->getRuleContext<P::BlockContext>(0);
    if (!body) return ft;
    auto* fl = make<FuncLit>(funcPos);
    fl->type = ft;
    fl->body = block(body);
    return fl;
  }
  default:
    break;
  }
  if (!rule(first)) return basicLit(ctx->getStart());
  Expr* t = nullptr;
  if (auto* a = as<P::ArrayOrSliceTypeContext>(first)) t = arrayOrSliceType(a);
  else if (auto* s = as<P::StructTypeContext>(first)) t = structType(s);
  else if (auto* m = as<P::MapTypeContext>(first)) t = mapType(m);
  else if (auto* c = as<P::ForwardChanTypeContext>(first)) return forwardChanType(c);
  else return interfaceType(static_cast<P::InterfaceTypeContext*>(first));
  auto* lit = ctx->getRuleContext<P::LiteralValueContext>(0);
  return lit ? literalValue(t, lit) : t;
}

BasicLit* Builder::basicLit(Token* tok) {
  std::string text = tok->getText();
  LitKind kind = LitKind::String;
  switch (tok->getType()) {
  case GoxLexer::RUNE: kind = LitKind::Rune; break;
  case GoxLexer::STRING:
  case GoxLexer::RAW_STRING: kind = LitKind::String; break;
  default: kind = checkNumberLiteral(text).kind; break;
  }
  auto* lit = make<BasicLit>(pos(tok), kind, std::move(text));
  lit->bad = badLiterals_.count(tok->getStartIndex()) != 0;
  return lit;
}

CompositeLit* Builder::literalValue(Expr* t, P::LiteralValueContext* ctx) {
  auto* cl = make<CompositeLit>(pos(ctx->LBRACE()));
  cl->type = t;
  if (auto* p = llvm::dyn_cast_or_null<ParenExpr>(t)) syntaxError(p->pos, "cannot parenthesize type in composite literal");
  for (P::ElementContext* e : ctx->element()) {
    std::vector<P::ElementValueContext*> parts = e->elementValue();
    if (parts.size() == 1) {
      cl->elems.push_back(elementValue(parts[0]));
      continue;
    }
    auto* kv = make<KeyValueExpr>(pos(e->COLON()));
    kv->key = elementValue(parts[0]);
    kv->value = elementValue(parts[1]);
    cl->elems.push_back(kv);
    ++cl->numKeyed;
  }
  cl->rbrace = pos(ctx->RBRACE());
  return cl;
}

Expr* Builder::elementValue(P::ElementValueContext* ctx) {
  if (ctx->literalValue()) return literalValue(nullptr, ctx->literalValue());
  return expr(ctx->expression());
}

AstBuilder::AstBuilder(AstArena& arena, DiagnosticEngine& diags, const SourcePositions& positions,
                       const std::unordered_set<size_t>& badLiteralStarts)
    : impl_(std::make_unique<Builder>(arena, diags, positions, badLiteralStarts)) {}

AstBuilder::~AstBuilder() = default;

File* AstBuilder::build(antlr4::ParserRuleContext* tree, std::string path) {
  return impl_->file(static_cast<P::SourceFileContext*>(tree), std::move(path));
}

File* AstBuilder::begin(antlr4::ParserRuleContext* packageClause, std::string path) {
  return impl_->begin(static_cast<P::PackageClauseContext*>(packageClause), std::move(path));
}

void AstBuilder::addDecl(File* file, antlr4::ParserRuleContext* decl) {
  impl_->addDecl(file, static_cast<P::TopLevelDeclContext*>(decl));
}

void AstBuilder::finish(File* file, Pos eof) { impl_->finish(file, eof); }

} // namespace goxx::syntax
