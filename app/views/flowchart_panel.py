"""The Flowchart dock: the scenario's concept chart(s), animated step by step, and the chart
derived from the run.

* **Concept** tab: the charts named by ``//deferlab:chart NAME`` (``assets/flowcharts/NAME.mmd``);
  a selector appears when there are several.  On every player step the nodes bound to the events
  so far light up (``ChartAnimator(chart, trace).state_at(step)``), with the branch taken.
* **This run** tab: ``derive_chart(trace, gid)`` for the selected goroutine (all goroutines when
  none is selected); computed lazily, only while the tab is visible, and cached per goroutine.

The panel only reads the player and the session; it never changes the trace.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget)

CONCEPT, DERIVED = 0, 1
READABLE_ZOOM = 0.6         # below this a fitted chart's labels are too small to read


class FlowchartPanel(QWidget):
    def __init__(self, player, session, parent=None) -> None:
        super().__init__(parent)
        from ..flowchart.bindings import ChartAnimator      # ImportError: caller shows a note
        from ..flowchart.library import chart_names, chart_path, load_chart, suggest_chart
        from ..flowchart.view import FlowchartView
        self._animator_cls, self._load, self._names = ChartAnimator, load_chart, chart_names
        self._chart_path = chart_path
        self._suggest = suggest_chart
        self.player = player
        self.session = session
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # concept tab
        self.view = FlowchartView()
        self.combo = QComboBox()
        self.combo.setToolTip("this scenario names several concept charts")
        self.combo.currentTextChanged.connect(self._chart_chosen)
        self.chart_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: gray; padding: 2px 6px;")
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 2)
        top.addWidget(self.chart_label)
        top.addWidget(self.combo, 1)
        concept = QWidget()
        lay = QVBoxLayout(concept)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.caption)
        self.note.hide()
        # derived tab
        self.derived_view = FlowchartView()
        self.derived_label = QLabel()
        self.derived_label.setStyleSheet("padding: 2px 6px;")
        derived = QWidget()
        lay = QVBoxLayout(derived)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.derived_label)
        lay.addWidget(self.derived_view, 1)
        self.tabs.addTab(concept, "Concept")
        self.tabs.addTab(derived, "This run")
        self.tabs.currentChanged.connect(lambda _k: self._update_derived())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        self.chart = None              # the concept chart shown
        self.chart_name = ""
        self.animator = None
        self._animators: dict[str, object] = {}     # per chart name, for the current trace
        self.derived_text = ""         # mermaid text shown in the "This run" tab
        self.derived_gid: int | None = None
        self._derived_cache: dict = {}
        self._derived_key = None
        self.last_state = (set(), set(), set())
        session.opened.connect(lambda _p: self._fill())
        player.trace_loaded.connect(lambda _t: self._trace_loaded())
        player.position_changed.connect(self._moved)
        player.goroutine_selected.connect(lambda _g: self._update_derived())
        self._fill()

    # -- concept charts ------------------------------------------------------------------------
    def chart_names_for_scenario(self) -> list[str]:
        return list(dict.fromkeys(self.session.scenario.charts))

    def _fill(self) -> None:
        names = self.chart_names_for_scenario()
        self.combo.blockSignals(True)
        self.combo.clear()
        if names:
            self.combo.addItems(names)
            self.chart_label.setText("concept chart" if len(names) > 1 else f"concept chart: {names[0]}")
            self.combo.setVisible(len(names) > 1)
        else:       # no directive: any built-in chart, the most related one first shown
            self.combo.addItems(self._names())
            suggested = self._suggest(self.session.source)
            if suggested is not None and self.combo.findText(suggested) >= 0:
                self.combo.setCurrentIndex(self.combo.findText(suggested))
            self.chart_label.setText("no //deferlab:chart here; built-in chart")
            self.combo.setVisible(True)
        self.combo.blockSignals(False)
        self._chart_chosen(self.combo.currentText())

    def select_chart(self, name: str) -> None:
        k = self.combo.findText(name)
        if k >= 0:
            self.combo.setCurrentIndex(k)

    def _chart_chosen(self, name: str) -> None:
        self.chart = None
        self.chart_name = name
        if name:
            try:
                self.chart = self._load(name)
                self.view.set_chart(self.chart)
                self.last_state = None          # re-applied (and followed) by _moved
                self.note.hide()
            except Exception as e:
                self.note.setText(f"cannot load chart {name}: {e}")
                self.note.show()
        self._rebind()

    def _trace_loaded(self) -> None:
        self._animators = {}
        self._derived_cache = {}
        self._derived_key = None
        self._rebind()
        self._update_derived()

    def _rebind(self) -> None:
        tr = self.player.trace
        self.animator = None
        if self.chart is not None and tr is not None:
            an = self._animators.get(self.chart_name) or \
                tr.derived.get("chart_animators", {}).get(self.chart_name)   # built by the worker
            if an is None:
                try:
                    an = self._animator_cls(self.chart, tr)
                    self._animators[self.chart_name] = an
                except Exception as e:
                    self.note.setText(f"chart bindings failed: {e}")
                    self.note.show()
            self.animator = an
        self._moved(self.player.position)

    def _moved(self, i: int) -> None:
        if self.chart is None:
            return
        if self.animator is not None and i >= 0:
            state = self.animator.state_at(i)
        else:
            state = (set(), set(), set())
        if state != self.last_state:
            self.last_state = state
            self.view.set_state(*state)
            self._follow(state[0])
        self.caption.setText(self._caption(i, state[0]))

    def _follow(self, active: set) -> None:
        """A tall chart fitted into the dock is unreadable: show it at a readable width and
        scroll to the lit node instead (the user's own zoom is left alone)."""
        v = self.view
        rect = v.chart_scene.sceneRect()
        vp = v.viewport().size()
        if rect.width() <= 0 or vp.width() <= 0 or vp.height() <= 0:
            return
        fit = min(vp.width() / rect.width(), vp.height() / rect.height())
        if v.fitted and fit >= READABLE_ZOOM:
            return
        if v.fitted or v.following:
            scale = min(1.0, max(READABLE_ZOOM, vp.width() / rect.width() * 0.98))
            v.resetTransform()
            v.scale(scale, scale)
            v.fitted = False
            v.following = True
        items = [v.chart_scene.node_items[n] for n in active if n in v.chart_scene.node_items]
        if items:
            r = items[0].sceneBoundingRect()
            for it in items[1:]:
                r = r.united(it.sceneBoundingRect())
            v.centerOn(r.center())

    def _caption(self, i: int, active: set) -> str:
        if self.animator is None or not self.chart.bindings:
            return "" if self.chart is None or self.chart.bindings else "this chart has no %% @on bindings"
        if not self.animator.hit_index:
            return "no event of this run lights a node of this chart"
        if not active:
            return "no bound event yet: step on"
        labels = [self.chart.nodes[n].label.replace("\n", " ") for n in sorted(active) if n in self.chart.nodes]
        return "now: " + " · ".join(labels)

    # -- derived chart -------------------------------------------------------------------------
    def _update_derived(self, force: bool = False) -> None:
        tr = self.player.trace
        if tr is None:
            self.derived_label.setText("no run yet")
            return
        if self.tabs.currentIndex() != DERIVED and not force:
            return      # computed when the tab is shown: a long trace takes a moment
        gid = self.player.selected_gid or None
        key = (id(tr), gid)
        if key == self._derived_key:
            return
        self._derived_key = key
        text = self._derived_cache.get(gid)
        if text is None:
            from ..flowchart.derived import derive_chart
            text = self._derived_cache[gid] = derive_chart(tr, gid)
        self.derived_text, self.derived_gid = text, gid
        from ..flowchart import parse_chart
        try:
            self.derived_view.set_chart(parse_chart(text, "derived.mmd"))
        except Exception as e:          # derive_chart promises parseable text; never crash the app
            self.derived_label.setText(f"cannot draw the derived chart: {e}")
            return
        who = tr.goroutine_name(gid) if gid else "all goroutines (select one in the Goroutines tab)"
        self.derived_label.setText(f"what actually happened: {who}")

    def ensure_derived(self) -> None:
        """Compute the derived chart now, whichever tab is visible (export, tests)."""
        self._update_derived(force=True)

    # -- export --------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return "derived" if self.tabs.currentIndex() == DERIVED else "concept"

    def current_text(self) -> str:
        """Mermaid text of the chart on screen (a concept chart's file, bindings included)."""
        if self.current_kind() == "derived":
            self.ensure_derived()
            return self.derived_text
        if self.chart_name:
            return self._chart_path(self.chart_name).read_text(encoding="utf-8")
        return ""

    def current_scene(self):
        if self.current_kind() == "derived":
            self.ensure_derived()
            return self.derived_view.chart_scene
        return self.view.chart_scene

    def suggested_name(self) -> str:
        if self.current_kind() == "derived":
            return "run-" + (f"G{self.derived_gid}" if self.derived_gid else "all")
        return self.chart_name or "flowchart"

    def export(self, path: str) -> tuple[int, int]:
        """Write the chart on screen, as lit at this step: .mmd text, .svg, or .png (2x)."""
        from ..flowchart.export import PNG_SCALE, export_scene
        p = Path(path)
        if p.suffix.lower() in (".mmd", ".mermaid"):
            text = self.current_text()
            p.write_text(text, encoding="utf-8")
            return len(text.splitlines()), 0
        scene = self.current_scene()
        export_scene(scene, str(p))
        r = scene.sceneRect()
        scale = 1 if p.suffix.lower() == ".svg" else PNG_SCALE
        return round(r.width() * scale), round(r.height() * scale)

    def set_theme(self, _theme) -> None:
        pass        # charts keep mermaid's light look in both themes (like exported images)
