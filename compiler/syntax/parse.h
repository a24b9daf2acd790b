// The front end's entry point: .gox source text -> syntax tree.
//
//   Consumes: one file already registered with the DiagnosticEngine (FileId).
//   Produces: a File owned by `arena`. Lexical and syntax errors are reported to `diags` with gc's
//             wording ("syntax error: unexpected newline in argument list; possibly missing comma or )").
//             After a syntax error in the grammar's sense the result is nullptr (the first such error
//             of each top-level declaration is reported, as far as recovery is certain: see
//             declaration_resync.h); after lexical errors or errors the AST builder reports, the File
//             is returned but must not be checked further (check diags.hasErrors()).
//
// How: ANTLR4 lexer (grammar/GoxLexer.g4) behind a token source that inserts Go's automatic
// semicolons, then the parser (grammar/GoxParser.g4) in SLL mode with a bail-out error strategy; only
// if that fails is the file re-parsed in full LL mode with error reporting. The parse tree is then
// turned into the AST by the AstBuilder, which also reports what the grammar's superset accepts but Go
// does not. ANTLR's runtime signals parse failure with C++ exceptions; they are caught inside
// parseFile and never cross this interface (the compiler itself uses no exceptions).
#pragma once

#include "diag/diagnostic_engine.h"
#include "syntax/ast.h"

namespace goxx::syntax {

struct ParseStats {
  bool usedLLFallback = false; // the SLL pass failed and the file was parsed again in LL mode
};

File* parseFile(AstArena& arena, DiagnosticEngine& diags, FileId file, ParseStats* stats = nullptr);

} // namespace goxx::syntax
