// Where parsing may resume after a syntax error, so that one file can report several (as gc does).
//
//   Consumes: the file's complete token stream (semicolons inserted) and the index of the token where
//             a syntax error was reported.
//   Produces: the index of the first later token at which a new top-level declaration certainly
//             starts, or npos when there is none.
//
// "Certainly" is deliberately strict, so that resuming never produces an error gc would not report: the
// token is `func`, `var`, `const`, `type` or `import` in column 1, right after a semicolon (so it begins
// a line, as gofmt places declarations), and every bracket opened before it has been closed (counted
// from the start of the file; a closing bracket also closes any unclosed brackets inside it, so one
// missing `)` does not block recovery; one missing `}` does). Errors inside a package clause never
// resume (gc stops there too).
#pragma once

#include <antlr4-runtime.h>

#include <cstddef>
#include <string>

namespace goxx::syntax {

size_t nextDeclarationStart(antlr4::TokenStream& tokens, size_t errorToken);

} // namespace goxx::syntax
