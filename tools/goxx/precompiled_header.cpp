#include "precompiled_header.h"

#include "atomic_file.h"
#include "cache_trim.h"
#include "command_runner.h"
#include "content_hash.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace goxx::driver {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

constexpr const char* kWrapperName = "goxx_program.h";

// "<configuration>/<headers>": the compiler, flags and include directory, then the headers' contents.
// A new headers key supersedes its siblings (cache_trim.h).
std::string precompiledHeaderKey(const PrecompiledHeaderRequest& request) {
  ContentHash configuration;
  configuration.add("goxx-pch-v1");
  configuration.add(request.compiler.stamp);
  for (const std::string& flag : request.codeGenerationFlags) configuration.add(flag);
  for (const std::string& option : request.runtime.compileOptions) configuration.add(option);
  configuration.add(request.runtime.includeDir);
  ContentHash headers;
  headers.add(request.runtimeHeadersStamp);
  return configuration.hexDigest() + "/" + headers.hexDigest();
}

// Writes `text` to `final` unless it already exists (every writer writes the same text).
bool writeOnce(const std::string& final, llvm::StringRef text) {
  std::string why;
  return fs::exists(final) || writeFileAtomically(final, text, why);
}

// Compiles the wrapper to `final` (through a temporary file); false if the compiler fails.
bool compileHeader(const PrecompiledHeaderRequest& request, const std::string& directory,
                   const std::string& wrapper, const std::string& final, llvm::raw_ostream& log) {
  std::string why;
  std::string temporary = createTemporaryFileIn(directory, path::filename(final).str(), why);
  if (temporary.empty()) return false;
  std::string output = temporary + ".log";
  std::vector<std::string> argv = {request.compiler.path};
  argv.insert(argv.end(), request.codeGenerationFlags.begin(), request.codeGenerationFlags.end());
  argv.insert(argv.end(), request.runtime.compileOptions.begin(), request.runtime.compileOptions.end());
  argv.insert(argv.end(), {"-I", request.runtime.includeDir, "-x", "c++-header", wrapper, "-o", temporary});
  int status = runCommand(argv, output, request.verbose, log, why);
  fs::remove(output);
  if (status != 0) {
    fs::remove(temporary);
    return false;
  }
  return publishFile(temporary, final, why);
}

} // namespace

std::vector<std::string> precompiledHeaderArguments(const PrecompiledHeaderRequest& request, llvm::raw_ostream& log) {
  if (request.family == CxxFamily::Unknown) return {};
  std::string why;
  std::string directory = request.cache.entryDirectory("pch", precompiledHeaderKey(request), why);
  if (directory.empty()) return {};

  llvm::SmallString<256> wrapper(directory);
  path::append(wrapper, kWrapperName);
  std::string wrapperPath(wrapper);
  std::string compiled = wrapperPath + (request.family == CxxFamily::Gcc ? ".gch" : ".pch");

  // A compiler that cannot precompile the header once will not on the next build either: remember it
  // (the marker lives in this key's entry, so a new compiler or new headers try again).
  std::string failedMarker = compiled + ".failed";
  if (fs::exists(failedMarker)) return {};
  if (!fs::exists(compiled)) {
    if (!writeOnce(wrapperPath, "// Precompiled by goxx (tools/goxx/precompiled_header.h).\n"
                                           "#include <goxx/program.h>\n"))
      return {};
    if (!compileHeader(request, directory, wrapperPath, compiled, log)) {
      writeOnce(failedMarker, "");
      return {};
    }
    removeSiblingEntries(directory);
  } else {
    markEntryUsed(directory);
  }
  if (request.family == CxxFamily::Gcc) return {"-include", wrapperPath};
  return {"-include-pch", compiled};
}

} // namespace goxx::driver
