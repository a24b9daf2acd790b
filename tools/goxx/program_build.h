// `goxx build` and `goxx run` share this: .gox files -> a program in the build cache.
//
//   Consumes: the .gox paths (package main), the build options, the path of the running goxx.
//   Produces: the path of the cached program in `programPath`; a status (exit_status.h).
//
// The cache key covers everything the program depends on: each source's absolute path (it appears in
// #line directives and panic traces) and bytes, the goxx executable, the runtime library and headers,
// the C++ compiler and the code generation flags. A hit does not parse, check or compile anything
// (--work bypasses the lookup, since it asks for a compile to inspect).
// A miss translates (front-end errors are printed as `goxx check` prints them), compiles against a
// precompiled runtime header, and publishes the program atomically.
#pragma once

#include "build_options.h"

#include <llvm/Support/raw_ostream.h>

#include <string>
#include <vector>

namespace goxx::driver {

struct ProgramBuildRequest {
  std::vector<std::string> sources;
  BuildOptions options;
  std::string goxxExecutable;
};

int buildProgram(const ProgramBuildRequest& request, llvm::raw_ostream& errs, std::string& programPath);

// Rejects an empty list and paths that do not end in .gox (message on `errs`). True when all are fine.
bool validateSourcePaths(const std::vector<std::string>& sources, llvm::raw_ostream& errs);

// The default program name: the first source's base name without .gox.
std::string defaultProgramName(const std::vector<std::string>& sources);

} // namespace goxx::driver
