// whole_file.cpp — os.Open, Create, ReadFile, WriteFile, Remove (see goxx/pkg/os.h). Every call that
// may block in the kernel runs inside BlockingSyscall.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "goxx/pkg/os.h"
#include "goxx/sched.h"

namespace goxx::pkg::os {

Ptr<File> newFile(int fd, const String& name);  // file.cpp

namespace {

int openFile(const String& name, int flags, unsigned mode, int* err) {
  std::string path = name.str();
  BlockingSyscall inKernel;
  int fd;
  do fd = ::open(path.c_str(), flags | O_CLOEXEC, mode);
  while (fd < 0 && errno == EINTR);
  *err = fd < 0 ? errno : 0;
  return fd;
}

std::tuple<Ptr<File>, Error> openAs(const String& name, int flags, unsigned mode) {
  int err;
  int fd = openFile(name, flags, mode, &err);
  if (fd < 0) return {Ptr<File>(), pathError("open", name, errnoError(err))};
  return {newFile(fd, name), Error()};
}

}  // namespace

std::tuple<Ptr<File>, Error> Open(const String& name) { return openAs(name, O_RDONLY, 0); }
std::tuple<Ptr<File>, Error> Create(const String& name) { return openAs(name, O_RDWR | O_CREAT | O_TRUNC, 0666); }

std::tuple<Slice<Byte>, Error> ReadFile(const String& name) {
  int err;
  int fd = openFile(name, O_RDONLY, 0, &err);
  if (fd < 0) return {Slice<Byte>(), pathError("open", name, errnoError(err))};
  BlockingSyscall inKernel;
  struct stat st {};
  int64_t size = ::fstat(fd, &st) == 0 && st.st_size > 0 ? st.st_size + 1 : 512;
  Slice<Byte> data = makeSlice<Byte>(0, size < 512 ? 512 : size);
  for (;;) {
    if (data.len() == data.cap()) data = append(data, Byte(0)).slice(0, data.len());
    ssize_t n = ::read(fd, data.data() + data.len(), static_cast<size_t>(data.cap() - data.len()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      return {data, pathError("read", name, errnoError(e))};
    }
    if (n == 0) break;
    data = data.slice(0, data.len() + n);
  }
  ::close(fd);
  return {data, Error()};
}

Error WriteFile(const String& name, const Slice<Byte>& data, FileMode perm) {
  int err;
  int fd = openFile(name, O_WRONLY | O_CREAT | O_TRUNC, perm.v & 0777, &err);
  if (fd < 0) return pathError("open", name, errnoError(err));
  BlockingSyscall inKernel;
  Error result;
  for (int64_t done = 0; done < data.len();) {
    ssize_t n = ::write(fd, data.data() + done, static_cast<size_t>(data.len() - done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result = pathError("write", name, errnoError(errno));
      break;
    }
    done += n;
  }
  if (::close(fd) != 0 && result.isNil()) result = pathError("close", name, errnoError(errno));
  return result;
}

// Go: unlink, then rmdir; when both fail, rmdir's error unless it is ENOTDIR.
Error Remove(const String& name) {
  std::string path = name.str();
  BlockingSyscall inKernel;
  if (::unlink(path.c_str()) == 0) return Error();
  int e = errno;
  if (::rmdir(path.c_str()) == 0) return Error();
  if (errno != ENOTDIR) e = errno;
  return pathError("remove", name, errnoError(e));
}

}  // namespace goxx::pkg::os
