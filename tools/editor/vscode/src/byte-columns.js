'use strict';
// goxx reports columns in bytes of the UTF-8 source line (as Go's tools do); VS Code positions count UTF-16
// code units. This converts between the two for one line of text.
//
// Invariant: the result is always a valid UTF-16 index into `lineText` (0..length) that never splits a
// surrogate pair; a byte column past the end of the line, or pointing inside a multi-byte character, maps to
// the end of the line or to the start of that character respectively.

function utf8Length(codePoint) {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

// byteColumn is 1-based (the first byte of the line is column 1); the result is a 0-based UTF-16 index.
function utf16IndexOfByteColumn(lineText, byteColumn) {
  const targetByte = byteColumn - 1;
  let bytes = 0;
  let index = 0;
  for (const ch of lineText) {
    const width = utf8Length(ch.codePointAt(0));
    if (bytes + width > targetByte) return index;
    bytes += width;
    index += ch.length;
  }
  return index;
}

module.exports = { utf16IndexOfByteColumn };
