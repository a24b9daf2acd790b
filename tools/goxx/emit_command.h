// `goxx emit FILE.gox... [-o OUT.cpp]`: the C++ translation unit only (for build systems that compile
// it themselves against goxx::runtime), on stdout unless -o is given.
#pragma once

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

int runEmit(const std::vector<std::string>& sources, const std::string& output, llvm::raw_ostream& errs);

} // namespace goxx::driver
