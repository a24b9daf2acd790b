// The back half of a build: goxx's C++ output -> a linked program, through the user's C++ compiler.
//
//   Consumes: the C++ text, the compiler, the runtime location, the code generation flags, the
//             precompiled-header arguments (may be empty), and the path to write the program to.
//   Produces: the program at `output`, or — when the compiler fails — one report on `errs`:
//               goxx: internal error: the C++ compiler failed on goxx's output
//                 <the first error line of the compiler's output>
//                 work directory: <kept directory with main.cpp and the compiler's full output>
//             and kExitInternalError. Nothing is printed on success (the compiler's output, warnings
//             included, goes to a log file in the work directory).
//
// A compile that used a precompiled header and failed is retried once without it, so a broken or
// incompatible precompiled header can cost time but never a build.
#pragma once

#include "build_options.h"
#include "cxx_compiler.h"
#include "runtime_location.h"

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

struct CxxCompileRequest {
  std::string cpp;  // the translation unit
  const CxxCompiler& compiler;
  const RuntimeLocation& runtime;
  std::vector<std::string> codeGenerationFlags;
  std::vector<std::string> precompiledHeaderArguments;
  std::string output;  // where the linked program goes
  bool verbose = false;
  bool keepWork = false;
};

// Returns kExitSuccess, kExitInternalError (compiler failure, reported as above) or kExitUserError
// (the compiler could not be started, or the work directory could not be written).
int compileCpp(const CxxCompileRequest& request, llvm::raw_ostream& errs);

// The compiler command line for `source` -> `output` (exposed for tests and -v).
std::vector<std::string> compileCommand(const CxxCompileRequest& request, const std::string& source,
                                        bool withPrecompiledHeader);

} // namespace goxx::driver
