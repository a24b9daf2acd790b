// child_process.h — running a test scenario in a child process, for behaviour that ends the process
// (deadlock report, unrecovered panic, stack overflow, fatal errors, leak report, main returning).
//
// A scenario is registered with GOXX_CHILD_SCENARIO(name) { body }. runChild("name") re-executes this test
// binary as `<exe> --goxx-child=name`; main.cpp then runs the body as the program's main goroutine (under
// goxx::runMain) instead of doctest, and the parent gets the exit status, stdout and stderr.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace goxx::test {

struct ChildResult {
  int exitCode = -1;    // exit status, or 128+signal if killed by a signal
  std::string out;
  std::string err;
};

std::map<std::string, std::function<void()>>& childScenarios();

struct ChildScenarioRegistrar {
  ChildScenarioRegistrar(const char* name, std::function<void()> body) {
    childScenarios()[name] = std::move(body);
  }
};

// Runs scenario `name` in a child with extra environment variables ("K=V"). Times out after 60 s (killed).
ChildResult runChild(const std::string& name, const std::vector<std::string>& env = {});

}  // namespace goxx::test

#define GOXX_CHILD_CAT2(a, b) a##b
#define GOXX_CHILD_CAT(a, b) GOXX_CHILD_CAT2(a, b)
#define GOXX_CHILD_SCENARIO(name)                                                              \
  static void GOXX_CHILD_CAT(goxxChildBody_, __LINE__)();                                      \
  static ::goxx::test::ChildScenarioRegistrar GOXX_CHILD_CAT(goxxChildReg_, __LINE__)(         \
      name, &GOXX_CHILD_CAT(goxxChildBody_, __LINE__));                                        \
  static void GOXX_CHILD_CAT(goxxChildBody_, __LINE__)()
