#include "cxx_compiler.h"

#include "file_stamp.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>

#include <cstdlib>

namespace goxx::driver {
namespace fs = llvm::sys::fs;

namespace {

// A name with a slash is a path (made absolute); a bare name is looked up on PATH.
std::optional<std::string> resolveProgram(const std::string& name) {
  if (name.find('/') != std::string::npos) {
    llvm::SmallString<256> absolute(name);
    if (fs::make_absolute(absolute) || !fs::can_execute(absolute) || fs::is_directory(absolute))
      return std::nullopt;
    return std::string(absolute);
  }
  llvm::ErrorOr<std::string> found = llvm::sys::findProgramByName(name);
  if (!found) return std::nullopt;
  return *found;
}

CxxCompiler compilerAt(std::string path) {
  CxxCompiler compiler;
  compiler.stamp = fileStamp(path);
  compiler.path = std::move(path);
  return compiler;
}

} // namespace

std::optional<CxxCompiler> findCxxCompiler(const std::string& requested, std::string& why) {
  if (!requested.empty()) {
    if (std::optional<std::string> path = resolveProgram(requested)) return compilerAt(*path);
    why = "C++ compiler not found: " + requested + " (from --cxx)";
    return std::nullopt;
  }
  if (const char* cxx = std::getenv("CXX"); cxx && *cxx) {
    if (std::optional<std::string> path = resolveProgram(cxx)) return compilerAt(*path);
    why = std::string("C++ compiler not found: ") + cxx + " (from $CXX)";
    return std::nullopt;
  }
  for (const char* name : {"c++", "g++", "clang++"})
    if (std::optional<std::string> path = resolveProgram(name)) return compilerAt(*path);
  why = "no C++ compiler found: none of c++, g++, clang++ is on PATH (use --cxx=PATH or set $CXX)";
  return std::nullopt;
}

CxxFamily detectCxxFamily(const CxxCompiler& compiler) {
  llvm::SmallString<128> output;
  if (fs::createTemporaryFile("goxx-cxx-version", "txt", output)) return CxxFamily::Unknown;
  std::string outputPath(output);
  llvm::Optional<llvm::StringRef> redirects[] = {llvm::StringRef(""), llvm::StringRef(outputPath),
                                                 llvm::StringRef(outputPath)};
  llvm::StringRef args[] = {compiler.path, "--version"};
  int status = llvm::sys::ExecuteAndWait(compiler.path, args, llvm::None, redirects);
  auto text = llvm::MemoryBuffer::getFile(outputPath);
  fs::remove(outputPath);
  if (status != 0 || !text) return CxxFamily::Unknown;
  llvm::StringRef version = (*text)->getBuffer();
  if (version.contains("clang")) return CxxFamily::Clang;
  if (version.contains("Free Software Foundation") || version.contains("g++") || version.contains("GCC"))
    return CxxFamily::Gcc;
  return CxxFamily::Unknown;
}

} // namespace goxx::driver
