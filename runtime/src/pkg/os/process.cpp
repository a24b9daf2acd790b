// process.cpp — os.Args, Exit, Getpid, Hostname and the environment (see goxx/pkg/os.h).
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <mutex>

#include "goxx/main.h"
#include "goxx/pkg/os.h"

namespace goxx::pkg::os {

// Constant-initialized (a nil slice), then filled by captureArgs before any C++ constructor runs.
Slice<String> Args;

namespace {

// glibc calls .init_array functions with (argc, argv, envp), before main and before runMain.
void captureArgs(int argc, char** argv, char**) {
  if (argv == nullptr) return;
  Slice<String> args = makeSlice<String>(argc);
  for (int i = 0; i < argc; ++i) args[i] = String(std::string_view(argv[i]));
  Args = args;
}
[[gnu::used, gnu::section(".init_array")]] void (*captureArgsAtStart)(int, char**, char**) = captureArgs;

// getenv and setenv are not safe against each other in the C library; Go serializes them too.
std::mutex envLock;

}  // namespace

void Exit(Int code) { exitProcess(static_cast<int>(code)); }

String Getenv(const String& key) { return std::get<0>(LookupEnv(key)); }

std::tuple<String, bool> LookupEnv(const String& key) {
  std::lock_guard<std::mutex> hold(envLock);
  const char* v = std::getenv(key.str().c_str());
  if (v == nullptr) return {String(), false};
  return {String(std::string_view(v)), true};
}

Error Setenv(const String& key, const String& value) {
  std::string k = key.str(), v = value.str();
  if (k.empty() || k.find('=') != std::string::npos || k.find('\0') != std::string::npos ||
      v.find('\0') != std::string::npos)
    return errorsNew("setenv: invalid argument");
  std::lock_guard<std::mutex> hold(envLock);
  if (::setenv(k.c_str(), v.c_str(), 1) != 0) return errorsNew("setenv: invalid argument");
  return Error();
}

Int Getpid() { return static_cast<Int>(::getpid()); }

std::tuple<String, Error> Hostname() {
  char buf[HOST_NAME_MAX + 1] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0) return {String(), errorsNew("hostname: cannot get host name")};
  return {String(std::string_view(buf)), Error()};
}

}  // namespace goxx::pkg::os
