// Every valid .gox file of the repository parses with SLL prediction alone (no LL fallback), and the
// AST printer's output re-parses to the same tree: print(parse(print(parse(src)))) == print(parse(src)).
#include "parse_support.h"
#include "syntax/ast_printer.h"

#include <doctest/doctest.h>

using namespace goxx;
using namespace goxx::test;

static std::vector<std::string> validFiles() {
  std::string root = GOXX_SOURCE_DIR;
  std::vector<std::string> all;
  for (const char* dir : {"/tests/parse/valid", "/samples", "/tests/run"}) {
    for (std::string& f : goxFilesUnder(root + dir)) all.push_back(std::move(f));
  }
  return all;
}

TEST_CASE("the valid inputs exist") {
  // Guards the globbing itself: tests/parse/valid holds the syntax corpus written with the front end.
  CHECK(goxFilesUnder(std::string(GOXX_SOURCE_DIR) + "/tests/parse/valid").size() >= 7);
}

TEST_CASE("every valid file parses with SLL only and round-trips through the printer") {
  for (const std::string& path : validFiles()) {
    CAPTURE(path);
    std::string src = readFile(path);
    Parsed first = parseText(src, path);
    CHECK(first.errors().empty());
    REQUIRE(first.file != nullptr);
    CHECK_FALSE(first.stats.usedLLFallback);
    std::string printed = syntax::printFile(first.file);
    Parsed second = parseText(printed, path + ".printed");
    CHECK(second.errors().empty());
    REQUIRE(second.file != nullptr);
    CHECK(syntax::printFile(second.file) == printed);
  }
}
