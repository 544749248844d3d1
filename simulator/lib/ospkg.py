"""Package os (the process part): Exit, Getpid, Args, Getenv, Stdout/Stderr/Stdin, the Signal
interface with Interrupt and Kill, FindProcess and *Process.Signal/Kill.

os.Stdout and os.Stderr are ``*os.File`` values that write through ``output.write`` (one call,
one write(2): Go's os.Stdout is unbuffered), so fmt.Fprint* and w.Write([]byte) both work.
"""
from __future__ import annotations

from pathlib import PurePosixPath

from ..runtime import current
from ..runtime.errors import ExitProcess
from ..runtime.sigqueue import SIGKILL, kill_self
from ..values import GoSlice
from .errorspkg import ErrorString
from .output import StdStream
from .registry import Package
from .syscallpkg import PID, PPID, LazyVar, signal_value, signum

os_ = Package("os")

os_.type("Signal", "interface{ String() string; Signal() }")
os_.vars["Interrupt"] = LazyVar("Interrupt", "Signal", lambda: signal_value(2))
os_.vars["Kill"] = LazyVar("Kill", "Signal", lambda: signal_value(SIGKILL))

ErrProcessDone = ErrorString("os: process already finished")
os_.var("ErrProcessDone", "error", ErrProcessDone)
ErrInvalid = ErrorString("invalid argument")
os_.var("ErrInvalid", "error", ErrInvalid)
# the io/fs errors os re-exports (oserror: errors.New values, compared by identity)
for _name, _text in (("ErrPermission", "permission denied"), ("ErrExist", "file already exists"),
                     ("ErrNotExist", "file does not exist"), ("ErrClosed", "file already closed"),
                     ("ErrDeadlineExceeded", "i/o timeout"), ("ErrNoDeadline", "file type does not support deadline")):
    os_.var(_name, "error", ErrorString(_text))
ErrUnsupportedSignal = ErrorString("os: unsupported signal type")


# -- exit ----------------------------------------------------------------------------------------
@os_.func("func Exit(code int)")
def Exit(code):
    """The process ends now with status code & 0xff; deferred calls do not run."""
    raise ExitProcess(code & 0xFF, f"os.Exit({code})")


@os_.func("func Getpid() int")
def Getpid():
    return PID


@os_.func("func Getppid() int")
def Getppid():
    return PPID


def program_name() -> str:
    """os.Args[0]: the binary as ``go build`` + ``./name`` starts it."""
    return "./" + PurePosixPath(current().program.filename).stem


def _args():
    """os.Args: just the program name (a simulated program gets no arguments)."""
    return GoSlice([program_name()])


os_.vars["Args"] = LazyVar("Args", "[]string", _args, cache=False)


# -- environment (empty: the simulated process sees no variables) ----------------------------------
@os_.func("func Getenv(key string) string")
def Getenv(key):
    return ""


@os_.func("func LookupEnv(key string) (string, bool)")
def LookupEnv(key):
    return "", False


@os_.func("func Environ() []string")
def Environ():
    return GoSlice([])


@os_.func("func Hostname() (name string, err error)")
def Hostname():
    return "deferlab", None


# -- files: the three standard streams --------------------------------------------------------------
_FILE_NAMES = {"stdout": "/dev/stdout", "stderr": "/dev/stderr", "stdin": "/dev/stdin"}


@os_.type("File", "struct{}")
class File(StdStream):
    """*os.File for the standard streams (writes go to the simulated process's output)."""
    _fields = ()
    _go_methods = {"Write": "func(b []byte) (n int, err error)",
                   "WriteString": "func(s string) (n int, err error)",
                   "Name": "func() string", "Close": "func() error", "Sync": "func() error",
                   "Fd": "func() uintptr", "Read": "func(b []byte) (n int, err error)"}

    def __init__(self, stream: str = ""):
        super().__init__(stream)

    def go_write_text(self, text: str):
        if self.stream not in ("stdout", "stderr"):
            return 0, ErrInvalid
        return super().go_write_text(text)

    def Read(self, b):
        """The simulated process's stdin is empty (as /dev/null): every Read is at EOF."""
        from .iopkg import EOF
        return 0, EOF

    def Name(self) -> str:
        return _FILE_NAMES.get(self.stream, "")

    def Close(self):
        return None

    def Sync(self):
        return None

    def Fd(self) -> int:
        return {"stdin": 0, "stdout": 1, "stderr": 2}.get(self.stream, (1 << 64) - 1)


Stdout, Stderr, Stdin = File("stdout"), File("stderr"), File("stdin")
os_.var("Stdout", "*File", Stdout)
os_.var("Stderr", "*File", Stderr)
os_.var("Stdin", "*File", Stdin)


# -- processes ---------------------------------------------------------------------------------------
@os_.type("Process", "struct{ Pid int }")
class Process:
    """*os.Process.  Only this process exists in the simulation: signalling any other pid gives
    ErrProcessDone, as Go does for a process that has gone."""
    __slots__ = ("f_Pid",)
    _fields = ("f_Pid",)
    _go_methods = {"Signal": "func(sig Signal) error", "Kill": "func() error",
                   "Release": "func() error"}

    def __init__(self, pid: int = 0):
        self.f_Pid = pid

    def Signal(self, sig):
        n = signum(sig)
        if n < 0:
            return ErrUnsupportedSignal
        if self.f_Pid != PID:
            return ErrProcessDone
        kill_self(n)
        return None

    def Kill(self):
        return self.Signal(signal_value(SIGKILL))

    def Release(self):
        return None


@os_.func("func FindProcess(pid int) (*Process, error)")
def FindProcess(pid):
    """On Unix FindProcess always succeeds, whether or not the process exists."""
    return Process(pid), None
