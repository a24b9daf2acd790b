#include "syntax/source_positions.h"

#include <algorithm>

namespace goxx::syntax {

SourcePositions::SourcePositions(FileId file, std::string_view utf8) : file_(file) {
  cpToByte_.reserve(utf8.size() + 1);
  lineStarts_.push_back(0);
  for (size_t i = 0; i < utf8.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if ((c & 0xC0) != 0x80) cpToByte_.push_back(static_cast<uint32_t>(i)); // not a continuation byte
    if (c == '\n') lineStarts_.push_back(static_cast<uint32_t>(i + 1));
  }
  cpToByte_.push_back(static_cast<uint32_t>(utf8.size()));
}

Pos SourcePositions::at(size_t cp) const {
  uint32_t byte = static_cast<uint32_t>(byteOffset(cp));
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), byte);
  size_t line = static_cast<size_t>(it - lineStarts_.begin()); // 1-based: lineStarts_[line-1] <= byte
  return Pos{file_, static_cast<uint32_t>(line), byte - lineStarts_[line - 1] + 1};
}

size_t findInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len;
    uint32_t min;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > s.size()) return i;
    uint32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return i;
    i += len;
  }
  return std::string_view::npos;
}

} // namespace goxx::syntax
