// Statements of the syntax tree, and the clauses that belong to them (RangeClause, CaseClause,
// CommClause). Nullable pointers say so; all others are non-null in a tree without syntax errors.
#pragma once

#include "syntax/ast_expr.h"

#include <vector>

namespace goxx::syntax {

struct Decl;

// An empty statement (a lone `;`, or the statement of a label followed by `}`).
struct EmptyStmt : Stmt {
  GOXX_AST_KIND(EmptyStmt)
  explicit EmptyStmt(Pos p) : Stmt(Kind, p) {}
};

// label: stmt. `stmt` is an EmptyStmt when the label is followed by `}`.
struct LabeledStmt : Stmt {
  GOXX_AST_KIND(LabeledStmt)
  Name* label = nullptr;
  Stmt* stmt = nullptr;
  explicit LabeledStmt(Pos p) : Stmt(Kind, p) {}
};

// { list }
struct BlockStmt : Stmt {
  GOXX_AST_KIND(BlockStmt)
  std::vector<Stmt*> list;
  Pos rbrace;
  explicit BlockStmt(Pos p) : Stmt(Kind, p) {}
};

// An expression used as a statement (calls and receives; the checker reports the rest as unused).
struct ExprStmt : Stmt {
  GOXX_AST_KIND(ExprStmt)
  Expr* x = nullptr;
  explicit ExprStmt(Pos p) : Stmt(Kind, p) {}
};

// chan <- value
struct SendStmt : Stmt {
  GOXX_AST_KIND(SendStmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
  explicit SendStmt(Pos p) : Stmt(Kind, p) {}
};

// const/var/type declarations inside a function body. `decls` are ConstDecl, VarDecl or TypeDecl.
struct DeclStmt : Stmt {
  GOXX_AST_KIND(DeclStmt)
  std::vector<Decl*> decls;
  explicit DeclStmt(Pos p) : Stmt(Kind, p) {}
};

// Every assignment form:
//   Plain   lhs... = rhs...         op == None
//   Define  lhs... := rhs...        op == None; lhs are Names (the builder reports other forms)
//   OpAssign lhs op= rhs            one lhs, one rhs; op is the binary operator (Add for +=)
//   IncDec  lhs++ / lhs--           one lhs, rhs empty; op is Add (++) or Sub (--)
struct AssignStmt : Stmt {
  GOXX_AST_KIND(AssignStmt)
  enum class Form : uint8_t { Plain, Define, OpAssign, IncDec };
  Form form = Form::Plain;
  Operator op = Operator::None;
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  explicit AssignStmt(Pos p) : Stmt(Kind, p) {}
};

enum class BranchKind : uint8_t { Break, Continue, Goto, Fallthrough };

// break [label], continue [label], goto label, fallthrough.
// `target` is null after parsing; a later pass (label/branch resolution) may set it to the enclosing
// ForStmt/SwitchStmt/SelectStmt (break, continue) or the LabeledStmt (goto).
struct BranchStmt : Stmt {
  GOXX_AST_KIND(BranchStmt)
  BranchKind branch;
  Name* label = nullptr;  // nullable
  Stmt* target = nullptr; // see above
  BranchStmt(Pos p, BranchKind b) : Stmt(Kind, p), branch(b) {}
};

// go call / defer call. The builder reports non-call and parenthesized operands, as gc does.
enum class CallStmtKind : uint8_t { Go, Defer };
struct CallStmt : Stmt {
  GOXX_AST_KIND(CallStmt)
  CallStmtKind callKind;
  CallExpr* call = nullptr;
  CallStmt(Pos p, CallStmtKind k) : Stmt(Kind, p), callKind(k) {}
};

// return results...
struct ReturnStmt : Stmt {
  GOXX_AST_KIND(ReturnStmt)
  std::vector<Expr*> results;
  explicit ReturnStmt(Pos p) : Stmt(Kind, p) {}
};

// if init; cond { then } else elseStmt. `elseStmt` is null, an IfStmt, or a BlockStmt.
struct IfStmt : Stmt {
  GOXX_AST_KIND(IfStmt)
  Stmt* init = nullptr;     // nullable (a simple statement)
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* elseStmt = nullptr; // nullable
  explicit IfStmt(Pos p) : Stmt(Kind, p) {}
};

// The `key, value := range x` / `key = range x` / `range x` of a ForStmt (x may be an integer:
// `for i := range 10`). key and value are null when absent; with define, they are Names.
struct RangeClause : Node {
  GOXX_AST_KIND(RangeClause)
  Expr* key = nullptr;   // nullable
  Expr* value = nullptr; // nullable; non-null implies key non-null
  bool define = false;
  Expr* x = nullptr;
  explicit RangeClause(Pos p) : Node(Kind, p) {}
};

// for init; cond; post { body }, for cond { body }, for { body }, or for range (range != null; then
// init, cond and post are null).
struct ForStmt : Stmt {
  GOXX_AST_KIND(ForStmt)
  Stmt* init = nullptr;        // nullable
  Expr* cond = nullptr;        // nullable
  Stmt* post = nullptr;        // nullable
  RangeClause* range = nullptr; // nullable
  BlockStmt* body = nullptr;
  explicit ForStmt(Pos p) : Stmt(Kind, p) {}
};

// case list: body / default: body. `isDefault` iff written `default` (then `cases` is empty).
// In a type switch the cases are types (or the Name `nil`).
struct CaseClause : Node {
  GOXX_AST_KIND(CaseClause)
  bool isDefault = false;
  std::vector<Expr*> cases;
  std::vector<Stmt*> body;
  Pos colon;
  explicit CaseClause(Pos p) : Node(Kind, p) {}
};

// switch init; tag { clauses }. `tag` is null (switch true), an expression, or a TypeSwitchGuard
// (then it is a type switch).
struct SwitchStmt : Stmt {
  GOXX_AST_KIND(SwitchStmt)
  Stmt* init = nullptr; // nullable
  Expr* tag = nullptr;  // nullable
  std::vector<CaseClause*> clauses;
  Pos rbrace;
  explicit SwitchStmt(Pos p) : Stmt(Kind, p) {}
  bool isTypeSwitch() const { return tag != nullptr && tag->kind == NodeKind::TypeSwitchGuard; }
};

// case comm: body / default: body, in a select. `comm` is null for default; otherwise a SendStmt,
// an ExprStmt whose x is a receive Operation, or an AssignStmt (Plain or Define, 1 or 2 lhs) whose
// single rhs is a receive Operation (the builder reports other forms).
struct CommClause : Node {
  GOXX_AST_KIND(CommClause)
  Stmt* comm = nullptr; // nullable: default
  std::vector<Stmt*> body;
  Pos colon;
  explicit CommClause(Pos p) : Node(Kind, p) {}
};

// select { clauses }
struct SelectStmt : Stmt {
  GOXX_AST_KIND(SelectStmt)
  std::vector<CommClause*> clauses;
  Pos rbrace;
  explicit SelectStmt(Pos p) : Stmt(Kind, p) {}
};

} // namespace goxx::syntax
