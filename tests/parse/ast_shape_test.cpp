// The shape of the tree for the constructs the grammar's superset leaves open, and node positions as
// Go's syntax package defines them (see ast_node.h).
#include "parse_support.h"
#include "syntax/ast_positions.h"
#include "syntax/ast_printer.h"

#include <doctest/doctest.h>

using namespace goxx;
using namespace goxx::syntax;
using goxx::test::parseStmts;
using goxx::test::parseText;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

static File* parseOk(goxx::test::Parsed& p) {
  INFO(p.diags->render());
  REQUIRE(p.errors().empty());
  REQUIRE(p.file != nullptr);
  return p.file;
}

TEST_CASE("parameter lists distribute names and types as Go does") {
  auto p = parseText("package p\nfunc f(a, b int, c ...string) (x int, err error)\nfunc g(int, string, []T)\n"
                     "func h(a [4]int, T[int])\n");
  // h mixes a named and an unnamed parameter: an error, reported like gc.
  CHECK(p.errors() == std::vector<std::string>{"t.gox:4:18: syntax error: mixed named and unnamed parameters"});
  auto* f = cast<FuncDecl>(p.file->decls[0]);
  REQUIRE(f->type->params.size() == 3);
  CHECK(f->type->params[0]->name->value == "a");
  CHECK(f->type->params[1]->name->value == "b");
  CHECK(f->type->params[0]->type == f->type->params[1]->type); // shared, as in Go's syntax tree
  CHECK(isa<DotsType>(f->type->params[2]->type));
  CHECK(f->type->results.size() == 2);
  auto* g = cast<FuncDecl>(p.file->decls[1]);
  REQUIRE(g->type->params.size() == 3);
  for (Field* fl : g->type->params) CHECK(fl->name == nullptr);
  CHECK(cast<Name>(g->type->params[0]->type)->value == "int");
  auto* h = cast<FuncDecl>(p.file->decls[2]);
  CHECK(isa<ArrayType>(h->type->params[0]->type));
  CHECK(isa<IndexExpr>(h->type->params[1]->type));
}

TEST_CASE("type declarations: array length vs type parameters") {
  auto p = parseText("package p\ntype A [N]int\ntype G[T any] struct{}\ntype H[P, Q comparable, R any] int\n"
                     "type S []int\ntype Al = int\n");
  parseOk(p);
  auto* a = cast<TypeDecl>(p.file->decls[0]);
  CHECK(a->typeParams.empty());
  REQUIRE(isa<ArrayType>(a->type));
  CHECK(cast<Name>(cast<ArrayType>(a->type)->len)->value == "N");
  auto* g = cast<TypeDecl>(p.file->decls[1]);
  REQUIRE(g->typeParams.size() == 1);
  CHECK(g->typeParams[0]->name->value == "T");
  CHECK(isa<StructType>(g->type));
  auto* h = cast<TypeDecl>(p.file->decls[2]);
  REQUIRE(h->typeParams.size() == 3);
  CHECK(h->typeParams[0]->type == h->typeParams[1]->type);
  CHECK(cast<Name>(h->typeParams[2]->type)->value == "any");
  CHECK(isa<SliceType>(cast<TypeDecl>(p.file->decls[3])->type));
  CHECK(cast<TypeDecl>(p.file->decls[4])->alias);
}

TEST_CASE("const groups: iota and implicit repetition") {
  auto p = parseText("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE, F\n)\nconst X = 1\n");
  parseOk(p);
  auto* a = cast<ConstDecl>(p.file->decls[0]);
  auto* b = cast<ConstDecl>(p.file->decls[1]);
  auto* c = cast<ConstDecl>(p.file->decls[2]);
  auto* e = cast<ConstDecl>(p.file->decls[3]);
  auto* x = cast<ConstDecl>(p.file->decls[4]);
  CHECK(a->iota == 0);
  CHECK(b->iota == 1);
  CHECK(e->iota == 3);
  CHECK(a->implicitFrom == nullptr);
  CHECK(b->implicitFrom == a);
  CHECK(c->implicitFrom == nullptr);
  CHECK(e->implicitFrom == c);
  CHECK(a->group != 0);
  CHECK(a->group == e->group);
  CHECK(x->group == 0);
  CHECK(x->group != a->group);
  auto missing = parseText("package p\nconst (\n\tA\n)\n");
  CHECK(missing.errors() == std::vector<std::string>{"t.gox:3:2: missing init expr for const declaration"});
}

TEST_CASE("channel types and directions") {
  auto p = parseText("package p\nvar a chan<- chan int\nvar b chan (<-chan int)\nvar c <-chan <-chan int\n"
                     "var d = make(<-chan int)\n");
  parseOk(p);
  auto chanOf = [&](int i) { return cast<ChanType>(cast<VarDecl>(p.file->decls[i])->type); };
  CHECK(chanOf(0)->dir == ChanDir::SendOnly);
  CHECK(cast<ChanType>(chanOf(0)->elem)->dir == ChanDir::Both);
  CHECK(chanOf(1)->dir == ChanDir::Both);
  CHECK(cast<ChanType>(cast<ParenExpr>(chanOf(1)->elem)->x)->dir == ChanDir::RecvOnly);
  CHECK(chanOf(2)->dir == ChanDir::RecvOnly);
  CHECK(cast<ChanType>(chanOf(2)->elem)->dir == ChanDir::RecvOnly);
  auto* call = cast<CallExpr>(cast<VarDecl>(p.file->decls[3])->values[0]);
  CHECK(cast<ChanType>(call->args[0])->dir == ChanDir::RecvOnly); // `<-chan int` is a type, not a receive
}

TEST_CASE("statements: headers, ranges, type switches, select") {
  auto p = parseStmts("for i := range 10 {}\nfor range ch {}\nfor k, v = range m {}\n"
                      "switch x := y.(type) { case int: }\nswitch y.(type) {}\nswitch { }\n"
                      "select { case v, ok := <-ch: case ch <- 1: case <-ch: default: }\n"
                      "x++\ny -= 2\na, b := 1, 2\n");
  File* f = parseOk(p);
  auto* body = cast<FuncDecl>(f->decls[0])->body;
  REQUIRE(body->list.size() == 10);
  auto* r1 = cast<ForStmt>(body->list[0])->range;
  REQUIRE(r1);
  CHECK(r1->define);
  CHECK(cast<Name>(r1->key)->value == "i");
  CHECK(r1->value == nullptr);
  CHECK(cast<BasicLit>(r1->x)->value == "10");
  auto* r2 = cast<ForStmt>(body->list[1])->range;
  CHECK(r2->key == nullptr);
  auto* r3 = cast<ForStmt>(body->list[2])->range;
  CHECK_FALSE(r3->define);
  CHECK(r3->value != nullptr);
  auto* ts = cast<SwitchStmt>(body->list[3]);
  CHECK(ts->isTypeSwitch());
  CHECK(cast<TypeSwitchGuard>(ts->tag)->lhs->value == "x");
  CHECK(cast<SwitchStmt>(body->list[4])->isTypeSwitch());
  CHECK(cast<SwitchStmt>(body->list[5])->tag == nullptr);
  auto* sel = cast<SelectStmt>(body->list[6]);
  REQUIRE(sel->clauses.size() == 4);
  CHECK(cast<AssignStmt>(sel->clauses[0]->comm)->form == AssignStmt::Form::Define);
  CHECK(isa<SendStmt>(sel->clauses[1]->comm));
  CHECK(isa<ExprStmt>(sel->clauses[2]->comm));
  CHECK(sel->clauses[3]->comm == nullptr);
  auto* inc = cast<AssignStmt>(body->list[7]);
  CHECK(inc->form == AssignStmt::Form::IncDec);
  CHECK(inc->op == Operator::Add);
  auto* sub = cast<AssignStmt>(body->list[8]);
  CHECK(sub->form == AssignStmt::Form::OpAssign);
  CHECK(sub->op == Operator::Sub);
  CHECK(cast<AssignStmt>(body->list[9])->form == AssignStmt::Form::Define);
}

TEST_CASE(".(type) outside a switch header is an error") {
  auto p = parseStmts("x := y.(type)\n");
  CHECK(p.errors() == std::vector<std::string>{"t.gox:4:7: use of .(type) outside type switch"});
}

TEST_CASE("binary operators associate left and respect precedence") {
  auto p = parseStmts("_ = a - b - c\n_ = a + b * c\n_ = a || b && c\n_ = -a * b\n");
  File* f = parseOk(p);
  auto* body = cast<FuncDecl>(f->decls[0])->body;
  auto rhs = [&](int i) { return cast<AssignStmt>(body->list[i])->rhs[0]; };
  auto* sub = cast<Operation>(rhs(0));
  CHECK(sub->op == Operator::Sub);
  CHECK(isa<Operation>(sub->x));       // (a - b) - c
  CHECK(isa<Name>(sub->y));
  auto* add = cast<Operation>(rhs(1));
  CHECK(add->op == Operator::Add);
  CHECK(cast<Operation>(add->y)->op == Operator::Mul);
  auto* oror = cast<Operation>(rhs(2));
  CHECK(oror->op == Operator::OrOr);
  CHECK(cast<Operation>(oror->y)->op == Operator::AndAnd);
  auto* mul = cast<Operation>(rhs(3));
  CHECK(mul->op == Operator::Mul);
  CHECK(cast<Operation>(mul->x)->op == Operator::Sub); // unary binds tighter
}

// Positions as in Go's syntax package (nodes_test.go): '@' marks where each node's pos is.
TEST_CASE("node positions") {
  auto p = parseText("package p\n"
                     "func f() {\n"
                     "\tx := a.b + c[1]\n"            // line 3
                     "\tg(1, 2)\n"                    // line 4
                     "\tch <- v\n"                    // line 5
                     "\tt := T{k: 1}\n"               // line 6
                     "\tif y.(int) == 1 {\n\t}\n"     // line 7
                     "L:\n\tfor range s {\n\t}\n"     // line 9-11
                     "}\n");
  File* f = parseOk(p);
  CHECK(f->pos == Pos{1, 1, 1});
  auto* fn = cast<FuncDecl>(f->decls[0]);
  CHECK(fn->pos == Pos{1, 2, 1});
  CHECK(fn->type->pos == Pos{1, 2, 7}); // '(' of the signature
  auto& list = fn->body->list;
  auto* assign = cast<AssignStmt>(list[0]);
  CHECK(assign->pos == Pos{1, 3, 4}); // ':='
  auto* plus = cast<Operation>(assign->rhs[0]);
  CHECK(plus->pos == Pos{1, 3, 11}); // '+'
  CHECK(cast<SelectorExpr>(plus->x)->pos == Pos{1, 3, 8}); // '.'
  CHECK(startPos(plus) == Pos{1, 3, 7});
  CHECK(cast<IndexExpr>(plus->y)->pos == Pos{1, 3, 14}); // '['
  auto* call = cast<CallExpr>(cast<ExprStmt>(list[1])->x);
  CHECK(call->pos == Pos{1, 4, 3}); // '('
  CHECK(list[1]->pos == Pos{1, 4, 3});
  CHECK(list[2]->pos == Pos{1, 5, 5}); // '<-'
  auto* lit = cast<CompositeLit>(cast<AssignStmt>(list[3])->rhs[0]);
  CHECK(lit->pos == Pos{1, 6, 8}); // '{'
  CHECK(lit->elems[0]->pos == Pos{1, 6, 10}); // ':'
  auto* ifs = cast<IfStmt>(list[4]);
  CHECK(ifs->pos == Pos{1, 7, 2});
  CHECK(cast<AssertExpr>(cast<Operation>(ifs->cond)->x)->pos == Pos{1, 7, 6});
  auto* labeled = cast<LabeledStmt>(list[5]);
  CHECK(labeled->pos == Pos{1, 9, 2}); // ':'
  auto* loop = cast<ForStmt>(labeled->stmt);
  CHECK(loop->pos == Pos{1, 10, 2});
  CHECK(loop->range->pos == Pos{1, 10, 6});
}

TEST_CASE("columns count bytes, like Go") {
  auto p = parseText("package p\nvar s = \"é\" + x\n"); // 'é' is 2 bytes
  File* f = parseOk(p);
  auto* op = cast<Operation>(cast<VarDecl>(f->decls[0])->values[0]);
  CHECK(op->pos == Pos{1, 2, 14});
  CHECK(op->y->pos == Pos{1, 2, 16});
}

TEST_CASE("printer output of selected constructs") {
  // Expected texts are canonical Go (gofmt layout for these one-liners).
  auto p = parseStmts("x:=- -y\nz:=a&^ ^b\nfor i:=0;i<3;i++{}\n");
  File* f = parseOk(p);
  auto* body = cast<FuncDecl>(f->decls[0])->body;
  CHECK(printStmt(body->list[0]) == "x := - -y");
  CHECK(printStmt(body->list[1]) == "z := a &^ ^b");
  CHECK(printStmt(body->list[2]) == "for i := 0; i < 3; i++ {\n}");
}
