#include "syntax/declaration_resync.h"

#include "GoxLexer.h"

#include <vector>

namespace goxx::syntax {

using goxx_grammar::GoxLexer;

static bool startsDeclaration(size_t type) {
  return type == GoxLexer::FUNC || type == GoxLexer::VAR || type == GoxLexer::CONST || type == GoxLexer::TYPE ||
         type == GoxLexer::IMPORT;
}

static size_t closerOf(size_t opener) {
  switch (opener) {
  case GoxLexer::LPAREN: return GoxLexer::RPAREN;
  case GoxLexer::LBRACK: return GoxLexer::RBRACK;
  default: return GoxLexer::RBRACE;
  }
}

size_t nextDeclarationStart(antlr4::TokenStream& tokens, size_t errorToken) {
  constexpr size_t kPackageClauseTokens = 3; // package NAME ;
  if (errorToken < kPackageClauseTokens) return std::string::npos;
  std::vector<size_t> open; // kinds of the unclosed brackets, innermost last
  size_t count = tokens.size();
  for (size_t i = 0; i < count; ++i) {
    const antlr4::Token* tok = tokens.get(i);
    size_t type = tok->getType();
    if (type == antlr4::Token::EOF) break;
    if (i > errorToken && open.empty() && startsDeclaration(type) && tok->getCharPositionInLine() == 0 &&
        tokens.get(i - 1)->getType() == GoxLexer::SEMI)
      return i;
    if (type == GoxLexer::LPAREN || type == GoxLexer::LBRACK || type == GoxLexer::LBRACE) {
      open.push_back(type);
    } else if (type == GoxLexer::RPAREN || type == GoxLexer::RBRACK || type == GoxLexer::RBRACE) {
      // Close up to the matching opener; a stray closer with no opener of its kind is ignored.
      for (size_t k = open.size(); k > 0; --k) {
        if (closerOf(open[k - 1]) == type) {
          open.resize(k - 1);
          break;
        }
      }
    }
  }
  return std::string::npos;
}

} // namespace goxx::syntax
