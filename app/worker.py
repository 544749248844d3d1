"""Running a simulation off the GUI thread.

``RunTask`` is a QThread that calls ``simulate`` once, then prepares what the views need (the
timeline model, the replay checkpoints) still off the GUI thread, and hands back a
``RunOutcome``.  Cancel sets a flag that ``simulate``'s ``cancelled()`` callback reads.  Any
exception becomes an outcome with ``internal_error`` set: the app keeps running.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QThread, Signal

from simulator.api import STATUS_UNSUPPORTED, RunResult

from .timeline_model import TimelineModel

PROGRESS_EVERY_S = 0.05


@dataclass
class RunOutcome:
    result: RunResult
    model: TimelineModel | None = None
    errors: list[str] = field(default_factory=list)    # "file:line:col: message"
    internal_error: str = ""
    keep: str | None = None        # how to keep the cursor: "index" (what-if), "time" (reload)
    generation: int = 0
    seconds: float = 0.0

    @property
    def trace(self):
        return self.result.trace


def error_outcome(errors: list[str], reason: str = "cannot simulate") -> RunOutcome:
    text = "".join(e + "\n" for e in errors)
    return RunOutcome(RunResult("", text, STATUS_UNSUPPORTED, reason, None, list(errors)),
                      errors=list(errors))


def prepare(result: RunResult, charts: tuple[str, ...] = ()) -> RunOutcome:
    """Model, replay checkpoints and chart animators for a finished run: the slow parts, done
    here in the worker so the window stays responsive on a 100k-goroutine run."""
    out = RunOutcome(result, errors=list(result.errors))
    tr = result.trace
    if tr is not None and len(tr):
        out.model = TimelineModel.from_trace(tr)
        tr.state_at(len(tr) - 1)          # builds every replay checkpoint once
        _ = tr.goroutines
        animators = tr.derived.setdefault("chart_animators", {})
        for name in charts:
            try:
                from .flowchart.bindings import ChartAnimator
                from .flowchart.library import load_chart
                animators[name] = ChartAnimator(load_chart(name), tr)
            except Exception:             # the panel reports a broken chart itself
                pass
    return out


def scenario_charts(source: str, filename: str) -> tuple[str, ...]:
    try:
        from simulator.scenario import parse_scenario
        return tuple(parse_scenario(source, filename).charts)
    except Exception:
        return ()


class RunTask(QThread):
    progressed = Signal(int)          # virtual ns reached
    finished_run = Signal(object)     # RunOutcome

    def __init__(self, simulate, source: str, filename: str, config, generation: int = 0,
                 keep: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._simulate = simulate
        self._args = (source, filename, config)
        self.generation = generation
        self.keep = keep
        self._cancelled = False
        self._last_progress = 0.0

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, ns: int) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_EVERY_S:
            self._last_progress = now
            self.progressed.emit(int(ns))

    def run(self) -> None:
        t0 = time.monotonic()
        source, filename, config = self._args
        try:
            result = self._simulate(source, filename, config, progress=self._progress,
                                    cancelled=lambda: self._cancelled)
            out = prepare(result, scenario_charts(source, filename))
        except Exception as e:    # the simulator must never take the window down
            msg = f"deferlab: internal error: {type(e).__name__}: {e}"
            out = RunOutcome(RunResult("", msg + "\n", STATUS_UNSUPPORTED, "internal error", None),
                             internal_error=msg + "\n" + traceback.format_exc())
        out.keep = self.keep
        out.generation = self.generation
        out.seconds = time.monotonic() - t0
        self.finished_run.emit(out)
