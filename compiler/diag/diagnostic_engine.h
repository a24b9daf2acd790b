// DiagnosticEngine: the one place where compiler errors are collected and printed.
//
//   Consumes: source files (registered here, kept in an llvm::SourceMgr) and error(pos, message) calls
//             from every stage (lexer, parser, AST builder, checker).
//   Produces: on flush(), gc-style output on the given stream, sorted by position:
//               file.gox:LINE:COL: message
//               <the source line>
//               <caret under COL>
//             at most kMaxErrors errors, then "too many errors" if more were reported.
//
// As gc does, only the first "syntax error: ..." of a source line is kept, and an error identical to an
// already reported one (same position and text) is dropped. The compiler uses no exceptions: stages
// report here and carry on (or stop) on their own. Not thread-safe: one engine per compilation thread.
#pragma once

#include "diag/source_pos.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

#include <optional>
#include <string>
#include <vector>

namespace goxx {

struct Diagnostic {
  Pos pos;
  std::string message;
};

class DiagnosticEngine {
public:
  static constexpr unsigned kMaxErrors = 10;

  DiagnosticEngine() = default;
  DiagnosticEngine(const DiagnosticEngine&) = delete;
  DiagnosticEngine& operator=(const DiagnosticEngine&) = delete;

  // Registers in-memory source text under `path` (the name printed in diagnostics).
  FileId addFile(llvm::StringRef path, llvm::StringRef text);
  // Reads a file from disk; on failure reports "open PATH: REASON" (no position) and returns nullopt.
  std::optional<FileId> loadFile(llvm::StringRef path);

  llvm::StringRef fileName(FileId file) const;
  llvm::StringRef fileText(FileId file) const;
  llvm::SourceMgr& sourceMgr() { return sources_; }

  // Records an error. `pos` may be unknown (line 0): then only the message is printed.
  void error(Pos pos, std::string message);

  bool hasErrors() const { return !diags_.empty(); }
  size_t errorCount() const { return diags_.size(); }
  // The recorded errors, sorted by position (stable for equal positions), de-duplicated as above.
  std::vector<Diagnostic> sortedErrors() const;

  // Prints the sorted errors (at most kMaxErrors, then "too many errors") and forgets them.
  // Returns the number of errors that had been recorded.
  size_t flush(llvm::raw_ostream& out);
  // The text flush() would print, without forgetting anything (for tests).
  std::string render() const;

private:
  llvm::SourceMgr sources_;
  std::vector<std::string> names_; // indexed by FileId - 1
  std::vector<Diagnostic> diags_;
};

} // namespace goxx
