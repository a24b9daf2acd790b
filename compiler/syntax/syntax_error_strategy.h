// GcSyntaxErrorStrategy: turns ANTLR's parse failures into gc's syntax error messages.
//
//   Consumes: the parser's state at its first error (innermost rule, offending token, the token before
//             it, the set of tokens the grammar expected there).
//   Produces: one diagnostic worded like gc's parser, e.g.
//               syntax error: unexpected newline in argument list; possibly missing comma or )
//               syntax error: unexpected name y at end of statement
//               syntax error: non-declaration statement outside function body
//             and stops the parse (ParseCancellationException): like gc after its first error in a
//             construct, we do not try to resynchronise inside it (ANTLR's recovery guesses are not
//             gc's); parseFile resumes at the next declaration (declaration_resync.h) with a new
//             strategy.
// No ANTLR wording ever reaches the diagnostics. Used only for the LL (second) parse; the SLL pass
// uses antlr4::BailErrorStrategy and reports nothing.
#pragma once

#include "diag/diagnostic_engine.h"
#include "syntax/source_positions.h"

#include <antlr4-runtime.h>

namespace goxx::syntax {

class GcSyntaxErrorStrategy : public antlr4::ANTLRErrorStrategy {
public:
  GcSyntaxErrorStrategy(const SourcePositions& positions, DiagnosticEngine& diags)
      : positions_(positions), diags_(diags) {}

  void reset(antlr4::Parser*) override {}
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override;
  void recover(antlr4::Parser* recognizer, std::exception_ptr e) override;
  void sync(antlr4::Parser*) override {}
  bool inErrorRecoveryMode(antlr4::Parser*) override { return reported_; }
  void reportMatch(antlr4::Parser*) override {}
  void reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) override;

  // Reports `tok` as unexpected where only `expected` could follow, outside any rule (in the file's
  // top-level context): for the semicolon between two top-level declarations parsed one at a time.
  void reportUnexpectedAtTopLevel(antlr4::Parser* recognizer, antlr4::Token* tok, const antlr4::misc::IntervalSet& expected);

  bool reported() const { return reported_; }
  // Index in the token stream of the token the reported error is at (valid once reported()).
  size_t errorTokenIndex() const { return errorToken_; }

private:
  const SourcePositions& positions_;
  DiagnosticEngine& diags_;
  bool reported_ = false;
  size_t errorToken_ = 0;

  void report(antlr4::Parser* recognizer, antlr4::Token* tok, antlr4::RuleContext* ctx,
              const antlr4::misc::IntervalSet& expected);
};

// How gc names a token in "unexpected ..." (newline, EOF, name x, literal 1, keyword func, comma, +=).
std::string gcTokenDescription(const antlr4::Token& token);

} // namespace goxx::syntax
