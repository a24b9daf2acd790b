// scanner.cpp — bufio.Scanner and the split functions ScanLines, ScanWords, ScanRunes (see
// goxx/pkg/bufio.h), following Go's Scan loop step for step: split what is buffered; if that gives no
// token, slide or grow the buffer (up to maxTokenSize) and read more.
#include <cstring>
#include <limits>

#include "goxx/pkg/bufio.h"
#include "goxx/pkg/unicode.h"

namespace goxx {

namespace pkg::bufio {

Error ErrTooLong = errorsNew("bufio.Scanner: token too long");
Error ErrNegativeAdvance = errorsNew("bufio.Scanner: SplitFunc returns negative advance count");
Error ErrAdvanceTooFar = errorsNew("bufio.Scanner: SplitFunc returns advance count beyond input");
Error ErrBadReadCount = errorsNew("bufio.Scanner: Read returned impossible count");
Error ErrFinalToken = errorsNew("final token");

namespace {

constexpr int kMaxConsecutiveEmptyReads = 100;
constexpr Int kStartBufSize = 4096;

Slice<Byte> dropCR(const Slice<Byte>& data) {
  if (data.len() > 0 && data[data.len() - 1] == '\r') return data.slice(0, data.len() - 1);
  return data;
}

void setErr(Scanner* s, const Error& err) {
  if (s->err.isNil() || s->err == io::EOF_) s->err = err;
}

bool advance(Scanner* s, Int n) {
  if (n < 0) {
    setErr(s, ErrNegativeAdvance);
    return false;
  }
  if (n > s->end - s->start) {
    setErr(s, ErrAdvanceTooFar);
    return false;
  }
  s->start += n;
  return true;
}

SplitFunc defaultSplit() {
  static const SplitFunc lines{Func<SplitResult(Slice<Byte>, bool)>(
      [](Slice<Byte> data, bool atEOF) { return ScanLines(data, atEOF); })};
  return lines;
}

}  // namespace

SplitResult ScanLines(const Slice<Byte>& data, bool atEOF) {
  if (atEOF && data.len() == 0) return {0, Slice<Byte>(), Error()};
  if (data.len() > 0) {
    const void* nl = std::memchr(data.data(), '\n', static_cast<size_t>(data.len()));
    if (nl != nullptr) {
      Int i = static_cast<const Byte*>(nl) - data.data();
      return {i + 1, dropCR(data.slice(0, i)), Error()};
    }
  }
  if (atEOF) return {data.len(), dropCR(data), Error()};
  return {0, Slice<Byte>(), Error()};
}

SplitResult ScanWords(const Slice<Byte>& data, bool atEOF) {
  Int start = 0;
  while (start < data.len()) {
    DecodedRune d = decodeRune(data.data() + start, data.len() - start);
    if (!unicode::IsSpace(d.rune)) break;
    start += d.width;
  }
  for (Int i = start; i < data.len();) {
    DecodedRune d = decodeRune(data.data() + i, data.len() - i);
    if (unicode::IsSpace(d.rune)) return {i + d.width, data.slice(start, i), Error()};
    i += d.width;
  }
  if (atEOF && data.len() > start) return {data.len(), data.slice(start), Error()};
  return {start, Slice<Byte>(), Error()};
}

SplitResult ScanRunes(const Slice<Byte>& data, bool atEOF) {
  if (atEOF && data.len() == 0) return {0, Slice<Byte>(), Error()};
  if (data.len() == 0) return {0, Slice<Byte>(), Error()};
  if (data[0] < 0x80) return {1, data.slice(0, 1), Error()};
  DecodedRune d = decodeRune(data.data(), data.len());
  if (d.width > 1) return {d.width, data.slice(0, d.width), Error()};
  // An invalid byte, or the start of a rune that is not all here yet.
  bool complete = true;
  uint8_t b0 = data[0];
  int need = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 1;
  if (need > data.len()) {
    uint8_t lo = b0 == 0xE0 ? 0xA0 : b0 == 0xF0 ? 0x90 : 0x80;
    uint8_t hi = b0 == 0xED ? 0x9F : b0 == 0xF4 ? 0x8F : 0xBF;
    complete = (data.len() > 1 && (data[1] < lo || data[1] > hi)) || (data.len() > 2 && (data[2] < 0x80 || data[2] > 0xBF));
  }
  if (!atEOF && !complete) return {0, Slice<Byte>(), Error()};
  return {1, Slice<Byte>{0xEF, 0xBF, 0xBD}, Error()};
}

Ptr<Scanner> NewScanner(const io::Reader& r) {
  Scanner s;
  s.r = r;
  s.split = defaultSplit();
  s.maxTokenSize = MaxScanTokenSize;
  return newPtr<Scanner>(std::move(s));
}

bool Scanner_Scan(Scanner* s) {
  if (s->done) return false;
  s->scanCalled = true;
  for (;;) {
    if (s->end > s->start || !s->err.isNil()) {
      auto [adv, token, err] = s->split.v(s->buf.slice(s->start, s->end), !s->err.isNil());
      if (!err.isNil()) {
        if (err == ErrFinalToken) {
          s->token = token;
          s->done = true;
          return !token.isNil();
        }
        setErr(s, err);
        return false;
      }
      if (!advance(s, adv)) return false;
      s->token = token;
      if (!token.isNil()) {
        if (s->err.isNil() || adv > 0) {
          s->empties = 0;
        } else if (++s->empties > kMaxConsecutiveEmptyReads) {
          panicString("bufio.Scan: too many empty tokens without progressing");
        }
        return true;
      }
    }
    if (!s->err.isNil()) {
      s->start = s->end = 0;
      return false;
    }
    // Slide the unprocessed bytes to the front when the buffer is full or mostly consumed.
    if (s->start > 0 && (s->end == s->buf.len() || s->start > s->buf.len() / 2)) {
      std::memmove(s->buf.data(), s->buf.data() + s->start, static_cast<size_t>(s->end - s->start));
      s->end -= s->start;
      s->start = 0;
    }
    if (s->end == s->buf.len()) {
      if (s->buf.len() >= s->maxTokenSize || s->buf.len() > std::numeric_limits<Int>::max() / 2) {
        setErr(s, ErrTooLong);
        return false;
      }
      Int newSize = s->buf.len() * 2;
      if (newSize == 0) newSize = kStartBufSize;
      if (newSize > s->maxTokenSize) newSize = s->maxTokenSize;
      Slice<Byte> newBuf = makeSlice<Byte>(newSize);
      if (s->end > s->start)
        std::memcpy(newBuf.data(), s->buf.data() + s->start, static_cast<size_t>(s->end - s->start));
      s->end -= s->start;
      s->start = 0;
      s->buf = newBuf;
    }
    for (int loop = 0;;) {
      auto [n, err] = io::callRead(s->r, s->buf.slice(s->end, s->buf.len()));
      if (n < 0 || s->buf.len() - s->end < n) {
        setErr(s, ErrBadReadCount);
        break;
      }
      s->end += n;
      if (!err.isNil()) {
        setErr(s, err);
        break;
      }
      if (n > 0) {
        s->empties = 0;
        break;
      }
      if (++loop > kMaxConsecutiveEmptyReads) {
        setErr(s, io::ErrNoProgress);
        break;
      }
    }
  }
}

String Scanner_Text(Scanner* s) { return toString(s->token); }
Slice<Byte> Scanner_Bytes(Scanner* s) { return s->token; }
Error Scanner_Err(Scanner* s) { return s->err == io::EOF_ ? Error() : s->err; }

void Scanner_Split(Scanner* s, const SplitFunc& split) {
  if (s->scanCalled) panicString("Split called after Scan");
  s->split = split;
}

void Scanner_Buffer(Scanner* s, const Slice<Byte>& buf, Int max) {
  if (s->scanCalled) panicString("Buffer called after Scan");
  s->buf = buf.slice(0, buf.cap());
  s->maxTokenSize = max;
}

}  // namespace pkg::bufio

using pkg::bufio::Scanner;
using pkg::bufio::SplitFunc;

namespace {
Scanner* self(const void* r) { return &**static_cast<const Ptr<Scanner>*>(r); }
bool mScan(const void* r) { return pkg::bufio::Scanner_Scan(self(r)); }
String mText(const void* r) { return pkg::bufio::Scanner_Text(self(r)); }
Slice<Byte> mBytes(const void* r) { return pkg::bufio::Scanner_Bytes(self(r)); }
Error mErr(const void* r) { return pkg::bufio::Scanner_Err(self(r)); }
void mSplit(const void* r, SplitFunc f) { pkg::bufio::Scanner_Split(self(r), f); }
void mBuffer(const void* r, Slice<Byte> buf, Int max) { pkg::bufio::Scanner_Buffer(self(r), buf, max); }
}  // namespace

const TypeDesc* TypeOf<Scanner>::get() {
  static const TypeDesc d = structType<Scanner>("bufio.Scanner", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Scanner>>::get() {
  static const TypeDesc d = pointerType<Scanner>({method("Buffer", &mBuffer), method("Bytes", &mBytes),
                                                  method("Err", &mErr, "func() error"), method("Scan", &mScan),
                                                  method("Split", &mSplit), method("Text", &mText)});
  return &d;
}

const TypeDesc* TypeOf<SplitFunc>::get() {
  // Built by hand: TypeOf<Func<...>> cannot name a multi-result signature.
  static const TypeDesc d = [] {
    TypeDesc t{};
    t.kind = Kind::Func;
    t.named = true;
    t.name = "bufio.SplitFunc";
    setValueOps<SplitFunc>(t);
    t.identity = [](const void* v) { return static_cast<const SplitFunc*>(v)->v.identity(); };
    return t;
  }();
  return &d;
}

}  // namespace goxx
