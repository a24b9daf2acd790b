// Lexical validation of literal tokens, with gc's error messages.
//   Consumes: the text of one number, string or rune token as the permissive lexer matched it.
//   Produces: its kind (Int, Float, Imag, Rune, String) and, if it is malformed, the first problem:
//             a message ("invalid digit '8' in octal literal") and the byte offset within the token
//             where gc reports it.
// Used twice: by the semicolon token source to report errors, and by the AST builder to classify
// literals and mark bad ones (pure functions, so both agree).
#pragma once

#include "syntax/ast_expr.h"

#include <string>
#include <string_view>

namespace goxx::syntax {

struct LiteralCheck {
  LitKind kind = LitKind::Int;
  bool ok = true;
  std::string message; // when !ok
  size_t offset = 0;   // byte offset in the token of the reported position
};

LiteralCheck checkNumberLiteral(std::string_view text);
// `terminated` is false for the UNTERMINATED_* tokens; `atEOF` tells which message gc gives then.
LiteralCheck checkStringLiteral(std::string_view text, bool terminated, bool atEOF);
LiteralCheck checkRawStringLiteral(std::string_view text, bool terminated);
LiteralCheck checkRuneLiteral(std::string_view text, bool terminated, bool atEOF);

// Decodes one escape sequence starting at text[i] == '\\'. Returns false (and leaves `value`
// unspecified) when it is invalid; `isByte` tells \x and octal escapes (single bytes) from others.
// `next` receives the index after the escape. `message`/`errorAt` describe the problem, gc-style.
bool decodeEscape(std::string_view text, size_t i, char quote, uint32_t& value, bool& isByte, size_t& next,
                  std::string* message = nullptr, size_t* errorAt = nullptr);

} // namespace goxx::syntax
