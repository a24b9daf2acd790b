// Package os through its ABI entry points (goxx/pkg/os.h): files, errors, environment, Args, Exit and a
// blocking read of stdin. Error texts are Go's (checked with go run on Linux).
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "child_process.h"
#include "goxx/pkg/bufio.h"
#include "goxx/pkg/errors.h"
#include "goxx/pkg/fmt.h"
#include "goxx/pkg/io.h"
#include "goxx/pkg/os.h"

namespace os = goxx::pkg::os;
using goxx::Any;
using goxx::Error;
using goxx::Int;
using goxx::Slice;
using goxx::String;

namespace {

std::string msg(const Error& e) { return e.isNil() ? "<nil>" : goxx::errorMessage(e).str(); }
String tempPath(const char* name) { return String("/tmp/goxx_pkg_os_" + std::to_string(::getpid()) + "_" + name); }

}  // namespace

TEST_CASE("pkg/os: WriteFile, ReadFile, Open/Read to io.EOF, Create/Write, Remove") {
  String path = tempPath("a.txt");
  CHECK(os::WriteFile(path, goxx::toBytes("hello\nworld\n"), os::FileMode{0644}).isNil());
  auto [data, err] = os::ReadFile(path);
  CHECK(err.isNil());
  CHECK(goxx::toString(data) == "hello\nworld\n");

  auto [f, openErr] = os::Open(path);
  REQUIRE(openErr.isNil());
  Slice<goxx::Byte> buf = goxx::makeSlice<goxx::Byte>(8);
  auto [n1, e1] = os::File_Read(f.get(), buf);
  CHECK((n1 == 8 && e1.isNil()));
  auto [n2, e2] = os::File_Read(f.get(), buf);
  CHECK((n2 == 4 && e2.isNil()));
  auto [n3, e3] = os::File_Read(f.get(), buf);
  CHECK(n3 == 0);
  CHECK(e3 == goxx::pkg::io::EOF_);
  CHECK(os::File_Name(f.get()) == path);
  CHECK(os::File_Close(f.get()).isNil());
  CHECK(msg(os::File_Close(f.get())) == "close " + path.str() + ": file already closed");
  auto [n4, e4] = os::File_Read(f.get(), buf);
  CHECK(n4 == 0);
  CHECK(msg(e4) == "read " + path.str() + ": file already closed");
  CHECK(goxx::pkg::errors::Is(e4, os::ErrClosed));

  auto [g, createErr] = os::Create(path);
  REQUIRE(createErr.isNil());
  auto [wn, we] = goxx::pkg::fmt::Fprintf(goxx::pkg::io::Writer(Any(g)), "x=%d\n", Slice<Any>{Any(Int(5))});
  CHECK((wn == 4 && we.isNil()));
  CHECK(os::File_Close(g.get()).isNil());
  CHECK(goxx::toString(std::get<0>(os::ReadFile(path))) == "x=5\n");
  CHECK(os::Remove(path).isNil());
}

TEST_CASE("pkg/os: errors are *fs.PathError wrapping syscall.Errno, matching ErrNotExist") {
  auto [f, err] = os::Open("/nonexistent/goxx");
  CHECK(f.isNil());
  CHECK(msg(err) == "open /nonexistent/goxx: no such file or directory");
  CHECK(err.type()->name == "*fs.PathError");
  CHECK(goxx::pkg::errors::Is(err, os::ErrNotExist));
  CHECK(!goxx::pkg::errors::Is(err, os::ErrExist));
  goxx::Ptr<goxx::Ptr<os::PathError>> target = goxx::newPtr<goxx::Ptr<os::PathError>>();
  CHECK(goxx::pkg::errors::As(err, Any(target)));
  CHECK((*target)->Op == "open");
  CHECK((*target)->Err.type()->name == "syscall.Errno");
  CHECK(msg(std::get<1>(os::ReadFile("/nonexistent/goxx"))) == "open /nonexistent/goxx: no such file or directory");
  CHECK(msg(os::Remove("/nonexistent/goxx")) == "remove /nonexistent/goxx: no such file or directory");
  CHECK(msg(std::get<1>(os::ReadFile("/"))) == "read /: is a directory");
}

TEST_CASE("pkg/os: environment, pid, hostname, FileMode") {
  CHECK(os::Setenv("GOXX_PKG_OS_TEST", "v1").isNil());
  CHECK(os::Getenv("GOXX_PKG_OS_TEST") == "v1");
  auto [v, ok] = os::LookupEnv("GOXX_PKG_OS_TEST_UNSET");
  CHECK((v == "" && !ok));
  CHECK(msg(os::Setenv("", "x")) == "setenv: invalid argument");
  CHECK(os::Getpid() == ::getpid());
  CHECK(std::get<1>(os::Hostname()).isNil());
  CHECK(goxx::pkg::fmt::Sprint(Slice<Any>{Any(os::FileMode{0644})}) == "-rw-r--r--");
  CHECK(goxx::pkg::fmt::Sprint(Slice<Any>{Any(os::FileMode{0x80000000u | 0755})}) == "drwxr-xr-x");
}

GOXX_CHILD_SCENARIO("pkg-os-args-exit") {
  goxx::pkg::fmt::Println(Slice<Any>{Any(Int(os::Args.len())), Any(os::Args[1])});
  goxx::pkg::fmt::Print(Slice<Any>{Any("unflushed")});
  os::Exit(3);
}

TEST_CASE("pkg/os: Args holds argv; Exit flushes stdout and sets the status") {
  auto r = goxx::test::runChild("pkg-os-args-exit");
  CHECK(r.exitCode == 3);
  CHECK(r.out == "2 --goxx-child=pkg-os-args-exit\nunflushed");
}

// Stdin is a pipe filled before reading; a goroutine keeps running while main's read blocks (the worker
// hands its queue over). bufio.Scanner reads os.Stdin through io.Reader.
GOXX_CHILD_SCENARIO("pkg-os-stdin-scanner") {
  int fds[2];
  if (::pipe(fds) != 0) std::abort();
  ::dup2(fds[0], 0);
  ::close(fds[0]);
  const char text[] = "first line\nsecond\n";
  if (::write(fds[1], text, sizeof text - 1) != static_cast<ssize_t>(sizeof text - 1)) std::abort();
  ::close(fds[1]);
  goxx::pkg::fmt::Print(Slice<Any>{Any("prompt> ")});
  goxx::Ptr<goxx::pkg::bufio::Scanner> sc = goxx::pkg::bufio::NewScanner(goxx::pkg::io::Reader(Any(os::Stdin)));
  while (goxx::pkg::bufio::Scanner_Scan(sc.get()))
    goxx::pkg::fmt::Println(Slice<Any>{Any(goxx::pkg::bufio::Scanner_Text(sc.get()))});
  goxx::pkg::fmt::Println(Slice<Any>{Any(goxx::pkg::bufio::Scanner_Err(sc.get()))});
}

TEST_CASE("pkg/os: reading os.Stdin with bufio.Scanner") {
  auto r = goxx::test::runChild("pkg-os-stdin-scanner");
  CHECK(r.exitCode == 0);
  CHECK(r.out == "prompt> first line\nsecond\n<nil>\n");
}
