#!/usr/bin/env python3
"""Command-line tests of `goxx build`, `goxx run` and `goxx emit` (one CTest test per case).

Usage: driver_cli_test.py --goxx PATH --cache DIR [--source-dir DIR] [--build-dir DIR] CASE

Each case runs the real driver in a fresh temporary directory. The cache directory is shared by the
cases of one build tree (GOXX_CACHE=DIR) so that the runtime's precompiled header is made once; cases
that need a cache miss use a program no other run has built (a unique comment in the source).
Expected program output comes from Go's behaviour (fmt.Println's format, os.Exit's status, a panic's
status 2), never from goxx's.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


class Context:
    def __init__(self, args, workdir):
        self.goxx = args.goxx
        self.cache = args.cache
        self.source_dir = args.source_dir
        self.build_dir = args.build_dir
        self.dir = workdir

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def unique_hello(self, name="hello.gox"):
        """hello world whose bytes no earlier build had: its first build is a cache miss."""
        return self.write(name, "// run %s\n" % uuid.uuid4().hex + HELLO)

    def goxx_cmd(self, *args, cwd=None, env_extra=None, goxx=None):
        env = dict(os.environ)
        env["GOXX_CACHE"] = self.cache
        env.update(env_extra or {})
        p = subprocess.run([goxx or self.goxx] + list(args), cwd=cwd or self.dir, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def describe(result):
    code, out, err = result
    return "exit %d\n--- stdout\n%s--- stderr\n%s" % (code, out[-2000:], err[-2000:])


def compiler_lines(stderr):
    """-v lines that ran a C++ compile of a program (not goxx's own notes)."""
    return [l for l in stderr.splitlines() if not l.startswith("goxx:") and " -o " in l]


# --- cases -------------------------------------------------------------------------------------------

def case_build_and_run(ctx):
    source = ctx.write("hello.gox", HELLO)
    result = ctx.goxx_cmd("build", source)
    expect(result[0] == 0 and result[1] == "" and result[2] == "", "goxx build: " + describe(result))
    program = os.path.join(ctx.dir, "hello")  # default: the first file's name, in the current directory
    expect(os.access(program, os.X_OK), "no executable at " + program)
    p = subprocess.run([program], capture_output=True, timeout=60)
    expect(p.returncode == 0 and p.stdout == b"hello, world\n", "the program printed %r" % p.stdout)

    named = os.path.join(ctx.dir, "out", "greeter")
    os.makedirs(os.path.dirname(named))
    result = ctx.goxx_cmd("build", source, "-o", named, "-O0", "-g")
    expect(result[0] == 0, "goxx build -o: " + describe(result))
    p = subprocess.run([named], capture_output=True, timeout=60)
    expect(p.stdout == b"hello, world\n", "-o program printed %r" % p.stdout)


def case_run_cache_hit(ctx):
    source = ctx.unique_hello()
    first = ctx.goxx_cmd("run", "-v", source)
    expect(first[0] == 0 and first[1] == "hello, world\n", "first run: " + describe(first))
    expect(len(compiler_lines(first[2])) >= 1, "-v showed no compile on a cache miss: " + describe(first))
    second = ctx.goxx_cmd("run", "-v", source)
    expect(second[0] == 0 and second[1] == "hello, world\n", "second run: " + describe(second))
    expect(compiler_lines(second[2]) == [], "the second run compiled again: " + describe(second))
    # Without -v goxx prints nothing of its own, cached or not; a changed source is rebuilt.
    quiet = ctx.goxx_cmd("run", source)
    expect(quiet == (0, "hello, world\n", ""), "quiet cached run: " + describe(quiet))
    # --work compiles even when cached, and keeps the generated C++.
    code, out, err = ctx.goxx_cmd("run", "--work", source)
    expect(code == 0 and out == "hello, world\n" and err.startswith("goxx: work directory: "),
           "goxx run --work: " + describe((code, out, err)))
    work = err.splitlines()[0][len("goxx: work directory: "):]
    expect(os.path.isfile(os.path.join(work, "main.cpp")), "--work did not keep " + work)
    shutil.rmtree(work, ignore_errors=True)
    with open(source, "a", encoding="utf-8") as f:
        f.write("\n// changed\n")
    changed = ctx.goxx_cmd("run", "-v", source)
    expect(changed[0] == 0 and len(compiler_lines(changed[2])) >= 1, "a changed source was not rebuilt: "
           + describe(changed))
    # Different flags are a different program.
    optimized = ctx.goxx_cmd("run", "-v", "-O1", source)
    expect(optimized[0] == 0 and len(compiler_lines(optimized[2])) >= 1, "-O1 reused the -O2 build: "
           + describe(optimized))


def case_run_quiet_cold(ctx):
    source = ctx.unique_hello()
    result = ctx.goxx_cmd("run", source)
    expect(result == (0, "hello, world\n", ""), "cold goxx run must print only the program's output: "
           + describe(result))


def case_run_from_other_directory(ctx):
    source = ctx.write("src/hello.gox", HELLO)
    elsewhere = os.path.join(ctx.dir, "elsewhere")
    os.makedirs(elsewhere)
    result = ctx.goxx_cmd("run", os.path.join("..", "src", "hello.gox"), cwd=elsewhere)
    expect(result == (0, "hello, world\n", ""), "relative path from another directory: " + describe(result))
    result = ctx.goxx_cmd("run", source, cwd="/")
    expect(result == (0, "hello, world\n", ""), "absolute path from /: " + describe(result))


def case_run_arguments(ctx):
    source = ctx.write("args.gox", 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\n'
                       'func main() {\n\tfmt.Println(len(os.Args), os.Args[1:])\n}\n')
    result = ctx.goxx_cmd("run", source, "--", "a", "-v", "--", "c d")
    expect(result == (0, "5 [a -v -- c d]\n", ""), "program arguments after --: " + describe(result))


def case_exit_status(ctx):
    exits = ctx.write("exit3.gox", 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\n'
                      'func main() {\n\tfmt.Println("before")\n\tos.Exit(3)\n}\n')
    result = ctx.goxx_cmd("run", exits)
    expect(result == (0 + 3, "before\n", ""), "os.Exit(3) under goxx run: " + describe(result))
    panics = ctx.write("panic.gox", 'package main\n\nfunc main() {\n\tpanic("boom")\n}\n')
    result = ctx.goxx_cmd("run", panics)
    expect(result[0] == 2 and result[1] == "" and "panic: boom" in result[2],
           "panic under goxx run: " + describe(result))


def case_emit(ctx):
    source = ctx.write("hello.gox", HELLO)
    result = ctx.goxx_cmd("emit", source)
    expect(result[0] == 0 and result[2] == "", "goxx emit: " + describe(result))
    cpp = result[1]
    expect("#include <goxx/program.h>" in cpp and "main(" in cpp, "emit did not print a C++ program:\n" + cpp[:2000])
    out = os.path.join(ctx.dir, "gen", "hello.cpp")
    os.makedirs(os.path.dirname(out))
    result = ctx.goxx_cmd("emit", source, "-o", out)
    expect(result == (0, "", ""), "goxx emit -o: " + describe(result))
    with open(out, encoding="utf-8") as f:
        expect(f.read() == cpp, "emit -o wrote something else than emit to stdout")


def case_internal_error(ctx):
    fake = ctx.write("fake-cxx", "#!/bin/sh\n"
                     "echo \"main.cpp: In function 'int main()':\" >&2\n"
                     "echo \"main.cpp:12:3: error: 'nonsense' was not declared in this scope\" >&2\n"
                     "i=0; while [ $i -lt 300 ]; do echo \"main.cpp:$i:1: error: more noise\" >&2; i=$((i+1)); done\n"
                     "exit 1\n")
    os.chmod(fake, 0o755)
    source = ctx.unique_hello()
    code, out, err = ctx.goxx_cmd("build", source, "--cxx=" + fake, "-o", os.path.join(ctx.dir, "prog"))
    lines = err.strip().splitlines()
    expect(code == 3, "exit status %d, expected 3:\n%s" % (code, err))
    expect(len(lines) == 3, "expected a 3-line report, got:\n" + err[:3000])
    expect(lines[0] == "goxx: internal error: the C++ compiler failed on goxx's output", err)
    expect(lines[1].strip() == "main.cpp:12:3: error: 'nonsense' was not declared in this scope", err)
    expect(lines[2].strip().startswith("work directory: "), err)
    work = lines[2].strip()[len("work directory: "):].split(" ")[0]
    expect(os.path.isfile(os.path.join(work, "main.cpp")), "work directory not kept: " + work)
    shutil.rmtree(work, ignore_errors=True)
    expect(not os.path.exists(os.path.join(ctx.dir, "prog")), "a failed build left a program behind")


def case_front_end_error(ctx):
    bad = ctx.write("bad.gox", 'package main\n\nfunc main() {\n\tvar x int = "text"\n\t_ = x\n}\n')
    check = ctx.goxx_cmd("check", bad)
    expect(check[0] == 1 and check[2] != "", "goxx check accepted an ill-typed program: " + describe(check))
    for sub in ("build", "run", "emit"):
        result = ctx.goxx_cmd(sub, bad)
        expect(result[0] == 1, "goxx %s: %s" % (sub, describe(result)))
        expect(result[2] == check[2], "goxx %s printed other diagnostics than goxx check:\n%s\nvs\n%s"
               % (sub, result[2], check[2]))


def case_bad_input(ctx):
    def expect_clean_error(result, mentions, what):
        code, out, err = result
        expect(code not in (0,) and 0 < code < 128, "%s: exit %d (a crash or success)\n%s" % (what, code, err))
        expect(mentions in err, "%s: stderr does not mention %r:\n%s" % (what, mentions, err))
        expect(len(err.splitlines()) <= 5, "%s: too much output:\n%s" % (what, err))

    for sub in ("build", "run", "emit"):
        expect_clean_error(ctx.goxx_cmd(sub, "missing.gox"), "missing.gox", sub + " of a missing file")
        expect_clean_error(ctx.goxx_cmd(sub, ctx.write("x.go", HELLO)), "x.go", sub + " of a non-.gox file")
        expect_clean_error(ctx.goxx_cmd(sub), "", sub + " with no files")
        expect_clean_error(ctx.goxx_cmd(sub, "--no-such-flag", ctx.write("h.gox", HELLO)), "no-such-flag",
                           sub + " with an unknown flag")
    expect_clean_error(ctx.goxx_cmd("build", ctx.write("h.gox", HELLO), "--cxx=/no/such/c++"), "/no/such/c++",
                       "build with a missing compiler")
    for sub in ("build", "run", "emit"):
        code, out, err = ctx.goxx_cmd(sub, "--help")
        expect(code == 0 and "USAGE" in out and "goxx " + sub in out, "goxx %s --help:\n%s%s" % (sub, out, err))


def case_installed(ctx):
    prefix = os.path.join(ctx.dir, "prefix")
    p = subprocess.run(["cmake", "--install", ctx.build_dir, "--prefix", prefix], capture_output=True, timeout=600)
    expect(p.returncode == 0, "cmake --install failed:\n" + p.stderr.decode())
    goxx = os.path.join(prefix, "bin", "goxx")
    expect(os.access(goxx, os.X_OK), "no goxx installed at " + goxx)
    source = ctx.unique_hello()
    code, out, err = ctx.goxx_cmd("run", "-v", source, goxx=goxx)
    expect(code == 0 and out == "hello, world\n", "installed goxx run: " + describe((code, out, err)))
    compiles = compiler_lines(err)
    expect(compiles and all(os.path.join(prefix, "include") in l and os.path.join(prefix, "lib") in l
                            for l in compiles[-1:]),
           "the installed goxx did not use the installed runtime:\n" + err)


CASES = {name[len("case_"):]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--goxx", required=True)
    ap.add_argument("--cache", required=True)
    ap.add_argument("--source-dir")
    ap.add_argument("--build-dir")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("case", choices=sorted(CASES))
    args = ap.parse_args()
    args.goxx = os.path.abspath(args.goxx)
    args.cache = os.path.abspath(args.cache)
    workdir = tempfile.mkdtemp(prefix="goxx-driver-%s-" % args.case)
    try:
        CASES[args.case](Context(args, workdir))
    except Failure as e:
        print("FAIL %s: %s" % (args.case, e))
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print("PASS " + args.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
