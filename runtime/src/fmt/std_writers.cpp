// std_writers.cpp — os.Stdout and os.Stderr as Writers over stdio (see goxx/fmt.h).
//
// stdout is buffered by stdio and flushed by the runtime when the process exits or reports a panic;
// stderr is unbuffered. fwrite locks the FILE, so one write is never interleaved with another thread's.
#include <cstdio>

#include "goxx/fmt.h"

namespace goxx {

namespace {

class StdioWriter : public Writer {
 public:
  explicit StdioWriter(FILE* (*file)()) : file_(file) {}
  Int write(std::string_view bytes) override {
    return static_cast<Int>(std::fwrite(bytes.data(), 1, bytes.size(), file_()));
  }

 private:
  FILE* (*file_)();
};

}  // namespace

Writer& osStdout() {
  static StdioWriter w([] { return stdout; });
  return w;
}

Writer& osStderr() {
  static StdioWriter w([] { return stderr; });
  return w;
}

}  // namespace goxx
