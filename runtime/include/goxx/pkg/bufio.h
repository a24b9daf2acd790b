// goxx/pkg/bufio.h — Go's package bufio (compiler/stdlib/bufio), per docs/ABI.md.
//
// Consumes: goxx/value.h, goxx/pkg/io.h (Read/Write through the interface). Produces: Reader, Writer and
// Scanner (4096-byte buffers, Go's algorithms: the Scanner grows its buffer up to maxTokenSize and stops
// with ErrTooLong, gives up after 100 empty reads with io.ErrNoProgress, panics after 100 empty tokens),
// the SplitFunc type (a struct whose `v` is the func value, as docs/ABI.md requires of a named non-struct
// type) and ScanLines / ScanWords / ScanRunes. Tokens and ReadSlice-style results alias the buffer as in
// Go (Bytes() is overwritten by the next Scan; Text() copies).
#pragma once

#include <tuple>

#include "goxx/pkg/io.h"
#include "goxx/value.h"

namespace goxx::pkg::bufio {

constexpr Int kDefaultBufSize = 4096;
constexpr Int MaxScanTokenSize = 64 * 1024;

extern Error ErrTooLong;
extern Error ErrNegativeAdvance;
extern Error ErrAdvanceTooFar;
extern Error ErrBadReadCount;
extern Error ErrFinalToken;
extern Error ErrBufferFull;

struct Reader {
  Slice<Byte> buf;
  io::Reader rd;
  Int r = 0, w = 0;  // buf[r:w] is buffered
  Error err;         // the reader's sticky error, returned once the buffer is drained
  Int lastByte = 0, lastRuneSize = 0;
};
Ptr<Reader> NewReader(const io::Reader& rd);
std::tuple<String, Error> Reader_ReadString(Reader* b, Byte delim);
std::tuple<Slice<Byte>, Error> Reader_ReadBytes(Reader* b, Byte delim);
std::tuple<Rune, Int, Error> Reader_ReadRune(Reader* b);
std::tuple<Byte, Error> Reader_ReadByte(Reader* b);
std::tuple<Int, Error> Reader_Read(Reader* b, const Slice<Byte>& p);

struct Writer {
  Error err;
  Slice<Byte> buf;
  Int n = 0;  // buf[:n] is pending
  io::Writer wr;
};
Ptr<Writer> NewWriter(const io::Writer& w);
std::tuple<Int, Error> Writer_Write(Writer* b, const Slice<Byte>& p);
std::tuple<Int, Error> Writer_WriteString(Writer* b, const String& s);
Error Writer_WriteByte(Writer* b, Byte c);
std::tuple<Int, Error> Writer_WriteRune(Writer* b, Rune r);
Error Writer_Flush(Writer* b);

using SplitResult = std::tuple<Int, Slice<Byte>, Error>;
struct SplitFunc {
  Func<SplitResult(Slice<Byte>, bool)> v;
};
SplitResult ScanLines(const Slice<Byte>& data, bool atEOF);
SplitResult ScanWords(const Slice<Byte>& data, bool atEOF);
SplitResult ScanRunes(const Slice<Byte>& data, bool atEOF);

struct Scanner {
  io::Reader r;
  SplitFunc split;
  Int maxTokenSize = 0;
  Slice<Byte> token;
  Slice<Byte> buf;
  Int start = 0, end = 0;  // buf[start:end] is unprocessed input
  Error err;
  Int empties = 0;
  bool scanCalled = false;
  bool done = false;
};
Ptr<Scanner> NewScanner(const io::Reader& r);
bool Scanner_Scan(Scanner* s);
String Scanner_Text(Scanner* s);
Slice<Byte> Scanner_Bytes(Scanner* s);
Error Scanner_Err(Scanner* s);
void Scanner_Split(Scanner* s, const SplitFunc& split);
void Scanner_Buffer(Scanner* s, const Slice<Byte>& buf, Int max);

}  // namespace goxx::pkg::bufio

namespace goxx {
template <> struct TypeOf<pkg::bufio::Reader> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::bufio::Reader>> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::bufio::Writer> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::bufio::Writer>> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::bufio::Scanner> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::bufio::Scanner>> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::bufio::SplitFunc> { static const TypeDesc* get(); };
}  // namespace goxx
