// `goxx build FILE.gox... [-o NAME]`: build a program (through the build cache) and copy it to NAME,
// by default the first file's base name without .gox, in the current directory.
#pragma once

#include "build_options.h"

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

int runBuild(const std::vector<std::string>& sources, const std::string& output, const BuildOptions& options,
             const std::string& goxxExecutable, llvm::raw_ostream& errs);

} // namespace goxx::driver
