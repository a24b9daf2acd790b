// goxx/pkg/strings.h — Go's package strings (compiler/stdlib/strings), per docs/ABI.md: functions take
// and return cpp types; methods are free functions Type_Method(T* receiver, ...).
//
// Consumes: goxx/value.h, goxx/pkg/unicode.h (case mapping, spaces). Produces: the functions, and the
// extern types Builder, Reader, Replacer with their TypeOf (methods on *T, for io.Writer, io.Reader,
// fmt.Stringer).
// Behaviour is Go's, including invalid UTF-8 (decoded as U+FFFD, one byte at a time: ToUpper writes
// "\uFFFD" for a bad byte as Go's Map does) and Go's panics ("strings: negative Repeat count",
// "strings: illegal use of non-zero Builder copied by value", "strings.NewReplacer: odd argument count").
#pragma once

#include <string>
#include <tuple>

#include "goxx/value.h"

namespace goxx::pkg::strings {

bool Contains(const String& s, const String& substr);
bool ContainsRune(const String& s, Rune r);
bool ContainsAny(const String& s, const String& chars);
bool HasPrefix(const String& s, const String& prefix);
bool HasSuffix(const String& s, const String& suffix);
Int Index(const String& s, const String& substr);
Int IndexByte(const String& s, Byte c);
Int IndexRune(const String& s, Rune r);
Int IndexAny(const String& s, const String& chars);
Int IndexFunc(const String& s, const Func<bool(Rune)>& f);
Int LastIndex(const String& s, const String& substr);
Slice<String> Split(const String& s, const String& sep);
Slice<String> SplitN(const String& s, const String& sep, Int n);
Slice<String> SplitAfter(const String& s, const String& sep);
Slice<String> Fields(const String& s);
Slice<String> FieldsFunc(const String& s, const Func<bool(Rune)>& f);
String Join(const Slice<String>& elems, const String& sep);
String Repeat(const String& s, Int count);
String Replace(const String& s, const String& old, const String& new_, Int n);
String ReplaceAll(const String& s, const String& old, const String& new_);
String ToUpper(const String& s);
String ToLower(const String& s);
String Title(const String& s);
String TrimSpace(const String& s);
String Trim(const String& s, const String& cutset);
String TrimLeft(const String& s, const String& cutset);
String TrimRight(const String& s, const String& cutset);
String TrimPrefix(const String& s, const String& prefix);
String TrimSuffix(const String& s, const String& suffix);
String TrimFunc(const String& s, const Func<bool(Rune)>& f);
Int Count(const String& s, const String& substr);
bool EqualFold(const String& s, const String& t);
Int Compare(const String& a, const String& b);
std::tuple<String, String, bool> Cut(const String& s, const String& sep);
String Map(const Func<Rune(Rune)>& mapping, const String& s);

// strings.Builder. `addr` is Go's copy check: the Builder that first wrote; writing through a copy of a
// non-zero Builder panics, as in Go. Not comparable (Go's holds a []byte).
struct Builder {
  const Builder* addr = nullptr;
  std::string buf;
};
std::tuple<Int, Error> Builder_WriteString(Builder* b, const String& s);
Error Builder_WriteByte(Builder* b, Byte c);
std::tuple<Int, Error> Builder_WriteRune(Builder* b, Rune r);
std::tuple<Int, Error> Builder_Write(Builder* b, const Slice<Byte>& p);
String Builder_String(Builder* b);
Int Builder_Len(Builder* b);
void Builder_Reset(Builder* b);
void Builder_Grow(Builder* b, Int n);

// strings.Reader: reads s from byte offset i. The zero value reads the empty string.
struct Reader {
  String s;
  Int64 i = 0;
  Int prevRune = 0;
  bool operator==(const Reader&) const = default;
};
Ptr<Reader> NewReader(const String& s);
std::tuple<Int, Error> Reader_Read(Reader* r, const Slice<Byte>& b);
Int Reader_Len(Reader* r);

// strings.Replacer: the old/new pairs; at each position the earliest pair whose old string matches wins.
struct Replacer {
  Slice<String> oldnew;
};
Ptr<Replacer> NewReplacer(const Slice<String>& oldnew);
String Replacer_Replace(Replacer* r, const String& s);

}  // namespace goxx::pkg::strings

namespace goxx {
template <> struct TypeOf<pkg::strings::Builder> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::strings::Builder>> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::strings::Reader> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::strings::Reader>> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::strings::Replacer> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::strings::Replacer>> { static const TypeDesc* get(); };
}  // namespace goxx
