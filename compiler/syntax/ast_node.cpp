#include "syntax/ast_node.h"
#include "syntax/ast_operator.h"

namespace goxx::syntax {

const char* nodeKindName(NodeKind kind) {
  switch (kind) {
#define GOXX_KIND_NAME(K) case NodeKind::K: return #K;
    GOXX_KIND_NAME(File) GOXX_KIND_NAME(ImportDecl) GOXX_KIND_NAME(ConstDecl) GOXX_KIND_NAME(TypeDecl)
    GOXX_KIND_NAME(VarDecl) GOXX_KIND_NAME(FuncDecl) GOXX_KIND_NAME(BadExpr) GOXX_KIND_NAME(Name)
    GOXX_KIND_NAME(BasicLit) GOXX_KIND_NAME(CompositeLit) GOXX_KIND_NAME(KeyValueExpr) GOXX_KIND_NAME(FuncLit)
    GOXX_KIND_NAME(ParenExpr) GOXX_KIND_NAME(SelectorExpr) GOXX_KIND_NAME(IndexExpr) GOXX_KIND_NAME(SliceExpr)
    GOXX_KIND_NAME(AssertExpr) GOXX_KIND_NAME(TypeSwitchGuard) GOXX_KIND_NAME(CallExpr) GOXX_KIND_NAME(Operation)
    GOXX_KIND_NAME(ArrayType) GOXX_KIND_NAME(SliceType) GOXX_KIND_NAME(DotsType) GOXX_KIND_NAME(StructType)
    GOXX_KIND_NAME(FuncType) GOXX_KIND_NAME(InterfaceType) GOXX_KIND_NAME(MapType) GOXX_KIND_NAME(ChanType)
    GOXX_KIND_NAME(EmptyStmt) GOXX_KIND_NAME(LabeledStmt) GOXX_KIND_NAME(BlockStmt) GOXX_KIND_NAME(ExprStmt)
    GOXX_KIND_NAME(SendStmt) GOXX_KIND_NAME(DeclStmt) GOXX_KIND_NAME(AssignStmt) GOXX_KIND_NAME(BranchStmt)
    GOXX_KIND_NAME(CallStmt) GOXX_KIND_NAME(ReturnStmt) GOXX_KIND_NAME(IfStmt) GOXX_KIND_NAME(ForStmt)
    GOXX_KIND_NAME(SwitchStmt) GOXX_KIND_NAME(SelectStmt) GOXX_KIND_NAME(Field) GOXX_KIND_NAME(RangeClause)
    GOXX_KIND_NAME(CaseClause) GOXX_KIND_NAME(CommClause)
#undef GOXX_KIND_NAME
  }
  return "?";
}

const char* operatorSpelling(Operator op) {
  switch (op) {
  case Operator::None: return "";
  case Operator::Not: return "!";
  case Operator::Recv: return "<-";
  case Operator::Tilde: return "~";
  case Operator::OrOr: return "||";
  case Operator::AndAnd: return "&&";
  case Operator::Eql: return "==";
  case Operator::Neq: return "!=";
  case Operator::Lss: return "<";
  case Operator::Leq: return "<=";
  case Operator::Gtr: return ">";
  case Operator::Geq: return ">=";
  case Operator::Add: return "+";
  case Operator::Sub: return "-";
  case Operator::Or: return "|";
  case Operator::Xor: return "^";
  case Operator::Mul: return "*";
  case Operator::Div: return "/";
  case Operator::Rem: return "%";
  case Operator::And: return "&";
  case Operator::AndNot: return "&^";
  case Operator::Shl: return "<<";
  case Operator::Shr: return ">>";
  }
  return "";
}

int binaryPrecedence(Operator op) {
  switch (op) {
  case Operator::OrOr: return 1;
  case Operator::AndAnd: return 2;
  case Operator::Eql: case Operator::Neq: case Operator::Lss: case Operator::Leq: case Operator::Gtr:
  case Operator::Geq: return 3;
  case Operator::Add: case Operator::Sub: case Operator::Or: case Operator::Xor: return 4;
  case Operator::Mul: case Operator::Div: case Operator::Rem: case Operator::And: case Operator::AndNot:
  case Operator::Shl: case Operator::Shr: return 5;
  default: return 0;
  }
}

} // namespace goxx::syntax
