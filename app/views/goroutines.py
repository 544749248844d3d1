"""Goroutines table: id, name, status, wait reason, created at.  Clicking a row selects it.

A ``QTableView`` over a lazy model: a step only invalidates the rows, and Qt asks for the cells
it paints, so 100,000 goroutines cost what the visible rows cost (a ``QTableWidget`` with
``ResizeToContents`` re-measured every cell of every row on each step: minutes at 10k).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .. import theme as themes

COLUMNS = ("id", "name", "status", "wait reason", "created at")
AUTOSIZE_BELOW = 500        # rows: above this, columns keep their widths (measuring is O(rows))


class _Cell:
    """What ``QTableWidget.item(r, c)`` gave: tests and old callers read ``.text()``."""

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text


class GoroutineModel(QAbstractTableModel):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.gids: list[int] = []
        self.state = None
        self.trace = None

    def set_state(self, trace, state) -> None:
        gids = sorted(state.goroutines) if state is not None else []
        self.trace, self.state = trace, state
        if gids != self.gids:
            self.beginResetModel()
            self.gids = gids
            self.endResetModel()
        elif gids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(gids) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.gids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return COLUMNS[section]
        return None

    def cell_text(self, r: int, c: int) -> str:
        gid = self.gids[r]
        g = self.state.goroutines.get(gid)
        tr = self.trace
        if c == 0:
            return str(gid)
        if c == 1:
            return tr.goroutine_name(gid) if tr is not None else f"G{gid}"
        if g is None:
            return ""
        if c == 2:
            return g.status
        if c == 3:
            return g.wait_reason if g.status == "waiting" else ""
        created = g.created_at
        if created is None and tr is not None:
            created = tr.goroutines.get(gid, {}).get("created_at")
        return f"{created.file}:{created.line}" if created else ""

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.state is None:
            return None
        r, c = index.row(), index.column()
        if role == Qt.DisplayRole:
            return self.cell_text(r, c)
        t = self.view.theme
        if role == Qt.ForegroundRole:
            if c == 0:
                return QBrush(QColor(t.goroutine_color(self.gids[r])))
            if c == 2:
                g = self.state.goroutines.get(self.gids[r])
                return QBrush(QColor("#ffffff" if g is not None and g.status == "running" else t.text))
        if role == Qt.BackgroundRole and c == 2:
            g = self.state.goroutines.get(self.gids[r])
            if g is not None:
                return QBrush(QColor(t.state_color(g.status)))
        return None


class GoroutinesView(QTableView):
    def __init__(self, player, parent=None) -> None:
        super().__init__(parent)
        self.player = player
        self.theme = themes.current()
        self.model_ = GoroutineModel(self)
        self.setModel(self.model_)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setFocusPolicy(Qt.NoFocus)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.Interactive)
        h.setStretchLastSection(False)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        for c, w in enumerate((60, 0, 90, 140, 170)):
            if w:
                self.setColumnWidth(c, w)
        self._updating = False
        self._sized_for = None
        self.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        player.position_changed.connect(lambda _i: self.refresh())
        player.trace_loaded.connect(lambda _t: self.refresh())
        player.goroutine_selected.connect(lambda _g: self._sync_selection())

    # QTableWidget-style accessors
    def rowCount(self) -> int:
        return self.model_.rowCount()

    def item(self, r: int, c: int) -> _Cell | None:
        if not 0 <= r < self.model_.rowCount():
            return None
        return _Cell(self.model_.cell_text(r, c))

    @property
    def _gids(self) -> list[int]:
        return self.model_.gids

    def set_theme(self, theme) -> None:
        self.theme = theme
        self.refresh()

    def refresh(self) -> None:
        self._updating = True
        self.model_.set_state(self.player.trace, self.player.state())
        n = self.model_.rowCount()
        if n and n < AUTOSIZE_BELOW and self._sized_for != (id(self.player.trace), n):
            self._sized_for = (id(self.player.trace), n)
            for c in (0, 2, 3, 4):
                self.resizeColumnToContents(c)
        self._updating = False
        self._sync_selection()

    def _sync_selection(self) -> None:
        self._updating = True
        gid = self.player.selected_gid
        gids = self.model_.gids
        from bisect import bisect_left
        k = bisect_left(gids, gid) if gid else -1
        if gid and k < len(gids) and gids[k] == gid:
            if self.currentIndex().row() != k or not self.selectionModel().hasSelection():
                self.selectRow(k)
        else:
            self.clearSelection()
        self._updating = False

    def _selection_changed(self) -> None:
        if self._updating:
            return
        rows = {i.row() for i in self.selectionModel().selectedRows()}
        if rows:
            self.player.select_goroutine(self.model_.gids[min(rows)])
