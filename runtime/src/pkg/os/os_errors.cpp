// os_errors.cpp — os's error values: syscall.Errno, *fs.PathError, ErrNotExist and friends (see
// goxx/pkg/os.h).
#include <cerrno>
#include <cstring>
#include <string>

#include "goxx/pkg/os.h"

namespace goxx {

namespace pkg::os {

// Go's fs errors (errors.New values: compared by identity).
Error ErrInvalid = errorsNew("invalid argument");
Error ErrPermission = errorsNew("permission denied");
Error ErrExist = errorsNew("file already exists");
Error ErrNotExist = errorsNew("file does not exist");
Error ErrClosed = errorsNew("file already closed");

}  // namespace pkg::os

namespace {

// syscall.Errno: an error number; its text is the C library's with a lower-case first letter, which is
// Go's table for the common errors ("no such file or directory", "permission denied", "file exists").
struct Errno {
  Uint v;
  bool operator==(const Errno&) const = default;
};

String errnoMessage(const void* r) {
  int e = static_cast<int>(static_cast<const Errno*>(r)->v);
  const char* desc = strerrordesc_np(e);
  if (desc == nullptr) return String("errno " + std::to_string(e));
  std::string text(desc);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] + 32);
  return String(text);
}

bool errnoIs(const void* r, Error target) {
  Uint e = static_cast<const Errno*>(r)->v;
  if (target == pkg::os::ErrPermission) return e == EACCES || e == EPERM;
  if (target == pkg::os::ErrExist) return e == EEXIST || e == ENOTEMPTY;
  if (target == pkg::os::ErrNotExist) return e == ENOENT;
  return false;
}

}  // namespace

template <>
struct TypeOf<Errno> {
  static const TypeDesc* get() {
    static const TypeDesc d = namedType<Errno>(
        "syscall.Errno", typeOf<Uint>(),
        {method("Error", &errnoMessage, "func() string"), method("Is", &errnoIs, "func(error) bool")});
    return &d;
  }
};

using pkg::os::PathError;

namespace {
PathError* selfPathError(const void* r) { return &**static_cast<const Ptr<PathError>*>(r); }
String mPathErrorError(const void* r) { return pkg::os::PathError_Error(selfPathError(r)); }
Error mPathErrorUnwrap(const void* r) { return pkg::os::PathError_Unwrap(selfPathError(r)); }
}  // namespace

const TypeDesc* TypeOf<PathError>::get() {
  static const TypeDesc d = structType<PathError>(
      "fs.PathError", {field<&PathError::Op>("Op"), field<&PathError::Path>("Path"), field<&PathError::Err>("Err")});
  return &d;
}

const TypeDesc* TypeOf<Ptr<PathError>>::get() {
  static const TypeDesc d = pointerType<PathError>(
      {method("Error", &mPathErrorError, "func() string"), method("Unwrap", &mPathErrorUnwrap, "func() error")});
  return &d;
}

namespace pkg::os {

String PathError_Error(PathError* e) {
  std::string text(e->Op.view());
  text += ' ';
  text += e->Path.view();
  text += ": ";
  text += errorMessage(e->Err).view();
  return String(text);
}

Error PathError_Unwrap(PathError* e) { return e->Err; }

Error errnoError(int errnum) { return Error(Any(Errno{static_cast<Uint>(errnum)})); }

Error pathError(const char* op, const String& path, const Error& err) {
  return Error(newPtr<PathError>(PathError{String(std::string_view(op)), path, err}));
}

}  // namespace pkg::os
}  // namespace goxx
