// A position in a source file, as Go reports it: file, 1-based line, 1-based column counted in bytes.
//
// Produced by the lexer (every token) and kept by every syntax-tree node; consumed by the diagnostic
// engine, which turns a FileId back into a file name and source line.
#pragma once

#include <cstdint>
#include <tuple>

namespace goxx {

// Identifies one file registered with a DiagnosticEngine (its llvm::SourceMgr buffer id; 0 = none).
using FileId = uint32_t;

struct Pos {
  FileId file = 0;
  uint32_t line = 0; // 1-based; 0 means "no position"
  uint32_t col = 0;  // 1-based, in bytes (a tab or a multi-byte UTF-8 character are as wide as their bytes)

  bool isKnown() const { return line != 0; }

  friend bool operator==(const Pos& a, const Pos& b) {
    return a.file == b.file && a.line == b.line && a.col == b.col;
  }
  friend bool operator!=(const Pos& a, const Pos& b) { return !(a == b); }
  friend bool operator<(const Pos& a, const Pos& b) {
    return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
  }
};

} // namespace goxx
