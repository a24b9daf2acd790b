// replacer.cpp — strings.Replacer (see goxx/pkg/strings.h), with the semantics of Go's generic replacer
// (which its specialized replacers share): scanning left to right, at each byte position the earliest
// old/new pair whose old string is a prefix of the rest wins; an empty old string matches at every
// position, but not twice in a row at the same one.
#include <string>

#include "goxx/pkg/strings.h"

namespace goxx {

namespace pkg::strings {

Ptr<Replacer> NewReplacer(const Slice<String>& oldnew) {
  if (oldnew.len() % 2 == 1) panicString("strings.NewReplacer: odd argument count");
  return newPtr<Replacer>(Replacer{appendSlice(Slice<String>(), oldnew)});
}

String Replacer_Replace(Replacer* r, const String& s) {
  std::string_view in = s.view();
  const Slice<String>& pairs = r->oldnew;
  std::string out;
  size_t last = 0;
  bool prevMatchEmpty = false;
  bool changed = false;
  for (size_t i = 0; i <= in.size();) {
    int64_t match = -1;
    for (int64_t p = 0; p < pairs.len(); p += 2) {
      std::string_view old = pairs[p].view();
      if (old.empty() && prevMatchEmpty) continue;
      if (in.substr(i).starts_with(old)) {
        match = p;
        break;
      }
    }
    prevMatchEmpty = match >= 0 && pairs[match].empty();
    if (match >= 0) {
      changed = true;
      out.append(in.substr(last, i - last));
      out += pairs[match + 1].view();
      i += static_cast<size_t>(pairs[match].len());
      last = i;
      continue;
    }
    ++i;
  }
  if (!changed) return s;
  out.append(in.substr(last));
  return String(out);
}

}  // namespace pkg::strings

using pkg::strings::Replacer;

const TypeDesc* TypeOf<Replacer>::get() {
  static const TypeDesc d = structType<Replacer>("strings.Replacer", {});
  return &d;
}

namespace {
String mReplace(const void* r, String s) {
  return pkg::strings::Replacer_Replace(&**static_cast<const Ptr<Replacer>*>(r), s);
}
}  // namespace

const TypeDesc* TypeOf<Ptr<Replacer>>::get() {
  static const TypeDesc d = pointerType<Replacer>({method("Replace", &mReplace)});
  return &d;
}

}  // namespace goxx
