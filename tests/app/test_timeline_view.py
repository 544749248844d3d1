"""The timeline dock with many goroutines: lane names never overlap, and the built-in chart
shown for a program without a //deferlab:chart directive matches what it uses."""
from app.flowchart.library import chart_names, suggest_chart
from app.player import Player
from app.views.timeline import LANE_LABEL_SPACING, TimelineView
from simulator import simulate

MANY = """package main

import "sync"

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() { defer wg.Done() }()
	}
	wg.Wait()
}
"""


def _ticks(view):
    return view.plot.getAxis("left")._tickLevels[0]


def test_lane_names_are_spaced_to_fit_at_any_zoom(qtbot):
    player = Player()
    view = TimelineView(player)
    qtbot.addWidget(view)
    view.resize(900, 260)
    view.show()
    qtbot.waitExposed(view)
    player.load(simulate(MANY, "main.go").trace)
    vb = view.plot.getViewBox()
    line = view.fontMetrics().height() * LANE_LABEL_SPACING

    def check():
        ticks = _ticks(view)
        ys = sorted(y for y, _ in ticks)
        y0, y1 = vb.viewRange()[1]
        px_per_row = vb.height() / (y1 - y0)
        assert ticks, "some lanes are named"
        assert all((b - a) * px_per_row >= line - 0.5 for a, b in zip(ys, ys[1:]))
        return len(ticks)

    opened = check()                       # the view opens on as many lanes as fit, all named
    ys = sorted(y for y, _ in _ticks(view))
    assert opened >= 4 and all(b - a == 1 for a, b in zip(ys, ys[1:]))
    vb.setYRange(0, 300, padding=0)         # zoomed out on all 302 lanes: every k-th name
    qtbot.wait(10)
    zoomed_out = check()
    assert zoomed_out < 300 // 3


def test_built_in_chart_follows_what_the_program_uses():
    assert suggest_chart(MANY) == "waitgroup-done"
    assert suggest_chart('signal.Notify(c, syscall.SIGTERM)\ndefer x()') == "signal-shutdown"
    assert suggest_chart("srv := &http.Server{}\nsrv.Shutdown(ctx)") == "http-shutdown"
    assert suggest_chart("func main() {}") is None
    assert all(name in chart_names() for _, name in
               __import__("app.flowchart.library", fromlist=["_SUGGESTIONS"])._SUGGESTIONS)
