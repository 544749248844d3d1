"""Package log: the standard logger and *log.Logger (go1.27 ``src/log/log.go``).

Each entry is one write: the header (``formatHeader``: prefix, date and time from the virtual
clock, file:line), the message, and a newline if the message lacks one.  Fatal* then exit 1
(deferred calls lost), Panic* then panic with the message.

Invariant: the standard logger's settings belong to one run (kept per Runtime), so a SetFlags in
one simulation never leaks into the next.
"""
from __future__ import annotations

import datetime
import weakref

from ..runtime import current
from ..runtime.errors import ExitProcess
from ..tracing.recorder import KIND_MASK
from . import output
from .fmtpkg import write_to
from .gofmt import sprint, sprintf, sprintln
from .libstruct import LibStruct
from .registry import Package
from .syncpkg import gopanic
from .timepkg import EPOCH_UNIX

log = Package("log")

Ldate, Ltime, Lmicroseconds, Llongfile, Lshortfile, LUTC, Lmsgprefix = 1, 2, 4, 8, 16, 32, 64
LstdFlags = Ldate | Ltime
for _name, _v in (("Ldate", Ldate), ("Ltime", Ltime), ("Lmicroseconds", Lmicroseconds),
                  ("Llongfile", Llongfile), ("Lshortfile", Lshortfile), ("LUTC", LUTC),
                  ("Lmsgprefix", Lmsgprefix), ("LstdFlags", LstdFlags)):
    log.const(_name, "untyped int", _v)

#: the wall clock at virtual time 0 (timepkg's; the recordings' machine runs in UTC: local == UTC)
EPOCH = datetime.datetime.fromtimestamp(EPOCH_UNIX, datetime.timezone.utc)
#: Fatal's exit status (log.go: os.Exit(1))
FATAL_STATUS = 1


def virtual_wall(rt) -> datetime.datetime:
    ns = rt.now()
    return EPOCH + datetime.timedelta(microseconds=ns // 1000)


def _caller(rt) -> tuple[str, int]:
    """file and line of the statement the running goroutine is executing."""
    codes = rt.rec.codes
    for i in range(len(codes) - 1, max(-1, len(codes) - 10_000), -1):
        c = codes[i]
        if c & KIND_MASK == 0 and c >> 8:
            pos = rt.rec.positions[c >> 8]
            if pos is not None:
                return pos.file, pos.line
    return "???", 1


def format_header(rt, prefix: str, flag: int) -> str:
    out = [] if flag & Lmsgprefix else [prefix]
    if flag & (Ldate | Ltime | Lmicroseconds):
        t = virtual_wall(rt)
        if flag & Ldate:
            out.append(f"{t.year:04d}/{t.month:02d}/{t.day:02d} ")
        if flag & (Ltime | Lmicroseconds):
            out.append(f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}")
            if flag & Lmicroseconds:
                out.append(f".{t.microsecond:06d}")
            out.append(" ")
    if flag & (Lshortfile | Llongfile):
        file, line = _caller(rt)
        if flag & Lshortfile:
            file = file.rsplit("/", 1)[-1]
        out.append(f"{file}:{line}: ")
    if flag & Lmsgprefix:
        out.append(prefix)
    return "".join(out)


@log.type("Logger", "struct{}")
class Logger(LibStruct):
    """*log.Logger.  ``out`` None means the process's stderr (the standard logger's default)."""
    _fields = ()
    _go_methods = {
        "Print": "func(v ...any)", "Printf": "func(format string, v ...any)",
        "Println": "func(v ...any)", "Fatal": "func(v ...any)",
        "Fatalf": "func(format string, v ...any)", "Fatalln": "func(v ...any)",
        "Panic": "func(v ...any)", "Panicf": "func(format string, v ...any)",
        "Panicln": "func(v ...any)", "SetFlags": "func(flag int)", "Flags": "func() int",
        "SetPrefix": "func(prefix string)", "Prefix": "func() string",
        "SetOutput": "func(w io.Writer)", "Writer": "func() io.Writer",
        "Output": "func(calldepth int, s string) error"}

    def __init__(self, out=None, prefix: str = "", flag: int = LstdFlags):
        self.out, self.prefix, self.flag = out, prefix, flag

    def _output(self, s: str):
        rt = current()
        text = format_header(rt, self.prefix, self.flag) + s
        if not s.endswith("\n"):
            text += "\n"
        if self.out is None:
            output.write("stderr", text)
            return None
        _, err = write_to(self.out, text)
        return err

    def Output(self, calldepth, s):
        return self._output(s)

    def Print(self, v):
        self._output(sprint(v))

    def Printf(self, format, v):
        self._output(sprintf(format, v))

    def Println(self, v):
        self._output(sprintln(v))

    def Fatal(self, v):
        self._output(sprint(v))
        raise ExitProcess(FATAL_STATUS, "log.Fatal")

    def Fatalf(self, format, v):
        self._output(sprintf(format, v))
        raise ExitProcess(FATAL_STATUS, "log.Fatal")

    def Fatalln(self, v):
        self._output(sprintln(v))
        raise ExitProcess(FATAL_STATUS, "log.Fatal")

    def Panic(self, v):
        self._panic(sprint(v))

    def Panicf(self, format, v):
        self._panic(sprintf(format, v))

    def Panicln(self, v):
        self._panic(sprintln(v))

    def _panic(self, s: str):
        self._output(s)
        raise gopanic(s)

    def SetFlags(self, flag):
        self.flag = flag

    def Flags(self):
        return self.flag

    def SetPrefix(self, prefix):
        self.prefix = prefix

    def Prefix(self):
        return self.prefix

    def SetOutput(self, w):
        self.out = w

    def Writer(self):
        if self.out is None:
            from .ospkg import Stderr
            return Stderr
        return self.out


_std: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def std() -> Logger:
    """The standard logger of the running program."""
    rt = current()
    lg = _std.get(rt)
    if lg is None:
        lg = _std[rt] = Logger()
    return lg


@log.func("func New(out io.Writer, prefix string, flag int) *Logger")
def New(out, prefix, flag):
    return Logger(out, prefix, flag)


@log.func("func Default() *Logger")
def Default():
    return std()


def _delegate(name: str, sig: str):
    def fn(*args):
        return getattr(std(), name)(*args)
    fn.__name__ = name
    log.func(f"func {name}{sig}")(fn)


for _name, _sig in Logger._go_methods.items():
    _delegate(_name, _sig[len("func"):])
