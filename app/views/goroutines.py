"""Goroutines table: id, name, status, wait reason, created at.  Clicking a row selects it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from .. import theme as themes

COLUMNS = ("id", "name", "status", "wait reason", "created at")


class GoroutinesView(QTableWidget):
    def __init__(self, player, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.player = player
        self.theme = themes.current()
        self.setHorizontalHeaderLabels(COLUMNS)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setFocusPolicy(Qt.NoFocus)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        self._gids: list[int] = []
        self._updating = False
        self.itemSelectionChanged.connect(self._selection_changed)
        player.position_changed.connect(lambda _i: self.refresh())
        player.trace_loaded.connect(lambda _t: self.refresh())
        player.goroutine_selected.connect(lambda _g: self._sync_selection())

    def set_theme(self, theme) -> None:
        self.theme = theme
        self.refresh()

    def refresh(self) -> None:
        st = self.player.state()
        tr = self.player.trace
        gs = sorted(st.goroutines.values(), key=lambda g: g.gid) if st is not None else []
        self._updating = True
        self.setRowCount(len(gs))
        self._gids = [g.gid for g in gs]
        for r, g in enumerate(gs):
            created = tr.goroutines.get(g.gid, {}).get("created_at") if tr is not None else None
            cells = (str(g.gid), tr.goroutine_name(g.gid) if tr is not None else f"G{g.gid}",
                     g.status, g.wait_reason if g.status == "waiting" else "",
                     f"{created.file}:{created.line}" if created else "")
            for c, text in enumerate(cells):
                item = self.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(r, c, item)
                item.setText(text)
                if c == 0:
                    item.setForeground(QBrush(QColor(self.theme.goroutine_color(g.gid))))
                if c == 2:
                    item.setBackground(QBrush(QColor(self.theme.state_color(g.status))))
                    item.setForeground(QBrush(QColor("#ffffff" if g.status == "running" else
                                                     self.theme.text)))
        self._updating = False
        self._sync_selection()

    def _sync_selection(self) -> None:
        self._updating = True
        gid = self.player.selected_gid
        if gid in self._gids:
            self.selectRow(self._gids.index(gid))
        else:
            self.clearSelection()
        self._updating = False

    def _selection_changed(self) -> None:
        if self._updating:
            return
        rows = {i.row() for i in self.selectedIndexes()}
        if rows:
            self.player.select_goroutine(self._gids[min(rows)])
