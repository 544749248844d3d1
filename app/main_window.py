"""The main window: creates the player, the session and the views, and wires them together.

Nothing here computes anything: actions call Player/Session methods, and views subscribe to
those objects themselves.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QToolBar, QVBoxLayout, QWidget)

from simulator.lib.durations import format_duration, readable_duration

from . import icons
from . import settings as app_settings
from . import theme as themes
from .actions import Actions, ShortcutsDialog
from .export import export_timeline, subtitle_for
from .player import Player
from .scenarios import FALLBACK_NAME, FALLBACK_SOURCE, default_scenario_path
from .session import Session
from .views.console import ConsoleView
from .views.defer_stacks import DeferStacksView
from .views.goroutines import GoroutinesView
from .views.scenario_browser import ScenarioBrowser
from .views.signals_panel import WHAT_IF, SignalsPanel
from .views.source_view import SourceView
from .views.timeline import TimelineView
from .views.scheduler import SchedulerView
from .views.transport import TransportBar

LAYOUT_VERSION = 3          # 2: Flowchart and Context tree docks


def _optional_widget(what: str, make):
    """A panel built on app/flowchart; if that is broken the slot shows why, the app runs."""
    try:
        return make(), True
    except Exception as e:
        label = QLabel(f"{what} not available\n({type(e).__name__}: {e})")
        label.setWordWrap(True)
        return label, False


def _flowchart_widget(player, session):
    def make():
        from .views.flowchart_panel import FlowchartPanel
        return FlowchartPanel(player, session)
    return _optional_widget("Flowchart view", make)


def _context_widget(player):
    def make():
        from .views.context_panel import ContextPanel
        return ContextPanel(player)
    return _optional_widget("Context tree view", make)


class MainWindow(QMainWindow):
    screenshot_ready = Signal()

    def __init__(self, session: Session | None = None, restore: bool = True) -> None:
        super().__init__()
        self.setWindowTitle("Deferlab")
        self.setDockNestingEnabled(True)
        self.player = Player(self)
        self.session = session or Session(parent=self)
        self.session.setParent(self)
        self.actions = Actions(self)

        # views
        self.source = SourceView(self.player, self.session)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.notice)
        lay.addWidget(self.source)
        self.setCentralWidget(central)
        self.timeline = TimelineView(self.player)
        self.defers = DeferStacksView(self.player)
        self.goroutines = GoroutinesView(self.player)
        self.console = ConsoleView(self.player)
        self.browser = ScenarioBrowser(self.session)
        self.signals = SignalsPanel(self.session)
        self.flowchart, self.has_flowchart = _flowchart_widget(self.player, self.session)
        self.context_tree, _ = _context_widget(self.player)
        self.scheduler = SchedulerView(self.player)
        self.docks: dict[str, QDockWidget] = {}
        self._dock("Scenarios", self.browser, Qt.LeftDockWidgetArea)
        self._dock("Signals", self.signals, Qt.LeftDockWidgetArea)
        self._dock("Defer stacks", self.defers, Qt.RightDockWidgetArea)
        self._dock("Flowchart", self.flowchart, Qt.RightDockWidgetArea)
        self._dock("Context tree", self.context_tree, Qt.RightDockWidgetArea)
        self._dock("Scheduler", self.scheduler, Qt.RightDockWidgetArea)
        self._dock("Timeline", self.timeline, Qt.BottomDockWidgetArea)
        self._dock("Goroutines", self.goroutines, Qt.BottomDockWidgetArea)
        self._dock("Console", self.console, Qt.BottomDockWidgetArea)
        # right column: defer stacks on top, the flowchart (tabbed with the context tree) below
        self.splitDockWidget(self.docks["Defer stacks"], self.docks["Flowchart"], Qt.Vertical)
        self.tabifyDockWidget(self.docks["Flowchart"], self.docks["Context tree"])
        self.tabifyDockWidget(self.docks["Context tree"], self.docks["Scheduler"])
        self.docks["Flowchart"].raise_()
        self.splitDockWidget(self.docks["Timeline"], self.docks["Console"], Qt.Horizontal)
        self.tabifyDockWidget(self.docks["Console"], self.docks["Goroutines"])
        self.docks["Console"].raise_()
        self.splitDockWidget(self.docks["Scenarios"], self.docks["Signals"], Qt.Vertical)
        self._default_state = self.saveState(LAYOUT_VERSION)

        self._build_toolbars()
        self._build_menus()
        self._build_status()
        self._connect()
        self.resize(1600, 1000)
        self.resizeDocks([self.docks["Scenarios"], self.docks["Defer stacks"]], [270, 480], Qt.Horizontal)
        self.resizeDocks([self.docks["Timeline"]], [330], Qt.Vertical)
        self.resizeDocks([self.docks["Scenarios"], self.docks["Signals"]], [520, 160], Qt.Vertical)
        self.resizeDocks([self.docks["Defer stacks"], self.docks["Flowchart"]], [300, 430], Qt.Vertical)
        self.resizeDocks([self.docks["Timeline"], self.docks["Console"]], [1150, 450], Qt.Horizontal)
        self._restored = restore and self._restore_settings()
        self._update_enabled()

    # -- construction --------------------------------------------------------------------------
    def _dock(self, title: str, widget, area) -> QDockWidget:
        d = QDockWidget(title, self)
        d.setObjectName(title.replace(" ", "_").lower())
        d.setWidget(widget)
        self.addDockWidget(area, d)
        self.docks[title] = d
        return d

    def _build_toolbars(self) -> None:
        a = self.actions
        tb = QToolBar("Player", self)
        tb.setObjectName("player_toolbar")
        for name in ("first", "prev_kind", "step_back", "play", "step_fwd", "next_kind", "last"):
            tb.addAction(a[name])
        self._paint_icons()
        self.transport = TransportBar(self.player)
        tb.addWidget(self.transport)
        self.addToolBar(Qt.TopToolBarArea, tb)
        self.addToolBarBreak()
        st = QToolBar("Signals", self)
        st.setObjectName("signals_toolbar")
        st.addWidget(QLabel("  What if the process got  "))
        for sig in WHAT_IF:
            act = a[f"send_{sig}"]
            act.setIconText(sig)
            st.addAction(act)
        st.addWidget(QLabel("  now?  "))
        self.addToolBar(Qt.TopToolBarArea, st)
        self.toolbars = (tb, st)

    def _build_menus(self) -> None:
        a = self.actions
        mb = self.menuBar()
        m = mb.addMenu("&File")
        m.addAction(a["open"])
        self.recent_menu = m.addMenu("Open &Recent")
        m.addSeparator()
        m.addAction(a["rerun"])
        m.addAction(a["cancel"])
        m.addSeparator()
        m.addAction(a["export"])
        m.addAction(a["export_flowchart"])
        m.addAction(a["screenshot"])
        m.addSeparator()
        m.addAction(a["quit"])
        m = mb.addMenu("&Play")
        for name in ("play", "step_fwd", "step_back", "next_kind", "prev_kind", "g_fwd", "g_back",
                     "first", "last", "faster", "slower"):
            m.addAction(a[name])
        jm = m.addMenu("Jump to next")
        from .timeline_model import JUMP_GROUPS
        for group, (label, _k) in JUMP_GROUPS.items():
            jm.addAction(label, lambda g=group: self.player.next_of_kind(g))
        jm = m.addMenu("Jump to previous")
        for group, (label, _k) in JUMP_GROUPS.items():
            jm.addAction(label, lambda g=group: self.player.prev_of_kind(g))
        m = mb.addMenu("&Signals")
        for sig in WHAT_IF:
            m.addAction(a[f"send_{sig}"])
        m.addSeparator()
        m.addAction("Edit signal list…", lambda: (self.docks["Signals"].show(), self.docks["Signals"].raise_()))
        m = mb.addMenu("&View")
        m.addAction(a["dark"])
        m.addAction(a["steps_axis"])
        m.addAction(a["p_lanes"])
        m.addSeparator()
        for d in self.docks.values():
            m.addAction(d.toggleViewAction())
        m.addSeparator()
        m.addAction(a["reset_layout"])
        m = mb.addMenu("&Help")
        m.addAction(a["shortcuts"])
        m.addAction(a["about"])
        self._fill_recent()

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.run_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)           # busy: virtual time has no known end
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_btn = QPushButton("Cancel")
        self.cancel_btn.setFocusPolicy(Qt.NoFocus)
        self.cancel_btn.clicked.connect(self.session.cancel)
        sb.addPermanentWidget(self.run_label)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_btn)
        self._set_busy(False)

    def _connect(self) -> None:
        a, p, s = self.actions, self.player, self.session
        a["open"].triggered.connect(self.open_dialog)
        a["rerun"].triggered.connect(lambda: s.rerun(keep="index"))
        a["cancel"].triggered.connect(s.cancel)
        a["export"].triggered.connect(self.export_dialog)
        a["export_flowchart"].triggered.connect(self.export_flowchart_dialog)
        a["screenshot"].triggered.connect(self.screenshot_dialog)
        a["quit"].triggered.connect(self.close)
        a["play"].triggered.connect(p.toggle)
        a["step_fwd"].triggered.connect(lambda: p.step(1))
        a["step_back"].triggered.connect(lambda: p.step(-1))
        a["next_kind"].triggered.connect(lambda: p.next_of_kind(self.transport.jump_group))
        a["prev_kind"].triggered.connect(lambda: p.prev_of_kind(self.transport.jump_group))
        a["g_fwd"].triggered.connect(lambda: p.step_in_goroutine(+1))
        a["g_back"].triggered.connect(lambda: p.step_in_goroutine(-1))
        a["first"].triggered.connect(p.first)
        a["last"].triggered.connect(p.last)
        a["faster"].triggered.connect(lambda: self.transport.change_speed(+1))
        a["slower"].triggered.connect(lambda: self.transport.change_speed(-1))
        a["dark"].toggled.connect(lambda on: self.set_theme("dark" if on else "light"))
        a["steps_axis"].toggled.connect(self.timeline.set_steps)
        a["p_lanes"].toggled.connect(self.timeline.set_show_p)
        a["reset_layout"].triggered.connect(lambda: self.restoreState(self._default_state, LAYOUT_VERSION))
        a["shortcuts"].triggered.connect(lambda: ShortcutsDialog(self).exec())
        a["about"].triggered.connect(lambda: QMessageBox.about(
            self, "About Deferlab", "Deferlab shows what happens to goroutines, defer stacks and "
            "signal handlers when a Go service shuts down."))
        for sig in WHAT_IF:
            a[f"send_{sig}"].triggered.connect(lambda _c=False, n=sig: self.send_signal(n))
        p.playing_changed.connect(lambda _on: self._paint_icons())
        p.trace_loaded.connect(lambda _t: self._update_enabled())
        s.opened.connect(self._opened)
        s.run_started.connect(lambda: self._set_busy(True))
        s.run_progressed.connect(lambda ns: self.run_label.setText(f"simulating… {format_duration(ns)} virtual"))
        s.run_finished.connect(self._run_finished)
        s.run_cancelled.connect(self._run_cancelled)
        self.browser.scenario_chosen.connect(self.open_path)
        self.timeline.axis_box.currentIndexChanged.connect(lambda k: a["steps_axis"].setChecked(k == 1))
        self.timeline.p_box.toggled.connect(a["p_lanes"].setChecked)

    def _paint_icons(self) -> None:
        color = themes.current().text
        for name in ("first", "prev_kind", "step_back", "step_fwd", "next_kind", "last"):
            self.actions[name].setIcon(icons.icon(name, color))
        self.actions["play"].setIcon(icons.icon("pause" if self.player.playing else "play", color))

    # -- opening -------------------------------------------------------------------------------
    def open_default(self) -> None:
        path = default_scenario_path()
        if path is not None:
            self.open_path(str(path))
        else:
            self.session.open_source(FALLBACK_SOURCE, FALLBACK_NAME)

    def open_path(self, path: str) -> None:
        try:
            self.session.open_path(path)
        except (OSError, UnicodeDecodeError, ValueError) as e:
            QMessageBox.warning(self, "Deferlab", f"Cannot open {path}:\n{e}")
            return
        self._fill_recent(app_settings.add_recent(str(Path(path).resolve())))

    def open_dialog(self) -> None:
        start = str(self.session.path.parent) if self.session.path else str(Path.cwd())
        path, _ = QFileDialog.getOpenFileName(self, "Open Go file", start,
                                              "Go files (*.go);;Saved traces (*.json);;All files (*)")
        if path:
            self.open_path(path)

    def _fill_recent(self, files=None) -> None:
        self.recent_menu.clear()
        files = app_settings.recent_files() if files is None else files
        for f in files:
            self.recent_menu.addAction(f, lambda p=f: self.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    def _opened(self, _path: str) -> None:
        s = self.session
        where = s.path.name if s.path else s.filename
        self.setWindowTitle(f"Deferlab — {s.title} ({where})" if s.scenario.title else f"Deferlab — {where}")
        notice = s.scenario.notice_en
        self.notice.setText(f"<b>{s.scenario.title}</b><br>{notice}" if notice else "")
        self.notice.setVisible(bool(notice))
        t = themes.current()
        self.notice.setStyleSheet(f"background:{t.surface}; color:{t.text}; padding:8px 10px;"
                                  f"border-bottom:1px solid {t.grid};")

    # -- runs ----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)
        self.actions["cancel"].setEnabled(busy)
        if busy:
            self.run_label.setText("simulating…")

    def _run_finished(self, out) -> None:
        self._set_busy(False)
        old_pos, old_time = self.player.position, self.player.time
        tr = out.trace
        if tr is None:
            self.player.load(None)
            msg = out.result.stderr or out.internal_error
            self.console.show_message(msg)
            self.run_label.setText("✗ " + (out.result.reason or "cannot simulate"))
            self.docks["Console"].raise_()
            return
        if out.keep == "index" and old_pos >= 0:
            pos = old_pos
        elif out.keep == "time" and old_pos >= 0:
            pos = next((i for i in range(len(tr)) if tr.time(i) >= old_time), len(tr) - 1)
        else:
            pos = 0
        self.player.load(tr, out.model, pos)
        r = out.result
        self.run_label.setText(f"exit status {r.status} — {r.reason} · {len(tr)} steps · "
                               f"{readable_duration(tr.end_time)} virtual · {out.seconds:.2f}s")

    def _run_cancelled(self) -> None:
        self._set_busy(False)
        self.run_label.setText("run cancelled")

    def send_signal(self, name: str) -> None:
        """What if ``name`` arrived now?  The run is redone; the cursor stays where it is."""
        if self.player.trace is None:
            return
        t = self.player.time
        self.session.add_signal(name, t)
        self.statusBar().showMessage(f"{name} at {readable_duration(t)} added: the future is being redone", 5000)

    def _update_enabled(self) -> None:
        has = self.player.trace is not None
        for name in ("play", "step_fwd", "step_back", "next_kind", "prev_kind", "g_fwd", "g_back",
                     "first", "last", "export", "export_flowchart") + tuple(f"send_{s}" for s in WHAT_IF):
            self.actions[name].setEnabled(has)

    # -- export --------------------------------------------------------------------------------
    def export_timeline(self, path: str) -> tuple[int, int]:
        m = self.player.model
        signals = self.session.config().signals
        return export_timeline(m, path, self.session.title, subtitle_for(m, signals),
                               theme=themes.current(), steps=self.timeline.steps,
                               show_p=self.timeline.show_p)

    def export_dialog(self) -> None:
        if self.player.model is None:
            return
        base = (self.session.path.stem if self.session.path else "timeline") + "-timeline.png"
        path, _ = QFileDialog.getSaveFileName(self, "Export timeline", base,
                                              "PNG image, 2x (*.png);;SVG (*.svg)")
        if path:
            if not path.lower().endswith((".png", ".svg")):
                path += ".png"
            w, h = self.export_timeline(path)
            self.statusBar().showMessage(f"wrote {path} ({w}×{h})", 5000)

    def export_flowchart(self, path: str) -> tuple[int, int]:
        """The flowchart on screen (concept or this run), as lit at the current step."""
        return self.flowchart.export(path)

    def export_flowchart_dialog(self) -> None:
        if not self.has_flowchart:
            return
        base = self.flowchart.suggested_name() + ".png"
        path, filt = QFileDialog.getSaveFileName(
            self, "Export flowchart", base,
            "PNG image, 2x (*.png);;SVG (*.svg);;Mermaid text (*.mmd)")
        if not path:
            return
        if not path.lower().endswith((".png", ".svg", ".mmd")):
            path += ".svg" if "svg" in filt.lower() else ".mmd" if "mmd" in filt.lower() else ".png"
        try:
            w, h = self.export_flowchart(path)
        except OSError as e:
            QMessageBox.warning(self, "Deferlab", f"Cannot write {path}:\n{e}")
            return
        size = f"{w}×{h}" if h else f"{w} lines"
        self.statusBar().showMessage(f"wrote {path} ({size})", 5000)

    def screenshot_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save window image", "deferlab.png", "PNG (*.png)")
        if path:
            self.grab().save(path)

    # -- look ----------------------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        from PySide6.QtWidgets import QApplication
        t = themes.apply(QApplication.instance(), themes.THEMES[name])
        for v in (self.timeline, self.defers, self.goroutines, self.console, self.source, self.scheduler):
            v.set_theme(t)
        if hasattr(self.flowchart, "set_theme"):
            try:
                self.flowchart.set_theme(t)
            except Exception:
                pass
        self._opened("")
        self._paint_icons()
        self.actions["dark"].setChecked(t.dark)
        app_settings.settings().setValue("theme", name)

    # -- settings ------------------------------------------------------------------------------
    def _restore_settings(self) -> bool:
        st = app_settings.settings()
        geo = st.value("geometry")
        state = st.value("windowState")
        ok = False
        if isinstance(geo, QByteArray):
            ok = self.restoreGeometry(geo)
        if isinstance(state, QByteArray):
            ok = self.restoreState(state, LAYOUT_VERSION) and ok
        self.timeline.set_steps(st.value("timeline/steps", False) in (True, "true"))
        return ok

    def save_settings(self) -> None:
        st = app_settings.settings()
        st.setValue("geometry", self.saveGeometry())
        st.setValue("windowState", self.saveState(LAYOUT_VERSION))
        st.setValue("timeline/steps", self.timeline.steps)

    def closeEvent(self, ev) -> None:
        self.player.pause()
        self.session.shutdown()
        self.save_settings()
        super().closeEvent(ev)
