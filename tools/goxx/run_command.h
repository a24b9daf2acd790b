// `goxx run FILE.gox... [-- ARGS]`: build a program (through the build cache) and replace goxx with it.
//
// The program is exec'd, not waited for: its exit status, signals and stdio are exactly its own, and
// goxx prints nothing when the build succeeds. argv[0] is the cached program's path (as `go run` gives
// its temporary binary's path).
#pragma once

#include "build_options.h"

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

// Returns only if the program could not be built or started.
int runRun(const std::vector<std::string>& sources, const std::vector<std::string>& programArguments,
           const BuildOptions& options, const std::string& goxxExecutable, llvm::raw_ostream& errs);

} // namespace goxx::driver
