// SemicolonTokenSource: Go's automatic semicolon insertion, and gc-worded lexical errors.
//
//   Consumes: the tokens of GoxLexer (hidden channel included).
//   Produces: the token stream the parser sees: no hidden tokens, a SEMI (text "newline") inserted
//             where a line ends after an identifier, a literal, one of the keywords break continue
//             fallthrough return, or one of ++ -- ) ] } — a line comment, or a block comment spanning
//             lines, counts as the end of the line — and a SEMI (text "EOF") before EOF after such a
//             token. An explicit ';' keeps the text ";".
//   Reports:  invalid characters (dropped from the stream), malformed literals (kept, so parsing goes
//             on: gc does the same), unterminated strings/runes/comments, to the DiagnosticEngine.
//
// Single-threaded; lives as long as the token stream that pulls from it.
#pragma once

#include "diag/diagnostic_engine.h"
#include "syntax/source_positions.h"

#include <antlr4-runtime.h>

#include <memory>
#include <unordered_set>

namespace goxx_grammar {
class GoxLexer;
}

namespace goxx::syntax {

class SemicolonTokenSource : public antlr4::TokenSource {
public:
  SemicolonTokenSource(goxx_grammar::GoxLexer& lexer, const SourcePositions& positions, DiagnosticEngine& diags);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override;
  size_t getCharPositionInLine() override;
  antlr4::CharStream* getInputStream() override;
  std::string getSourceName() override;
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

  size_t errorCount() const { return errors_; }
  // Start indexes (code points) of literal tokens that had a lexical error.
  const std::unordered_set<size_t>& badLiteralStarts() const { return badLiteralStarts_; }

private:
  std::unique_ptr<antlr4::Token> makeSemicolon(size_t startIndex, size_t line, size_t column, const char* text);
  // Validates a literal token; reports its first problem. Returns the type the parser should see.
  size_t checkLiteral(antlr4::Token& token);
  void report(size_t cpIndex, size_t byteOffsetInToken, std::string message);

  goxx_grammar::GoxLexer& lexer_;
  const SourcePositions& positions_;
  DiagnosticEngine& diags_;
  bool insertAtNewline_ = false; // the last token passed on ends a line with a semicolon
  std::unique_ptr<antlr4::Token> pending_; // the EOF token held back behind an inserted semicolon
  size_t errors_ = 0;
  std::unordered_set<size_t> badLiteralStarts_;
};

} // namespace goxx::syntax
