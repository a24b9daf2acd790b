// goxx/pkg/os.h — Go's package os (compiler/stdlib/os), per docs/ABI.md.
//
// Consumes: goxx/value.h, goxx/fmt.h (the stdio writers), goxx/sched.h (BlockingSyscall), goxx/main.h
// (exitProcess). Produces: File and its methods (File_Read(File*, p), ...), Stdin/Stdout/Stderr, Args,
// the error variables, Exit, the environment functions, and whole-file helpers.
//
// * Stdout and Stderr write through the runtime's stdio writers (goxx::osStdout/osStderr), the same
//   stream fmt.Println uses, so output stays in program order; stdout is flushed at exit and before a
//   read from stdin blocks (Go's stdout is unbuffered: a prompt must be visible before the read).
// * Reads and writes of other descriptors, and reads of stdin, run inside BlockingSyscall: only the
//   calling goroutine's worker blocks; the scheduler hands the others to another thread.
// * Errors are Go's: *fs.PathError{Op, Path, Err} whose Err is a syscall.Errno printing Go's text
//   ("open /x: no such file or directory"); errors.Is(err, os.ErrNotExist) holds for ENOENT
//   (Errno.Is), ErrExist for EEXIST/ENOTEMPTY, ErrPermission for EACCES/EPERM; a closed file gives
//   ErrClosed ("file already closed"), the zero File ErrInvalid.
// * A File's descriptor is shared by copies of the File (Go's *file) and closed when the last copy
//   goes away without Close (Go's finalizer).
// * Args is filled before main from the process's argv (glibc passes argc/argv to .init_array).
#pragma once

#include <memory>
#include <tuple>

#include "goxx/value.h"

namespace goxx::pkg::os {

struct FileMode {
  Uint32 v;
  bool operator==(const FileMode&) const = default;
};

struct FileState;  // descriptor, name, closed flag (file.cpp)
struct File {
  std::shared_ptr<FileState> impl;
  bool operator==(const File&) const = default;
};

// *fs.PathError (os.PathError).
struct PathError {
  String Op;
  String Path;
  Error Err;
  bool operator==(const PathError&) const = default;
};
String PathError_Error(PathError* e);
Error PathError_Unwrap(PathError* e);

std::tuple<Int, Error> File_Write(File* f, const Slice<Byte>& b);
std::tuple<Int, Error> File_WriteString(File* f, const String& s);
std::tuple<Int, Error> File_Read(File* f, const Slice<Byte>& b);
Error File_Close(File* f);
String File_Name(File* f);
Error File_Sync(File* f);

extern Ptr<File> Stdin;
extern Ptr<File> Stdout;
extern Ptr<File> Stderr;
extern Slice<String> Args;
extern Error ErrNotExist;
extern Error ErrExist;
extern Error ErrPermission;
extern Error ErrClosed;
extern Error ErrInvalid;

[[noreturn]] void Exit(Int code);
String Getenv(const String& key);
std::tuple<String, bool> LookupEnv(const String& key);
Error Setenv(const String& key, const String& value);
Int Getpid();
std::tuple<String, Error> Hostname();
std::tuple<Ptr<File>, Error> Open(const String& name);
std::tuple<Ptr<File>, Error> Create(const String& name);
std::tuple<Slice<Byte>, Error> ReadFile(const String& name);
Error WriteFile(const String& name, const Slice<Byte>& data, FileMode perm);
Error Remove(const String& name);

// A syscall.Errno as an error value; a *PathError as an error value.
Error errnoError(int errnum);
Error pathError(const char* op, const String& path, const Error& err);

}  // namespace goxx::pkg::os

namespace goxx {
template <> struct TypeOf<pkg::os::FileMode> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::os::File> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::os::File>> { static const TypeDesc* get(); };
template <> struct TypeOf<pkg::os::PathError> { static const TypeDesc* get(); };
template <> struct TypeOf<Ptr<pkg::os::PathError>> { static const TypeDesc* get(); };
}  // namespace goxx
