# goxx_gdb.py — gdb commands for programs built on libgoxxrt (the goxx goroutine runtime).
#
# Consumes: the inferior's debug information for the runtime (the layout of goxx::G, goxx::rt::Stack,
# goxx::SrcPos and the enums GStatus and WaitReason) and two variables of runtime/src/sched: the head of the
# all-goroutines list, `goxx::rt::(anonymous namespace)::allgHead`, and the thread_local
# `goxx::rt::(anonymous namespace)::tlsM`. Produces two commands:
#
#   info goroutines          one line per live goroutine: id, state (Go's names: running, runnable, syscall,
#                            or the wait reason such as "chan receive"), the gdb thread running it, and its
#                            position: the park site when parked, the thread's current frame when running,
#                            else the spawn site. Goroutines running on a thread are marked with '*'.
#   goroutine ID CMD...      runs gdb command CMD (bt, frame, info locals, ...) as if goroutine ID were
#                            the selected thread. ID may be "all".
#
# Loaded automatically from the .debug_gdb_scripts section libgoxxrt puts in every program (inline form, see
# runtime/gdb/debug_gdb_scripts.S.in), or by hand with `source goxx_gdb.py`. Loading it twice is harmless:
# registering a command again replaces it.
#
# Nothing here writes to the inferior's memory. `goroutine ID CMD` on a goroutine that is not on a thread
# temporarily rewrites the registers of the selected thread (see GoroutineRegisters); they are restored
# before the command returns, also when CMD fails or is interrupted.

import gdb

ALLG_HEAD = "goxx::rt::(anonymous namespace)::allgHead"
THREAD_M = "goxx::rt::(anonymous namespace)::tlsM"

# The walk of the goroutine list stops here: a corrupted list must not hang the debugger.
MAX_GOROUTINES = 10_000_000

# How Go spells each goxx::WaitReason (runtime/src/sched/goroutine_list.cpp, waitReasonString, which
# follows Go's runtime2.go). Keyed by enumerator name so a reordering of the enum changes nothing here; an
# enumerator missing from this table is shown by its name.
WAIT_REASONS = {
    "None": "waiting",
    "ChanReceive": "chan receive",
    "ChanSend": "chan send",
    "ChanReceiveNilChan": "chan receive (nil chan)",
    "ChanSendNilChan": "chan send (nil chan)",
    "Select": "select",
    "SelectNoCases": "select (no cases)",
    "Sleep": "sleep",
    "WaitGroupWait": "sync.WaitGroup.Wait",
    "MutexLock": "sync.Mutex.Lock",
    "RWMutexRLock": "sync.RWMutex.RLock",
    "RWMutexLock": "sync.RWMutex.Lock",
    "CondWait": "sync.Cond.Wait",
    "IOWait": "IO wait",
    "Forever": "forever",
}

# How far up a running thread's stack `info goroutines` looks for a frame in .gox source.
GOX_FRAME_SEARCH_DEPTH = 64


# ---- reading runtime values ------------------------------------------------------------------------------

def scalar(value):
    """The integer or enum inside value, looking through std::atomic wrappers (libstdc++'s _M_i/_M_base,
    libc++'s __a_/__a_value): a wrapper is a struct whose first data member leads to the scalar."""
    for _ in range(8):
        t = value.type.strip_typedefs()
        if t.code != gdb.TYPE_CODE_STRUCT:
            return value
        data = [f for f in t.fields() if hasattr(f, "bitpos")]  # static members have no bitpos
        if not data:
            break
        value = value[data[0]]
    raise gdb.GdbError("goxx: cannot read a scalar out of %s" % value.type)


def enumerator_name(value):
    """The unqualified name of an enum value ("Waiting", not "goxx::rt::GStatus::Waiting")."""
    value = scalar(value)
    number = int(value)
    for field in value.type.strip_typedefs().fields():
        if field.enumval == number:
            return field.name.split("::")[-1]
    return str(number)


def c_string(pointer):
    if int(pointer) == 0:
        return None
    try:
        return pointer.string()
    except gdb.MemoryError:
        return "<unreadable>"


class SourcePosition:
    """A goxx::SrcPos, or a gdb symtab position, as function and file:line."""

    def __init__(self, function, file, line):
        self.function = function
        self.file = file
        self.line = line

    @staticmethod
    def from_srcpos(pointer):
        if int(pointer) == 0:
            return None
        pos = pointer.dereference()
        return SourcePosition(c_string(pos["function"]), c_string(pos["file"]), int(pos["line"]))

    def __str__(self):
        where = "%s:%d" % (self.file, self.line) if self.file else "?"
        return "%s  %s" % (self.function or "?", where)


class Goroutine:
    """A snapshot of one goxx::G, read while the inferior is stopped."""

    def __init__(self, g):
        self.address = int(g)
        self.id = int(g["id"])
        self.status = enumerator_name(g["status"])
        self.wait_reason = enumerator_name(g["waitReason"])
        self.is_main = bool(g["isMain"])
        self.park_pos = SourcePosition.from_srcpos(g["parkPos"])
        self.spawn_pos = SourcePosition.from_srcpos(g["spawnPos"])
        self.parent_id = int(g["parentId"])
        self.saved_sp = saved_stack_pointer(g["ctx"])
        stack = g["stack"]
        if int(stack) != 0:
            self.stack_lo = int(stack["lo"])
            self.stack_hi = self.stack_lo + int(stack["size"])
        else:
            self.stack_lo = self.stack_hi = 0
        self.thread = None  # the gdb.InferiorThread running it, filled in by find_threads

    def state(self):
        """Go's word for the state, as its tracebacks print it: "chan receive", "running", ..."""
        if self.status == "Waiting":
            return WAIT_REASONS.get(self.wait_reason, self.wait_reason)
        return self.status.lower()

    def owns_address(self, address):
        return self.stack_lo <= address < self.stack_hi


def saved_stack_pointer(ctx):
    """The stack pointer a switched-out goroutine resumes from; None with the ucontext fallback, whose
    saved state this script does not decode."""
    t = ctx.type.strip_typedefs()
    if any(f.name == "sp" for f in t.fields()):
        return int(ctx["sp"])
    return None


def all_goroutines():
    """Every goroutine on the runtime's all-goroutines list, lowest id first."""
    live_threads()  # a program that is not running has no goroutines, only a zeroed list head
    symbol = gdb.lookup_static_symbol(ALLG_HEAD)
    if symbol is None:
        raise gdb.GdbError("goxx: no symbol %s: is this a goxx program with debug information for "
                           "libgoxxrt?" % ALLG_HEAD)
    goroutines = []
    g = symbol.value()
    while int(g) != 0 and len(goroutines) < MAX_GOROUTINES:
        try:
            goroutines.append(Goroutine(g))
            g = g["allNext"]
        except gdb.MemoryError:
            gdb.write("goxx: goroutine list unreadable at %#x; listing what was read\n" % int(g))
            break
    goroutines.sort(key=lambda gr: gr.id)
    return goroutines


def live_threads():
    inferior = gdb.selected_inferior()
    if inferior is None or inferior.pid == 0:
        raise gdb.GdbError("goxx: the program is not running")
    return [t for t in inferior.threads() if t.is_valid() and not t.is_exited()]


class PreservedSelection:
    """Restores the selected thread and frame level on exit (a `with` block)."""

    def __enter__(self):
        self.thread = gdb.selected_thread()
        try:
            self.frame_level = gdb.selected_frame().level()
        except gdb.error:
            self.frame_level = None
        return self

    def __exit__(self, *exc):
        if self.thread is not None and self.thread.is_valid():
            self.thread.switch()
            if self.frame_level is not None:
                select_frame_level(self.frame_level)
        return False


def select_frame_level(level):
    frame = gdb.newest_frame()
    while frame is not None and frame.level() < level:
        frame = frame.older()
    if frame is not None:
        frame.select()


def find_threads(goroutines):
    """Sets .thread on each goroutine that a thread is running.

    A thread runs goroutine G when its stack pointer lies in G's stack. That needs nothing but memory and
    registers (no thread-local-storage support from libthread_db). A thread whose
    stack pointer is elsewhere (on the scheduler's own stack, a signal stack or in libc on a thread stack)
    falls back to the runtime's own record: its M (thread_local tlsM) and the M's current goroutine."""
    by_address = {g.address: g for g in goroutines}
    tls_symbol = gdb.lookup_static_symbol(THREAD_M)
    with PreservedSelection():
        for thread in live_threads():
            thread.switch()
            try:
                sp = int(gdb.newest_frame().read_register("sp"))
            except gdb.error:
                continue
            owner = next((g for g in goroutines if g.owns_address(sp)), None)
            if owner is None and tls_symbol is not None:
                owner = goroutine_of_thread_m(tls_symbol, by_address)
            if owner is not None and owner.thread is None:
                owner.thread = thread


def goroutine_of_thread_m(tls_symbol, by_address):
    """The goroutine that the selected thread's M says it runs, if any (the M is thread-local)."""
    try:
        m = tls_symbol.value(gdb.newest_frame())
        if int(m) == 0:
            return None
        curg = m["curg"]
        return by_address.get(int(curg))
    except gdb.error:
        return None  # no TLS support (static binary without libthread_db, some core files)


def current_position(thread):
    """Where a running goroutine is: the innermost frame in .gox source, else the innermost frame."""
    with PreservedSelection():
        thread.switch()
        frame = gdb.newest_frame()
        innermost = None
        depth = 0
        while frame is not None and depth < GOX_FRAME_SEARCH_DEPTH:
            sal = frame.find_sal()
            file = sal.symtab.filename if sal.symtab is not None else None
            pos = SourcePosition(frame.name(), file, sal.line)
            if innermost is None:
                innermost = pos
            if file is not None and file.endswith(".gox"):
                return pos
            try:
                frame = frame.older()
            except gdb.error:
                break
            depth += 1
        return innermost


# ---- info goroutines -------------------------------------------------------------------------------------

def describe_location(g):
    if g.park_pos is not None:
        return str(g.park_pos)
    if g.thread is not None:
        pos = current_position(g.thread)
        if pos is not None:
            return str(pos)
    if g.spawn_pos is not None:
        return "created by %s in goroutine %d" % (g.spawn_pos, g.parent_id)
    if g.is_main:
        return "main.main"
    return "?"


class InfoGoroutines(gdb.Command):
    """List the goroutines of a goxx program.

One line per live goroutine, lowest id first:
  MARK ID STATE THREAD FUNCTION FILE:LINE
MARK is '*' for a goroutine running on a thread, THREAD is that thread's gdb number (use `thread N`).
STATE is Go's: running, runnable, syscall, or why the goroutine is parked ("chan receive", "select",
"sleep", "sync.WaitGroup.Wait", ...). The position is where a parked goroutine parked, where a running
one is now (its innermost .gox frame if any), else the `go` statement that created it."""

    def __init__(self):
        super().__init__("info goroutines", gdb.COMMAND_STACK, gdb.COMPLETE_NONE)

    def invoke(self, arg, from_tty):
        goroutines = all_goroutines()
        find_threads(goroutines)
        gdb.write("  %-5s %-24s %-10s %s\n" % ("Id", "State", "Thread", "Location"))
        for g in goroutines:
            mark = "*" if g.thread is not None else " "
            thread = "thread %d" % g.thread.num if g.thread is not None else ""
            gdb.write("%s %-5d %-24s %-10s %s\n" % (mark, g.id, g.state(), thread, describe_location(g)))


# ---- goroutine ID CMD ------------------------------------------------------------------------------------

# The registers of the x86-64 frame goxx_ctx_switch leaves on a suspended stack
# (runtime/src/context/context_x86_64.S), by offset from the saved stack pointer.
X86_64_SAVED_REGISTERS = (("r15", 8), ("r14", 16), ("r13", 24), ("r12", 32), ("rbx", 40), ("rbp", 48))
X86_64_RETURN_ADDRESS_OFFSET = 56
X86_64_RESTORED_REGISTERS = ("rip", "rsp", "rbp", "rbx", "r12", "r13", "r14", "r15")


class GoroutineRegisters:
    """Makes the selected thread look like a switched-out goroutine for the length of a `with` block.

    Invariants: the goroutine is not on any thread, so its saved frame at ctx.sp is stable while the
    inferior is stopped. Only frame 0 of the selected thread is written (writing a register in an outer
    frame would write the stack slot where it was saved). Every register written is read first and written
    back in __exit__, which runs on success, on gdb.error and on KeyboardInterrupt alike; the frame selection
    is restored after the registers.

    The registers are those of a call to goxx_ctx_switch that has just been made: rip at its first
    instruction, rsp at the return address, the callee-saved registers as the caller had them (which is what
    goxx_ctx_switch pushed). At that point the function's CFI is exact, so gdb unwinds into contextSwitch and
    on through the goroutine's frames, and reports caller lines at the call, not after it."""

    def __init__(self, saved_sp):
        self.saved_sp = saved_sp

    def __enter__(self):
        arch = gdb.selected_inferior().architecture().name()
        if "x86-64" not in arch:
            raise gdb.GdbError("goxx: backtraces of parked goroutines need the x86-64 context switch "
                               "(this is %s)" % arch)
        # An assembly symbol: a minimal (ELF) symbol only, which parse_and_eval finds and lookup_symbol
        # does not.
        entry_address = int(gdb.parse_and_eval("(long)&goxx_ctx_switch"))
        self.selection = PreservedSelection().__enter__()
        gdb.newest_frame().select()
        frame = gdb.selected_frame()
        self.original = {r: int(frame.read_register(r)) for r in X86_64_RESTORED_REGISTERS}
        loaded = {"rip": entry_address, "rsp": self.saved_sp + X86_64_RETURN_ADDRESS_OFFSET}
        inferior = gdb.selected_inferior()
        for name, offset in X86_64_SAVED_REGISTERS:
            loaded[name] = int.from_bytes(inferior.read_memory(self.saved_sp + offset, 8), "little")
        try:
            self.write_registers(loaded)
        except BaseException:
            self.write_registers(self.original)
            raise
        return self

    def __exit__(self, *exc):
        try:
            self.write_registers(self.original)
        finally:
            self.selection.__exit__(*exc)
        return False

    @staticmethod
    def write_registers(values):
        # Frame 0 only: see the class comment. gdb flushes its frame cache after each write.
        for name, value in values.items():
            gdb.newest_frame().select()
            gdb.execute("set $%s = %d" % (name, value), to_string=True)


def run_in_goroutine(g, command):
    if g.thread is not None:
        with PreservedSelection():
            g.thread.switch()
            gdb.execute(command)
        return
    if g.status == "Dead" or not g.saved_sp:
        raise gdb.GdbError("goxx: goroutine %d has no saved context (status %s)" % (g.id, g.status.lower()))
    with GoroutineRegisters(g.saved_sp):
        gdb.execute(command)


class GoroutineCommand(gdb.Command):
    """Run a gdb command in the context of a goroutine: goroutine ID CMD...

ID is a goroutine id as `info goroutines` lists it, or "all". Examples:
  goroutine 7 bt         backtrace of goroutine 7, running or parked
  goroutine 7 frame 3    show its frame 3 (parked goroutines: only until this command returns)
  goroutine all bt
A running goroutine's command runs on its thread. For one that is parked or runnable, the selected thread's
registers are loaded from the goroutine's saved context for the duration of the command and then restored."""

    def __init__(self):
        super().__init__("goroutine", gdb.COMMAND_STACK, gdb.COMPLETE_COMMAND)

    def invoke(self, arg, from_tty):
        words = arg.split(None, 1)
        if len(words) < 2:
            raise gdb.GdbError("usage: goroutine ID|all CMD...")
        target, command = words
        goroutines = all_goroutines()
        find_threads(goroutines)
        if target == "all":
            for g in goroutines:
                gdb.write("\ngoroutine %d [%s]:\n" % (g.id, g.state()))
                try:
                    run_in_goroutine(g, command)
                except gdb.error as e:
                    gdb.write("goxx: %s\n" % e)
            return
        try:
            wanted = int(target, 0)
        except ValueError:
            raise gdb.GdbError("goxx: %r is not a goroutine id" % target)
        for g in goroutines:
            if g.id == wanted:
                run_in_goroutine(g, command)
                return
        raise gdb.GdbError("goxx: no goroutine %d" % wanted)


InfoGoroutines()
GoroutineCommand()
