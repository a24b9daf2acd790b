// printf.cpp — operand sequencing: Print's spacing, Println's, and Printf's directive parser
// (Go's doPrint / doPrintln / doPrintf; see printer.h).
//
// A directive is %[flags][width][.precision][verb] where width and precision may be * (taken from the next
// operand, which must be an integer) and explicit operand indexes [n] may precede the width, the
// precision and the verb. Misuse prints Go's error forms in place: %!v(MISSING), %!v(BADINDEX),
// %!(NOVERB), %!(BADWIDTH), %!(BADPREC), and unused operands as %!(EXTRA type=value, ...) — except when
// explicit indexes were used ("reordered"), as Go does.
#include "printer.h"
#include "value_access.h"

namespace goxx::fmtimpl {

namespace {

bool tooLarge(int x) { return x > 1000000 || x < -1000000; }

// Digits at s[*i..end): the number, and whether there was one.
bool parseNum(std::string_view s, size_t* i, size_t end, int* num) {
  *num = 0;
  bool isNum = false;
  if (*i >= end) return false;
  for (; *i < end && s[*i] >= '0' && s[*i] <= '9'; ++*i) {
    if (tooLarge(*num)) {
      *i = end;
      *num = 0;
      return false;
    }
    *num = *num * 10 + (s[*i] - '0');
    isNum = true;
  }
  return isNum;
}

// "[n]" at the start of s: the zero-based index and the bytes consumed.
bool parseArgNumber(std::string_view s, int* index, size_t* width) {
  if (s.size() < 3) {
    *width = 1;
    return false;
  }
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] != ']') continue;
    size_t j = 1;
    int n = 0;
    bool ok = parseNum(s, &j, i, &n);
    *width = i + 1;
    if (!ok || j != i) return false;
    *index = n - 1;
    return true;
  }
  *width = 1;
  return false;
}

// An operand used as * width or precision.
bool intFromArg(const Slice<Any>& a, int* argNum, int* num) {
  *num = 0;
  if (*argNum >= a.len()) return false;
  const Any& v = a[*argNum];
  ++*argNum;
  bool isInt = false;
  if (v.type() != nullptr) {
    Kind k = v.type()->kind;
    if (isSignedKind(k)) {
      *num = static_cast<int>(readSigned(k, v.valuePtr()));
      isInt = static_cast<int64_t>(*num) == readSigned(k, v.valuePtr());
    } else if (isUnsignedKind(k)) {
      uint64_t u = readUnsigned(k, v.valuePtr());
      *num = static_cast<int>(u);
      isInt = u <= 0x7fffffffu;
    }
  }
  if (tooLarge(*num)) {
    *num = 0;
    isInt = false;
  }
  return isInt;
}

bool isStringKind(const Any& a) { return !a.isNil() && a.type()->kind == Kind::String; }

}  // namespace

bool Printer::argNumber(int* argNum, std::string_view format, size_t* i, int numArgs) {
  if (*i >= format.size() || format[*i] != '[') return false;
  reordered = true;
  int index = 0;
  size_t width = 1;
  bool ok = parseArgNumber(format.substr(*i), &index, &width);
  *i += width;
  if (ok && index >= 0 && index < numArgs) {
    *argNum = index;
    return true;
  }
  goodArgNum_ = false;
  return ok;
}

void Printer::doPrint(const Slice<Any>& a) {
  bool prevString = false;
  for (int64_t i = 0; i < a.len(); ++i) {
    bool isString = isStringKind(a[i]);
    if (i > 0 && !isString && !prevString) buf += ' ';
    printArg(a[i], 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const Slice<Any>& a) {
  for (int64_t i = 0; i < a.len(); ++i) {
    if (i > 0) buf += ' ';
    printArg(a[i], 'v');
  }
  buf += '\n';
}

void Printer::doPrintf(std::string_view format, const Slice<Any>& a) {
  size_t end = format.size();
  int numArgs = static_cast<int>(a.len());
  int argNum = 0;
  bool afterIndex = false;
  reordered = false;
  FormatFlags& f = fmt_.flags;
  size_t i = 0;
  while (i < end) {
    goodArgNum_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    ++i;  // skip %
    fmt_.clearFlags();

    bool simpleDone = false;
    for (; i < end; ++i) {
      char c = format[i];
      if (c == '#') {
        f.sharp = true;
      } else if (c == '0') {
        f.zero = !f.minus;
      } else if (c == '+') {
        f.plus = true;
      } else if (c == '-') {
        f.minus = true;
        f.zero = false;
      } else if (c == ' ') {
        f.space = true;
      } else {
        // Fast path: flags then a lower-case verb with an operand left.
        if (c >= 'a' && c <= 'z' && argNum < numArgs) {
          if (c == 'w') wrappedErrs.push_back(argNum);
          if (c == 'v' || c == 'w') {
            f.sharpV = f.sharp;
            f.sharp = false;
            f.plusV = f.plus;
            f.plus = false;
          }
          printArg(a[argNum], c);
          ++argNum;
          ++i;
          simpleDone = true;
        }
        break;
      }
    }
    if (simpleDone) continue;

    afterIndex = argNumber(&argNum, format, &i, numArgs);

    if (i < end && format[i] == '*') {
      ++i;
      f.widPresent = intFromArg(a, &argNum, &fmt_.wid);
      if (!f.widPresent) buf += "%!(BADWIDTH)";
      if (fmt_.wid < 0) {
        fmt_.wid = -fmt_.wid;
        f.minus = true;
        f.zero = false;
      }
      afterIndex = false;
    } else {
      f.widPresent = parseNum(format, &i, end, &fmt_.wid);
      if (afterIndex && f.widPresent) goodArgNum_ = false;  // "%[3]2d"
    }

    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
      afterIndex = argNumber(&argNum, format, &i, numArgs);
      if (i < end && format[i] == '*') {
        ++i;
        f.precPresent = intFromArg(a, &argNum, &fmt_.prec);
        if (fmt_.prec < 0) {
          fmt_.prec = 0;
          f.precPresent = false;
        }
        if (!f.precPresent) buf += "%!(BADPREC)";
        afterIndex = false;
      } else {
        f.precPresent = parseNum(format, &i, end, &fmt_.prec);
        if (!f.precPresent) {
          fmt_.prec = 0;
          f.precPresent = true;
        }
      }
    }

    if (!afterIndex) afterIndex = argNumber(&argNum, format, &i, numArgs);

    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }

    DecodedRune d = decodeRune(reinterpret_cast<const uint8_t*>(format.data()) + i, static_cast<int64_t>(end - i));
    int32_t verb = d.rune;
    i += static_cast<size_t>(d.width);

    if (verb == '%') {
      buf += '%';  // absorbs no operand, ignores width and precision
    } else if (!goodArgNum_) {
      buf += "%!";
      writeRune(verb);
      buf += "(BADINDEX)";
    } else if (argNum >= numArgs) {
      buf += "%!";
      writeRune(verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'w') wrappedErrs.push_back(argNum);
      if (verb == 'v' || verb == 'w') {
        f.sharpV = f.sharp;
        f.sharp = false;
        f.plusV = f.plus;
        f.plus = false;
      }
      printArg(a[argNum], verb);
      ++argNum;
    }
  }

  if (!reordered && argNum < numArgs) {
    fmt_.clearFlags();
    buf += "%!(EXTRA ";
    for (int k = argNum; k < numArgs; ++k) {
      if (k > argNum) buf += ", ";
      const Any& arg = a[k];
      if (arg.isNil()) {
        buf += "<nil>";
      } else {
        buf += arg.type()->name;
        buf += '=';
        printArg(arg, 'v');
      }
    }
    buf += ')';
  }
}

}  // namespace goxx::fmtimpl
