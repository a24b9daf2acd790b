// file.cpp — os.File: reading, writing, closing; the standard streams (see goxx/pkg/os.h).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "goxx/fmt.h"
#include "goxx/pkg/io.h"
#include "goxx/pkg/os.h"
#include "goxx/sched.h"

namespace goxx {

namespace pkg::os {

// What Go's *file holds. Copies of a File share it; the descriptor is closed when the last one goes
// (unless Close did it, or it is one of the standard streams).
struct FileState {
  int fd = -1;
  String name;
  bool closed = false;
  FileState(int f, String n) : fd(f), name(std::move(n)) {}
  ~FileState() {
    if (!closed && fd > 2) ::close(fd);
  }
};

namespace {

Ptr<File> stdFile(int fd, const char* name) {
  return newPtr<File>(File{std::make_shared<FileState>(fd, String(std::string_view(name)))});
}

// The check every File method starts with; null when the file can be used.
Error unusable(File* f, const char* op) {
  if (f->impl == nullptr) return ErrInvalid;
  if (f->impl->closed) return pathError(op, f->impl->name, ErrClosed);
  return Error();
}

}  // namespace

Ptr<File> Stdin = stdFile(0, "/dev/stdin");
Ptr<File> Stdout = stdFile(1, "/dev/stdout");
Ptr<File> Stderr = stdFile(2, "/dev/stderr");

std::tuple<Int, Error> File_Write(File* f, const Slice<Byte>& b) {
  if (Error e = unusable(f, "write"); !e.isNil()) return {0, e};
  int fd = f->impl->fd;
  std::string_view bytes(reinterpret_cast<const char*>(b.data()), static_cast<size_t>(b.len()));
  if (fd == 1 || fd == 2) {
    // The runtime's stdio streams, shared with fmt.Print*: one call is one fwrite.
    Int n = (fd == 1 ? osStdout() : osStderr()).write(bytes);
    if (n != b.len()) return {n, pathError("write", f->impl->name, errnoError(errno != 0 ? errno : EIO))};
    return {n, Error()};
  }
  Int done = 0;
  BlockingSyscall inKernel;
  while (done < b.len()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - static_cast<size_t>(done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return {done, pathError("write", f->impl->name, errnoError(errno))};
    }
    done += n;
  }
  return {done, Error()};
}

std::tuple<Int, Error> File_WriteString(File* f, const String& s) { return File_Write(f, toBytes(s)); }

std::tuple<Int, Error> File_Read(File* f, const Slice<Byte>& b) {
  if (Error e = unusable(f, "read"); !e.isNil()) return {0, e};
  if (b.len() == 0) return {0, Error()};
  int fd = f->impl->fd;
  if (fd == 0) std::fflush(stdout);  // a prompt written with fmt.Print is visible before the read blocks
  for (;;) {
    ssize_t n;
    {
      BlockingSyscall inKernel;
      n = ::read(fd, b.data(), static_cast<size_t>(b.len()));
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return {0, pathError("read", f->impl->name, errnoError(errno))};
    if (n == 0) return {0, io::EOF_};
    return {n, Error()};
  }
}

Error File_Close(File* f) {
  if (f->impl == nullptr) return ErrInvalid;
  if (f->impl->closed) return pathError("close", f->impl->name, ErrClosed);
  f->impl->closed = true;
  if (f->impl->fd == 1) std::fflush(stdout);
  if (::close(f->impl->fd) != 0 && errno != EINTR) return pathError("close", f->impl->name, errnoError(errno));
  return Error();
}

String File_Name(File* f) { return f->impl == nullptr ? String() : f->impl->name; }

Error File_Sync(File* f) {
  if (Error e = unusable(f, "sync"); !e.isNil()) return e;
  if (f->impl->fd == 1) std::fflush(stdout);
  BlockingSyscall inKernel;
  if (::fsync(f->impl->fd) != 0) return pathError("sync", f->impl->name, errnoError(errno));
  return Error();
}

// A File for an open descriptor (Open, Create).
Ptr<File> newFile(int fd, const String& name) { return newPtr<File>(File{std::make_shared<FileState>(fd, name)}); }

}  // namespace pkg::os

using pkg::os::File;

namespace {
File* self(const void* r) { return &**static_cast<const Ptr<File>*>(r); }
std::tuple<Int, Error> mWrite(const void* r, Slice<Byte> b) { return pkg::os::File_Write(self(r), b); }
std::tuple<Int, Error> mWriteString(const void* r, String s) { return pkg::os::File_WriteString(self(r), s); }
std::tuple<Int, Error> mRead(const void* r, Slice<Byte> b) { return pkg::os::File_Read(self(r), b); }
Error mClose(const void* r) { return pkg::os::File_Close(self(r)); }
String mName(const void* r) { return pkg::os::File_Name(self(r)); }
Error mSync(const void* r) { return pkg::os::File_Sync(self(r)); }
}  // namespace

const TypeDesc* TypeOf<File>::get() {
  static const TypeDesc d = structType<File>("os.File", {});
  return &d;
}

const TypeDesc* TypeOf<Ptr<File>>::get() {
  static const TypeDesc d = pointerType<File>({method("Close", &mClose, "func() error"), method("Name", &mName),
                                               method("Read", &mRead), method("Sync", &mSync),
                                               method("Write", &mWrite), method("WriteString", &mWriteString)});
  return &d;
}

}  // namespace goxx
