"""The run's signal list: the scenario's own (//deferlab:signal, read-only) and the what-if
signals added from the Signals menu (editable: name and time; removable)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from simulator.lib.durations import format_duration, parse_duration
from simulator.scenario import SIGNAL_NAMES

WHAT_IF = ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGKILL")


class SignalsPanel(QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(("signal", "at", "from"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.itemChanged.connect(self._edited)
        self.remove_btn = QPushButton("Remove")
        self.remove_btn.clicked.connect(self._remove)
        self.remove_btn.setFocusPolicy(Qt.NoFocus)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.table)
        lay.addLayout(row)
        self._filling = False
        session.signals_changed.connect(self.refresh)
        session.opened.connect(lambda _p: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self._filling = True
        s = self.session
        rows = [(sig, False) for sig in s.scenario_signals] + [(sig, True) for sig in s.extra_signals]
        self.table.setRowCount(len(rows))
        for r, (sig, editable) in enumerate(rows):
            for c, text in enumerate((sig.name, format_duration(sig.at_ns),
                                      "what-if" if editable else "//deferlab:signal")):
                it = QTableWidgetItem(text)
                flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
                if editable and c < 2:
                    flags |= Qt.ItemIsEditable
                it.setFlags(flags)
                self.table.setItem(r, c, it)
        self._filling = False

    def _extra_index(self, row: int) -> int:
        return row - len(self.session.scenario_signals)

    def _edited(self, item) -> None:
        if self._filling:
            return
        k = self._extra_index(item.row())
        text = item.text().strip()
        try:
            if item.column() == 0:
                name = text.upper()
                name = name if name.startswith("SIG") else "SIG" + name
                if name not in SIGNAL_NAMES:
                    raise ValueError(name)
                self.session.edit_signal(k, name=name)
            elif item.column() == 1:
                self.session.edit_signal(k, at_ns=parse_duration(text))
        except ValueError:
            pass
        self.refresh()

    def _remove(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        rows = sorted(rows, reverse=True)
        for r in rows:
            k = self._extra_index(r)
            if k >= 0:
                self.session.remove_signal(k)
