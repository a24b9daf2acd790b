#!/usr/bin/env python3
# run_gdb_test.py — the gdb/goroutines test: debugs parked_goroutines with gdb in batch mode and checks
# what the goxx gdb support (runtime/gdb/goxx_gdb.py) reports.
#
# The program is never told about the script: it must come from the .debug_gdb_scripts section libgoxxrt
# embeds (gdb runs with -nx, and with the auto-load safe-path opened so that gdb agrees to load it).
#
# Expected values come from the test program's source, not from the script: the goroutine ids follow the
# spawn order of parked_goroutines.cpp, the states are Go's wait-reason strings (Go's runtime2.go, as Go
# prints them in tracebacks: "chan receive", "chan send", "select", "sleep", "sync.WaitGroup.Wait"), and the
# positions are lines of parked.gox — this driver first checks that each of those lines holds the
# statement it is supposed to, so the two files cannot drift apart silently.
#
# Checked:
#   1. the script was auto-loaded (info auto-load python-scripts);
#   2. `info goroutines` lists exactly goroutines 1-7; 1 (at the breakpoint) and 7 (spinning) are marked
#      running on two different threads, 1 on the thread that hit the breakpoint; 2-6 show their wait reason
#      and park position;
#   3. `goroutine N bt` shows each goroutine's own function (parked: loaded from its saved context;
#      running: on its thread), and not the breakpoint thread's stack;
#   4. the selected thread's registers are the same before and after, also after a command that fails
#      inside `goroutine N ...`; and the program, continued, exits normally (its registers were restored);
#   5. an unknown goroutine id is an error.
import argparse
import os
import re
import subprocess
import sys

BREAKPOINT = "goxx_test_breakpoint"

# id -> (state, Go function of the park site, parked.gox line, statement on that line, C++ function that
# must appear in the goroutine's backtrace)
PARKED = {
    2: ("chan receive", "main.receiver", 13, "<-never", "parkInChanReceive"),
    3: ("chan send", "main.sender", 18, "unread <- 1", "parkInChanSend"),
    4: ("select", "main.selector", 23, "select {", "parkInSelect"),
    5: ("sleep", "main.sleeper", 31, "time.Sleep(time.Hour)", "parkInSleep"),
    6: ("sync.WaitGroup.Wait", "main.waiter", 36, "wg.Wait()", "parkInWaitGroupWait"),
}
# Goroutines running on a thread when main stops: id -> C++ function in their backtrace.
RUNNING = {1: BREAKPOINT, 7: "spinOnThread"}

MARK = "@@goxx-test@@"


class Failures:
    def __init__(self):
        self.messages = []

    def check(self, condition, message):
        if not condition:
            self.messages.append(message)
        return condition


def check_gox_source(path, failures):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for gid, (_, _, line, statement, _) in PARKED.items():
        text = lines[line - 1] if line <= len(lines) else ""
        failures.check(statement in text,
                       "parked.gox:%d should hold `%s` (goroutine %d's park site), has %r"
                       % (line, statement, gid, text.strip()))


def gdb_commands():
    """The batch session: (section name, gdb command) pairs. Each section's output follows its marker."""
    steps = [
        ("autoload", "info auto-load python-scripts"),
        ("info", "info goroutines"),
        ("regs-before", "printf \"pc=%#lx sp=%#lx\\n\", $pc, $sp"),
    ]
    for gid in sorted(list(PARKED) + list(RUNNING)):
        steps.append(("bt-%d" % gid, "goroutine %d bt" % gid))
    steps += [
        ("regs-after-bt", "printf \"pc=%#lx sp=%#lx\\n\", $pc, $sp"),
        ("failing", "goroutine 3 frame 9999"),
        ("regs-after-error", "printf \"pc=%#lx sp=%#lx\\n\", $pc, $sp"),
        ("unknown", "goroutine 9999 bt"),
        ("continue", "continue"),
    ]
    return steps


def run_gdb(gdb, program, timeout):
    args = [gdb, "-nx", "-batch",
            "-iex", "set auto-load safe-path /",
            "-ex", "set pagination off",
            "-ex", "set confirm off",
            "-ex", "break " + BREAKPOINT,
            "-ex", "run",
            "-ex", "echo %s stop\\n" % MARK]
    for name, command in gdb_commands():
        args += ["-ex", "echo %s %s\\n" % (MARK, name), "-ex", command]
    args.append(program)
    env = dict(os.environ, GOMAXPROCS="2")  # the spinning goroutine needs a second P
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                            timeout=timeout, text=True, errors="replace")
    return result.stdout


def split_sections(output):
    sections = {"start": []}
    current = "start"
    for line in output.split("\n"):
        if line.startswith(MARK + " "):
            current = line[len(MARK) + 1:].strip()
            sections[current] = []
            continue
        sections[current].append(line)
    return {name: "\n".join(lines) for name, lines in sections.items()}


def check_listing(sections, failures):
    stop = re.search(r'Thread (\d+) "[^"]*" hit Breakpoint 1, ' + BREAKPOINT, sections["start"])
    if not failures.check(stop is not None, "the program did not stop at %s" % BREAKPOINT):
        return
    breakpoint_thread = int(stop.group(1))
    failures.check(re.search(r"^Yes\s+goxx_gdb\.py\s*$", sections.get("autoload", ""), re.M) is not None,
                   "goxx_gdb.py was not auto-loaded from .debug_gdb_scripts")

    listing = sections.get("info", "")
    rows = {}
    for line in listing.split("\n"):
        row = re.match(r"^([* ]) +(\d+) +(.*)$", line)
        if row:
            rows[int(row.group(2))] = (row.group(1), row.group(3))
    failures.check(sorted(rows) == sorted(list(PARKED) + list(RUNNING)),
                   "info goroutines lists goroutines %s, expected %s"
                   % (sorted(rows), sorted(list(PARKED) + list(RUNNING))))

    threads = {}
    for gid in RUNNING:
        mark, rest = rows.get(gid, (None, ""))
        m = re.match(r"^running +thread (\d+) +\S", rest)
        if failures.check(mark == "*" and m is not None,
                          "goroutine %d should be '* %d running thread N <position>', got %r"
                          % (gid, gid, (mark, rest))):
            threads[gid] = int(m.group(1))
    if len(threads) == len(RUNNING):
        failures.check(threads[1] == breakpoint_thread,
                       "goroutine 1 is listed on thread %d, but thread %d hit the breakpoint"
                       % (threads[1], breakpoint_thread))
        failures.check(len(set(threads.values())) == len(threads),
                       "running goroutines share a thread: %s" % threads)

    for gid, (state, function, line, _, _) in PARKED.items():
        mark, rest = rows.get(gid, (None, ""))
        expected = r"^%s +%s +parked\.gox:%d$" % (re.escape(state), re.escape(function), line)
        failures.check(mark == " " and re.match(expected, rest) is not None,
                       "goroutine %d should be '  %d %s %s parked.gox:%d', got %r"
                       % (gid, gid, state, function, line, (mark, rest)))


def frames_of(text):
    return [line for line in text.split("\n") if re.match(r"^#\d+ ", line)]


def check_backtraces(sections, failures):
    for gid, (_, _, _, _, function) in PARKED.items():
        frames = frames_of(sections.get("bt-%d" % gid, ""))
        failures.check(any(function in f for f in frames),
                       "goroutine %d bt lacks %s:\n%s" % (gid, function, "\n".join(frames)))
        failures.check(not any(BREAKPOINT in f for f in frames),
                       "goroutine %d bt shows the breakpoint thread's stack" % gid)
        # A clean unwind: it starts in the context switch the goroutine is suspended in, and no frame is
        # unknown (a wrongly loaded register makes gdb guess, which shows as "?? ()").
        failures.check(bool(frames) and "goxx_ctx_switch" in frames[0],
                       "goroutine %d bt does not start in goxx_ctx_switch:\n%s" % (gid, "\n".join(frames)))
        failures.check(not any(" ?? (" in f for f in frames),
                       "goroutine %d bt has unknown frames:\n%s" % (gid, "\n".join(frames)))
        # Parked in the runtime's park(): the backtrace must come through it, down to the goroutine's entry.
        failures.check(any("goxx::park" in f for f in frames) and any("gEntry" in f for f in frames),
                       "goroutine %d bt does not run from gEntry to goxx::park:\n%s" % (gid, "\n".join(frames)))
    for gid, function in RUNNING.items():
        frames = frames_of(sections.get("bt-%d" % gid, ""))
        failures.check(any(function in f for f in frames),
                       "goroutine %d bt lacks %s:\n%s" % (gid, function, "\n".join(frames)))


def check_restoration(sections, failures):
    before = re.search(r"pc=\S+ sp=\S+", sections.get("regs-before", ""))
    if not failures.check(before is not None, "could not read $pc/$sp before the goroutine commands"):
        return
    for name in ("regs-after-bt", "regs-after-error"):
        after = re.search(r"pc=\S+ sp=\S+", sections.get(name, ""))
        failures.check(after is not None and after.group(0) == before.group(0),
                       "registers not restored (%s): before %s, after %s"
                       % (name, before.group(0), after.group(0) if after else None))
    failures.check("No frame at level 9999" in sections.get("failing", ""),
                   "the failing command inside `goroutine 3` did not report its error: %r"
                   % sections.get("failing", ""))
    failures.check("no goroutine 9999" in sections.get("unknown", ""),
                   "`goroutine 9999 bt` did not say there is no such goroutine: %r" % sections.get("unknown", ""))
    failures.check(re.search(r"\[Inferior 1 \(process \d+\) exited normally\]", sections.get("continue", ""))
                   is not None,
                   "the program, continued after the inspection, did not exit normally: %r"
                   % sections.get("continue", ""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gdb", required=True)
    parser.add_argument("--program", required=True)
    parser.add_argument("--gox", required=True, help="parked.gox, the source of the expected positions")
    parser.add_argument("--timeout", type=int, default=240)
    args = parser.parse_args()

    failures = Failures()
    check_gox_source(args.gox, failures)
    try:
        output = run_gdb(args.gdb, args.program, args.timeout)
    except FileNotFoundError:
        print("FAIL: cannot run gdb (%s); tools/setup.sh installs it" % args.gdb)
        return 1
    except subprocess.TimeoutExpired:
        print("FAIL: gdb did not finish within %d s" % args.timeout)
        return 1
    sections = split_sections(output)
    check_listing(sections, failures)
    check_backtraces(sections, failures)
    check_restoration(sections, failures)
    if failures.messages:
        print(output)
        print("----")
        for message in failures.messages:
            print("FAIL:", message)
        return 1
    print(sections.get("info", ""))
    print("PASS: %d goroutines listed and backtraced" % (len(PARKED) + len(RUNNING)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
