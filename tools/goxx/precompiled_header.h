// A precompiled <goxx/program.h>, made once per (compiler, code generation flags, runtime headers) and
// kept in the build cache, so that a small program's compile does not re-parse the whole runtime API.
//
//   Consumes: the compiler, the runtime's include directory and its stamp, the code generation flags.
//   Produces: the arguments that make a compile use the precompiled header — GCC: `-include
//             <entry>/goxx_program.h` with goxx_program.h.gch beside it; clang: `-include-pch
//             <entry>/goxx_program.h.pch` — or no arguments when no precompiled header can be used
//             (unrecognised compiler, or creating it failed: the build then proceeds without one).
//
// The wrapper header only includes <goxx/program.h>, whose #pragma once makes the generated code's own
// include of it free.
#pragma once

#include "build_cache.h"
#include "cxx_compiler.h"
#include "runtime_location.h"

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

struct PrecompiledHeaderRequest {
  const BuildCache& cache;
  const CxxCompiler& compiler;
  CxxFamily family;
  const RuntimeLocation& runtime;
  std::string runtimeHeadersStamp;
  std::vector<std::string> codeGenerationFlags;
  bool verbose;
};

std::vector<std::string> precompiledHeaderArguments(const PrecompiledHeaderRequest& request, llvm::raw_ostream& log);

} // namespace goxx::driver
