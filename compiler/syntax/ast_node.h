// The root of the syntax tree's class hierarchy: Node, and the three families Expr, Stmt and Decl.
//
// Kinds and positions follow Go's cmd/compile/internal/syntax. The position of a node is:
//   * for a terminal (Name, BasicLit): where it starts;
//   * otherwise the position of the token that uniquely identifies the production, usually the
//     left-most one ('if' for IfStmt, 'func' for FuncLit) but for infix/postfix forms the operator:
//     the operator of a binary Operation, '.' of SelectorExpr/AssertExpr/TypeSwitchGuard, '[' of
//     IndexExpr/SliceExpr, '(' of CallExpr, '{' of CompositeLit, ':' of KeyValueExpr and LabeledStmt,
//     '<-' of SendStmt, the operator of AssignStmt ('=', '+=', ':=', '++'), 'range' of RangeClause,
//     'case'/'default' of clauses; for a Decl: its first name (ImportDecl: the path or local name;
//     FuncDecl: 'func'). Use startPos() (ast_positions.h) for the left-most position of any node.
//
// Dynamic typing is LLVM-style: every class has `static bool classof(const Node*)`, so llvm::isa<>,
// llvm::cast<> and llvm::dyn_cast<> (llvm/Support/Casting.h) work on any node pointer.
//
// Ownership: every node is created by and owned by an AstArena (ast_arena.h); pointers between nodes
// are plain non-owning pointers that stay valid as long as the arena lives. Nodes are not modified
// after the AST builder returns, except where a field says who fills it later.
#pragma once

#include "diag/source_pos.h"

#include <cstdint>

namespace goxx::syntax {

using goxx::Pos;

enum class NodeKind : uint8_t {
  // Whole file.
  File,
  // Declarations.
  ImportDecl,
  ConstDecl,
  TypeDecl,
  VarDecl,
  FuncDecl,
  // Expressions (FirstExpr..LastExpr), including type expressions.
  BadExpr,
  Name,
  BasicLit,
  CompositeLit,
  KeyValueExpr,
  FuncLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  AssertExpr,
  TypeSwitchGuard,
  CallExpr,
  Operation,
  ArrayType,
  SliceType,
  DotsType,
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  // Statements (FirstStmt..LastStmt).
  EmptyStmt,
  LabeledStmt,
  BlockStmt,
  ExprStmt,
  SendStmt,
  DeclStmt,
  AssignStmt,
  BranchStmt,
  CallStmt,
  ReturnStmt,
  IfStmt,
  ForStmt,
  SwitchStmt,
  SelectStmt,
  // Parts of other nodes.
  Field,        // parameter, result, receiver, type parameter, struct field, interface element
  RangeClause,  // the `k, v := range x` of a ForStmt
  CaseClause,   // case/default of an expression or type switch
  CommClause,   // case/default of a select

  FirstDecl = ImportDecl,
  LastDecl = FuncDecl,
  FirstExpr = BadExpr,
  LastExpr = ChanType,
  FirstStmt = EmptyStmt,
  LastStmt = SelectStmt,
};

// The node kind's name as in Go's syntax package ("SelectorExpr"); used by the AST dumper and tests.
const char* nodeKindName(NodeKind kind);

struct Node {
  const NodeKind kind;
  Pos pos;

  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

protected:
  Node(NodeKind k, Pos p) : kind(k), pos(p) {}
};

struct Expr : Node {
  static bool classof(const Node* n) { return n->kind >= NodeKind::FirstExpr && n->kind <= NodeKind::LastExpr; }

protected:
  Expr(NodeKind k, Pos p) : Node(k, p) {}
};

struct Stmt : Node {
  static bool classof(const Node* n) { return n->kind >= NodeKind::FirstStmt && n->kind <= NodeKind::LastStmt; }

protected:
  Stmt(NodeKind k, Pos p) : Node(k, p) {}
};

struct Decl : Node {
  // Declarations written inside one `const ( ... )`, `var ( ... )`, `type ( ... )` or `import ( ... )`
  // share the same nonzero group number (unique within a file); 0 means "not in parentheses".
  uint32_t group = 0;

  static bool classof(const Node* n) { return n->kind >= NodeKind::FirstDecl && n->kind <= NodeKind::LastDecl; }

protected:
  Decl(NodeKind k, Pos p) : Node(k, p) {}
};

// Helper for the concrete classes below: `static bool classof` for exactly one kind.
#define GOXX_AST_KIND(K)                                                                                     \
  static constexpr NodeKind Kind = NodeKind::K;                                                              \
  static bool classof(const Node* n) { return n->kind == NodeKind::K; }

} // namespace goxx::syntax
