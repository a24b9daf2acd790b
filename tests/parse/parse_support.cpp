#include "parse_support.h"

#include "GoxLexer.h"
#include "syntax/semicolon_token_source.h"
#include "syntax/source_positions.h"
#include "syntax/syntax_error_strategy.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace goxx::test {

std::vector<std::string> Parsed::errors() const {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diags->sortedErrors()) {
    lines.push_back(diags->fileName(d.pos.file).str() + ":" + std::to_string(d.pos.line) + ":" +
                    std::to_string(d.pos.col) + ": " + d.message);
  }
  return lines;
}

Parsed parseText(const std::string& text, const std::string& name) {
  Parsed p;
  FileId id = p.diags->addFile(name, text);
  p.file = syntax::parseFile(*p.arena, *p.diags, id, &p.stats);
  return p;
}

Parsed parseStmts(const std::string& body) { return parseText("package p\n\nfunc f() {\n" + body + "\n}\n"); }

std::string tokenList(const std::string& text) {
  DiagnosticEngine diags;
  FileId id = diags.addFile("t.gox", text);
  syntax::SourcePositions positions(id, text);
  antlr4::ANTLRInputStream input(text);
  goxx_grammar::GoxLexer lexer(&input);
  lexer.removeErrorListeners();
  syntax::SemicolonTokenSource source(lexer, positions, diags);
  std::string out;
  for (;;) {
    std::unique_ptr<antlr4::Token> t = source.nextToken();
    if (t->getType() == antlr4::Token::EOF) break;
    if (!out.empty()) out += ' ';
    out += syntax::gcTokenDescription(*t);
  }
  return out;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> goxFilesUnder(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".gox") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace goxx::test
