#!/usr/bin/env python3
"""End-to-end runner for the tests/run program corpus (and samples/).

Consumes: NAME.gox programs (package main), each with optional expectation files beside it:
  NAME.out   exact expected stdout (missing = stdout must be empty)
  NAME.err   one regular expression per non-empty line; each must match (re.search) some line of
             stderr, and the lines they match must come in the same order (missing = stderr must be
             empty)
  NAME.exit  expected exit code (missing = 0)
A file with a `// nondeterministic-output` line before `package` (used by a few samples/ whose
output depends on scheduling by nature) must have no .out: its stdout is not compared, only its
exit code and stderr.
Produces: one line per failure with a short diff, then a closing line exactly "N passed, M failed";
exit status 1 when anything failed, 0 otherwise.

Two modes:
  --goxx PATH   build each program with `goxx build FILE -o TMP [--cxx=COMPILER]` and run it.
  --go          developer check of the corpus itself against Debian's Go: copy the program to a
                temporary directory as main.go, `go vet` it, `go build` it and run the binary (not
                `go run`, which replaces the program's exit code with its own). Files marked with a
                `// go1.22` line before `package` need a newer Go than 1.19 and are skipped.

Every program runs with a 20 s timeout, no stdin, in its own temporary directory. Programs are
independent, so --jobs N runs N of them at once; the report is printed in file order regardless.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

RUN_TIMEOUT_S = 20
BUILD_TIMEOUT_S = 300
DIFF_LINES = 20
HERE = os.path.dirname(os.path.abspath(__file__))

# Where Debian's golang-golang-x-sync-dev puts golang.org/x/sync (errgroup), for GOPATH-mode builds.
DEBIAN_GOCODE = "/usr/share/gocode"


class Expectation:
    """What one program must do, read from the files beside it."""

    def __init__(self, source):
        stem = source[:-len(".gox")]
        self.stdout = read_text(stem + ".out", default="")
        self.compare_stdout = not has_marker(source, "nondeterministic-output")
        if not self.compare_stdout and os.path.exists(stem + ".out"):
            raise ValueError(stem + ".out exists but the program is marked nondeterministic-output")
        err = read_text(stem + ".err", default=None)
        self.stderr_patterns = None if err is None else [l for l in err.splitlines() if l.strip()]
        exit_text = read_text(stem + ".exit", default="0").strip()
        self.exit_code = int(exit_text)


def read_text(path, default):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_marker(source, marker):
    """True when the file has the line `// MARKER` before its package clause."""
    with open(source, encoding="utf-8") as f:
        for line in f:
            if line.startswith("package "):
                return False
            if line.strip() == "// " + marker:
                return True
    return False


def needs_newer_go(source):
    return has_marker(source, "go1.22")


def short_diff(expected, actual, what):
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      "expected " + what, "actual " + what, lineterm="", n=1))
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["  ... (%d more diff lines)" % (len(lines) - DIFF_LINES)]
    return "\n".join("    " + l for l in lines)


def check_stderr(patterns, stderr):
    """Returns None when stderr satisfies the patterns, else the reason it does not.

    Patterns match lines in order: after pattern k matched line j, pattern k+1 is tried from
    line j+1 on, so the .err file describes a subsequence of stderr."""
    lines = stderr.splitlines()
    if patterns is None:
        if stderr == "":
            return None
        return "unexpected stderr (no .err file):\n" + indent(tail(lines))
    at = 0
    for pattern in patterns:
        try:
            regex = re.compile(pattern)
        except re.error as e:
            return "bad regexp %r in .err: %s" % (pattern, e)
        while at < len(lines) and not regex.search(lines[at]):
            at += 1
        if at == len(lines):
            return "stderr has no line matching %r (in order); stderr was:\n%s" % (
                pattern, indent(tail(lines)))
        at += 1
    return None


def tail(lines, n=12):
    return lines[:n] + (["... (%d more lines)" % (len(lines) - n)] if len(lines) > n else [])


def indent(lines):
    return "\n".join("    | " + l for l in lines)


def run_binary(binary, workdir):
    try:
        p = subprocess.run([binary], cwd=workdir, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None
    return (p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


def build_with_goxx(args, source, workdir):
    binary = os.path.join(workdir, "prog")
    cmd = [args.goxx, "build", source, "-o", binary]
    if args.cxx:
        cmd.append("--cxx=" + args.cxx)
    return build(cmd, workdir, None, binary)


def build_with_go(args, source, workdir):
    main_go = os.path.join(workdir, "main.go")
    shutil.copyfile(source, main_go)
    env = dict(os.environ)
    env["GO111MODULE"] = "off"
    env["GOPATH"] = os.path.join(workdir, "gopath") + os.pathsep + DEBIAN_GOCODE
    env["GOFLAGS"] = ""
    vet = subprocess.run([args.go_bin, "vet", "main.go"], cwd=workdir, env=env,
                         capture_output=True, timeout=BUILD_TIMEOUT_S)
    if vet.returncode != 0:
        return None, "go vet failed:\n" + indent(tail(vet.stderr.decode("utf-8", "replace").splitlines()))
    binary = os.path.join(workdir, "prog")
    return build([args.go_bin, "build", "-o", binary, "main.go"], workdir, env, binary)


def build(cmd, workdir, env, binary):
    try:
        p = subprocess.run(cmd, cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=BUILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, "build timed out after %d s: %s" % (BUILD_TIMEOUT_S, " ".join(cmd))
    if p.returncode != 0 or not os.path.exists(binary):
        out = (p.stdout + p.stderr).decode("utf-8", "replace").splitlines()
        return None, "build failed (exit %d): %s\n%s" % (p.returncode, " ".join(cmd), indent(tail(out)))
    return binary, None


def run_one(args, source):
    """Returns (status, message): status is 'pass', 'fail' or 'skip'."""
    if args.go and needs_newer_go(source):
        return "skip", None
    try:
        expect = Expectation(source)
    except ValueError as e:
        return "fail", "bad expectation files: %s" % e
    workdir = tempfile.mkdtemp(prefix="goxx-e2e-")
    try:
        builder = build_with_go if args.go else build_with_goxx
        binary, why = builder(args, os.path.abspath(source), workdir)
        if binary is None:
            return "fail", why
        result = run_binary(binary, workdir)
        if result is None:
            return "fail", "timed out after %d s" % RUN_TIMEOUT_S
        code, stdout, stderr = result
        problems = []
        if code != expect.exit_code:
            problems.append("exit code %d, expected %d" % (code, expect.exit_code))
        if expect.compare_stdout and stdout != expect.stdout:
            problems.append("stdout differs:\n" + short_diff(expect.stdout, stdout, "stdout"))
        stderr_problem = check_stderr(expect.stderr_patterns, stderr)
        if stderr_problem:
            problems.append(stderr_problem)
        if problems:
            return "fail", "\n  ".join(problems)
        return "pass", None
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def collect(files):
    if files:
        return files
    return sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".gox"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--goxx", help="path to the goxx driver")
    ap.add_argument("--cxx", help="C++ compiler for goxx to use (passed as --cxx=PATH)")
    ap.add_argument("--jobs", type=int, default=1, help="programs to build and run at once")
    ap.add_argument("--go", action="store_true", help="check the corpus with Debian's Go instead")
    ap.add_argument("--go-bin", default="go", help="the go command for --go (default: go)")
    ap.add_argument("--keep", action="store_true", help="keep temporary directories")
    ap.add_argument("--list", help="a file naming the programs to run, one NAME per line (# comments)")
    ap.add_argument("files", nargs="*", help=".gox files (default: every .gox beside this script)")
    args = ap.parse_args()
    if args.list:
        with open(args.list) as lf:
            names = [l.split("#")[0].strip() for l in lf]
        base = os.path.dirname(os.path.abspath(args.list))
        args.files += [os.path.join(base, n if n.endswith(".gox") else n + ".gox") for n in names if n]
    if not args.go and not args.goxx:
        ap.error("either --goxx PATH or --go is required")
    files = collect(args.files)
    for f in files:
        if not f.endswith(".gox"):
            ap.error("not a .gox file: " + f)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda f: run_one(args, f), files))

    passed = failed = skipped = 0
    for source, (status, message) in zip(files, results):
        name = os.path.relpath(source)
        if status == "pass":
            passed += 1
        elif status == "skip":
            skipped += 1
        else:
            failed += 1
            print("FAIL %s: %s" % (name, message))
    if skipped:
        print("(%d skipped: marked // go1.22, not checkable with this Go)" % skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
