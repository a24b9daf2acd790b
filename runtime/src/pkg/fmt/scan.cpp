// scan.cpp — fmt.Sscan and fmt.Sscanf (see goxx/pkg/fmt.h): Go's scanning of space-separated tokens into
// pointers to bool, integer, float and string kinds (named types too, through their descriptor's kind).
//
// Supported, with Go's token rules and error texts: Sscan (newlines count as space; %v rules: integers
// take 0b/0o/0x prefixes and underscores) and Sscanf with the verbs %v %d %b %o %x %X %c %s %q %t
// %e %f %g %%, literal text that must match ("input does not match format"), spaces in the format matching
// zero or more spaces. Not supported: widths, %U, scanning into slices, Scanner implementations.
#include <string>

#include "goxx/pkg/fmt.h"
#include "goxx/pkg/strconv.h"

namespace goxx::pkg::fmt {

namespace {

// A scan failure: `err` is what Sscan returns (after the values already stored).
struct ScanError {
  Error err;
};

[[noreturn]] void fail(const char* text) { throw ScanError{errorsNew(String(std::string_view(text)))}; }
[[noreturn]] void fail(const std::string& text) { throw ScanError{errorsNew(String(text))}; }

bool isSpace(Rune r) {
  return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0xA0 ||
         r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

class Input {
 public:
  explicit Input(std::string_view s) : s_(s) {}

  bool atEOF() const { return pos_ >= s_.size(); }
  Rune peek() const {
    if (atEOF()) return -1;
    return decodeRune(reinterpret_cast<const uint8_t*>(s_.data()) + pos_, static_cast<int64_t>(s_.size() - pos_)).rune;
  }
  Rune next() {
    if (atEOF()) return -1;
    DecodedRune d = decodeRune(reinterpret_cast<const uint8_t*>(s_.data()) + pos_, static_cast<int64_t>(s_.size() - pos_));
    pos_ += static_cast<size_t>(d.width);
    return d.rune;
  }
  // Consumes the next rune if it is one of `chars` (ASCII), appending it to buf.
  bool accept(const char* chars) {
    if (atEOF()) return false;
    char c = s_[pos_];
    for (const char* p = chars; *p != '\0'; ++p) {
      if (*p == c) {
        buf += c;
        ++pos_;
        return true;
      }
    }
    return false;
  }
  void skipSpace(bool nlIsSpace) {
    while (!atEOF()) {
      Rune r = peek();
      if (r == '\n' && !nlIsSpace) fail("unexpected newline");
      if (!isSpace(r)) return;
      next();
    }
  }
  void notEOF() {
    if (atEOF()) throw ScanError{io::EOF_};
  }
  std::string buf;

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

const char kSign[] = "+-";

// Go's scanInt / scanUint token: sign, optional base prefix (%v), digits of the verb's base.
std::string intToken(Input& in, Rune verb, int* base) {
  const char* digits = "0123456789_";
  *base = 10;
  if (verb == 'b') *base = 2, digits = "01_";
  if (verb == 'o') *base = 8, digits = "01234567_";
  if (verb == 'x' || verb == 'X') *base = 16, digits = "0123456789aAbBcCdDeEfF_";
  in.buf.clear();
  in.accept(kSign);
  bool haveDigits = false;
  if (verb == 'v' && in.accept("0")) {
    haveDigits = true;
    *base = 0;
    if (in.accept("bB")) digits = "01_";
    else if (in.accept("oO")) digits = "01234567_";
    else if (in.accept("xX")) digits = "0123456789aAbBcCdDeEfF_";
    else digits = "01234567_";
  }
  size_t before = in.buf.size();
  while (in.accept(digits)) {
  }
  if (!haveDigits && in.buf.size() == before) fail("expected integer");
  return in.buf;
}

std::string floatToken(Input& in) {
  in.buf.clear();
  if (in.accept("nN") && in.accept("aA") && in.accept("nN")) return in.buf;
  in.accept(kSign);
  if (in.accept("iI") && in.accept("nN") && in.accept("fF")) return in.buf;
  const char* digits = "0123456789_";
  const char* exp = "eEpP";
  if (in.accept("0") && in.accept("xX")) {
    digits = "0123456789aAbBcCdDeEfF_";
    exp = "pP";
  }
  while (in.accept(digits)) {
  }
  if (in.accept(".")) {
    while (in.accept(digits)) {
    }
  }
  if (in.accept(exp)) {
    in.accept(kSign);
    while (in.accept("0123456789_")) {
    }
  }
  return in.buf;
}

std::string stringToken(Input& in) {
  std::string tok;
  while (!in.atEOF() && !isSpace(in.peek())) {
    Rune r = in.next();
    char tmp[4];
    tok.append(tmp, static_cast<size_t>(encodeRune(tmp, r)));
  }
  return tok;
}

bool isSigned(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }
bool isUnsigned(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }
int bitsOf(Kind k) {
  switch (k) {
    case Kind::Int8: case Kind::Uint8: return 8;
    case Kind::Int16: case Kind::Uint16: return 16;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 32;
    default: return 64;
  }
}

void storeSigned(Kind k, void* p, int64_t v) {
  switch (k) {
    case Kind::Int8: *static_cast<int8_t*>(p) = static_cast<int8_t>(v); break;
    case Kind::Int16: *static_cast<int16_t*>(p) = static_cast<int16_t>(v); break;
    case Kind::Int32: *static_cast<int32_t*>(p) = static_cast<int32_t>(v); break;
    default: *static_cast<int64_t*>(p) = v; break;
  }
}

void storeUnsigned(Kind k, void* p, uint64_t v) {
  switch (k) {
    case Kind::Uint8: *static_cast<uint8_t*>(p) = static_cast<uint8_t>(v); break;
    case Kind::Uint16: *static_cast<uint16_t*>(p) = static_cast<uint16_t>(v); break;
    case Kind::Uint32: *static_cast<uint32_t*>(p) = static_cast<uint32_t>(v); break;
    default: *static_cast<uint64_t*>(p) = v; break;
  }
}

// Scans one operand (a pointer in an interface value) with verb `verb`; nlIsSpace for Sscan.
void scanOne(Input& in, const Any& arg, Rune verb, bool nlIsSpace) {
  const TypeDesc* pt = arg.type();
  if (pt == nullptr || pt->kind != Kind::Pointer) fail("type not a pointer: " + (pt == nullptr ? std::string("<nil>") : pt->name));
  void* p = const_cast<void*>(pt->deref(arg.valuePtr()));  // the Go variable the pointer points at
  if (p == nullptr) panicNilDeref();
  Kind k = pt->elem->kind;
  if (verb == 'c' && (isSigned(k) || isUnsigned(k))) {
    in.notEOF();
    Rune r = in.next();
    if (isSigned(k)) storeSigned(k, p, r);
    else storeUnsigned(k, p, static_cast<uint64_t>(r));
    return;
  }
  in.skipSpace(nlIsSpace);
  in.notEOF();
  if (k == Kind::Bool) {
    in.buf.clear();
    bool v = false;
    Rune r = in.next();
    if (r == '1') v = true;
    if (r == 't' || r == 'T') {
      if (in.accept("rR") && (!in.accept("uU") || !in.accept("eE"))) fail("syntax error scanning boolean");
      v = true;
    }
    if (r == 'f' || r == 'F') {
      if (in.accept("aA") && (!in.accept("lL") || !in.accept("sS") || !in.accept("eE")))
        fail("syntax error scanning boolean");
    }
    *static_cast<bool*>(p) = v;
    return;
  }
  if (isSigned(k) || isUnsigned(k)) {
    int base;
    std::string tok = intToken(in, verb, &base);
    int bits = bitsOf(k);
    if (isSigned(k)) {
      auto [v, err] = strconv::ParseInt(String(tok), base, 64);
      if (!err.isNil()) throw ScanError{err};
      int64_t truncated = bits == 64 ? v : (v << (64 - bits)) >> (64 - bits);
      if (truncated != v) fail("integer overflow on token " + tok);
      storeSigned(k, p, v);
    } else {
      auto [v, err] = strconv::ParseUint(String(tok), base, 64);
      if (!err.isNil()) throw ScanError{err};
      uint64_t truncated = bits == 64 ? v : (v << (64 - bits)) >> (64 - bits);
      if (truncated != v) fail("unsigned integer overflow on token " + tok);
      storeUnsigned(k, p, v);
    }
    return;
  }
  if (k == Kind::Float32 || k == Kind::Float64) {
    std::string tok = floatToken(in);
    auto [v, err] = strconv::ParseFloat(String(tok), bitsOf(k));
    if (!err.isNil()) throw ScanError{err};
    if (k == Kind::Float32) *static_cast<float*>(p) = static_cast<float>(v);
    else *static_cast<double*>(p) = v;
    return;
  }
  if (k == Kind::String) {
    std::string tok = stringToken(in);
    if (verb == 'q') {
      auto [v, err] = strconv::Unquote(String(tok));
      if (!err.isNil()) throw ScanError{err};
      *static_cast<String*>(p) = v;
    } else {
      *static_cast<String*>(p) = String(tok);
    }
    return;
  }
  fail("can't scan type: " + pt->name);
}

}  // namespace

std::tuple<Int, Error> Sscan(const String& str, const Slice<Any>& a) {
  Input in(str.view());
  Int n = 0;
  try {
    for (const Any& arg : a) {
      scanOne(in, arg, 'v', true);
      ++n;
    }
  } catch (const ScanError& e) {
    return {n, e.err};
  }
  return {n, Error()};
}

std::tuple<Int, Error> Sscanf(const String& str, const String& format, const Slice<Any>& a) {
  Input in(str.view());
  Input fmtIn(format.view());
  Int n = 0;
  int64_t argIndex = 0;
  try {
    while (!fmtIn.atEOF()) {
      Rune fc = fmtIn.next();
      if (fc != '%') {
        if (isSpace(fc) && fc != '\n') {
          while (!in.atEOF() && isSpace(in.peek()) && in.peek() != '\n') in.next();
          continue;
        }
        if (in.atEOF()) throw ScanError{io::EOF_};
        if (in.peek() != fc) fail("input does not match format");
        in.next();
        continue;
      }
      if (fmtIn.atEOF()) fail("bad verb '%!' at end of format");  // Go: a lone % ends the format
      Rune verb = fmtIn.next();
      if (verb == '%') {
        in.skipSpace(false);
        if (in.peek() != '%') fail("missing literal %");
        in.next();
        continue;
      }
      if (argIndex >= a.len()) fail(std::string("too few operands for format '%") + static_cast<char>(verb) + "'");
      scanOne(in, a[argIndex++], verb, false);
      ++n;
    }
    if (argIndex < a.len()) fail("too many operands");
  } catch (const ScanError& e) {
    return {n, e.err};
  }
  return {n, Error()};
}

}  // namespace goxx::pkg::fmt
