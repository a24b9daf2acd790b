// reader.cpp — strings.Reader (see goxx/pkg/strings.h); *Reader implements io.Reader.
#include <algorithm>
#include <cstring>

#include "goxx/pkg/io.h"
#include "goxx/pkg/strings.h"

namespace goxx {

namespace pkg::strings {

Ptr<Reader> NewReader(const String& s) { return newPtr<Reader>(Reader{s, 0, -1}); }

std::tuple<Int, Error> Reader_Read(Reader* r, const Slice<Byte>& b) {
  if (r->i >= r->s.len()) return {0, io::EOF_};
  r->prevRune = -1;
  int64_t n = std::min(b.len(), r->s.len() - r->i);
  if (n > 0) std::memcpy(b.data(), r->s.data() + r->i, static_cast<size_t>(n));
  r->i += n;
  return {n, Error()};
}

Int Reader_Len(Reader* r) { return r->i >= r->s.len() ? 0 : r->s.len() - r->i; }

}  // namespace pkg::strings

namespace {

using pkg::strings::Reader;
Reader* self(const void* recv) { return &**static_cast<const Ptr<Reader>*>(recv); }
std::tuple<Int, Error> mRead(const void* r, Slice<Byte> b) { return pkg::strings::Reader_Read(self(r), b); }
Int mLen(const void* r) { return pkg::strings::Reader_Len(self(r)); }

}  // namespace

const TypeDesc* TypeOf<Reader>::get() {
  static const TypeDesc d = structType<Reader>(
      "strings.Reader", {field<&Reader::s>("s"), field<&Reader::i>("i"), field<&Reader::prevRune>("prevRune")});
  return &d;
}

const TypeDesc* TypeOf<Ptr<Reader>>::get() {
  static const TypeDesc d = pointerType<Reader>({method("Len", &mLen), method("Read", &mRead)});
  return &d;
}

}  // namespace goxx
