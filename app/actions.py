"""Every user action with its shortcut, in one table; the ? dialog lists them from here."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QHeaderView

from .views.signals_panel import WHAT_IF

#: name -> (menu text, shortcuts, tooltip)
SPECS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "open": ("&Open…", ("Ctrl+O",), "Open a Go file"),
    "rerun": ("&Run again", ("F5",), "Redo the simulation"),
    "cancel": ("&Cancel run", ("Escape",), "Stop the running simulation"),
    "export": ("&Export timeline…", ("Ctrl+E",), "Save the timeline as PNG (2x) or SVG"),
    "export_flowchart": ("Export &flowchart…", ("Ctrl+Shift+E",),
                         "Save the flowchart on screen as PNG (2x), SVG or mermaid .mmd"),
    "screenshot": ("Save &window image…", (), "Save a grab of the window"),
    "quit": ("&Quit", ("Ctrl+Q",), "Quit Deferlab"),
    "play": ("&Play / pause", ("Space",), "Play or pause"),
    "step_fwd": ("Step &forward", ("Right",), "Next step"),
    "step_back": ("Step &back", ("Left",), "Previous step"),
    "next_kind": ("&Next event of kind", ("Shift+Right",), "Next event of the kind chosen in the toolbar"),
    "prev_kind": ("P&revious event of kind", ("Shift+Left",), "Previous event of the chosen kind"),
    "g_fwd": ("Step in &goroutine", ("Ctrl+Right", "Alt+Right"), "Next step of the selected goroutine"),
    "g_back": ("Step back in goroutine", ("Ctrl+Left", "Alt+Left"), "Previous step of the selected goroutine"),
    "first": ("F&irst step", ("Home",), "Go to the first step"),
    "last": ("&Last step", ("End",), "Go to the last step"),
    "faster": ("Faster", ("]",), "Play faster"),
    "slower": ("Slower", ("[",), "Play slower"),
    "dark": ("&Dark theme", ("Ctrl+Shift+D",), "Switch between light and dark"),
    "steps_axis": ("Timeline x axis in &steps", ("Ctrl+Shift+X",), "Virtual time or steps"),
    "p_lanes": ("Show &P lanes", (), "One lane per P: which goroutine it runs"),
    "reset_layout": ("&Reset layout", (), "Put every panel back"),
    "shortcuts": ("&Keyboard shortcuts", ("?", "F1"), "Show every shortcut"),
    "about": ("&About Deferlab", (), ""),
}
SIGNAL_KEYS = {"SIGTERM": "T", "SIGINT": "I", "SIGHUP": "H", "SIGQUIT": "Shift+Q", "SIGKILL": "K"}
for _sig in WHAT_IF:
    SPECS[f"send_{_sig}"] = (f"Send {_sig} now", (SIGNAL_KEYS[_sig],),
                             f"Redo the run with {_sig} arriving at the current virtual time")


class Actions:
    """Creates the QActions on ``parent`` (the main window); attributes by name."""

    def __init__(self, parent) -> None:
        self.all: dict[str, QAction] = {}
        for name, (text, keys, tip) in SPECS.items():
            a = QAction(text, parent)
            if keys:
                a.setShortcuts([QKeySequence(k) for k in keys])
                a.setShortcutContext(Qt.WindowShortcut)
            if tip:
                a.setToolTip(f"{tip} ({keys[0]})" if keys else tip)
                a.setStatusTip(tip)
            parent.addAction(a)
            self.all[name] = a
        for name in ("dark", "steps_axis", "p_lanes"):
            self.all[name].setCheckable(True)
        self.all["p_lanes"].setChecked(True)
        self.all["play"].setIconText("▶")

    def __getitem__(self, name: str) -> QAction:
        return self.all[name]


def shortcuts_table() -> list[tuple[str, str]]:
    rows = []
    for name, (text, keys, _tip) in SPECS.items():
        if keys:
            rows.append((" / ".join(keys), text.replace("&", "").rstrip("…")))
    rows.append(("click a source line", "seek to the next step that runs it"))
    rows.append(("drag the timeline cursor", "seek"))
    rows.append(("wheel / drag on the timeline", "zoom / pan"))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = shortcuts_table()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(("keys", "does"))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for r, (k, d) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(k))
            table.setItem(r, 1, QTableWidgetItem(d))
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(buttons)
        self.resize(520, 620)
