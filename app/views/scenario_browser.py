"""Scenario browser: the built-in scenarios grouped by topic.  Double-click opens one."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ..scenarios import list_scenarios


class ScenarioBrowser(QTreeWidget):
    scenario_chosen = Signal(str)     # path

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setHeaderHidden(True)
        self.setFocusPolicy(Qt.NoFocus)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)
        session.opened.connect(self._mark_current)
        self.reload()

    def reload(self) -> None:
        self.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        entries = list_scenarios()
        for e in entries:
            grp = groups.get(e.topic)
            if grp is None:
                grp = groups[e.topic] = QTreeWidgetItem(self, [e.topic])
                grp.setFlags(Qt.ItemIsEnabled)
                f = grp.font(0)
                f.setBold(True)
                grp.setFont(0, f)
            it = QTreeWidgetItem(grp, [e.title])
            it.setToolTip(0, e.path.name)
            it.setData(0, Qt.UserRole, str(e.path))
        if not entries:
            it = QTreeWidgetItem(self, ["(no scenarios in assets/scenarios yet)"])
            it.setFlags(Qt.NoItemFlags)
        self.expandAll()

    def _activated(self, item, _col=0) -> None:
        path = item.data(0, Qt.UserRole)
        if path:
            self.scenario_chosen.emit(path)

    def _mark_current(self, path: str) -> None:
        for k in range(self.topLevelItemCount()):
            grp = self.topLevelItem(k)
            for j in range(grp.childCount()):
                it = grp.child(j)
                f = it.font(0)
                f.setBold(it.data(0, Qt.UserRole) == path)
                it.setFont(0, f)
