// format_state.h — one directive's flags, width and precision, and the formatting of primitive operands
// under them (Go's fmt/format.go; private to fmt).
//
// Consumes: strconv_float.h, strconv_quote.h. Produces: FormatState, which appends to a std::string.
//
// Padding rules (Go's): width counts runes, not bytes; '-' pads on the right with spaces; '0' pads on the
// left with zeros (the directive parser clears `zero` when '-' is set); numbers put their sign before the
// zero padding; an explicit precision on an integer disables zero padding.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace goxx::fmtimpl {

struct FormatFlags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plusV = false;   // %+v
  bool sharpV = false;  // %#v
};

class FormatState {
 public:
  explicit FormatState(std::string* out) : out_(out) {}

  FormatFlags flags;
  int wid = 0;
  int prec = 0;

  void clearFlags() {
    flags = FormatFlags{};
    wid = 0;
    prec = 0;
  }

  void writePadding(int n);
  void pad(std::string_view s);
  void padString(std::string_view s) { pad(s); }

  void fmtBoolean(bool v) { pad(v ? "true" : "false"); }
  // u is the magnitude's bits; isSigned reads it as int64. digitsUpper selects "ABCDEF".
  void fmtInteger(uint64_t u, int base, bool isSigned, char verb, bool digitsUpper);
  void fmtUnicode(uint64_t u);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloat(double v, int size, char verb, int prec);
  void fmtS(std::string_view s);
  void fmtSbx(std::string_view s, bool upper);  // %x / %X of strings and byte slices
  void fmtQ(std::string_view s);
  // %x with the 0x prefix forced on or off (pointers, %#v of unsigned integers).
  void fmt0x64(uint64_t v, bool leading0x);

 private:
  std::string_view truncate(std::string_view s) const;
  std::string* out_;
};

}  // namespace goxx::fmtimpl
