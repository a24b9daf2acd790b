// `goxx check`: parse (and, once the checker is hooked in, type-check) the files of one package.
//   Consumes: paths of .gox files. Produces: diagnostics on `errs`; returns the process exit status
//             (0 when there were no errors, 1 otherwise).
#pragma once

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

int runCheck(const std::vector<std::string>& files, llvm::raw_ostream& errs);

} // namespace goxx::driver
