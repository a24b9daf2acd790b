// SourcePositions: ANTLR character indexes -> Go positions.
//   Consumes: the UTF-8 text of one file. ANTLR's input stream decodes it to code points, so token
//             start indexes count code points.
//   Produces: Pos{file, line, column}, the column counted in bytes from 1 as Go does.
#pragma once

#include "diag/source_pos.h"

#include <string_view>
#include <vector>

namespace goxx::syntax {

class SourcePositions {
public:
  SourcePositions(FileId file, std::string_view utf8);

  // Position of the code point with index `cp` (cp == number of code points means end of file).
  Pos at(size_t cp) const;
  // Byte offset of code point `cp`.
  size_t byteOffset(size_t cp) const { return cp < cpToByte_.size() ? cpToByte_[cp] : cpToByte_.back(); }
  FileId file() const { return file_; }

private:
  FileId file_;
  std::vector<uint32_t> cpToByte_;   // code point index -> byte offset; one extra entry for the end
  std::vector<uint32_t> lineStarts_; // byte offset of the first byte of each line
};

// Index of the first byte of `utf8` that is not valid UTF-8, or npos.
size_t findInvalidUtf8(std::string_view utf8);

} // namespace goxx::syntax
