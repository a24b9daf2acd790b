// Helpers shared by the front-end tests: parse text, collect diagnostics, list tokens.
#pragma once

#include "diag/diagnostic_engine.h"
#include "syntax/ast.h"
#include "syntax/parse.h"

#include <memory>
#include <string>
#include <vector>

namespace goxx::test {

struct Parsed {
  std::unique_ptr<DiagnosticEngine> diags = std::make_unique<DiagnosticEngine>();
  std::unique_ptr<syntax::AstArena> arena = std::make_unique<syntax::AstArena>();
  syntax::File* file = nullptr;
  syntax::ParseStats stats;
  // "name:line:col: message" lines, sorted as the engine prints them, without source excerpts.
  std::vector<std::string> errors() const;
};

Parsed parseText(const std::string& text, const std::string& name = "t.gox");
// Wraps statements in `package p; func f() { ... }` and returns the parse.
Parsed parseStmts(const std::string& body);

// The token stream the parser sees, each token as gc names it ("name x", "newline", "{"), space-separated.
std::string tokenList(const std::string& text);

std::string readFile(const std::string& path);
// Every *.gox below `dir` (recursively), sorted; empty if the directory does not exist.
std::vector<std::string> goxFilesUnder(const std::string& dir);

} // namespace goxx::test
