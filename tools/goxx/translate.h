// The front half of a build: .gox files of package main -> one C++ translation unit.
//
//   Consumes: paths of .gox files. Produces: the C++ text (compiler/emit/emit.h) in `cpp`, or
//             diagnostics on `errs` printed exactly as `goxx check` prints them.
//   Returns: kExitSuccess, or kExitUserError when parsing, checking or lowering reported an error.
#pragma once

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

int translateToCpp(const std::vector<std::string>& files, llvm::raw_ostream& errs, std::string& cpp);

} // namespace goxx::driver
