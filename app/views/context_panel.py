"""The Context tree dock: the run's context.Context tree at the current step.

The tree comes from the context package's ``simulator.lib.contextpkg.context_tree(trace, step)``
(the simulator's own rebuild from CTX_CREATE / CTX_CANCEL events).  The CTX events are
collected once per trace, so a step only costs a bisect, and the view is only touched when a
context event lies between the old and new step.
"""
from __future__ import annotations

from bisect import bisect_right

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from simulator.tracing.events import EventKind as K


NO_CONTEXTS = ("No contexts in this run.\n\nPrograms using context.WithCancel, WithTimeout or "
               "signal.NotifyContext show their tree here; a cancelled context turns red as the "
               "cancel cascades.")


class _CtxEvents:
    """A stand-in trace holding only the CTX events (what context_tree reads), so rebuilding
    the tree never walks the whole trace again."""

    def __init__(self, trace) -> None:
        self.events = list(trace.of_kind(K.CTX_CREATE, K.CTX_CANCEL))
        self.indices = [e.index for e in self.events]
        self.meta = trace.meta

    def of_kind(self, *kinds):
        want = set(kinds)
        return (e for e in self.events if e.kind in want)

    def __len__(self) -> int:
        return self.indices[-1] + 1 if self.indices else 0


class ContextPanel(QWidget):
    def __init__(self, player, parent=None) -> None:
        super().__init__(parent)
        from ..flowchart.context_view import ContextTreeView
        self.player = player
        self.view = ContextTreeView()
        self.empty = QLabel(NO_CONTEXTS)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: gray; padding: 12px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        from simulator.lib.contextpkg import context_tree
        self._build = context_tree
        self._events: _CtxEvents | None = None
        self._shown = None             # how many CTX events the view shows
        self.tree = None
        player.trace_loaded.connect(self._loaded)
        player.position_changed.connect(self._moved)

    def _loaded(self, trace) -> None:
        self._events = _CtxEvents(trace) if trace is not None else None
        self._shown = None
        self._moved(self.player.position)

    def _moved(self, i: int) -> None:
        ev = self._events
        if ev is None or not ev.indices:
            self.empty.setText(NO_CONTEXTS)
            self.stack.setCurrentWidget(self.empty)
            self.tree = None
            return
        n = bisect_right(ev.indices, i)
        if n == self._shown:
            return
        self._shown = n
        self.tree = self._build(ev, i)
        if self.tree.number_of_nodes():
            self.view.set_tree(self.tree)
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText("No context exists yet at this step.")
            self.stack.setCurrentWidget(self.empty)

    def set_theme(self, _theme) -> None:
        pass
