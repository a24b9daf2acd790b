// The AST printer: syntax tree -> Go source text.
//   Consumes: nodes built by parseFile (any subtree).
//   Produces: canonical Go source (gofmt-like layout, tabs for indentation, one declaration or
//             statement per line, minimal parentheses as written: ParenExpr nodes are printed, no others
//             are added). Re-parsing the output yields the same tree up to positions:
//             print(parse(print(parse(src)))) == print(parse(src)) — the round-trip tests rely on it.
// Also used for messages that quote source (gc's "cannot use x := 1 as value").
#pragma once

#include "syntax/ast.h"

#include <string>

namespace goxx::syntax {

std::string printFile(const File* file);
std::string printExpr(const Expr* x);
std::string printStmt(const Stmt* s);

} // namespace goxx::syntax
