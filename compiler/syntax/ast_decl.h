// Declarations and the File node. A grouped declaration `var ( a int; b = 2 )` becomes one Decl per
// spec (line), all with the same Decl::group number, exactly as Go's syntax package does.
#pragma once

#include "syntax/ast_stmt.h"

#include <string>
#include <vector>

namespace goxx::syntax {

// import [localName] "path". localName is null, a Name, "." or "_".
struct ImportDecl : Decl {
  GOXX_AST_KIND(ImportDecl)
  Name* localName = nullptr; // nullable
  BasicLit* path = nullptr;  // a String literal
  explicit ImportDecl(Pos p) : Decl(Kind, p) {}
};

// names [type] [= values] inside const. Go's implicit repetition is made explicit for the checker:
//   iota         the index of this spec within its parenthesized group (0 when not grouped);
//   implicitFrom null when this spec has values; otherwise the nearest earlier spec of the same group
//                that has values — its type and values are repeated here, evaluated with this iota.
//                (The builder reports "missing init expr for const declaration" when there is none.)
// `values` and `type` are exactly what is written here.
struct ConstDecl : Decl {
  GOXX_AST_KIND(ConstDecl)
  std::vector<Name*> names;
  Expr* type = nullptr; // nullable
  std::vector<Expr*> values;
  uint32_t iota = 0;
  const ConstDecl* implicitFrom = nullptr;
  explicit ConstDecl(Pos p) : Decl(Kind, p) {}
};

// type name[tparams] type, or the alias form type name = type (alias == true).
struct TypeDecl : Decl {
  GOXX_AST_KIND(TypeDecl)
  Name* name = nullptr;
  std::vector<Field*> typeParams; // parsed; the checker refuses generics
  bool alias = false;
  Expr* type = nullptr;
  explicit TypeDecl(Pos p) : Decl(Kind, p) {}
};

// var names type / var names [type] = values. At least one of type and values is present.
struct VarDecl : Decl {
  GOXX_AST_KIND(VarDecl)
  std::vector<Name*> names;
  Expr* type = nullptr; // nullable
  std::vector<Expr*> values;
  explicit VarDecl(Pos p) : Decl(Kind, p) {}
};

// func (recv) name[tparams](params) results { body }. recv is null for plain functions; body is null
// for a declaration without body (the checker reports "missing function body").
struct FuncDecl : Decl {
  GOXX_AST_KIND(FuncDecl)
  Field* recv = nullptr; // nullable
  Name* name = nullptr;
  std::vector<Field*> typeParams; // parsed; the checker refuses generics
  FuncType* type = nullptr;
  BlockStmt* body = nullptr; // nullable
  explicit FuncDecl(Pos p) : Decl(Kind, p) {}
};

// One source file: package clause and top-level declarations in source order (imports first, as the
// grammar requires). `pos` is the position of `package`; `eof` the end of the file.
struct File : Node {
  GOXX_AST_KIND(File)
  Name* pkgName = nullptr;
  std::vector<Decl*> decls;
  std::string path; // as given to the parser (used in diagnostics)
  Pos eof;
  explicit File(Pos p) : Node(Kind, p) {}
};

} // namespace goxx::syntax
