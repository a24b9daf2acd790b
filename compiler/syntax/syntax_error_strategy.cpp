#include "syntax/syntax_error_strategy.h"

#include "GoxLexer.h"
#include "GoxParser.h"

namespace goxx::syntax {

using goxx_grammar::GoxLexer;
using goxx_grammar::GoxParser;

std::string gcTokenDescription(const antlr4::Token& token) {
  size_t type = token.getType();
  std::string text = token.getText();
  if (type == antlr4::Token::EOF) return "EOF";
  switch (type) {
  case GoxLexer::SEMI: return text == ";" ? "semicolon" : text; // "newline" or "EOF" when inserted
  case GoxLexer::COMMA: return "comma";
  case GoxLexer::IDENT: return "name " + text;
  case GoxLexer::DEC_NUMBER:
  case GoxLexer::HEX_NUMBER:
  case GoxLexer::OCT_BIN_NUMBER:
  case GoxLexer::STRING:
  case GoxLexer::RAW_STRING:
  case GoxLexer::RUNE:
    return "literal " + text;
  default:
    break;
  }
  if (type >= GoxLexer::BREAK && type <= GoxLexer::VAR) return "keyword " + text;
  return text;
}

static bool has(const antlr4::misc::IntervalSet& set, size_t type) { return set.contains(type); }

// gc's name for a token the grammar expected ("comma", "name", ")").
static std::string expectedTokenName(const antlr4::dfa::Vocabulary& vocabulary, size_t type) {
  switch (type) {
  case GoxLexer::COMMA: return "comma";
  case GoxLexer::SEMI: return "semicolon or newline";
  case GoxLexer::IDENT: return "name";
  case GoxLexer::ASSIGN_OP: return "op=";
  default: break;
  }
  std::string literal = vocabulary.getLiteralName(type);
  if (literal.size() >= 2 && literal.front() == '\'') return literal.substr(1, literal.size() - 2);
  return vocabulary.getSymbolicName(type);
}

static bool startsExpression(const antlr4::misc::IntervalSet& set) {
  return has(set, GoxLexer::IDENT) && has(set, GoxLexer::DEC_NUMBER);
}
static bool startsType(const antlr4::misc::IntervalSet& set) {
  return has(set, GoxLexer::IDENT) && has(set, GoxLexer::MAP) && !has(set, GoxLexer::DEC_NUMBER);
}

static bool inRule(antlr4::RuleContext* ctx, size_t rule) {
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::RuleContext*>(ctx->parent)) {
    if (ctx->getRuleIndex() == rule) return true;
  }
  return false;
}

// The message after "syntax error: ". Mirrors the places where gc's parser reports, by the rule the
// ANTLR parser was in (innermost first) and what it expected.
static std::string gcMessage(const antlr4::dfa::Vocabulary& vocabulary, antlr4::RuleContext* ctx, const antlr4::Token& tok, const antlr4::Token* prev,
                             const antlr4::misc::IntervalSet& expected) {
  std::string unexpected = "unexpected " + gcTokenDescription(tok);
  size_t type = tok.getType();
  size_t rule = ctx ? ctx->getRuleIndex() : static_cast<size_t>(GoxParser::RuleSourceFile);
  size_t prevType = prev ? prev->getType() : antlr4::Token::INVALID_TYPE;

  switch (rule) {
  case GoxParser::RuleSourceFile:
  case GoxParser::RuleTopLevelDecl:
    if (prev == nullptr) return "package statement must be first";
    if (type == GoxLexer::LBRACE) return "unexpected semicolon or newline before {";
    if (prevType == GoxLexer::SEMI) return "non-declaration statement outside function body";
    return unexpected + " after top level declaration";
  case GoxParser::RulePackageClause:
    if (prevType == GoxLexer::PACKAGE) return unexpected + ", expected name";
    return "package statement must be first";
  case GoxParser::RuleArguments:
    if (type != antlr4::Token::EOF && prevType != GoxLexer::LPAREN && prevType != GoxLexer::COMMA)
      return unexpected + " in argument list; possibly missing comma or )";
    break;
  case GoxParser::RuleLiteralValue:
  case GoxParser::RuleElement:
    if (type != antlr4::Token::EOF && prevType != GoxLexer::LBRACE && prevType != GoxLexer::COMMA)
      return unexpected + " in composite literal; possibly missing comma or }";
    break;
  case GoxParser::RuleParameters:
    if (type != antlr4::Token::EOF && prevType != GoxLexer::LPAREN && prevType != GoxLexer::COMMA)
      return unexpected + " in parameter list; possibly missing comma or )";
    break;
  case GoxParser::RuleIfHeader:
    if (type == GoxLexer::VAR) return "var declaration not allowed in if initializer";
    if (type == GoxLexer::LBRACE) return "missing condition in if statement";
    break;
  case GoxParser::RuleBlock:
    // A block that does not start: name the statement it belongs to, as gc does.
    if (has(expected, GoxLexer::LBRACE) && !has(expected, GoxLexer::RBRACE)) {
      auto* parent = dynamic_cast<antlr4::RuleContext*>(ctx->parent);
      size_t parentRule = parent ? parent->getRuleIndex() : 0;
      if (parentRule == GoxParser::RuleForStmt) {
        if (type == GoxLexer::VAR) return "var declaration not allowed in for initializer";
        return unexpected + ", expected { after for clause";
      }
      if (parentRule == GoxParser::RuleIfStmt) return unexpected + ", expected { after if clause";
      return unexpected + ", expected {";
    }
    [[fallthrough]];
  case GoxParser::RuleStatementList:
  case GoxParser::RuleCaseClause:
  case GoxParser::RuleCommClause:
    if (type != antlr4::Token::EOF && prevType != GoxLexer::LBRACE && prevType != GoxLexer::SEMI &&
        prevType != GoxLexer::COLON && !startsExpression(expected))
      return unexpected + " at end of statement";
    break;
  case GoxParser::RuleIfStmt:
    if (prevType == GoxLexer::ELSE) return "else must be followed by if or statement block";
    if (has(expected, GoxLexer::LBRACE)) return unexpected + ", expected { after if clause";
    break;
  case GoxParser::RuleForStmt:
    if (has(expected, GoxLexer::LBRACE)) return unexpected + ", expected { after for clause";
    break;
  case GoxParser::RuleForCondPost:
    if (type == GoxLexer::LBRACE && prevType == GoxLexer::SEMI) return unexpected + ", expected for loop condition";
    break;
  case GoxParser::RuleSwitchStmt:
    if (type == GoxLexer::VAR) return "var declaration not allowed in switch initializer";
    if (has(expected, GoxLexer::LBRACE) && !has(expected, GoxLexer::CASE)) return "missing { after switch clause";
    if (has(expected, GoxLexer::CASE)) return unexpected + ", expected case or default or }";
    break;
  case GoxParser::RuleSelectStmt:
    if (has(expected, GoxLexer::LBRACE)) return "missing { after select clause";
    if (has(expected, GoxLexer::CASE)) return unexpected + ", expected case or default or }";
    break;
  case GoxParser::RuleImportSpec:
  case GoxParser::RuleImportPath:
    if (type == GoxLexer::SEMI || type == GoxLexer::RPAREN) return "missing import path";
    return "import path must be a string";
  case GoxParser::RuleStructType:
    if (type != antlr4::Token::EOF && prevType != GoxLexer::LBRACE && prevType != GoxLexer::SEMI)
      return unexpected + " in struct type; possibly missing semicolon or newline or }";
    break;
  case GoxParser::RuleInterfaceType:
    if (type != antlr4::Token::EOF && prevType != GoxLexer::LBRACE && prevType != GoxLexer::SEMI)
      return unexpected + " in interface type; possibly missing semicolon or newline or }";
    break;
  case GoxParser::RuleFieldDecl:
    return unexpected + ", expected field name or embedded type";
  case GoxParser::RuleFuncDecl:
    if (prevType == GoxLexer::FUNC) return unexpected + ", expected name or (";
    break;
  default:
    break;
  }

  if (startsExpression(expected)) return unexpected + ", expected expression";
  if (startsType(expected)) return unexpected + ", expected type";
  if (has(expected, GoxLexer::IDENT) && expected.size() == 1) return unexpected + ", expected name";
  // A short list of alternatives, in gc's "expected x or y" form.
  std::vector<size_t> types;
  for (const antlr4::misc::Interval& iv : expected.getIntervals()) {
    for (ssize_t t = iv.a; t <= iv.b && types.size() < 4; ++t) types.push_back(static_cast<size_t>(t));
  }
  if (!types.empty() && types.size() <= 3) {
    std::string list;
    for (size_t i = 0; i < types.size(); ++i) {
      if (i > 0) list += " or ";
      list += expectedTokenName(vocabulary, types[i]);
    }
    if (inRule(ctx, GoxParser::RuleStatementList) && types.size() == 1 && types[0] == GoxLexer::RBRACE &&
        type != antlr4::Token::EOF)
      return unexpected + " at end of statement";
    return unexpected + ", expected " + list;
  }
  return unexpected;
}

antlr4::Token* GcSyntaxErrorStrategy::recoverInline(antlr4::Parser* recognizer) {
  throw antlr4::InputMismatchException(recognizer);
}

void GcSyntaxErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) {
  throw antlr4::ParseCancellationException();
}

void GcSyntaxErrorStrategy::reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) {
  antlr4::Token* tok = e.getOffendingToken();
  if (tok == nullptr) tok = recognizer->getCurrentToken();
  antlr4::misc::IntervalSet expected;
  if (e.getOffendingState() != antlr4::atn::ATNState::INVALID_STATE_NUMBER) expected = e.getExpectedTokens();
  else expected = recognizer->getExpectedTokens();
  report(recognizer, tok, e.getCtx() ? e.getCtx() : recognizer->getContext(), expected);
}

void GcSyntaxErrorStrategy::reportUnexpectedAtTopLevel(antlr4::Parser* recognizer, antlr4::Token* tok,
                                                       const antlr4::misc::IntervalSet& expected) {
  report(recognizer, tok, nullptr, expected);
}

void GcSyntaxErrorStrategy::report(antlr4::Parser* recognizer, antlr4::Token* tok, antlr4::RuleContext* ctx,
                                   const antlr4::misc::IntervalSet& expected) {
  if (reported_) return;
  reported_ = true;
  errorToken_ = tok->getTokenIndex();
  antlr4::TokenStream* tokens = recognizer->getTokenStream();
  const antlr4::Token* prev = nullptr;
  if (tok->getTokenIndex() > 0) prev = tokens->get(tok->getTokenIndex() - 1);
  std::string message = "syntax error: " + gcMessage(recognizer->getVocabulary(), ctx, *tok, prev, expected);
  diags_.error(positions_.at(tok->getStartIndex()), std::move(message));
}

} // namespace goxx::syntax
