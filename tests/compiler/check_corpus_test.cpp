// Every program under samples/ and tests/run/ must check clean — or, if it uses a feature goxx
// refuses, draw only the refusal ("... not supported by goxx ...") and nothing else (no cascade).
// Every bundled package's stubs must check clean too.
#include "check_support.h"

#include "syntax/parse.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace goxx;

namespace {

std::vector<std::filesystem::path> programs() {
  std::vector<std::filesystem::path> out;
  for (const char* dir : {"samples", "tests/run"}) {
    std::filesystem::path root = std::filesystem::path(GOXX_SOURCE_DIR) / dir;
    if (!std::filesystem::exists(root)) continue;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      if (e.path().extension() == ".gox") out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("samples and run tests check clean (or draw only goxx's refusal)") {
  for (const auto& path : programs()) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    auto c = test::checkSource(ss.str(), path.string());
    if (c->syntaxErrors) continue; // the parser's tests cover these
    for (const std::string& m : c->messages()) {
      INFO(path.string() << ": " << m);
      CHECK(m.find("not supported by goxx") != std::string::npos);
    }
  }
}

TEST_CASE("every bundled package's stubs check clean") {
  for (const std::string& path : check::bundledPackagePaths()) {
    DiagnosticEngine diags;
    syntax::AstArena arena;
    check::Session session(diags, arena);
    INFO(path);
    CHECK(session.importBundled(path) != nullptr);
    CHECK(diags.render() == "");
  }
}
