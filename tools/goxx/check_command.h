// `goxx check`: parse and type-check the files of one package.
//   Consumes: paths of .gox files.
//   Produces: runCheck: gc-style diagnostics on `errs` (at most 10, then "too many errors");
//             runCheckJson: the same diagnostics as one JSON object on `out` (diagnostics_json.h; the
//             contract of tools/editor/README.md), nothing on stderr.
//             Both return the process exit status: 0 when there were no errors, 1 otherwise.
#pragma once

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

int runCheck(const std::vector<std::string>& files, llvm::raw_ostream& errs);
int runCheckJson(const std::vector<std::string>& files, llvm::raw_ostream& out);

} // namespace goxx::driver
