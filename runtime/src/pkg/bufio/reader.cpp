// reader.cpp — bufio.Reader (see goxx/pkg/bufio.h), Go's algorithm: fill() slides the buffered bytes to
// the front and reads once more (giving up after 100 empty reads); a read error is kept and returned
// once the buffered bytes are consumed.
#include <algorithm>
#include <cstring>

#include "goxx/pkg/bufio.h"

namespace goxx {

namespace pkg::bufio {

Error ErrBufferFull = errorsNew("bufio: buffer full");

namespace {

constexpr int kMaxConsecutiveEmptyReads = 100;

Error readErr(Reader* b) {
  Error e = b->err;
  b->err = Error();
  return e;
}

void fill(Reader* b) {
  if (b->r > 0) {
    std::memmove(b->buf.data(), b->buf.data() + b->r, static_cast<size_t>(b->w - b->r));
    b->w -= b->r;
    b->r = 0;
  }
  if (b->w >= b->buf.len()) panicString("bufio: tried to fill full buffer");
  for (int i = kMaxConsecutiveEmptyReads; i > 0; --i) {
    auto [n, err] = io::callRead(b->rd, b->buf.slice(b->w));
    if (n < 0) panicString("bufio: reader returned negative count from Read");
    b->w += n;
    if (!err.isNil()) {
      b->err = err;
      return;
    }
    if (n > 0) return;
  }
  b->err = io::ErrNoProgress;
}

// Whether buf[r:w] starts with a complete UTF-8 sequence (or one that is already known to be invalid).
bool fullRune(const uint8_t* p, int64_t n) {
  if (n <= 0) return false;
  if (p[0] < 0x80 || decodeRune(p, n).width > 1) return true;
  uint8_t b0 = p[0];
  int need = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 1;
  if (need == 1 || n >= need) return true;  // invalid lead byte, or invalid though complete
  uint8_t lo = b0 == 0xE0 ? 0xA0 : b0 == 0xF0 ? 0x90 : 0x80;
  uint8_t hi = b0 == 0xED ? 0x9F : b0 == 0xF4 ? 0x8F : 0xBF;
  if (n > 1 && (p[1] < lo || p[1] > hi)) return true;
  if (n > 2 && (p[2] < 0x80 || p[2] > 0xBF)) return true;
  return false;  // a valid prefix: more bytes are needed
}

// Appends buffered bytes up to and including delim to *out; returns the error that ended the read
// without delim (nil when delim was found).
Error collectUntil(Reader* b, Byte delim, std::string* out) {
  for (;;) {
    const Byte* start = b->buf.data() + b->r;
    const Byte* found = static_cast<const Byte*>(std::memchr(start, delim, static_cast<size_t>(b->w - b->r)));
    if (found != nullptr) {
      Int len = found - start + 1;
      out->append(reinterpret_cast<const char*>(start), static_cast<size_t>(len));
      b->r += len;
      return Error();
    }
    out->append(reinterpret_cast<const char*>(start), static_cast<size_t>(b->w - b->r));
    b->r = b->w;
    if (!b->err.isNil()) return readErr(b);
    fill(b);
  }
}

}  // namespace

Ptr<Reader> NewReader(const io::Reader& rd) {
  if (const Ptr<Reader>* existing = rd.tryAs<Ptr<Reader>>())
    if (!existing->isNil() && (*existing)->buf.len() >= kDefaultBufSize) return *existing;
  Reader r;
  r.buf = makeSlice<Byte>(kDefaultBufSize);
  r.rd = rd;
  r.lastByte = -1;
  r.lastRuneSize = -1;
  return newPtr<Reader>(std::move(r));
}

std::tuple<Int, Error> Reader_Read(Reader* b, const Slice<Byte>& p) {
  Int n = p.len();
  if (n == 0) {
    if (b->w - b->r > 0) return {0, Error()};
    return {0, readErr(b)};
  }
  if (b->r == b->w) {
    if (!b->err.isNil()) return {0, readErr(b)};
    if (p.len() >= b->buf.len()) {
      // A large read with an empty buffer goes straight to the underlying reader.
      auto [rn, err] = io::callRead(b->rd, p);
      if (rn < 0) panicString("bufio: reader returned negative count from Read");
      b->err = err;
      if (rn > 0) {
        b->lastByte = p[rn - 1];
        b->lastRuneSize = -1;
      }
      return {rn, readErr(b)};
    }
    b->r = b->w = 0;
    auto [rn, err] = io::callRead(b->rd, b->buf);
    if (rn < 0) panicString("bufio: reader returned negative count from Read");
    b->err = err;
    if (rn == 0) return {0, readErr(b)};
    b->w += rn;
  }
  n = std::min<Int>(p.len(), b->w - b->r);
  std::memcpy(p.data(), b->buf.data() + b->r, static_cast<size_t>(n));
  b->r += n;
  b->lastByte = b->buf[b->r - 1];
  b->lastRuneSize = -1;
  return {n, Error()};
}

std::tuple<Byte, Error> Reader_ReadByte(Reader* b) {
  b->lastRuneSize = -1;
  while (b->r == b->w) {
    if (!b->err.isNil()) return {0, readErr(b)};
    fill(b);
  }
  Byte c = b->buf[b->r++];
  b->lastByte = c;
  return {c, Error()};
}

std::tuple<Rune, Int, Error> Reader_ReadRune(Reader* b) {
  while (b->r + 4 > b->w && !fullRune(b->buf.data() + b->r, b->w - b->r) && b->err.isNil() &&
         b->w - b->r < b->buf.len())
    fill(b);
  b->lastRuneSize = -1;
  if (b->r == b->w) return {0, 0, readErr(b)};
  DecodedRune d = decodeRune(b->buf.data() + b->r, b->w - b->r);
  b->r += d.width;
  b->lastByte = b->buf[b->r - 1];
  b->lastRuneSize = d.width;
  return {d.rune, d.width, Error()};
}

std::tuple<String, Error> Reader_ReadString(Reader* b, Byte delim) {
  std::string out;
  Error err = collectUntil(b, delim, &out);
  if (!out.empty()) {
    b->lastByte = static_cast<Byte>(out.back());
    b->lastRuneSize = -1;
  }
  return {String(out), err};
}

std::tuple<Slice<Byte>, Error> Reader_ReadBytes(Reader* b, Byte delim) {
  auto [s, err] = Reader_ReadString(b, delim);
  return {toBytes(s), err};
}

}  // namespace pkg::bufio

using pkg::bufio::Reader;

namespace {
Reader* self(const void* r) { return &**static_cast<const Ptr<Reader>*>(r); }
std::tuple<Int, Error> mRead(const void* r, Slice<Byte> p) { return pkg::bufio::Reader_Read(self(r), p); }
std::tuple<Byte, Error> mReadByte(const void* r) { return pkg::bufio::Reader_ReadByte(self(r)); }
std::tuple<Rune, Int, Error> mReadRune(const void* r) { return pkg::bufio::Reader_ReadRune(self(r)); }
std::tuple<String, Error> mReadString(const void* r, Byte d) { return pkg::bufio::Reader_ReadString(self(r), d); }
std::tuple<Slice<Byte>, Error> mReadBytes(const void* r, Byte d) { return pkg::bufio::Reader_ReadBytes(self(r), d); }
}  // namespace

const TypeDesc* TypeOf<Reader>::get() {
  static const TypeDesc d = structType<Reader>("bufio.Reader", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Reader>>::get() {
  static const TypeDesc d = pointerType<Reader>({method("Read", &mRead), method("ReadByte", &mReadByte),
                                                 method("ReadBytes", &mReadBytes), method("ReadRune", &mReadRune),
                                                 method("ReadString", &mReadString)});
  return &d;
}

}  // namespace goxx
