"""The open scenario: its file, source, ``//deferlab:`` settings, what-if signals, and its runs.

``Session`` owns one Go source at a time.  ``rerun()`` starts a ``RunTask`` (a worker thread);
a newer run supersedes an older one (the older is cancelled, its result ignored).  The file is
watched: when it changes on disk the run is redone and the cursor keeps its virtual time.
What-if signals are kept apart from the scenario's own (they survive reloads and are the ones
the user may edit or remove).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from simulator.api import RunConfig, SignalSpec
from simulator.scenario import Scenario, ScenarioError, merge_flags, parse_scenario

from .worker import RunOutcome, RunTask, error_outcome, prepare


def _default_simulate(*args, **kwargs):
    from simulator import simulate
    return simulate(*args, **kwargs)


class Session(QObject):
    opened = Signal(str)             # path ("" for a built-in program); the source is new
    signals_changed = Signal()       # what-if signal list edited
    run_started = Signal()
    run_progressed = Signal(int)     # virtual ns
    run_finished = Signal(object)    # RunOutcome
    run_cancelled = Signal()

    def __init__(self, simulate=None, parent=None) -> None:
        super().__init__(parent)
        self._simulate = simulate or _default_simulate
        self.path: Path | None = None
        self.filename = "main.go"
        self.source = ""
        self.scenario = Scenario()
        self.scenario_error = ""
        self.extra_signals: list[SignalSpec] = []
        self.overrides: dict = {}
        self.outcome: RunOutcome | None = None
        self._task: RunTask | None = None
        self._old_tasks: list[RunTask] = []
        self._generation = 0
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=150)
        self._reload_timer.timeout.connect(self._reload_from_disk)

    # -- opening -------------------------------------------------------------------------------
    def open_path(self, path, run: bool = True) -> None:
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            self._open_trace_json(path, text)
            return
        self._set_watch(path)
        self.path = path
        self.extra_signals = []
        self._set_source(text, path.name)
        self.opened.emit(str(path))
        if run:
            self.rerun()

    def open_source(self, source: str, filename: str = "main.go", run: bool = True) -> None:
        """A program that is not a file (the built-in fallback, a test)."""
        self._set_watch(None)
        self.path = None
        self.extra_signals = []
        self._set_source(source, filename)
        self.opened.emit("")
        if run:
            self.rerun()

    def _open_trace_json(self, path: Path, text: str) -> None:
        """A saved trace (Trace.to_json): shown as is; what-if reruns simulate its source."""
        from simulator.api import RunResult
        from simulator.tracing.trace import Trace
        trace = Trace.from_json(text)
        files = trace.meta.get("files") or {"main.go": ""}
        name, source = next(iter(files.items()))
        self._set_watch(None)
        self.path = path
        self.extra_signals = []
        self._set_source(source, name)
        self.opened.emit(str(path))
        m = trace.meta
        result = RunResult(m.get("stdout", ""), m.get("stderr", ""), m.get("status", 0),
                           m.get("reason", ""), trace)
        self._generation += 1
        out = prepare(result)
        out.generation = self._generation
        self.outcome = out
        self.run_finished.emit(out)

    def _set_source(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename
        try:
            self.scenario = parse_scenario(source, filename)
            self.scenario_error = ""
        except ScenarioError as e:
            self.scenario = Scenario()
            self.scenario_error = str(e)

    @property
    def title(self) -> str:
        return self.scenario.title or self.filename

    # -- run settings --------------------------------------------------------------------------
    def config(self) -> RunConfig:
        return merge_flags(self.scenario.config, signals=tuple(self.extra_signals),
                           **self.overrides)

    @property
    def scenario_signals(self) -> tuple[SignalSpec, ...]:
        return tuple(self.scenario.config.signals)

    def add_signal(self, name: str, at_ns: int) -> None:
        """What if ``name`` arrived at ``at_ns``?  Redo the run; the past stays."""
        self.extra_signals.append(SignalSpec(name, int(at_ns), "what-if"))
        self.signals_changed.emit()
        self.rerun(keep="index")

    def remove_signal(self, k: int) -> None:
        if 0 <= k < len(self.extra_signals):
            del self.extra_signals[k]
            self.signals_changed.emit()
            self.rerun(keep="index")

    def edit_signal(self, k: int, name: str | None = None, at_ns: int | None = None) -> None:
        if 0 <= k < len(self.extra_signals):
            old = self.extra_signals[k]
            new = replace(old, name=name or old.name, at_ns=old.at_ns if at_ns is None else int(at_ns))
            if new != old:
                self.extra_signals[k] = new
                self.signals_changed.emit()
                self.rerun(keep="index")

    # -- running -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._task is not None

    def rerun(self, keep: str | None = None) -> None:
        self.cancel(silent=True)
        self._generation += 1
        if self.scenario_error:
            out = error_outcome([self.scenario_error], "bad //deferlab: directive")
            out.generation = self._generation
            self.outcome = out
            self.run_finished.emit(out)
            return
        task = RunTask(self._simulate, self.source, self.filename, self.config(),
                       self._generation, keep, parent=self)
        task.progressed.connect(self.run_progressed)
        task.finished_run.connect(self._task_done)
        task.finished.connect(lambda t=task: self._reap(t))
        self._task = task
        self.run_started.emit()
        task.start()

    def cancel(self, silent: bool = False) -> None:
        task = self._task
        if task is None:
            return
        task.cancel()
        self._old_tasks.append(task)
        self._task = None
        if not silent:
            self.run_cancelled.emit()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the current run is done (for tests and headless use)."""
        task = self._task
        return task.wait(ms) if task is not None else True

    def _task_done(self, out: RunOutcome) -> None:
        if out.generation != self._generation or self._task is None:
            return      # superseded or cancelled
        self._task = None
        self.outcome = out
        self.run_finished.emit(out)

    def _reap(self, task: RunTask) -> None:
        if task in self._old_tasks:
            self._old_tasks.remove(task)
        task.deleteLater()

    def shutdown(self) -> None:
        """Cancel and join every worker (window closing)."""
        self.cancel(silent=True)
        for t in list(self._old_tasks):
            t.wait(5000)

    # -- watching ------------------------------------------------------------------------------
    def _set_watch(self, path: Path | None) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if path is not None:
            self._watcher.addPath(str(path))

    def _file_changed(self, _path: str) -> None:
        self._reload_timer.start()

    def _reload_from_disk(self) -> None:
        if self.path is None:
            return
        if str(self.path) not in self._watcher.files() and self.path.exists():
            self._watcher.addPath(str(self.path))    # editors that replace the file
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return
        if text == self.source:
            return
        self._set_source(text, self.path.name)
        self.opened.emit(str(self.path))
        self.rerun(keep="time")
