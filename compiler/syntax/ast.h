// STABLE — the checker may rely on these headers; from now on fields and kinds are only added, never
// renamed or removed. (Requests for additions: compiler/syntax/REQUESTS.txt.)
//
// The goxx syntax tree (AST) for Go 1.22 source, modelled on Go's cmd/compile/internal/syntax.
//   Consumes: nothing — this is a data model. parse.h fills it from .gox source text.
//   Produces: File nodes whose declarations, statements and expressions mirror the Go spec.
// Files: ast_node.h (Node/Expr/Stmt/Decl, positions, ownership), ast_expr.h (expressions, types,
// Field), ast_stmt.h (statements and clauses), ast_decl.h (declarations, File), ast_arena.h (owner of
// all nodes), ast_operator.h (operators), ast_positions.h (startPos), literal_value.h (literal values).
#pragma once

#include "syntax/ast_arena.h"
#include "syntax/ast_decl.h"
#include "syntax/ast_expr.h"
#include "syntax/ast_node.h"
#include "syntax/ast_operator.h"
#include "syntax/ast_stmt.h"
