// printer.cpp — printing one operand: by method (Error, String), or by walking its value through the
// type descriptor (Go's printArg / printValue / handleMethods; see printer.h).
#include "printer.h"

#include <algorithm>

#include "goxx/fmt.h"
#include "goxx/panic.h"
#include "value_access.h"

namespace goxx::fmtimpl {

namespace {

const TypeDesc* errorIface() { return typeOf<Error>(); }

// Go can only call methods on values reached through exported fields.
bool exportedName(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

bool isByteSlice(const TypeDesc* t) { return t == typeOf<Slice<uint8_t>>(); }

}  // namespace

void Printer::writeRune(int32_t r) {
  char tmp[4];
  buf.append(tmp, static_cast<size_t>(encodeRune(tmp, r)));
}

void Printer::badVerb(int32_t verb) {
  erroring_ = true;
  buf += "%!";
  writeRune(verb);
  buf += '(';
  Any arg = arg_;
  const TypeDesc* vt = valueType_;
  const void* v = value_;
  if (!arg.isNil()) {
    buf += arg.type()->name;
    buf += '=';
    printArg(arg, 'v');
  } else if (vt != nullptr) {
    buf += vt->name;
    buf += '=';
    printValue(vt, v, 'v', 0, false);
  } else {
    buf += "<nil>";
  }
  buf += ')';
  erroring_ = false;
}

void Printer::fmtBool(bool v, int32_t verb) {
  if (verb == 't' || verb == 'v') return fmt_.fmtBoolean(v);
  badVerb(verb);
}

void Printer::fmtInteger(uint64_t v, bool isSigned, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharpV && !isSigned) return fmt_.fmt0x64(v, true);
      return fmt_.fmtInteger(v, 10, isSigned, 'v', false);
    case 'd': return fmt_.fmtInteger(v, 10, isSigned, 'd', false);
    case 'b': return fmt_.fmtInteger(v, 2, isSigned, 'b', false);
    case 'o': case 'O': return fmt_.fmtInteger(v, 8, isSigned, static_cast<char>(verb), false);
    case 'x': return fmt_.fmtInteger(v, 16, isSigned, 'x', false);
    case 'X': return fmt_.fmtInteger(v, 16, isSigned, 'X', true);
    case 'c': return fmt_.fmtC(v);
    case 'q': return fmt_.fmtQc(v);
    case 'U': return fmt_.fmtUnicode(v);
    default: return badVerb(verb);
  }
}

void Printer::fmtFloat(double v, int size, int32_t verb) {
  switch (verb) {
    case 'v': return fmt_.fmtFloat(v, size, 'g', -1);
    case 'g': case 'G': return fmt_.fmtFloat(v, size, static_cast<char>(verb), -1);
    case 'f': case 'e': case 'E': case 'F': return fmt_.fmtFloat(v, size, static_cast<char>(verb), 6);
    default: return badVerb(verb);
  }
}

void Printer::fmtString(std::string_view s, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharpV) return fmt_.fmtQ(s);
      return fmt_.fmtS(s);
    case 's': return fmt_.fmtS(s);
    case 'x': return fmt_.fmtSbx(s, false);
    case 'X': return fmt_.fmtSbx(s, true);
    case 'q': return fmt_.fmtQ(s);
    default: return badVerb(verb);
  }
}

void Printer::fmtBytes(std::string_view bytes, bool isNil, int32_t verb, const std::string& typeString) {
  switch (verb) {
    case 'v': case 'd':
      if (fmt_.flags.sharpV) {
        buf += typeString;
        if (isNil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (size_t i = 0; i < bytes.size(); ++i) {
          if (i > 0) buf += ", ";
          fmt_.fmt0x64(static_cast<uint8_t>(bytes[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (size_t i = 0; i < bytes.size(); ++i) {
          if (i > 0) buf += ' ';
          fmt_.fmtInteger(static_cast<uint8_t>(bytes[i]), 10, false, static_cast<char>(verb), false);
        }
        buf += ']';
      }
      return;
    case 's': return fmt_.fmtS(bytes);
    case 'x': return fmt_.fmtSbx(bytes, false);
    case 'X': return fmt_.fmtSbx(bytes, true);
    case 'q': return fmt_.fmtQ(bytes);
    default: break;
  }
}

void Printer::fmtPointer(const TypeDesc* t, const void* v, int32_t verb) {
  if (t->identity == nullptr) return badVerb(verb);
  uint64_t u = reinterpret_cast<uintptr_t>(t->identity(v));
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharpV) {
        buf += '(';
        buf += t->name;
        buf += ")(";
        if (u == 0)
          buf += "nil";
        else
          fmt_.fmt0x64(u, true);
        buf += ')';
      } else if (u == 0) {
        fmt_.padString("<nil>");
      } else {
        fmt_.fmt0x64(u, !fmt_.flags.sharp);
      }
      return;
    case 'p': return fmt_.fmt0x64(u, !fmt_.flags.sharp);
    case 'b': case 'o': case 'd': case 'x': case 'X': return fmtInteger(u, false, verb);
    default: return badVerb(verb);
  }
}

void Printer::printArg(const Any& arg, int32_t verb) {
  arg_ = arg;
  valueType_ = nullptr;
  value_ = nullptr;
  if (arg.isNil()) {
    if (verb == 'T' || verb == 'v') return fmt_.padString("<nil>");
    return badVerb(verb);
  }
  const TypeDesc* t = arg.type();
  if (verb == 'T') return fmt_.fmtS(t->name);
  if (verb == 'p') return fmtPointer(t, arg.valuePtr(), 'p');
  if (isByteSlice(t)) {
    const auto& b = *static_cast<const Slice<uint8_t>*>(arg.valuePtr());
    if (verb == 'v' || verb == 'd' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q')
      return fmtBytes(std::string_view(reinterpret_cast<const char*>(b.data()), static_cast<size_t>(b.len())),
                      b.isNil(), verb, "[]byte");
  }
  if (!t->methods.empty() && handleMethods(verb)) return;
  printValue(t, arg.valuePtr(), verb, 0, true);
}

// Calls Error() or String() when the verb accepts a string. A panic inside the method is reported in the
// output, except that a nil pointer receiver prints "<nil>" (Go's catchPanic).
bool Printer::handleMethods(int32_t verb) {
  if (erroring_) return false;
  const TypeDesc* t = arg_.type();
  if (verb == 'w') {
    if (!implements(t, errorIface()) || !wrapErrs) {
      badVerb(verb);
      return true;
    }
    verb = 'v';
  }
  if (fmt_.flags.sharpV) return false;
  if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') return false;
  const char* methodName = nullptr;
  const Itab* itab = findItab(errorIface(), t);
  if (itab != nullptr) {
    methodName = "Error";
  } else {
    itab = findItab(fmt::stringerType(), t);
    if (itab == nullptr) return false;
    methodName = "String";
  }
  Any arg = arg_;
  String text;
  try {
    text = reinterpret_cast<String (*)(const void*)>(itab->fns[0])(arg.valuePtr());
  } catch (const Panic& p) {
    if (t->kind == Kind::Pointer && t->deref(arg.valuePtr()) == nullptr) {
      buf += "<nil>";
      return true;
    }
    if (panicking_) throw;
    FormatFlags oldFlags = fmt_.flags;
    int oldWid = fmt_.wid, oldPrec = fmt_.prec;
    fmt_.clearFlags();
    buf += "%!";
    writeRune(verb);
    buf += "(PANIC=";
    buf += methodName;
    buf += " method: ";
    buf += p.printText();
    buf += ')';
    fmt_.flags = oldFlags;
    fmt_.wid = oldWid;
    fmt_.prec = oldPrec;
    return true;
  }
  fmtString(text.view(), verb);
  return true;
}

void Printer::printValue(const TypeDesc* t, const void* v, int32_t verb, int depth, bool canInterface) {
  // Values inside composites get their methods called too (printArg did it for depth 0).
  if (depth > 0 && canInterface && t != nullptr) {
    Any inner;
    if (t->kind == Kind::Interface)
      inner = *static_cast<const Any*>(v);
    else if (!t->methods.empty())
      inner = t->box(v);
    if (!inner.isNil() && !inner.type()->methods.empty()) {
      arg_ = inner;
      if (handleMethods(verb)) return;
    }
  }
  arg_ = Any();
  valueType_ = t;
  value_ = v;
  if (t == nullptr) {
    buf += depth == 0 ? "<invalid reflect.Value>" : "<nil>";
    return;
  }

  FormatFlags& f = fmt_.flags;
  switch (t->kind) {
    case Kind::Bool: return fmtBool(readBool(v), verb);
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      return fmtInteger(static_cast<uint64_t>(readSigned(t->kind, v)), true, verb);
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
      return fmtInteger(readUnsigned(t->kind, v), false, verb);
    case Kind::Float32: return fmtFloat(readFloat(t->kind, v), 32, verb);
    case Kind::Float64: return fmtFloat(readFloat(t->kind, v), 64, verb);
    case Kind::Complex64: case Kind::Complex128: return badVerb(verb);
    case Kind::String: return fmtString(readString(v).view(), verb);

    case Kind::Map: {
      if (f.sharpV) {
        buf += t->name;
        if (t->identity(v) == nullptr) {
          buf += "(nil)";
          return;
        }
        buf += '{';
      } else {
        buf += "map[";
      }
      std::vector<MapEntryRef> entries;
      t->mapEntries(v, &entries);
      const TypeDesc* kt = t->key;
      std::stable_sort(entries.begin(), entries.end(),
                       [kt](const MapEntryRef& a, const MapEntryRef& b) { return compareKeys(kt, a.key, b.key) < 0; });
      for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) buf += f.sharpV ? ", " : " ";
        printValue(t->key, entries[i].key, verb, depth + 1, canInterface);
        buf += ':';
        printValue(t->elem, entries[i].value, verb, depth + 1, canInterface);
      }
      buf += f.sharpV ? '}' : ']';
      return;
    }

    case Kind::Struct: {
      if (f.sharpV) buf += t->name;
      buf += '{';
      for (size_t i = 0; i < t->fields.size(); ++i) {
        const StructField& field = t->fields[i];
        if (i > 0) buf += f.sharpV ? ", " : " ";
        if (f.plusV || f.sharpV) {
          buf += field.name;
          buf += ':';
        }
        const TypeDesc* ft = field.type();
        const void* fv = field.addr(v);
        bool fieldCanInterface = canInterface && exportedName(field.name);
        // Go unwraps a non-nil interface field before printing it.
        if (ft->kind == Kind::Interface && !static_cast<const Any*>(fv)->isNil()) {
          const Any& inner = *static_cast<const Any*>(fv);
          printValue(inner.type(), inner.valuePtr(), verb, depth + 1, fieldCanInterface);
        } else {
          printValue(ft, fv, verb, depth + 1, fieldCanInterface);
        }
      }
      buf += '}';
      return;
    }

    case Kind::Interface: {
      const Any& inner = *static_cast<const Any*>(v);
      if (inner.isNil()) {
        if (f.sharpV) {
          buf += t->name;
          buf += "(nil)";
        } else {
          buf += "<nil>";
        }
        return;
      }
      return printValue(inner.type(), inner.valuePtr(), verb, depth + 1, canInterface);
    }

    case Kind::Array: case Kind::Slice: {
      int64_t n = t->length(v);
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == Kind::Uint8) {
        std::string bytes;
        for (int64_t i = 0; i < n; ++i) bytes += static_cast<char>(*static_cast<const uint8_t*>(t->element(v, i)));
        return fmtBytes(bytes, false, verb, t->name);
      }
      if (f.sharpV) {
        buf += t->name;
        if (t->kind == Kind::Slice && t->identity(v) == nullptr && n == 0) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (int64_t i = 0; i < n; ++i) {
          if (i > 0) buf += ", ";
          printValue(t->elem, t->element(v, i), verb, depth + 1, canInterface);
        }
        buf += '}';
        return;
      }
      buf += '[';
      for (int64_t i = 0; i < n; ++i) {
        if (i > 0) buf += ' ';
        printValue(t->elem, t->element(v, i), verb, depth + 1, canInterface);
      }
      buf += ']';
      return;
    }

    case Kind::Pointer: {
      // &{...} at the top level only: nested pointers print as addresses (this also stops cycles).
      const void* target = t->deref(v);
      if (depth == 0 && target != nullptr) {
        Kind ek = t->elem->kind;
        if (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map) {
          buf += '&';
          return printValue(t->elem, target, verb, depth + 1, canInterface);
        }
      }
      return fmtPointer(t, v, verb);
    }
    case Kind::Chan: case Kind::Func: case Kind::UnsafePointer: return fmtPointer(t, v, verb);
  }
}

}  // namespace goxx::fmtimpl
