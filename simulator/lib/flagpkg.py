"""Package flag (go1.27 ``src/flag``): the command-line flags a service declares.

A simulated program gets no command-line arguments (``os.Args`` is just its name), so ``Parse``
leaves every flag at its default: what the binary does when started without flags.  The flag set
lives on the run (``Runtime.flags``), so definitions never leak from one run into the next.

Invariant: a name is defined at most once per run; defining it again panics as Go's
``flag redefined: NAME`` does.
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime import current
from ..values import Cell, GoSlice, cell_pointer
from .ospkg import program_name
from .registry import Package
from .syncpkg import gopanic

flag = Package("flag")


def _flags() -> dict:
    rt = current()
    if rt.flags is None:
        rt.flags = {"parsed": False, "defined": {}}
    return rt.flags


def _define(name: str, value, usage: str):
    defined = _flags()["defined"]
    if name in defined:
        # the CommandLine flag set is named after os.Args[0]
        msg = f"{program_name()} flag redefined: {name}"
        current().write("stderr", msg + "\n")
        raise gopanic(msg)
    defined[name] = (value, usage)


def _duration_type():
    from ..interp.libload import named_type
    return named_type("time", "Duration")


def _new_flag(name, value, usage, elem_type):
    _define(name, value, usage)
    return cell_pointer(Cell(value), T.Pointer(elem_type))


def _set_var(p, name, value, usage):
    _define(name, value, usage)
    p.set(value)


@flag.func("func String(name string, value string, usage string) *string")
def String(name, value, usage):
    return _new_flag(name, value, usage, T.STRING)


@flag.func("func Int(name string, value int, usage string) *int")
def Int(name, value, usage):
    return _new_flag(name, value, usage, T.INT)


@flag.func("func Int64(name string, value int64, usage string) *int64")
def Int64(name, value, usage):
    return _new_flag(name, value, usage, T.INT64)


@flag.func("func Uint(name string, value uint, usage string) *uint")
def Uint(name, value, usage):
    return _new_flag(name, value, usage, T.UINT)


@flag.func("func Bool(name string, value bool, usage string) *bool")
def Bool(name, value, usage):
    return _new_flag(name, value, usage, T.BOOL)


@flag.func("func Float64(name string, value float64, usage string) *float64")
def Float64(name, value, usage):
    return _new_flag(name, value, usage, T.FLOAT64)


@flag.func("func Duration(name string, value time.Duration, usage string) *time.Duration")
def Duration(name, value, usage):
    return _new_flag(name, value, usage, _duration_type())


@flag.func("func StringVar(p *string, name string, value string, usage string)")
def StringVar(p, name, value, usage):
    _set_var(p, name, value, usage)


@flag.func("func IntVar(p *int, name string, value int, usage string)")
def IntVar(p, name, value, usage):
    _set_var(p, name, value, usage)


@flag.func("func BoolVar(p *bool, name string, value bool, usage string)")
def BoolVar(p, name, value, usage):
    _set_var(p, name, value, usage)


@flag.func("func DurationVar(p *time.Duration, name string, value time.Duration, usage string)")
def DurationVar(p, name, value, usage):
    _set_var(p, name, value, usage)


@flag.func("func Parse()")
def Parse():
    """No arguments to parse: every flag keeps its default (see the module docstring)."""
    _flags()["parsed"] = True


@flag.func("func Parsed() bool")
def Parsed():
    return _flags()["parsed"]


@flag.func("func Args() []string")
def Args():
    return GoSlice([])


@flag.func("func NArg() int")
def NArg():
    return 0


@flag.func("func NFlag() int")
def NFlag():
    return 0            # flags actually set on the command line: none


@flag.func("func Arg(i int) string")
def Arg(i):
    return ""
