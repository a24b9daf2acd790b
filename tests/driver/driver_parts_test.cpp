// Unit tests of the driver's parts that need no C++ compiler: cache keys, the first-error summary,
// command quoting, atomic writes, the cache root and the runtime's installed layout.
#include "atomic_file.h"
#include "build_cache.h"
#include "cache_trim.h"
#include "command_runner.h"
#include "content_hash.h"
#include "cxx_error_summary.h"
#include "file_stamp.h"
#include "runtime_location.h"

#include <doctest/doctest.h>

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>

using namespace goxx::driver;
namespace fs = llvm::sys::fs;

namespace {

std::string hashOf(std::initializer_list<llvm::StringRef> fields) {
  ContentHash hash;
  for (llvm::StringRef field : fields) hash.add(field);
  return hash.hexDigest();
}

// A fresh directory, removed at the end of the test.
struct ScratchDirectory {
  std::string path;
  ScratchDirectory() {
    llvm::SmallString<256> created;
    REQUIRE(!fs::createUniqueDirectory("goxx-driver-test", created));
    path = std::string(created);
  }
  ~ScratchDirectory() { fs::remove_directories(path); }
  std::string file(llvm::StringRef relative) const { return path + "/" + relative.str(); }
};

void writeFile(const std::string& path, llvm::StringRef text) {
  REQUIRE(!fs::create_directories(llvm::sys::path::parent_path(path)));
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec);
  REQUIRE(!ec);
  out << text;
}

std::string readFile(const std::string& path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  REQUIRE(buffer);
  return (*buffer)->getBuffer().str();
}

// Sets an environment variable for one scope, restoring the previous value.
struct ScopedEnvironment {
  std::string name;
  std::optional<std::string> previous;
  ScopedEnvironment(const std::string& name, const char* value) : name(name) {
    if (const char* old = std::getenv(name.c_str())) previous = old;
    if (value) setenv(name.c_str(), value, 1);
    else unsetenv(name.c_str());
  }
  ~ScopedEnvironment() {
    if (previous) setenv(name.c_str(), previous->c_str(), 1);
    else unsetenv(name.c_str());
  }
};

// Sets `p`'s modification time to `days` days ago.
void makeOld(const std::string& p, int days) {
  struct timespec times[2];
  times[0].tv_sec = times[1].tv_sec = std::time(nullptr) - days * 24 * 3600;
  times[0].tv_nsec = times[1].tv_nsec = 0;
  REQUIRE(::utimensat(AT_FDCWD, p.c_str(), times, 0) == 0);
}

int ageInDays(const std::string& p) {
  fs::file_status status;
  REQUIRE(!fs::status(p, status));
  std::time_t modified = std::chrono::system_clock::to_time_t(status.getLastModificationTime());
  return static_cast<int>((std::time(nullptr) - modified) / (24 * 3600));
}

} // namespace

TEST_CASE("a content hash is SHA-256 over length-prefixed fields") {
  CHECK(hashOf({"main.gox", "package main"}) == hashOf({"main.gox", "package main"}));
  CHECK(hashOf({"ab", "c"}) != hashOf({"a", "bc"}));
  CHECK(hashOf({"", "x"}) != hashOf({"x"}));
  CHECK(hashOf({"-O2"}) != hashOf({"-O3"}));
  std::string digest = hashOf({"x"});
  CHECK(digest.size() == 64);
  CHECK(digest.find_first_not_of("0123456789abcdef") == std::string::npos);
}

TEST_CASE("the first C++ error is the first error line, trimmed") {
  const char* gcc =
      "/tmp/w/main.cpp: In function 'int main()':\n"
      "/tmp/w/main.cpp:3:5: error: 'foo' was not declared in this scope\n"
      "    3 |     foo();\n"
      "      |     ^~~\n"
      "/tmp/w/main.cpp:4:5: error: 'bar' was not declared in this scope\n";
  CHECK(firstCxxError(gcc) == "/tmp/w/main.cpp:3:5: error: 'foo' was not declared in this scope");

  const char* clang =
      "In file included from main.cpp:1:\n"
      "  include/x.h:2:10: fatal error: 'missing.h' file not found\n"
      "1 error generated.\n";
  CHECK(firstCxxError(clang) == "include/x.h:2:10: fatal error: 'missing.h' file not found");

  const char* linker =
      "/usr/bin/ld: /tmp/cc.o: in function `main':\n"
      "main.cpp:(.text+0x5): undefined reference to `goxx::nothing()'\n"
      "collect2: error: ld returned 1 exit status\n";
  CHECK(firstCxxError(linker) == "main.cpp:(.text+0x5): undefined reference to `goxx::nothing()'");

  CHECK(firstCxxError("\n  Segmentation fault  \nmore\n") == "Segmentation fault");
  CHECK(firstCxxError("\n\n") == "");
  std::string longLine = "x.cpp:1:1: error: " + std::string(1000, 'y');
  std::string shortened = firstCxxError(longLine, 100);
  CHECK(shortened.size() == 103);
  CHECK(llvm::StringRef(shortened).endswith("..."));
}

TEST_CASE("commands are echoed as pasteable shell lines") {
  CHECK(shellQuoted({"/usr/bin/g++", "-O2", "-I/x/include", "-o", "a.out"}) ==
        "/usr/bin/g++ -O2 -I/x/include -o a.out");
  CHECK(shellQuoted({"cc", "two words", "it's", ""}) == "cc 'two words' 'it'\\''s' ''");
}

TEST_CASE("an atomic write replaces the whole file and leaves no temporary behind") {
  ScratchDirectory dir;
  std::string target = dir.file("out.cpp");
  std::string why;
  REQUIRE(writeFileAtomically(target, "first\n", why));
  REQUIRE(writeFileAtomically(target, "second\n", why));
  CHECK(readFile(target) == "second\n");
  int entries = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir.path, ec), end; it != end && !ec; it.increment(ec)) ++entries;
  CHECK(entries == 1);
  CHECK_FALSE(writeFileAtomically(dir.file("no/such/dir/out.cpp"), "x", why));
  CHECK(!why.empty());
}

TEST_CASE("the cache root is $GOXX_CACHE, else $XDG_CACHE_HOME/goxx, else ~/.cache/goxx") {
  {
    ScopedEnvironment goxxCache("GOXX_CACHE", "/somewhere/cache");
    ScopedEnvironment xdg("XDG_CACHE_HOME", "/xdg");
    CHECK(cacheRootFromEnvironment() == "/somewhere/cache");
  }
  {
    ScopedEnvironment goxxCache("GOXX_CACHE", nullptr);
    ScopedEnvironment xdg("XDG_CACHE_HOME", "/xdg");
    CHECK(cacheRootFromEnvironment() == "/xdg/goxx");
  }
  {
    ScopedEnvironment goxxCache("GOXX_CACHE", nullptr);
    ScopedEnvironment xdg("XDG_CACHE_HOME", nullptr);
    ScopedEnvironment home("HOME", "/home/someone");
    CHECK(cacheRootFromEnvironment() == "/home/someone/.cache/goxx");
  }
}

TEST_CASE("cache entries are directories named by kind and key") {
  ScratchDirectory dir;
  ScopedEnvironment goxxCache("GOXX_CACHE", dir.file("cache").c_str());
  std::string why;
  std::optional<BuildCache> cache = BuildCache::open(why);
  REQUIRE(cache);
  std::string entry = cache->entryDirectory("exe", "0123abcd", why);
  CHECK(entry == dir.file("cache/exe/0123abcd"));
  CHECK(fs::is_directory(entry));
}

TEST_CASE("a file stamp changes with the file's contents and names missing files") {
  ScratchDirectory dir;
  std::string file = dir.file("a.txt");
  writeFile(file, "one");
  std::string before = fileStamp(file);
  writeFile(file, "three");
  CHECK(fileStamp(file) != before);
  CHECK(fileStamp(dir.file("missing")) == "missing:" + dir.file("missing"));
  writeFile(dir.file("sub/b.txt"), "b");
  std::string tree = treeStamp(dir.path);
  CHECK(tree.find("a.txt") != std::string::npos);
  CHECK(tree.find("sub/b.txt") != std::string::npos);
}

TEST_CASE("an installed goxx finds the runtime under its own prefix") {
  ScratchDirectory prefix;
  writeFile(prefix.file("include/goxx/program.h"), "#pragma once\n");
  writeFile(prefix.file("lib/libgoxxrt.a"), "!<arch>\n");
  std::string why;
  std::optional<RuntimeLocation> runtime = findRuntime(prefix.file("bin/goxx"), why);
  REQUIRE(runtime);
  CHECK(runtime->includeDir == prefix.file("include"));
  CHECK(runtime->library == prefix.file("lib/libgoxxrt.a"));
  std::vector<std::string> link = runtime->linkArguments();
  REQUIRE(!link.empty());
  CHECK(std::find(link.begin(), link.end(), prefix.file("lib/libgoxxrt.a")) != link.end());
  CHECK(link.back() == "-pthread");
}

TEST_CASE("a goxx outside any prefix falls back to the build tree's runtime") {
  ScratchDirectory prefix;  // no include/ or lib/ here
  std::string why;
  std::optional<RuntimeLocation> runtime = findRuntime(prefix.file("bin/goxx"), why);
  REQUIRE(runtime);
  CHECK(runtime->includeDir == GOXX_TEST_RUNTIME_INCLUDE_DIR);
  CHECK(fs::exists(runtime->includeDir + "/goxx/program.h"));
}

TEST_CASE("the cache forgets entries unused for 5 days, checking at most once a day") {
  ScratchDirectory dir;
  ScopedEnvironment goxxCache("GOXX_CACHE", dir.file("cache").c_str());
  std::string why;
  std::optional<BuildCache> cache = BuildCache::open(why);
  REQUIRE(cache);
  std::string fresh = cache->entryDirectory("exe", "fresh", why);
  std::string used = cache->entryDirectory("exe", "used", why);
  std::string stale = cache->entryDirectory("exe", "stale", why);
  std::string stalePch = cache->entryDirectory("pch", "config/old-headers", why);
  for (const std::string& entry : {used, stale, stalePch}) makeOld(entry, 6);
  markEntryUsed(used);  // a cache hit refreshes the entry
  CHECK(ageInDays(used) == 0);

  trimCacheIfDue(*cache);
  CHECK(fs::exists(fresh));
  CHECK(fs::exists(used));
  CHECK_FALSE(fs::exists(stale));
  CHECK_FALSE(fs::exists(stalePch));

  // Trimmed today: an entry that became stale since waits for tomorrow's trim.
  makeOld(fresh, 6);
  trimCacheIfDue(*cache);
  CHECK(fs::exists(fresh));
  makeOld(dir.file("cache/trimmed"), 2);
  trimCacheIfDue(*cache);
  CHECK_FALSE(fs::exists(fresh));
}

TEST_CASE("a new precompiled header entry supersedes its siblings") {
  ScratchDirectory dir;
  for (const char* entry : {"config/a", "config/b", "config/c"})
    writeFile(dir.file(entry) + "/goxx_program.h", "x");
  removeSiblingEntries(dir.file("config/b"));
  CHECK_FALSE(fs::exists(dir.file("config/a")));
  CHECK(fs::exists(dir.file("config/b/goxx_program.h")));
  CHECK_FALSE(fs::exists(dir.file("config/c")));
}
