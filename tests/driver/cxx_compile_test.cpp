// The back half of a build against a real C++ compiler and the real runtime, with hand-written C++
// (so it does not depend on the emitter): a program that compiles and runs, a precompiled header
// that is made once and used, and a compiler failure reported as one internal-error line.
#include "build_cache.h"
#include "build_options.h"
#include "cxx_compile.h"
#include "cxx_compiler.h"
#include "exit_status.h"
#include "file_stamp.h"
#include "precompiled_header.h"
#include "runtime_location.h"

#include <doctest/doctest.h>

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdlib>

using namespace goxx::driver;
namespace fs = llvm::sys::fs;

namespace {

struct ScratchDirectory {
  std::string path;
  ScratchDirectory() {
    llvm::SmallString<256> created;
    REQUIRE(!fs::createUniqueDirectory("goxx-compile-test", created));
    path = std::string(created);
  }
  ~ScratchDirectory() { fs::remove_directories(path); }
  std::string file(llvm::StringRef relative) const { return path + "/" + relative.str(); }
};

RuntimeLocation buildTreeRuntime() {
  std::string why;
  // A path with no installed runtime beside it selects the build tree's runtime.
  std::optional<RuntimeLocation> runtime = findRuntime("/nonexistent/bin/goxx", why);
  REQUIRE_MESSAGE(runtime, why);
  return *runtime;
}

CxxCompiler compilerNamed(const std::string& name) {
  std::string why;
  std::optional<CxxCompiler> compiler = findCxxCompiler(name, why);
  REQUIRE_MESSAGE(compiler, why);
  return *compiler;
}

// Runs `program` and returns (exit status, stdout).
std::pair<int, std::string> runProgram(const std::string& program, const ScratchDirectory& dir) {
  std::string output = dir.file("program-output.txt");
  llvm::Optional<llvm::StringRef> redirects[] = {llvm::StringRef(""), llvm::StringRef(output), llvm::StringRef("")};
  llvm::StringRef args[] = {program};
  int status = llvm::sys::ExecuteAndWait(program, args, llvm::None, redirects);
  auto text = llvm::MemoryBuffer::getFile(output);
  return {status, text ? (*text)->getBuffer().str() : std::string()};
}

// What goxx-generated code looks like at its simplest: one include, goxx::runMain, an exit status.
const char* kProgram = R"cpp(#include <goxx/program.h>
#include <cstdio>
int main(int argc, char** argv) {
  goxx::runMain(argc, argv, [] {
    auto done = goxx::makeChan<int>();
    goxx::go([done] { done.send(41); });
    int v = 0;
    done.recv(&v);
    std::printf("got %d\n", v + 1);
    std::fflush(stdout);
    goxx::exitProcess(7);
  });
}
)cpp";

} // namespace

TEST_CASE("goxx's C++ compiles against the runtime, with and without a precompiled header") {
  for (const char* compilerName : {"g++", "clang++"}) {
    CAPTURE(compilerName);
    if (!llvm::sys::findProgramByName(compilerName)) continue;  // the e2e suite names the compilers it needs
    ScratchDirectory dir;
    setenv("GOXX_CACHE", dir.file("cache").c_str(), 1);
    std::string why;
    std::optional<BuildCache> cache = BuildCache::open(why);
    REQUIRE(cache);
    RuntimeLocation runtime = buildTreeRuntime();
    CxxCompiler compiler = compilerNamed(compilerName);
    CxxFamily family = detectCxxFamily(compiler);
    CHECK(family == (llvm::StringRef(compilerName) == "g++" ? CxxFamily::Gcc : CxxFamily::Clang));
    BuildOptions options;
    options.optimizationLevel = 0;
    std::vector<std::string> flags = codeGenerationFlags(options);

    std::string log;
    llvm::raw_string_ostream logStream(log);
    PrecompiledHeaderRequest pchRequest{*cache, compiler, family, runtime, treeStamp(runtime.includeDir + "/goxx"),
                                        flags, /*verbose=*/true};
    std::vector<std::string> pch = precompiledHeaderArguments(pchRequest, logStream);
    REQUIRE(pch.size() == 2);
    CHECK(logStream.str().find("c++-header") != std::string::npos);  // it was compiled...
    log.clear();
    CHECK(precompiledHeaderArguments(pchRequest, logStream) == pch);
    CHECK(logStream.str().empty());  // ...once

    for (bool usePch : {true, false}) {
      CAPTURE(usePch);
      std::string output = dir.file(usePch ? "with-pch" : "without-pch");
      std::string errors;
      llvm::raw_string_ostream errs(errors);
      CxxCompileRequest request{kProgram, compiler, runtime, flags, usePch ? pch : std::vector<std::string>{},
                                output, /*verbose=*/false, /*keepWork=*/false};
      // GCC silently ignores a precompiled header made with other options (-pthread's _REENTRANT
      // once did that); -H marks a used one with "! ". Clang fails instead, so success is proof.
      bool proveGccUsesPch = usePch && family == CxxFamily::Gcc;
      if (proveGccUsesPch) {
        request.codeGenerationFlags.push_back("-H");
        request.keepWork = true;
      }
      CHECK(compileCpp(request, errs) == kExitSuccess);
      if (proveGccUsesPch) {
        llvm::StringRef report(errs.str());
        REQUIRE(report.startswith("goxx: work directory: "));
        std::string work = report.drop_front(llvm::StringRef("goxx: work directory: ").size()).trim().str();
        auto output = llvm::MemoryBuffer::getFile(work + "/cxx-output.txt");
        REQUIRE(output);
        CHECK((*output)->getBuffer().contains("! " + pch[1] + ".gch"));
        fs::remove_directories(work);
      } else {
        CHECK(errs.str().empty());
      }
      auto [status, stdoutText] = runProgram(output, dir);
      CHECK(status == 7);
      CHECK(stdoutText == "got 42\n");
    }
    unsetenv("GOXX_CACHE");
  }
}

TEST_CASE("a failing C++ compiler is one internal-error report with the first error and the kept work directory") {
  ScratchDirectory dir;
  std::string fake = dir.file("fake-cxx");
  {
    std::error_code ec;
    llvm::raw_fd_ostream script(fake, ec);
    REQUIRE(!ec);
    script << "#!/bin/sh\n"
              "echo \"main.cpp: In function 'int main()':\" >&2\n"
              "echo \"main.cpp:3:7: error: expected ';' before '}' token\" >&2\n"
              "i=0; while [ $i -lt 200 ]; do echo \"main.cpp:9:1: error: noise $i\" >&2; i=$((i+1)); done\n"
              "exit 1\n";
  }
  fs::setPermissions(fake, fs::all_read | fs::all_exe | fs::owner_write);
  RuntimeLocation runtime = buildTreeRuntime();
  CxxCompiler compiler = compilerNamed(fake);
  std::string errors;
  llvm::raw_string_ostream errs(errors);
  CxxCompileRequest request{kProgram, compiler, runtime, {"-std=c++20"}, {}, dir.file("out"), false, false};
  CHECK(compileCpp(request, errs) == kExitInternalError);
  llvm::StringRef report(errs.str());
  llvm::SmallVector<llvm::StringRef, 4> lines;
  report.trim().split(lines, '\n');
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "goxx: internal error: the C++ compiler failed on goxx's output");
  CHECK(lines[1] == "  main.cpp:3:7: error: expected ';' before '}' token");
  REQUIRE(lines[2].startswith("  work directory: "));
  std::string work = lines[2].drop_front(llvm::StringRef("  work directory: ").size()).split(' ').first.str();
  CHECK(fs::exists(work + "/main.cpp"));
  CHECK(fs::exists(work + "/cxx-output.txt"));
  fs::remove_directories(work);
}

TEST_CASE("a compiler that cannot be found is an error naming it") {
  std::string why;
  CHECK_FALSE(findCxxCompiler("/no/such/compiler", why));
  CHECK(why.find("/no/such/compiler") != std::string::npos);
  CHECK_FALSE(findCxxCompiler("no-such-compiler-goxx", why));
  CHECK(why.find("no-such-compiler-goxx") != std::string::npos);
}
