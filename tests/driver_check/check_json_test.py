#!/usr/bin/env python3
"""Tests `goxx check --json` against the editor contract (tools/editor/README.md).

Usage: check_json_test.py GOXX

Each case writes .gox files into a fresh temporary directory, runs `goxx check --json` there and
compares the parsed JSON with what Go reports for the same program (messages in Go 1.22's wording,
positions as gc prints them). Also checks the raw bytes: exactly one JSON object, no raw control
characters (quotes, backslashes, tabs and newlines inside strings must be escaped), nothing on stderr.
Exits 1 with one line per failure.
"""
import json
import os
import subprocess
import sys
import tempfile

failures = []


class Prefix(str):
    """An expected message of which only the start is fixed (the rest is the OS's wording)."""

    def __eq__(self, other):
        return isinstance(other, str) and other.startswith(str(self))

    __hash__ = str.__hash__


def fail(case, why):
    failures.append(f"{case}: {why}")


def run(goxx, cwd, args):
    p = subprocess.run([goxx, "check", "--json", *args], cwd=cwd, capture_output=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check_case(goxx, name, files, args, expected, exit_code):
    """files: {name: text}; args: command-line files; expected: [(file, line, column, message)]."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        for fname, text in files.items():
            with open(os.path.join(tmp, fname), "w", encoding="utf-8") as f:
                f.write(text)
        code, out, err = run(goxx, tmp, args)
        if code != exit_code:
            fail(name, f"exit status {code}, want {exit_code}")
        if err:
            fail(name, f"unexpected stderr: {err!r}")
        raw = out.rstrip(b"\n")
        bad = [b for b in raw if b < 0x20]
        if bad:
            fail(name, f"raw control characters in the output: {bytes(bad)!r}")
        try:
            doc = json.loads(out.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            fail(name, f"output is not one JSON object ({e}): {out!r}")
            return
        if not isinstance(doc, dict) or set(doc) != {"diagnostics"} or not isinstance(doc["diagnostics"], list):
            fail(name, f'want exactly {{"diagnostics": [...]}}, got {doc!r}')
            return
        got = []
        for d in doc["diagnostics"]:
            if set(d) != {"file", "line", "column", "severity", "message"}:
                fail(name, f"entry has fields {sorted(d)}")
                continue
            if d["severity"] != "error":
                fail(name, f"severity {d['severity']!r}, want 'error'")
            if not os.path.isabs(d["file"]):
                fail(name, f"file {d['file']!r} is not absolute")
            got.append((d["file"], d["line"], d["column"], d["message"]))
        want = [(os.path.join(tmp, f), l, c, m) for (f, l, c, m) in expected]
        if len(got) != len(want) or any(w != g for g, w in zip(got, want)):
            fail(name, "diagnostics differ:\n  got  " + "\n       ".join(map(repr, got)) +
                 "\n  want " + "\n       ".join(map(repr, want)))


CLEAN = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi \\"there\\"")\n}\n'

# Messages with quotes, backslashes and a raw tab and newline (from raw string literals, which Go's
# messages quote as written). Expected output: Go 1.22 (gc -e) on the same program.
ESCAPES = ('package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n\tvar n int = "a\\\\b\\"c"\n'
           '\tvar m int = `t\tq`\n\tvar k int = `a\nb`\n\t_, _, _ = n, m, k\n}\n')
ESCAPES_WANT = [
    ("main.gox", 3, 8, '"os" imported and not used'),
    ("main.gox", 6, 2, "declared and not used: x"),
    ("main.gox", 7, 14, 'cannot use "a\\\\b\\"c" (untyped string constant) as int value in variable declaration'),
    ("main.gox", 8, 14, 'cannot use `t\tq` (untyped string constant "t\\tq") as int value in variable declaration'),
    ("main.gox", 9, 14, 'cannot use `a\nb` (untyped string constant "a\\nb") as int value in variable declaration'),
]

SYNTAX = "package main\n\nfunc f(int) {}\n\nfunc main() {\n\tf(1\n}\n"

# Eleven unused variables: gc prints ten errors, then "too many errors" (which has no position and is
# not an entry).
MANY = "package main\n\nfunc main() {\n\ta, b, c, d, e, f, g, h, i, j, k := 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11\n}\n"
MANY_WANT = [("main.gox", 4, 2 + 3 * n, f"declared and not used: {v}") for n, v in enumerate("abcdefghij")]

# A file name that itself needs escaping.
ODD_NAME = 'we"ird\\na\tme.gox'


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    goxx = os.path.abspath(sys.argv[1])
    check_case(goxx, "clean", {"main.gox": CLEAN}, ["main.gox"], [], 0)
    check_case(goxx, "escapes", {"main.gox": ESCAPES}, ["main.gox"], ESCAPES_WANT, 1)
    check_case(goxx, "syntax error", {"main.gox": SYNTAX}, ["main.gox"],
               [("main.gox", 6, 5, "syntax error: unexpected newline in argument list; possibly missing comma or )")], 1)
    check_case(goxx, "at most ten", {"main.gox": MANY}, ["main.gox"], MANY_WANT, 1)
    check_case(goxx, "two files of one package",
               {"a.gox": "package main\n\nfunc main() { helper() }\n",
                "b.gox": "package main\n\nfunc helper() {\n\tvar s string = 1\n\t_ = s\n}\n"},
               ["a.gox", "b.gox"],
               [("b.gox", 4, 17, "cannot use 1 (untyped int constant) as string value in variable declaration")], 1)
    check_case(goxx, "file name with quote, backslash and tab",
               {ODD_NAME: "package main\n\nfunc main() {\n\ty := 2\n}\n"}, [ODD_NAME],
               [(ODD_NAME, 4, 2, "declared and not used: y")], 1)
    # An unreadable file has no position: it is attached to line 1, column 1 of the first file named.
    check_case(goxx, "missing file", {}, ["missing.gox"],
               [("missing.gox", 1, 1, Prefix("open missing.gox: "))], 1)
    for f in failures:
        print("FAIL", f)
    print(f"check_json_test: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
