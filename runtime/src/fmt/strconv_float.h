// strconv_float.h — floating-point to text exactly as Go's strconv.FormatFloat (private to fmt).
//
// Consumes: nothing. Produces: formatFloat(v, fmt, prec, bitSize) for fmt in 'e' 'E' 'f' 'g' 'G'.
// prec < 0 asks for the shortest digits that read back as the same float32/float64.
//
// How: std::to_chars supplies correctly rounded decimal digits (shortest round-trip for prec < 0, a fixed
// count otherwise — the same digits Go's Ryu and decimal rounding produce, ties to even on exact
// halves); this file then applies Go's layout rules (formatDigits, fmtE, fmtF): %g switches to exponent
// form when exp < -4 || exp >= eprec (eprec 6 for shortest), exponents have at least two digits ("1e+06"),
// -0 keeps its sign, and NaN/Inf print as "NaN", "+Inf", "-Inf".
#pragma once

#include <string>

namespace goxx::fmtimpl {

std::string formatFloat(double v, char fmt, int prec, int bitSize);

}  // namespace goxx::fmtimpl
