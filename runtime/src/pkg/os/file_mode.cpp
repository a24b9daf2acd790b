// file_mode.cpp — os.FileMode (fs.FileMode): its descriptor and String method ("-rw-r--r--").
#include <string>

#include "goxx/pkg/os.h"

namespace goxx {

namespace {

// Go's FileMode.String: the type letters of the set high bits, or '-', then rwx for the permission bits.
String fileModeString(const void* r) {
  Uint32 m = static_cast<const pkg::os::FileMode*>(r)->v;
  static const char kTypeLetters[] = "dalTLDpSugct?";
  std::string out;
  for (int i = 0; kTypeLetters[i] != '\0'; ++i)
    if (m & (Uint32(1) << (31 - i))) out += kTypeLetters[i];
  if (out.empty()) out += '-';
  static const char kRwx[] = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i) out += (m & (Uint32(1) << (8 - i))) ? kRwx[i] : '-';
  return String(out);
}

}  // namespace

const TypeDesc* TypeOf<pkg::os::FileMode>::get() {
  static const TypeDesc d = namedType<pkg::os::FileMode>("fs.FileMode", typeOf<Uint32>(),
                                                         {method("String", &fileModeString, "func() string")});
  return &d;
}

}  // namespace goxx
