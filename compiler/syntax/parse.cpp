#include "syntax/parse.h"

#include "GoxLexer.h"
#include "GoxParser.h"
#include "syntax/ast_builder.h"
#include "syntax/declaration_resync.h"
#include "syntax/semicolon_token_source.h"
#include "syntax/source_positions.h"
#include "syntax/syntax_error_strategy.h"

namespace goxx::syntax {

using goxx_grammar::GoxLexer;
using goxx_grammar::GoxParser;

// Reports the first byte that is not UTF-8 (gc: "invalid UTF-8 encoding"); ANTLR's input stream could
// not decode such a file.
static bool reportInvalidUtf8(DiagnosticEngine& diags, FileId file, std::string_view text) {
  size_t bad = findInvalidUtf8(text);
  if (bad == std::string_view::npos) return false;
  Pos p{file, 1, 1};
  for (size_t i = 0; i < bad; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.col = 1;
    } else {
      ++p.col;
    }
  }
  diags.error(p, "invalid UTF-8 encoding");
  return true;
}

// Stage 1 of the parse: SLL prediction with BailErrorStrategy, driven one top-level declaration at a
// time. Each declaration's AST is built right away and its parse tree freed (the tree tracker is
// reset), so parse-tree memory stays proportional to the largest declaration, not to the file.
// Returns nullptr when SLL fails anywhere (invalid input, or a decision SLL cannot make); then nothing
// has been reported and the caller falls back to stage 2.
static File* parseSLL(GoxParser& parser, antlr4::CommonTokenStream& tokens, AstBuilder& builder,
                      const SourcePositions& positions, const std::string& path) {
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    File* file = builder.begin(parser.packageClause(), path);
    parser.getTreeTracker().reset();
    if (tokens.LA(1) != GoxLexer::SEMI) return nullptr;
    tokens.consume();
    while (tokens.LA(1) != antlr4::Token::EOF) {
      builder.addDecl(file, parser.topLevelDecl());
      parser.getTreeTracker().reset();
      if (tokens.LA(1) != GoxLexer::SEMI) return nullptr;
      tokens.consume();
    }
    builder.finish(file, positions.at(tokens.LT(1)->getStartIndex()));
    return file;
  } catch (antlr4::ParseCancellationException&) {
    parser.getTreeTracker().reset();
    return nullptr;
  }
}

// After the first syntax error of stage 2 (at token `errorToken`): parse the rest of the file one
// top-level declaration at a time, resuming after each error at the next certain declaration start, so
// that later declarations' syntax errors are reported too (gc reports up to 10). Each declaration gets a
// fresh error strategy, so each reports its own first error, worded as in a whole-file parse.
static void reportLaterSyntaxErrors(GoxParser& parser, antlr4::CommonTokenStream& tokens,
                                    const SourcePositions& positions, DiagnosticEngine& diags, size_t errorToken) {
  size_t next = nextDeclarationStart(tokens, errorToken);
  // Bounded: each round reports one error or consumes a declaration, and more than kMaxErrors are
  // never printed.
  for (unsigned reported = 0; next != std::string::npos && reported < DiagnosticEngine::kMaxErrors;) {
    tokens.seek(next);
    auto strategy = std::make_shared<GcSyntaxErrorStrategy>(positions, diags);
    parser.setErrorHandler(strategy);
    try {
      parser.topLevelDecl();
    } catch (antlr4::ParseCancellationException&) {
    } catch (antlr4::RecognitionException&) {
    }
    // Between declarations, as sourceFile's `(topLevelDecl SEMI)*` sees it.
    if (!strategy->reported() && tokens.LA(1) != antlr4::Token::EOF) {
      if (tokens.LA(1) == GoxLexer::SEMI) tokens.consume();
      else strategy->reportUnexpectedAtTopLevel(&parser, tokens.LT(1), antlr4::misc::IntervalSet::of(GoxLexer::SEMI));
    }
    parser.getTreeTracker().reset();
    if (strategy->reported()) {
      ++reported;
      next = nextDeclarationStart(tokens, strategy->errorTokenIndex());
    } else if (tokens.LA(1) == antlr4::Token::EOF) {
      break;
    } else {
      next = tokens.index(); // the declaration and its semicolon parsed: the next one follows directly
    }
  }
}

// Two-stage parse. Stage 1 (parseSLL) is fast, and correct whenever it succeeds. Stage 2, only if stage
// 1 failed: rewind the same token stream and parse the whole file with full LL prediction and the
// gc-worded error strategy. The tokens are produced once, so lexical errors are reported once.
File* parseFile(AstArena& arena, DiagnosticEngine& diags, FileId file, ParseStats* stats) {
  std::string_view text(diags.fileText(file).data(), diags.fileText(file).size());
  std::string path = diags.fileName(file).str();
  if (reportInvalidUtf8(diags, file, text)) return nullptr;

  SourcePositions positions(file, text);
  antlr4::ANTLRInputStream input(std::string{text});
  GoxLexer lexer(&input);
  lexer.removeErrorListeners();
  SemicolonTokenSource source(lexer, positions, diags);
  antlr4::CommonTokenStream tokens(&source);
  tokens.fill();

  GoxParser parser(&tokens);
  parser.removeErrorListeners();
  {
    AstBuilder builder(arena, diags, positions, source.badLiteralStarts());
    if (File* f = parseSLL(parser, tokens, builder, positions, path)) return f;
  }
  // Stage 2. (Nodes the SLL pass built stay in the arena, unreachable; this path is for invalid files.)
  if (stats) stats->usedLLFallback = true;
  tokens.seek(0);
  parser.reset();
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
  auto strategy = std::make_shared<GcSyntaxErrorStrategy>(positions, diags);
  parser.setErrorHandler(strategy);
  GoxParser::SourceFileContext* tree = nullptr;
  try {
    tree = parser.sourceFile();
  } catch (antlr4::ParseCancellationException&) {
    tree = nullptr;
  } catch (antlr4::RecognitionException&) {
    tree = nullptr;
  }
  if (tree == nullptr || strategy->reported()) {
    if (!strategy->reported()) diags.error(positions.at(0), "syntax error: cannot parse file");
    else reportLaterSyntaxErrors(parser, tokens, positions, diags, strategy->errorTokenIndex());
    return nullptr;
  }
  AstBuilder builder(arena, diags, positions, source.badLiteralStarts());
  return builder.build(tree, std::move(path));
}

} // namespace goxx::syntax
