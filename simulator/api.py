"""The simulator's public entry point: Go source in, finished run (output, status, trace) out.

``simulate`` never raises for a bad program: a syntax error or an unsupported construct becomes
a ``RunResult`` with status 125 and ``errors`` (``file:line:col: message`` lines, like the Go
compiler).  It never touches the wall clock: the same source, config and seed give a
byte-identical trace.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .tracing.trace import Trace

#: status when the program cannot be simulated (syntax error, unsupported construct)
STATUS_UNSUPPORTED = 125
#: status when the program would run or block forever (like `timeout`)
STATUS_FOREVER = 124
HOUR_NS = 3600 * 10**9
#: a run stops (status 124) once its trace holds this many events: a program that loops forever
#: reaches it in a few seconds instead of filling memory on its way to --max-time.  ~80 bytes per
#: event (benchmarks/stress.py): 6M events is ~0.5 GB, 2.4x the 100k-goroutine stress test
MAX_EVENTS = 6_000_000


@dataclass(frozen=True)
class SignalSpec:
    name: str          # "SIGTERM"
    at_ns: int         # virtual time the signal reaches the process
    source: str = "--signal"


@dataclass(frozen=True)
class RunConfig:
    seed: int = 1
    gomaxprocs: int = 2
    max_time_ns: int = HOUR_NS
    max_events: int = MAX_EVENTS
    signals: tuple[SignalSpec, ...] = ()
    asyncpreemptoff: bool = False
    k8s: dict | None = None        # kubelet model settings (grace, prestop, traffic_until) in ns


@dataclass
class RunResult:
    stdout: str
    stderr: str
    status: int
    reason: str                      # "main returned", "killed by SIGTERM", "deadlock", ...
    trace: Trace | None
    errors: list[str] = field(default_factory=list)   # compile errors, file:line:col: message
    report: str = ""                 # --report text: defers run/lost per goroutine

    @property
    def stderr_first(self) -> str:
        lines = self.stderr.splitlines()
        return lines[0] if lines else ""


def simulate(source: str, filename: str = "main.go", config: RunConfig = RunConfig(),
             progress=None, cancelled=None) -> RunResult:
    """Run ``source`` in virtual time.  ``progress(virtual_ns)`` is called now and then;
    ``cancelled()`` returning True stops the run (status 124, reason "cancelled")."""
    from .golang.errors import GoCompileErrors
    from .interp.program import load_program
    from .runtime.proc import Runtime
    from .runtime.stack import call_on_deep_stack
    try:
        program = load_program(source, filename)
    except GoCompileErrors as e:
        text = "\n".join(e.lines()) + "\n"
        return RunResult("", text, STATUS_UNSUPPORTED, "cannot simulate", None, e.lines())
    rt = Runtime(program, config, progress=progress, cancelled=cancelled)
    try:
        return call_on_deep_stack(rt.run)     # Go recursion runs deep: see runtime/stack.py
    except Exception as e:      # a simulator bug: report it like one, never as a traceback
        return RunResult("".join(rt.stdout), "".join(rt.stderr) + f"deferlab: internal error: {type(e).__name__}: {e}\n",
                         STATUS_UNSUPPORTED, "internal error", None)
