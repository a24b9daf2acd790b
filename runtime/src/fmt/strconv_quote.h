// strconv_quote.h — Go's strconv quoting (private to fmt): Quote, QuoteToASCII, QuoteRune,
// QuoteRuneToASCII, CanBackquote, IsPrint.
//
// Consumes: goxx/value/utf8.h. Produces: the text %q, %+q, %#q and %#U print.
//
// IsPrint is approximate: Go's uses the Unicode tables (letters, marks, numbers, punctuation, symbols and
// U+0020). goxx treats every valid rune as printable except controls (C0, DEL, C1), the non-ASCII space
// separators, the common format characters (soft hyphen, zero-width and bidi controls, U+2028/9, BOM,
// U+FFF9..FFFB), surrogates, private-use areas and the noncharacters U+xxFFFE/F. Unassigned code points
// therefore print raw where Go would escape them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace goxx::fmtimpl {

bool isPrint(int32_t r);
std::string quote(std::string_view s, bool asciiOnly);
std::string quoteRune(int32_t r, bool asciiOnly);
bool canBackquote(std::string_view s);

}  // namespace goxx::fmtimpl
