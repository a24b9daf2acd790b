#!/usr/bin/env python3
"""Runs the diagnostics corpus: every tests/errors/*.gox through `goxx check`, compared against the
file's own `// ERROR "regexp"` annotations, in the manner of Go's test/run.go "errorcheck" mode.

Consumes: .gox programs (package main). A line that must draw a diagnostic carries `// ERROR "re"`
(several: `// ERROR "re1" "re2"`; backquoted regexps work too; `/* ERROR "re" */` where a line comment
cannot be last on the line). A file with no ERROR line must check clean.
Produces: one line per failing file naming the reasons, then `N passed, M failed`; exit status 1 if any
file failed.

Matching rules (per source line L):
  - every regexp annotated on L must match (re.search) at least one diagnostic reported at L;
  - every diagnostic reported at L must be matched by at least one regexp annotated on L.
  A file with annotations must make goxx exit 1; a clean file must make it exit 0 and print no diagnostic.
  Any other exit status, death by a signal, or running past the time limit fails the file.

Reading goxx's stderr: a diagnostic is `FILE:LINE:COL: message`, where FILE names the checked file.
A following line that starts with a tab continues the message (Go prints `\thave (...)`/`\twant (...)`
that way) and is joined with a newline, unless it is the diagnostic's own source line echoed back as a
snippet; so does a following `FILE:LINE:COL: note: ...`. Snippet lines, caret lines and a final
`too many errors` are not diagnostics. Snippets are never matched against: they contain the ERROR
comment itself, which would let any message "match".

Modes:
  --goxx PATH [files]   the CI check (files default to every *.gox next to this script)
  --go [--go-tool PATH] [files]
                        developer sanity check of the corpus against the installed Go (1.19 on Debian):
                        annotations must match Go's diagnostics, after rewriting the known 1.19/1.22
                        wording differences (KNOWN_GO119_DIFFERENCES); files marked `goxx-only:` must
                        build cleanly with Go; files marked `go1.22-only:` are skipped
  --self-test           checks this runner against fake goxx scripts that print canned output
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

TIMEOUT_SECONDS = 10

# An ERROR annotation: the comment text after `// ERROR`, holding quoted regexps. As in Go's run.go the
# text between double quotes is taken verbatim (no escape processing), so `\)` reaches the regexp engine.
# `/* ERROR "re" */` serves lines where a line comment cannot come last (an unterminated string).
ERROR_COMMENT = re.compile(r'//\s*ERROR\s+(.*)$|/\*\s*ERROR\s+(.*?)\*/')
QUOTED_REGEXP = re.compile(r'"([^"]*)"|`([^`]*)`')

# Files that real Go cannot judge carry one of these markers in a comment near the top (see --go).
GOXX_ONLY_MARKER = 'goxx-only:'
GO122_ONLY_MARKER = 'go1.22-only:'

DIAGNOSTIC_LINE = re.compile(r'^(?P<file>[^\t ].*?):(?P<line>\d+):(?P<col>\d+): ?(?P<msg>.*)$')
CARET_LINE = re.compile(r'^[ \t]*[\^~][\^~ \t]*$')
TOO_MANY_ERRORS = re.compile(r'^(?:.*:\d+:\d+: )?too many errors\s*$')


class Expectations:
    """The ERROR annotations of one file: line number -> list of regexp source strings."""

    def __init__(self, path):
        self.path = path
        self.by_line = {}
        self.problems = []  # malformed annotations; the file fails if there are any
        with open(path, encoding='utf-8') as f:
            self.source_lines = f.read().split('\n')
        for number, text in enumerate(self.source_lines, start=1):
            comment = ERROR_COMMENT.search(text)
            if not comment:
                continue
            quoted = comment.group(1) if comment.group(1) is not None else comment.group(2)
            regexps = [m.group(1) if m.group(1) is not None else m.group(2)
                       for m in QUOTED_REGEXP.finditer(quoted)]
            if not regexps:
                self.problems.append(f'line {number}: ERROR without a quoted regexp')
                continue
            for rx in regexps:
                try:
                    re.compile(rx)
                except re.error as e:
                    self.problems.append(f'line {number}: bad regexp "{rx}": {e}')
            self.by_line.setdefault(number, []).extend(regexps)

    def source_line(self, number):
        if 1 <= number <= len(self.source_lines):
            return self.source_lines[number - 1]
        return None

    def expects_errors(self):
        return bool(self.by_line)


def names_file(reported, path):
    """Whether a diagnostic's FILE part names the checked file (as given, or by a longer/shorter path)."""
    if reported == path:
        return True
    base = os.path.basename(path)
    return reported == base or reported.endswith('/' + base)


def parse_diagnostics(stderr_text, path, expectations):
    """Returns [(line, message)] from a checker's stderr, following the rules in the module comment."""
    diagnostics = []
    current = None  # index into diagnostics of the message a tab-led line would continue
    for raw in stderr_text.split('\n'):
        text = raw.rstrip('\r')
        if TOO_MANY_ERRORS.match(text):
            continue
        if not text.strip() or CARET_LINE.match(text):
            current = None
            continue
        m = DIAGNOSTIC_LINE.match(text)
        if m and current is not None and m.group('msg').startswith('note:'):
            # A note (say, where the other declaration is) belongs to the message before it, as
            # Go's tab-indented "\tother declaration of x" lines do.
            line, msg = diagnostics[current]
            diagnostics[current] = (line, msg + '\n\t' + m.group('msg'))
            continue
        if m:
            # A diagnostic about some other file (say, a bundled package) is still a diagnostic, and
            # wrong for this test: line 0 matches no annotation.
            line = int(m.group('line')) if names_file(m.group('file'), path) else 0
            msg = m.group('msg') if line else text
            diagnostics.append((line, msg))
            current = len(diagnostics) - 1
            continue
        if current is not None and text.startswith('\t'):
            line, msg = diagnostics[current]
            echoed = expectations.source_line(line)
            if echoed is not None and text.rstrip() == echoed.rstrip():
                current = None  # a snippet: the rest belongs to no message
                continue
            diagnostics[current] = (line, msg + '\n' + text)
            continue
        current = None  # a snippet or unrelated text
    return diagnostics


def compare(expectations, diagnostics):
    """Returns the list of reasons the diagnostics disagree with the annotations (empty = agreement)."""
    reasons = []
    by_line = {}
    for line, msg in diagnostics:
        by_line.setdefault(line, []).append(msg)
    for line in sorted(set(by_line) | set(expectations.by_line)):
        messages = by_line.get(line, [])
        regexps = expectations.by_line.get(line, [])
        for rx in regexps:
            if not any(re.search(rx, msg) for msg in messages):
                if messages:
                    got = ' | '.join(m.replace('\n', ' ') for m in messages)
                    reasons.append(f'line {line}: no diagnostic matches "{rx}" (got: {got})')
                else:
                    reasons.append(f'line {line}: missing diagnostic "{rx}"')
        for msg in messages:
            if not any(re.search(rx, msg) for rx in regexps):
                flat = msg.replace('\n', ' ')
                where = f'line {line}' if line else 'other file'
                reasons.append(f'{where}: unexpected diagnostic: {flat}')
    return reasons


def run_checker(argv, timeout):
    """Runs argv; returns (exit status or None on timeout, stderr text, failure reason or None).

    The checker runs in its own process group so that a timeout kills it together with anything it
    started (a child holding the pipes open would otherwise keep us waiting past the limit).
    """
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return None, '', f'could not run {argv[0]}: {e}'
    try:
        _, stderr_bytes = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return None, '', f'timed out after {timeout} s'
    stderr_text = stderr_bytes.decode('utf-8', errors='replace')
    if proc.returncode < 0:
        try:
            name = signal.Signals(-proc.returncode).name
        except ValueError:
            name = str(-proc.returncode)
        return proc.returncode, stderr_text, f'crashed with signal {name}'
    if proc.returncode not in (0, 1):
        return proc.returncode, stderr_text, f'exit status {proc.returncode} (want 0 or 1)'
    return proc.returncode, stderr_text, None


def check_with_goxx(goxx, path, timeout=TIMEOUT_SECONDS):
    """Checks one corpus file with goxx; returns the list of failure reasons (empty = pass)."""
    expectations = Expectations(path)
    if expectations.problems:
        return expectations.problems
    status, stderr_text, failure = run_checker([goxx, 'check', path], timeout)
    if failure:
        return [failure]
    diagnostics = parse_diagnostics(stderr_text, path, expectations)
    reasons = compare(expectations, diagnostics)
    want = 1 if expectations.expects_errors() else 0
    if status != want:
        reasons.insert(0, f'exit status {status}, want {want}')
    if status == 1 and not diagnostics:
        first = stderr_text.strip().split('\n')[0] if stderr_text.strip() else '(empty stderr)'
        reasons.append(f'exit status 1 but no diagnostic could be read; stderr begins: {first}')
    return reasons


# Go 1.19 words some diagnostics differently from Go 1.22, whose wording the corpus uses. --go rewrites
# 1.19 messages into 1.22 wording with these (pattern, replacement) pairs before comparing; each pattern
# applies to every line of a multi-line message.
KNOWN_GO119_DIFFERENCES = [(re.compile(pattern, re.MULTILINE), replacement) for pattern, replacement in [
    # 1.22 says "expected" where 1.19's parser said "expecting".
    (r'^(syntax error: .*), expecting ', r'\1, expected '),
    # 1.22 moved the variable name to the end, and the import path to the front.
    (r'^(\S+) declared but not used$', r'declared and not used: \1'),
    (r'^imported and not used: (".*") as (\w+)$', r'\1 imported as \2 and not used'),
    (r'^imported and not used: (".*")$', r'\1 imported and not used'),
    # 1.22 says "as T value in" where 1.19 said "as type T in".
    (r'^cannot use (.*) as type (.*?) in (.*)$', r'cannot use \1 as \2 value in \3'),
    # 1.22 says "method M" where 1.19 said "M method" when explaining why T does not implement I.
    (r'\(missing (\w+) method\)', r'(missing method \1)'),
    (r'\((\w+) method has pointer receiver\)', r'(method \1 has pointer receiver)'),
    (r'\(wrong type for (\w+) method\)', r'(wrong type for method \1)'),
    # 1.22 reworded a duplicate method declaration.
    (r'^(\w+)\.(\w+) redeclared in this block', r'method \1.\2 already declared at'),
    # 1.22 says "for built-in len" where 1.19 said "for len".
    (r'^(invalid argument: .*) for (len|cap|real|imag|complex|min|max|clear)$',
     r'\1 for built-in \2'),
    # 1.22 says "to type T" in conversion errors.
    (r'^(cannot convert .*) to (?!type )(\S+)$', r'\1 to type \2'),
    # 1.22 words a type that contains itself directly in one line.
    (r'^invalid recursive type (\w+)\n\t\S+ \1 refers to\n\t\S+ \1$',
     r'invalid recursive type: \1 refers to itself'),
    # 1.22 dropped the quotes around a field name.
    (r"^unknown field '(\w+)' in struct literal", r'unknown field \1 in struct literal'),
    # 1.22 names the literal's type instead of echoing the literal.
    (r'^too few values in (\w+)\{…\}$', r'too few values in struct literal of type \1'),
    (r'^too many values in (\w+)\{…\}$', r'too many values in struct literal of type \1'),
    # 1.22 added the "neither addressable nor a map index expression" explanation.
    (r'^cannot assign to (.*) \((?:value|constant [^)]*) of type [^)]*\)$',
     r'cannot assign to \1 (neither addressable nor a map index expression)'),
    # 1.22 reworded append's first-argument check.
    (r'^invalid argument: (.*) is not a slice$',
     r'first argument to append must be a slice; have \1'),
    # 1.22 reports integer constant conversion overflow concisely (go.dev/issue/63563).
    (r'^cannot convert (-?\d+) \(untyped int constant\) to type (\w+)$',
     r'constant \1 overflows \2'),
]]

# Diagnostics Go 1.19 adds that Go 1.22 does not: 1.19's parser itself rejected a go/defer operand that
# is not a call, on top of the syntax error; 1.22 leaves that to the type checker, which does not run
# once parsing failed.
KNOWN_GO119_EXTRAS = [
    re.compile(r'^expression in (go|defer) must be function call$'),
]


def drop_go119_extras(diagnostics):
    syntax_error_lines = {line for line, msg in diagnostics if msg.startswith('syntax error:')}
    return [(line, msg) for line, msg in diagnostics
            if not (line in syntax_error_lines and any(p.search(msg) for p in KNOWN_GO119_EXTRAS))]


def to_go122_wording(message):
    for pattern, replacement in KNOWN_GO119_DIFFERENCES:
        message = pattern.sub(replacement, message)
    return message


def check_with_go(go, path, timeout=60):
    """Builds one corpus file with real Go; returns (skip reason or None, failure reasons).

    Uses `go build -gcflags=-e` rather than `go vet`: vet stops at the first type error and reports it
    with go/types wording, while the compiler (types2, the same checker Go 1.22 uses) prints all of them.
    """
    expectations = Expectations(path)
    if expectations.problems:
        return None, expectations.problems
    head = '\n'.join(expectations.source_lines[:8])
    if GO122_ONLY_MARKER in head:
        return 'Go 1.22-only rule', []
    # A goxx-only rule rejects a valid Go program: real Go must accept the file as it stands.
    goxx_only = GOXX_ONLY_MARKER in head
    if goxx_only:
        expectations.by_line = {}
    with tempfile.TemporaryDirectory(prefix='goxx-errors-') as tmp:
        copy = os.path.join(tmp, 'x.go')
        shutil.copyfile(path, copy)
        env = dict(os.environ, GOFLAGS='', GO111MODULE='off')
        try:
            proc = subprocess.run([go, 'build', '-gcflags=-e', '-o', os.devnull, 'x.go'], cwd=tmp,
                                  env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, [f'go build timed out after {timeout} s']
        output = proc.stdout.decode('utf-8', errors='replace')
    output = '\n'.join(line for line in output.split('\n') if not line.startswith('#'))
    diagnostics = [(line, to_go122_wording(msg))
                   for line, msg in parse_diagnostics(output, copy, expectations)]
    diagnostics = drop_go119_extras(diagnostics)
    reasons = compare(expectations, diagnostics)
    if proc.returncode != 0 and not diagnostics:
        reasons.append('go build failed without a diagnostic: ' + output.strip()[:200])
    if goxx_only and reasons:
        reasons.insert(0, 'goxx-only file is not valid Go')
    return None, reasons


def default_files():
    here = os.path.dirname(os.path.abspath(__file__))
    return sorted(os.path.join(here, name) for name in os.listdir(here) if name.endswith('.gox'))


def report(results):
    """results: [(path, reasons)]. Prints failures and the summary; returns the exit status."""
    failed = 0
    for path, reasons in results:
        if reasons:
            failed += 1
            print(f'FAIL {os.path.basename(path)}: ' + '; '.join(reasons))
    print(f'{len(results) - failed} passed, {failed} failed')
    return 1 if failed else 0


# ---- self-test: the runner against fake checkers -------------------------------------------------

FAKE_CHECKER = '''#!/bin/sh
# A fake goxx: prints canned stderr (with @FILE@ replaced by the checked path) and exits as told.
[ "$1" = check ] || exit 3
sed "s|@FILE@|$2|g" "{canned}" >&2
{action}
'''

SELF_TEST_CASES = [
    # (name, program, canned stderr, shell action, should pass)
    ('clean file, no output', 'package main\nfunc main() {}\n', '', 'exit 0', True),
    ('clean file, checker reports', 'package main\nfunc main() {}\n',
     '@FILE@:2:6: something\n', 'exit 1', False),
    ('clean file, exit 1 silently', 'package main\nfunc main() {}\n', '', 'exit 1', False),
    ('expected error found, with snippet, caret, continuation, too many errors',
     'package main\nfunc main() {\n\tx := 1 // ERROR "declared and not used: x"\n'
     '\treturn 1, 2 // ERROR "too many return values\\n\\thave \\(number, number\\)"\n}\n',
     '@FILE@:3:2: declared and not used: x\n\tx := 1 // ERROR "declared and not used: x"\n\t^\n'
     '@FILE@:4:9: too many return values\n\thave (number, number)\n\twant ()\ntoo many errors\n',
     'exit 1', True),
    ('wrong message; the snippet holds the regexp text but must not count',
     'package main\nfunc main() {\n\tx := 1 // ERROR "declared and not used: x"\n}\n',
     '@FILE@:3:2: something else\n\tx := 1 // ERROR "declared and not used: x"\n\t^\n',
     'exit 1', False),
    ('diagnostic on the wrong line',
     'package main\nfunc main() {\n\tx := 1 // ERROR "declared and not used"\n}\n',
     '@FILE@:2:2: declared and not used: x\n', 'exit 1', False),
    ('expected error but exit 0',
     'package main\nfunc main() {\n\tx := 1 // ERROR "declared and not used"\n}\n',
     '@FILE@:3:2: declared and not used: x\n', 'exit 0', False),
    ('two regexps, only one matched',
     'package main\nfunc main() {\n\tx, y := 1 // ERROR "assignment mismatch" "undefined"\n}\n',
     '@FILE@:3:10: assignment mismatch: 2 variables but 1 value\n', 'exit 1', False),
    ('two regexps, two diagnostics, in any order',
     'package main\nfunc main() {\n\tx, y := 1 // ERROR "assignment mismatch" `undefined: \\w+`\n}\n',
     '@FILE@:3:2: undefined: q\n@FILE@:3:10: assignment mismatch: 2 variables but 1 value\n',
     'exit 1', True),
    ('extra diagnostic on an annotated line',
     'package main\nfunc main() {\n\tx := y // ERROR "undefined: y"\n}\n',
     '@FILE@:3:7: undefined: y\n@FILE@:3:2: declared and not used: x\n', 'exit 1', False),
    ('checker crashes', 'package main\nfunc main() {}\n', '', 'kill -SEGV $$', False),
    ('checker exits 2', 'package main\nfunc main() {}\n', '', 'exit 2', False),
    ('checker hangs', 'package main\nfunc main() {}\n', '', 'sleep 5; exit 0', False),
    ('malformed annotation', 'package main\nfunc main() {} // ERROR no quotes\n', '', 'exit 1', False),
    ('a note line belongs to the diagnostic before it',
     'package main\nfunc main() {\n\tvar a int\n\tvar a int // ERROR "a redeclared in this block"\n}\n',
     '@FILE@:4:6: a redeclared in this block\n@FILE@:3:6: note: other declaration of a\n',
     'exit 1', True),
    ('a column-less line is not a diagnostic, so a silent failure is caught',
     'package main\nfunc main() {\n\tx := 1 // ERROR "declared and not used: x"\n}\n',
     '@FILE@:3: declared and not used: x\n', 'exit 1', False),
    ('diagnostic about another file',
     'package main\nfunc main() {}\n', 'other.gox:2:1: elsewhere\n', 'exit 1', False),
    ('an "error: " prefix before the message',
     'package main\nfunc main() {\n\tx := 1 // ERROR "declared and not used: x"\n}\n',
     '@FILE@:3:2: error: declared and not used: x\n', 'exit 1', True),
]


def self_test():
    failures = 0
    with tempfile.TemporaryDirectory(prefix='run-errors-selftest-') as tmp:
        for index, (name, program, canned, action, should_pass) in enumerate(SELF_TEST_CASES):
            canned_path = os.path.join(tmp, f'canned{index}.txt')
            with open(canned_path, 'w', encoding='utf-8') as f:
                f.write(canned)
            fake = os.path.join(tmp, f'fake{index}.sh')
            with open(fake, 'w', encoding='utf-8') as f:
                f.write(FAKE_CHECKER.format(canned=canned_path, action=action))
            os.chmod(fake, 0o755)
            program_path = os.path.join(tmp, f'case{index}.gox')
            with open(program_path, 'w', encoding='utf-8') as f:
                f.write(program)
            reasons = check_with_goxx(fake, program_path, timeout=1)
            passed = not reasons
            verdict = 'ok  ' if passed == should_pass else 'FAIL'
            if passed != should_pass:
                failures += 1
            detail = '; '.join(reasons) if reasons else 'passes'
            print(f'{verdict} {name}: {detail}')
    print(f'{len(SELF_TEST_CASES) - failures} passed, {failures} failed')
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument('--goxx', metavar='PATH', help='the goxx driver to check the corpus with')
    mode.add_argument('--go', action='store_true',
                      help='sanity-check the corpus with real Go (see --go-tool)')
    mode.add_argument('--self-test', action='store_true', help='test this runner on fake checkers')
    parser.add_argument('--go-tool', default='go', metavar='PATH', help='the go command for --go')
    parser.add_argument('files', nargs='*', help='.gox files (default: every *.gox in this folder)')
    args = parser.parse_args()

    if args.self_test:
        return self_test()
    files = args.files or default_files()
    if args.goxx:
        return report([(path, check_with_goxx(args.goxx, path)) for path in files])
    results = []
    skipped = []
    for path in files:
        skip, reasons = check_with_go(args.go_tool, path)
        if skip:
            skipped.append(f'{os.path.basename(path)} ({skip})')
            continue
        results.append((path, reasons))
    if skipped:
        print('skipped: ' + ', '.join(skipped))
    return report(results)


if __name__ == '__main__':
    sys.exit(main())
