// The one line worth showing from a failed C++ compile: goxx reports a C++ compiler failure on its own
// output as an internal error and quotes only the first error, never the compiler's whole output.
//
//   Consumes: the compiler's combined stdout/stderr.
//   Produces: the first line that states an error — a compiler `error:`/`fatal error:` line, or a
//             linker `undefined reference`/`multiple definition` line, whichever comes first — with
//             surrounding blanks removed and cut to `maxLength` characters (marked with "...").
//             Falls back to the first non-blank line; "" for blank output.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <string>

namespace goxx::driver {

std::string firstCxxError(llvm::StringRef compilerOutput, size_t maxLength = 400);

} // namespace goxx::driver
