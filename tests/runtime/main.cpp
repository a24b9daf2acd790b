// The runtime test binary's entry: doctest runs inside goroutine 1, so tests can park, spawn and use
// channels like generated code. With --goxx-child=NAME it runs that child scenario instead (see
// child_process.h).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "child_process.h"
#include "goxx/main.h"

int main(int argc, char** argv) {
  if (argc >= 2 && strncmp(argv[1], "--goxx-child=", 13) == 0) {
    std::string name = argv[1] + 13;
    auto& scenarios = goxx::test::childScenarios();
    auto it = scenarios.find(name);
    if (it == scenarios.end()) {
      fprintf(stderr, "no child scenario %s\n", name.c_str());
      return 125;
    }
    goxx::runMain(argc, argv, it->second);
  }
  goxx::runMain(argc, argv, [argc, argv] {
    doctest::Context context(argc, argv);
    int result = context.run();
    goxx::exitProcess(result);
  });
}
