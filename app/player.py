"""The player: which step of the finished trace is shown, and playback.

A ``Player`` holds a trace, its timeline model and a position (event index).  Every view
subscribes to ``position_changed`` and asks ``state()`` for the process state there; the state is
computed once per position (``trace.state_at``: checkpoints make a step back cost what a step
forward costs).  Playback is a QTimer on the GUI thread: the trace is already finished, so
nothing needs a thread here.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from .timeline_model import TimelineModel

#: playback speeds offered in the toolbar, in steps per second
SPEEDS = (1, 2, 5, 10, 25, 50, 100, 250, 1000, 5000)
TICK_MS = 33


class Player(QObject):
    trace_loaded = Signal(object)       # the new trace (or None)
    position_changed = Signal(int)
    playing_changed = Signal(bool)
    speed_changed = Signal(float)
    goroutine_selected = Signal(int)    # 0 = none / all

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.trace = None
        self.model: TimelineModel | None = None
        self.position = -1
        self.selected_gid = 0
        self.speed = 10.0
        self._state = None
        self._state_pos = None
        self._line_index: dict | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._budget = 0.0
        self._last_tick = 0.0

    # -- loading -------------------------------------------------------------------------------
    def load(self, trace, model: TimelineModel | None = None, position: int | None = None) -> None:
        """Show ``trace``; ``position`` keeps the cursor (clamped), default the first step."""
        self.pause()
        self.trace = trace
        self.model = model if model is not None or trace is None else TimelineModel.from_trace(trace)
        self._state = None
        self._state_pos = None
        self._line_index = None
        n = self.count
        if trace is not None and self.selected_gid and self.selected_gid not in trace.goroutines:
            self.selected_gid = 0
        pos = 0 if position is None else position
        self.position = max(-1, min(pos, n - 1)) if n else -1
        self.trace_loaded.emit(trace)
        self.position_changed.emit(self.position)

    @property
    def count(self) -> int:
        return len(self.trace) if self.trace is not None else 0

    @property
    def time(self) -> int:
        return self.trace.time(self.position) if self.count and self.position >= 0 else 0

    def state(self):
        """The process state after the current step (cached per position), or None."""
        if self.trace is None:
            return None
        if self._state_pos != self.position:
            self._state = self.trace.state_at(self.position)
            self._state_pos = self.position
        return self._state

    # -- moving --------------------------------------------------------------------------------
    def seek(self, i: int) -> None:
        n = self.count
        if not n:
            return
        i = max(0, min(int(i), n - 1))
        if i != self.position:
            self.position = i
            self.position_changed.emit(i)

    def step(self, delta: int = 1) -> None:
        self.seek(self.position + delta)

    def first(self) -> None:
        self.seek(0)

    def last(self) -> None:
        self.seek(self.count - 1)

    def next_of_kind(self, group: str = "any") -> bool:
        return self._jump(group, +1)

    def prev_of_kind(self, group: str = "any") -> bool:
        return self._jump(group, -1)

    def _jump(self, group: str, direction: int) -> bool:
        if self.model is None:
            return False
        j = self.model.next_jump(group, self.position, direction)
        if j is None:
            return False
        self.seek(j)
        return True

    def step_in_goroutine(self, direction: int = 1, gid: int | None = None) -> bool:
        """Step to the next (previous) event of ``gid`` (default: the selected goroutine)."""
        gid = gid or self.selected_gid
        if not gid or self.trace is None:
            return False
        j = self.trace.find(self.position, direction, lambda i: self.trace.gid(i) == gid)
        if j is None:
            return False
        self.seek(j)
        return True

    def seek_time(self, t: float) -> None:
        """Seek to the last step at or before virtual time ``t``."""
        tr = self.trace
        if tr is None or not len(tr):
            return
        lo, hi = 0, len(tr) - 1     # times are almost sorted: a binary search is close enough
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if tr.time(mid) <= t:
                lo = mid
            else:
                hi = mid - 1
        self.seek(lo)

    def steps_on_line(self, file: str, line: int) -> list[int]:
        if self._line_index is None:
            idx: dict = {}
            tr = self.trace
            for i in range(len(tr)):
                p = tr.pos(i)
                if p is not None:
                    idx.setdefault((p.file, p.line), []).append(i)
            self._line_index = idx
        return self._line_index.get((file, line), [])

    def seek_line(self, file: str, line: int) -> bool:
        """Seek to the next step after the current one that executes ``line`` (wraps around)."""
        if self.trace is None:
            return False
        steps = self.steps_on_line(file, line)
        if not steps:
            return False
        after = [i for i in steps if i > self.position]
        self.seek(after[0] if after else steps[0])
        return True

    def select_goroutine(self, gid: int) -> None:
        if gid != self.selected_gid:
            self.selected_gid = gid
            self.goroutine_selected.emit(gid)

    # -- playback ------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def play(self) -> None:
        if not self.count or self.playing:
            return
        if self.position >= self.count - 1:
            self.seek(0)
        self._budget = 0.0
        self._last_tick = time.monotonic()
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playing_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, steps_per_second: float) -> None:
        self.speed = float(steps_per_second)
        self.speed_changed.emit(self.speed)

    def _tick(self) -> None:
        now = time.monotonic()
        self._budget += (now - self._last_tick) * self.speed
        self._last_tick = now
        n = int(self._budget)
        if n <= 0:
            return
        self._budget -= n
        self.seek(self.position + n)
        if self.position >= self.count - 1:
            self.pause()
