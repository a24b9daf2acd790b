#include "syntax/semicolon_token_source.h"

#include "GoxLexer.h"
#include "syntax/literal_syntax.h"

#include <cstdio>

namespace goxx::syntax {

using goxx_grammar::GoxLexer;

SemicolonTokenSource::SemicolonTokenSource(GoxLexer& lexer, const SourcePositions& positions,
                                           DiagnosticEngine& diags)
    : lexer_(lexer), positions_(positions), diags_(diags) {}

size_t SemicolonTokenSource::getLine() const { return lexer_.getLine(); }
size_t SemicolonTokenSource::getCharPositionInLine() { return lexer_.getCharPositionInLine(); }
antlr4::CharStream* SemicolonTokenSource::getInputStream() { return lexer_.getInputStream(); }
std::string SemicolonTokenSource::getSourceName() { return lexer_.getSourceName(); }
antlr4::TokenFactory<antlr4::CommonToken>* SemicolonTokenSource::getTokenFactory() {
  return lexer_.getTokenFactory();
}

void SemicolonTokenSource::report(size_t cpIndex, size_t byteOffsetInToken, std::string message) {
  Pos pos = positions_.at(cpIndex);
  pos.col += static_cast<uint32_t>(byteOffsetInToken);
  diags_.error(pos, std::move(message));
  ++errors_;
}

std::unique_ptr<antlr4::Token> SemicolonTokenSource::makeSemicolon(size_t startIndex, size_t line, size_t column,
                                                                   const char* text) {
  auto semi = std::make_unique<antlr4::CommonToken>(
      std::make_pair(static_cast<antlr4::TokenSource*>(this), lexer_.getInputStream()), GoxLexer::SEMI,
      antlr4::Token::DEFAULT_CHANNEL, startIndex, startIndex);
  semi->setText(text);
  semi->setLine(line);
  semi->setCharPositionInLine(column);
  return semi;
}

static bool endsLine(size_t type) {
  switch (type) {
  case GoxLexer::IDENT:
  case GoxLexer::DEC_NUMBER:
  case GoxLexer::HEX_NUMBER:
  case GoxLexer::OCT_BIN_NUMBER:
  case GoxLexer::STRING:
  case GoxLexer::RAW_STRING:
  case GoxLexer::RUNE:
  case GoxLexer::BREAK:
  case GoxLexer::CONTINUE:
  case GoxLexer::FALLTHROUGH:
  case GoxLexer::RETURN:
  case GoxLexer::INC:
  case GoxLexer::DEC:
  case GoxLexer::RPAREN:
  case GoxLexer::RBRACK:
  case GoxLexer::RBRACE:
    return true;
  default:
    return false;
  }
}

size_t SemicolonTokenSource::checkLiteral(antlr4::Token& token) {
  std::string text = token.getText();
  size_t type = token.getType();
  size_t end = token.getStopIndex() + 1;
  bool atEOF = end >= lexer_.getInputStream()->size();
  LiteralCheck check;
  switch (type) {
  case GoxLexer::DEC_NUMBER:
  case GoxLexer::HEX_NUMBER:
  case GoxLexer::OCT_BIN_NUMBER:
    check = checkNumberLiteral(text);
    break;
  case GoxLexer::STRING: check = checkStringLiteral(text, true, false); break;
  case GoxLexer::UNTERMINATED_STRING:
    check = checkStringLiteral(text, false, atEOF);
    type = GoxLexer::STRING;
    break;
  case GoxLexer::RAW_STRING: check = checkRawStringLiteral(text, true); break;
  case GoxLexer::UNTERMINATED_RAW_STRING:
    check = checkRawStringLiteral(text, false);
    type = GoxLexer::RAW_STRING;
    break;
  case GoxLexer::RUNE: check = checkRuneLiteral(text, true, false); break;
  case GoxLexer::UNTERMINATED_RUNE:
    check = checkRuneLiteral(text, false, atEOF);
    type = GoxLexer::RUNE;
    break;
  default: return type;
  }
  if (!check.ok) {
    report(token.getStartIndex(), check.offset, check.message);
    badLiteralStarts_.insert(token.getStartIndex());
  }
  return type;
}

// Invariant: insertAtNewline_ is true iff the last token handed to the parser is one after which a
// newline (or EOF) inserts a semicolon and no such newline has been seen since.
std::unique_ptr<antlr4::Token> SemicolonTokenSource::nextToken() {
  if (pending_) return std::move(pending_);
  for (;;) {
    std::unique_ptr<antlr4::Token> token = lexer_.nextToken();
    size_t type = token->getType();
    switch (type) {
    case GoxLexer::NEWLINES: {
      if (!insertAtNewline_) continue;
      insertAtNewline_ = false;
      // The semicolon sits at the first newline (whitespace is ASCII: one code point per byte).
      size_t offset = token->getText().find('\n');
      return makeSemicolon(token->getStartIndex() + offset, token->getLine(), token->getCharPositionInLine() + offset,
                           "newline");
    }
    case GoxLexer::LINE_COMMENT:
      if (!insertAtNewline_) continue;
      insertAtNewline_ = false;
      return makeSemicolon(token->getStartIndex(), token->getLine(), token->getCharPositionInLine(), "newline");
    case GoxLexer::BLOCK_COMMENT:
      if (!insertAtNewline_ || token->getText().find('\n') == std::string::npos) continue;
      insertAtNewline_ = false;
      return makeSemicolon(token->getStartIndex(), token->getLine(), token->getCharPositionInLine(), "newline");
    case GoxLexer::UNTERMINATED_COMMENT:
      report(token->getStartIndex(), 0, "comment not terminated");
      continue;
    case GoxLexer::INVALID_CHAR: {
      std::string text = token->getText();
      uint32_t cp = 0;
      if (!text.empty()) {
        // Decode the single UTF-8 character the token holds.
        unsigned char c = static_cast<unsigned char>(text[0]);
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        cp = len == 1 ? c : c & (0x7F >> len);
        for (size_t k = 1; k < len && k < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[k]) & 0x3F);
      }
      char buf[64];
      if (cp == 0) std::snprintf(buf, sizeof buf, "invalid NUL character");
      else if (cp < 0x20 || cp == 0x7F) std::snprintf(buf, sizeof buf, "invalid character U+%04X", cp);
      else std::snprintf(buf, sizeof buf, "invalid character U+%04X '%s'", cp, text.c_str());
      report(token->getStartIndex(), 0, buf);
      continue; // dropped, as gc does; the semicolon state is unchanged
    }
    case antlr4::Token::EOF:
      if (insertAtNewline_) {
        insertAtNewline_ = false;
        auto semi = makeSemicolon(token->getStartIndex(), token->getLine(), token->getCharPositionInLine(), "EOF");
        pending_ = std::move(token);
        return semi;
      }
      return token;
    default:
      break;
    }
    size_t parserType = checkLiteral(*token);
    if (parserType != type) static_cast<antlr4::CommonToken&>(*token).setType(parserType);
    insertAtNewline_ = endsLine(parserType);
    return token;
  }
}

} // namespace goxx::syntax
