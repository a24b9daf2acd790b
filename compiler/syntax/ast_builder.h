// AstBuilder: ANTLR parse tree -> syntax tree (AST).
//
//   Consumes: the parse tree of one file (GoxParser::sourceFile) that parsed without syntax errors,
//             its token positions, and the set of literal tokens the lexer already reported as bad.
//   Produces: a File in the arena. It resolves what the grammar's superset leaves open (a parameter
//             `a [N]T` vs. a generic `T[N]`, `type A [N]int` vs. `type G[P any]`, if/for/switch headers,
//             type switch guards, `<-chan T` in expressions) and reports, in gc's words, what the
//             superset accepts but Go does not (mixed named and unnamed parameters, a non-call after
//             go/defer, `.(type)` outside a type switch, missing if conditions, ...).
// Invariants: the builder never fails; after reporting an error it still returns a well-formed (if
// partial) tree, with BadExpr where nothing sensible exists. It allocates only from the arena.
#pragma once

#include "diag/diagnostic_engine.h"
#include "syntax/ast.h"
#include "syntax/source_positions.h"

#include <memory>
#include <unordered_set>

namespace goxx_grammar {
class GoxParser;
}
namespace antlr4 {
class ParserRuleContext;
}

namespace goxx::syntax {

class Builder;

// Builds one File, either from a whole parse tree (build) or one top-level declaration at a time
// (begin / addDecl / finish), so that the caller may free each declaration's parse tree as soon as
// its AST exists. The parse-tree nodes passed in are only read during the call.
class AstBuilder {
public:
  AstBuilder(AstArena& arena, DiagnosticEngine& diags, const SourcePositions& positions,
             const std::unordered_set<size_t>& badLiteralStarts);
  ~AstBuilder();

  // `tree` is a GoxParser::SourceFileContext.
  File* build(antlr4::ParserRuleContext* tree, std::string path);

  // `packageClause` is a GoxParser::PackageClauseContext, `decl` a GoxParser::TopLevelDeclContext.
  File* begin(antlr4::ParserRuleContext* packageClause, std::string path);
  void addDecl(File* file, antlr4::ParserRuleContext* decl);
  void finish(File* file, Pos eof);

private:
  std::unique_ptr<Builder> impl_;
};

} // namespace goxx::syntax
