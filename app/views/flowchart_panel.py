"""Hosts the flowchart package's view (app/flowchart, built separately) in the Flowchart dock.

Picks the scenario's ``//deferlab:chart`` (or any built-in chart), lights its nodes with
``ChartAnimator(chart, trace).state_at(step)`` as the player moves.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class FlowchartPanel(QWidget):
    def __init__(self, player, session, parent=None) -> None:
        super().__init__(parent)
        from ..flowchart.bindings import ChartAnimator      # ImportError: caller shows a note
        from ..flowchart.library import chart_names, load_chart
        from ..flowchart.view import FlowchartView
        self._animator_cls, self._load, self._names = ChartAnimator, load_chart, chart_names
        self.player = player
        self.session = session
        self.view = FlowchartView()
        self.combo = QComboBox()
        self.combo.currentTextChanged.connect(self._chart_chosen)
        self.note = QLabel()
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 2)
        top.addWidget(QLabel("chart"))
        top.addWidget(self.combo, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        self.note.hide()
        self.chart = None
        self.animator = None
        session.opened.connect(lambda _p: self._fill())
        player.trace_loaded.connect(lambda _t: self._rebind())
        player.position_changed.connect(self._moved)
        self._fill()

    def _fill(self) -> None:
        names = list(self.session.scenario.charts) or []
        others = [n for n in self._names() if n not in names]
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names + others)
        self.combo.blockSignals(False)
        self._chart_chosen(self.combo.currentText())

    def _chart_chosen(self, name: str) -> None:
        self.chart = None
        if name:
            try:
                self.chart = self._load(name)
                self.view.set_chart(self.chart)
                self.note.hide()
            except Exception as e:
                self.note.setText(f"cannot load chart {name}: {e}")
                self.note.show()
        self._rebind()

    def _rebind(self) -> None:
        tr = self.player.trace
        self.animator = None
        if self.chart is not None and tr is not None:
            try:
                self.animator = self._animator_cls(self.chart, tr)
            except Exception as e:
                self.note.setText(f"chart bindings failed: {e}")
                self.note.show()
        self._moved(self.player.position)

    def _moved(self, i: int) -> None:
        if self.animator is not None and i >= 0:
            self.view.set_state(*self.animator.state_at(i))
        elif self.chart is not None:
            self.view.set_state(set(), set(), set())
