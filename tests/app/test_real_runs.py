"""The main window on REAL simulator runs (no synthetic traces): every view follows the player,
the flowchart dock lights the defer-stack chart, what-if signals redo only the future, exports
are real images, and a broken Go file is shown inline while the app keeps running."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from realrun import open_path
from simulator.tracing.events import EventKind as K

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "assets" / "scenarios"
MS = 10**6

#: needs nothing but fmt: runs as soon as the interpreter does
KILLABLE_SRC = '''package main

import "fmt"

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	defer fmt.Println("main: deferred cleanup")
	total := 0
	for round := 0; round < 40; round++ {
		total += work(200)
		fmt.Println("round", round, total)
	}
}
'''



@pytest.fixture
def window(real_window):
    return real_window                                # the real simulator (conftest)


def open_source(qtbot, w, source, name="main.go"):
    with qtbot.waitSignal(w.session.run_finished, timeout=120_000):
        w.session.open_source(source, name)
    return w.player.trace


def first_index(trace, kind, nth=1):
    seen = 0
    for e in trace.rich_events():
        if e.kind == kind:
            seen += 1
            if seen == nth:
                return e.index
    raise AssertionError(f"no {kind.name} #{nth}")


def distinct_colors(img: QImage, step: int = 9) -> int:
    return len({img.pixel(x, y) for y in range(0, img.height(), step) for x in range(0, img.width(), step)})


def test_player_drives_every_view_on_a_real_defer_trace(qtbot, window):
    """03_defer_lifo.go, really simulated: at the 2nd defer.push the defer-stack chart lights
    its node, the defer stack holds two pending cards with their source, the source marks G1's
    line, and at the end the console shows the output and the exit banner."""
    w = window
    tr = open_path(qtbot, w, SCENARIOS / "03_defer_lifo.go")
    assert tr is not None and w.player.count == len(tr)
    fc = w.flowchart
    assert fc.chart_name == "defer-stack" and fc.animator is not None
    i = first_index(tr, K.DEFER_PUSH, 2)
    w.player.seek(i)
    active, visited, _ = fc.last_state
    bound = {t for b in fc.chart.bindings if b.event == "defer.push" and b.nth == 2 for t in b.targets}
    assert bound and active == bound, (active, bound)
    assert visited >= active
    # the node really changed its look on screen
    item = fc.view.chart_scene.node_items[next(iter(bound))]
    assert getattr(item, "mode", "active") == "active"
    assert "now:" in fc.caption.text()
    # defer stacks: two pending cards, top one is the newest
    cards = list(w.defers.canvas.cards.values())
    assert [c.status for c in cards] == ["pending", "pending"]
    assert "deferred 2" in cards[0].text and "deferred 1" in cards[1].text
    # source view: G1's current line is in the file
    assert 1 in w.source.current_lines()
    # goroutines table and timeline cursor follow too
    assert w.goroutines.item(0, 1).text() == "G1 main"
    assert w.timeline.cursor_x() == pytest.approx(tr.time(i))
    # end: output, exit banner, every defer ran (no cards left)
    w.player.last()
    text = w.console.text.toPlainText()
    assert "deferred 3: closure sees step = 3" in text and "main: example returned" in text
    assert w.console.banner.text() == "✓ exit status 0 — main returned"
    assert not w.defers.canvas.cards
    # the derived chart of this run, for G1 and for everyone
    fc.tabs.setCurrentIndex(1)
    assert "defer fmt.Println" in fc.derived_text and fc.derived_gid is None
    w.player.select_goroutine(1)
    assert fc.derived_gid == 1 and "G1" in fc.derived_text


def test_what_if_sigterm_changes_only_the_future(qtbot, window):
    """SIGTERM 'now' in the middle of a real run: every event up to the cursor is identical,
    the run ends killed by SIGTERM (143), main's defer is lost, the console says so."""
    w = window
    before = open_source(qtbot, w, KILLABLE_SRC, "killable.go")
    assert before.meta["status"] == 0
    w.player.seek(len(before) // 2)
    pos = w.player.position
    with qtbot.waitSignal(w.session.run_finished, timeout=120_000):
        w.send_signal("SIGTERM")
    after = w.player.trace
    assert after is not before and w.player.position == pos
    for i in range(pos + 1):
        a, b = before[i], after[i]
        assert (a.kind, a.time, a.gid, a.pos, a.data) == (b.kind, b.time, b.gid, b.pos, b.data), i
    assert after.meta["status"] == 143
    assert any(e.kind == K.SIGNAL_SENT and e.data["sig"] == "SIGTERM" for e in after.rich_events())
    w.player.last()
    assert w.console.banner.text() == "✗ exit status 143 — killed by SIGTERM"
    st = w.player.state()
    lost = [d for g in st.goroutines.values() for d in g.lost]
    assert lost and lost[0].reason == "killed by SIGTERM"
    assert any(c.status == "lost" and c.reason == "killed by SIGTERM" for c in w.defers.canvas.cards.values())


def test_exports_are_real_images(qtbot, window, tmp_path):
    """Timeline PNG (2x) / SVG and the flowchart PNG / SVG / .mmd of a real run."""
    w = window
    open_path(qtbot, w, SCENARIOS / "09_panic_runs_defers_then_crashes.go")
    w.player.seek(first_index(w.player.trace, K.PANIC))
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    wpx, hpx = w.export_timeline(str(png))
    img = QImage(str(png))
    assert (img.width(), img.height()) == (wpx, hpx) and wpx == 3200 and hpx > 400
    assert distinct_colors(img) > 20
    w.export_timeline(str(svg))
    text = svg.read_text()
    assert "<svg" in text and "G1 main" in text and "panic" in text
    # flowchart: the concept chart as lit now, then the derived one
    fpng, fsvg, fmmd = tmp_path / "f.png", tmp_path / "f.svg", tmp_path / "f.mmd"
    fw, fh = w.export_flowchart(str(fpng))
    img = QImage(str(fpng))
    assert not img.isNull() and (img.width(), img.height()) == (fw, fh) and fw > 200 and fh > 200
    assert distinct_colors(img, 5) > 5
    w.export_flowchart(str(fsvg))
    assert "<svg" in fsvg.read_text()
    w.flowchart.tabs.setCurrentIndex(1)
    w.export_flowchart(str(fmmd))
    mmd = fmmd.read_text()
    assert mmd.startswith("flowchart") and "panic: disk full" in mmd
    from app.flowchart import parse_chart
    parse_chart(mmd, "f.mmd")
    w.export_flowchart(str(fpng))
    img = QImage(str(fpng))
    assert img.height() > img.width() > 200 and distinct_colors(img, 5) > 5


def test_go_error_shows_inline_and_the_app_keeps_running(qtbot, window):
    """A compile error: marked on its line with the message, no trace, no dialog; fixing the
    program runs it again."""
    w = window
    bad = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi"\n}\n'
    open_source(qtbot, w, bad, "bad.go")
    assert w.player.trace is None
    assert w.source.edit.errors and min(w.source.edit.errors) in (6, 7)
    assert w.source.banner.isVisibleTo(w) and w.source.banner.text().startswith("✗ bad.go:")
    assert "bad.go:" in w.console.text.toPlainText()
    w.player.step(1)                 # nothing to step: no crash
    good = open_source(qtbot, w, bad.replace('"hi"\n', '"hi")\n'), "bad.go")
    assert good is not None and not w.source.edit.errors
    w.player.last()
    assert "hi" in w.console.text.toPlainText()


def test_context_tree_dock_follows_ctx_events(qtbot):
    """The Context tree dock shows the tree at the current step from CTX events (synthetic
    events through a real Trace, so it runs before the context package lands)."""
    from array import array
    from app.player import Player
    from app.views.context_panel import ContextPanel
    from simulator.tracing.trace import Trace
    codes = array("q", [int(K.PROC_RUN), int(K.CTX_CREATE), int(K.CTX_CREATE), int(K.CTX_CANCEL),
                        int(K.EXIT)])
    rich = [(0,), (1, "background", 0, None), (2, "cancel", 1, None),
            (2, "context canceled", ()), (0, "main returned")]
    tr = Trace(codes, rich, array("q", range(5)), array("q", [0, 1, 2, 3, 4]),
               array("q", [1, 1, 1, 1, 0]), [None], {})
    p = Player()
    panel = ContextPanel(p)
    qtbot.addWidget(panel)
    p.load(tr)
    assert panel.tree is None or panel.tree.number_of_nodes() == 0
    p.seek(2)
    assert set(panel.tree.nodes) == {1, 2} and panel.tree.nodes[2]["err"] is None
    p.seek(3)
    assert panel.tree.nodes[2]["err"] == "context canceled"
    assert panel.stack.currentWidget() is panel.view
    p.seek(0)
    assert panel.stack.currentWidget() is panel.empty
