// Expressions of the syntax tree, type expressions included (Go's spec shares productions between
// types and expressions; `*T` is an Operation, `a[i]` an IndexExpr, whichever the checker finds them to
// be). Field, the named-or-anonymous slot of parameter lists, structs and interfaces, lives here too.
//
// Nullable pointers say so; every other pointer is non-null in a tree produced without syntax errors.
// After a syntax error the tree may contain BadExpr nodes in place of what could not be parsed.
#pragma once

#include "syntax/ast_node.h"
#include "syntax/ast_operator.h"

#include <string>
#include <vector>

namespace goxx::syntax {

struct BlockStmt;
struct FuncType;

// Stands for an expression that could not be parsed (only after a reported syntax error).
struct BadExpr : Expr {
  GOXX_AST_KIND(BadExpr)
  explicit BadExpr(Pos p) : Expr(Kind, p) {}
};

// An identifier, including the blank identifier "_" and predeclared names. `value` is its spelling.
struct Name : Expr {
  GOXX_AST_KIND(Name)
  std::string value;
  Name(Pos p, std::string v) : Expr(Kind, p), value(std::move(v)) {}
};

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

// A literal exactly as written (`value` keeps the source text: quotes, escapes, underscores, prefixes).
// Integer literals include legacy octal (0777) and 0x/0o/0b forms; Float includes hex floats; Imag is
// parsed but refused by the checker. String covers interpreted and raw (`...`) strings.
// `bad` is set when the lexer reported an error for this literal (the checker must stay quiet then).
// decodeStringLit / decodeRuneLit (literal_value.h) give the value of a String or Rune literal.
struct BasicLit : Expr {
  GOXX_AST_KIND(BasicLit)
  LitKind litKind;
  bool bad = false;
  std::string value;
  BasicLit(Pos p, LitKind k, std::string v) : Expr(Kind, p), litKind(k), value(std::move(v)) {}
};

// type{elems}. `type` is null for an elided type inside an outer composite literal ({1, 2} in
// [][]int{{1, 2}}). Elements are either all plain expressions or KeyValueExprs (numKeyed counts the
// latter; mixing is reported by the checker as Go does). `rbrace` is the position of the '}'.
struct CompositeLit : Expr {
  GOXX_AST_KIND(CompositeLit)
  Expr* type = nullptr; // nullable
  std::vector<Expr*> elems;
  unsigned numKeyed = 0;
  Pos rbrace;
  explicit CompositeLit(Pos p) : Expr(Kind, p) {}
};

// key: value, only as an element of a CompositeLit.
struct KeyValueExpr : Expr {
  GOXX_AST_KIND(KeyValueExpr)
  Expr* key = nullptr;
  Expr* value = nullptr;
  explicit KeyValueExpr(Pos p) : Expr(Kind, p) {}
};

// func(params) results { body }
struct FuncLit : Expr {
  GOXX_AST_KIND(FuncLit)
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
  explicit FuncLit(Pos p) : Expr(Kind, p) {}
};

// (x)
struct ParenExpr : Expr {
  GOXX_AST_KIND(ParenExpr)
  Expr* x = nullptr;
  explicit ParenExpr(Pos p) : Expr(Kind, p) {}
};

// x.sel — a field, method, or qualified identifier (pkg.Name); which one is for the checker.
struct SelectorExpr : Expr {
  GOXX_AST_KIND(SelectorExpr)
  Expr* x = nullptr;
  Name* sel = nullptr;
  explicit SelectorExpr(Pos p) : Expr(Kind, p) {}
};

// x[i], or a generic instantiation x[T1, T2] (then `index` has several entries; the checker refuses
// instantiation). `index` is never empty.
struct IndexExpr : Expr {
  GOXX_AST_KIND(IndexExpr)
  Expr* x = nullptr;
  std::vector<Expr*> index;
  explicit IndexExpr(Pos p) : Expr(Kind, p) {}
};

// x[lo:hi] or x[lo:hi:max] (full == true). Absent indices are null; with `full`, hi and max are
// non-null (the builder reports "middle index required in 3-index slice" etc.).
struct SliceExpr : Expr {
  GOXX_AST_KIND(SliceExpr)
  Expr* x = nullptr;
  Expr* lo = nullptr;  // nullable
  Expr* hi = nullptr;  // nullable unless full
  Expr* max = nullptr; // non-null iff full
  bool full = false;
  explicit SliceExpr(Pos p) : Expr(Kind, p) {}
};

// x.(type) with type != null: a type assertion. The `x.(type)` form of a type switch header is a
// TypeSwitchGuard instead; anywhere else the builder reports "use of .(type) outside type switch" and
// leaves an AssertExpr whose type is null.
struct AssertExpr : Expr {
  GOXX_AST_KIND(AssertExpr)
  Expr* x = nullptr;
  Expr* type = nullptr;
  explicit AssertExpr(Pos p) : Expr(Kind, p) {}
};

// [lhs :=] x.(type) — only as the tag of a SwitchStmt. `lhs` is null without the short declaration.
struct TypeSwitchGuard : Expr {
  GOXX_AST_KIND(TypeSwitchGuard)
  Name* lhs = nullptr; // nullable
  Expr* x = nullptr;
  explicit TypeSwitchGuard(Pos p) : Expr(Kind, p) {}
};

// fun(args) or fun(args...) (hasDots). Conversions T(x) are CallExprs too.
struct CallExpr : Expr {
  GOXX_AST_KIND(CallExpr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasDots = false;
  explicit CallExpr(Pos p) : Expr(Kind, p) {}
};

// A unary (y == null) or binary operation. Unary: + - ! ^ * (dereference or pointer type) & <- ~.
// Receive `<-x` is a unary Operation with op Recv. In an interface, a union `A | ~B` is a binary Or.
struct Operation : Expr {
  GOXX_AST_KIND(Operation)
  Operator op;
  Expr* x = nullptr;
  Expr* y = nullptr; // null for unary
  Operation(Pos p, Operator o) : Expr(Kind, p), op(o) {}
  bool isUnary() const { return y == nullptr; }
};

// [len]elem; len is null for [...]elem (only valid as a composite literal type).
struct ArrayType : Expr {
  GOXX_AST_KIND(ArrayType)
  Expr* len = nullptr; // nullable: [...]
  Expr* elem = nullptr;
  explicit ArrayType(Pos p) : Expr(Kind, p) {}
};

// []elem
struct SliceType : Expr {
  GOXX_AST_KIND(SliceType)
  Expr* elem = nullptr;
  explicit SliceType(Pos p) : Expr(Kind, p) {}
};

// ...elem — only as the type of the last parameter.
struct DotsType : Expr {
  GOXX_AST_KIND(DotsType)
  Expr* elem = nullptr;
  explicit DotsType(Pos p) : Expr(Kind, p) {}
};

// One entry of a parameter list, struct, interface or type-parameter list. Fields declared together
// (`a, b int`) are separate Field nodes that share the same `type` pointer, as in Go's syntax package.
//   parameter/result/receiver: name nullable (unnamed parameter); type may be a DotsType.
//   struct field: name null means an embedded field (type is T, *T, pkg.T or *pkg.T); tag nullable.
//   interface: name non-null = method, type is a FuncType; name null = embedded element (a type name,
//              or an Operation: ~T, or A | B unions).
//   type parameter: name non-null, type is the constraint.
struct Field : Node {
  GOXX_AST_KIND(Field)
  Name* name = nullptr;    // nullable
  Expr* type = nullptr;
  BasicLit* tag = nullptr; // struct fields only; nullable
  explicit Field(Pos p) : Node(Kind, p) {}
};

// struct { fields }
struct StructType : Expr {
  GOXX_AST_KIND(StructType)
  std::vector<Field*> fields;
  explicit StructType(Pos p) : Expr(Kind, p) {}
};

// func(params) results — the signature of a FuncDecl, FuncLit, interface method, or a function type.
// A single unnamed result is one Field without a name.
struct FuncType : Expr {
  GOXX_AST_KIND(FuncType)
  std::vector<Field*> params;
  std::vector<Field*> results;
  explicit FuncType(Pos p) : Expr(Kind, p) {}
};

// interface { methods and embedded elements } (see Field).
struct InterfaceType : Expr {
  GOXX_AST_KIND(InterfaceType)
  std::vector<Field*> elems;
  explicit InterfaceType(Pos p) : Expr(Kind, p) {}
};

// map[key]value
struct MapType : Expr {
  GOXX_AST_KIND(MapType)
  Expr* key = nullptr;
  Expr* value = nullptr;
  explicit MapType(Pos p) : Expr(Kind, p) {}
};

enum class ChanDir : uint8_t { Both, SendOnly /* chan<- T */, RecvOnly /* <-chan T */ };

// chan elem, chan<- elem, <-chan elem
struct ChanType : Expr {
  GOXX_AST_KIND(ChanType)
  ChanDir dir = ChanDir::Both;
  Expr* elem = nullptr;
  explicit ChanType(Pos p) : Expr(Kind, p) {}
};

} // namespace goxx::syntax
