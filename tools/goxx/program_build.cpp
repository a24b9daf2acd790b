#include "program_build.h"

#include "atomic_file.h"
#include "build_cache.h"
#include "cache_trim.h"
#include "content_hash.h"
#include "cxx_compile.h"
#include "cxx_compiler.h"
#include "exit_status.h"
#include "file_stamp.h"
#include "precompiled_header.h"
#include "runtime_location.h"
#include "translate.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

namespace goxx::driver {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

bool validateSourcePaths(const std::vector<std::string>& sources, llvm::raw_ostream& errs) {
  if (sources.empty()) {
    errs << "goxx: no .gox files given\n";
    return false;
  }
  for (const std::string& source : sources) {
    if (!llvm::StringRef(source).endswith(".gox")) {
      errs << "goxx: not a .gox file: " << source << "\n";
      return false;
    }
  }
  return true;
}

std::string defaultProgramName(const std::vector<std::string>& sources) {
  return path::stem(sources.front()).str();
}

namespace {

// Adds each source's absolute path and bytes to `hash`; false (with a message) if one is unreadable.
bool hashSources(const std::vector<std::string>& sources, ContentHash& hash, llvm::raw_ostream& errs) {
  for (const std::string& source : sources) {
    llvm::SmallString<256> absolute(source);
    fs::make_absolute(absolute);
    auto bytes = llvm::MemoryBuffer::getFile(absolute, /*IsText=*/false);
    if (!bytes) {
      errs << "goxx: open " << source << ": " << bytes.getError().message() << "\n";
      return false;
    }
    hash.add(absolute);
    hash.add((*bytes)->getBuffer());
  }
  return true;
}

} // namespace

int buildProgram(const ProgramBuildRequest& request, llvm::raw_ostream& errs, std::string& programPath) {
  std::string why;
  std::optional<RuntimeLocation> runtime = findRuntime(request.goxxExecutable, why);
  if (!runtime) {
    errs << "goxx: " << why << "\n";
    return kExitUserError;
  }
  std::optional<CxxCompiler> compiler = findCxxCompiler(request.options.cxx, why);
  if (!compiler) {
    errs << "goxx: " << why << "\n";
    return kExitUserError;
  }
  std::optional<BuildCache> cache = BuildCache::open(why);
  if (!cache) {
    errs << "goxx: " << why << "\n";
    return kExitInternalError;
  }

  std::vector<std::string> flags = codeGenerationFlags(request.options);
  std::string headersStamp = treeStamp(runtime->includeDir + "/goxx");
  ContentHash key;
  key.add("goxx-program-v1");
  key.add(fileStamp(request.goxxExecutable));
  key.add(fileStamp(runtime->library));
  key.add(headersStamp);
  key.add(compiler->stamp);
  for (const std::string& flag : flags) key.add(flag);
  if (!hashSources(request.sources, key, errs)) return kExitUserError;

  std::string entry = cache->entryDirectory("exe", key.hexDigest(), why);
  if (entry.empty()) {
    errs << "goxx: " << why << "\n";
    return kExitInternalError;
  }
  llvm::SmallString<256> program(entry);
  path::append(program, defaultProgramName(request.sources));
  programPath = std::string(program);
  // --work asks to see a compile, so it always compiles (and refreshes the entry).
  if (!request.options.keepWork && fs::exists(programPath)) {
    if (request.options.verbose) errs << "goxx: cached " << programPath << "\n";
    markEntryUsed(entry);
    return kExitSuccess;
  }

  std::string cpp;
  if (int status = translateToCpp(request.sources, errs, cpp); status != kExitSuccess) return status;

  PrecompiledHeaderRequest pch{*cache, *compiler, detectCxxFamily(*compiler), *runtime, headersStamp, flags,
                               request.options.verbose};
  std::string temporary = createTemporaryFileIn(entry, path::filename(programPath).str(), why);
  if (temporary.empty()) {
    errs << "goxx: " << why << "\n";
    return kExitInternalError;
  }
  CxxCompileRequest compile{std::move(cpp), *compiler, *runtime, flags, precompiledHeaderArguments(pch, errs),
                            temporary, request.options.verbose, request.options.keepWork};
  if (int status = compileCpp(compile, errs); status != kExitSuccess) {
    fs::remove(temporary);
    return status;
  }
  // The linker may have kept the temporary file's mode (not executable): make it a program.
  fs::setPermissions(temporary, fs::all_read | fs::all_exe | fs::owner_write);
  if (!publishFile(temporary, programPath, why)) {
    errs << "goxx: " << why << "\n";
    return kExitInternalError;
  }
  trimCacheIfDue(*cache);
  return kExitSuccess;
}

} // namespace goxx::driver
