"""The views follow the current step: the source view scrolls to and marks the line of a step
that has no position of its own, the defer dock scrolls the step's goroutine into view, and
``--step`` counts steps the way the window does (from 1)."""
from __future__ import annotations

from pathlib import Path

import pytest

import main as cli
from realrun import open_path

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "assets" / "scenarios"
SIGTERM = SCENARIOS / "06_sigterm_close_done.go"
SIGNALS = SCENARIOS / "12_signals_hup_reload_term_shutdown.go"


@pytest.fixture
def window(real_window):
    return real_window                                # the real simulator (conftest)


def visible_lines(src) -> range:
    """The 1-based lines the source view shows now."""
    first = src.edit.firstVisibleBlock().blockNumber() + 1
    n = int(src.edit.viewport().height() / src.edit.fontMetrics().lineSpacing())
    return range(first, first + n)


def positionless_steps(trace, w, gid_zero=False):
    """Steps without a source position, of a goroutine (or of none) whose line is past the
    first screenful: the view has to scroll to show it."""
    out = []
    for i in range(len(trace)):
        if trace.pos(i) is not None or (trace.gid(i) == 0) != gid_zero:
            continue
        w.player.seek(i)
        line = w.source.followed_line
        if line is not None and line >= 28:
            out.append((i, line))
    return out


def test_source_follows_a_step_without_position(qtbot, window):
    """A channel receive / frame pop / select step scrolls to and marks its goroutine's line."""
    w = window
    tr = open_path(qtbot, w, SIGTERM)
    steps = positionless_steps(tr, w)
    assert steps, "06 has position-less steps of goroutines at line 30"
    for i, line in steps[:: max(1, len(steps) // 8)]:
        w.player.seek(0)
        w.player.seek(i)
        gid = tr.gid(i)
        assert w.source.followed_line == w.source.current_lines()[gid] == line
        assert line in visible_lines(w.source)
        assert 1 not in visible_lines(w.source)     # not stuck on the //deferlab: header


def test_source_follows_a_step_of_no_goroutine(qtbot, window):
    """A signal delivery or the exit (gid 0) follows the goroutine that ran last."""
    w = window
    tr = open_path(qtbot, w, SIGNALS)
    steps = positionless_steps(tr, w, gid_zero=True)
    assert steps, "12 delivers signals while main waits at line 30"
    i, line = steps[0]
    w.player.seek(0)
    w.player.seek(i)
    assert line in w.source.current_lines().values()
    assert line in visible_lines(w.source) and 1 not in visible_lines(w.source)
    sels = w.source.edit.extraSelections()
    assert any(s.format.fontUnderline() and s.cursor.blockNumber() + 1 == line for s in sels)


def test_source_still_underlines_the_exact_span(qtbot, window):
    """A step with a position keeps following that position, not its goroutine's."""
    w = window
    tr = open_path(qtbot, w, SIGTERM)
    i = next(i for i in range(len(tr) - 1, -1, -1) if tr.pos(i) is not None)
    w.player.seek(i)
    assert w.source.followed_line == tr.pos(i).line
    assert tr.pos(i).line in visible_lines(w.source)


def test_defer_dock_scrolls_to_the_current_goroutine(qtbot, window):
    """Seeking to a step of a goroutine whose cards are off-screen scrolls them into view."""
    w = window
    tr = open_path(qtbot, w, SIGTERM)
    d = w.defers
    bar = d.scroll.verticalScrollBar()

    def shown(gid):
        r = d.blocks[gid]
        return bar.value() <= r.top() and r.bottom() <= bar.value() + d.scroll.viewport().height()

    w.player.seek(0)
    bar.setValue(0)
    # the last step in the middle of the run whose goroutine's block lies below the fold
    found = None
    for i in range(len(tr) // 2, len(tr)):
        g = tr.gid(i)
        w.player.seek(i)
        if g in d.blocks and d.blocks[g].top() > d.scroll.viewport().height():
            found = i
            break
        bar.setValue(0)
    assert found is not None, "06's workers' defers do not fit the dock at 1600x1000"
    g = tr.gid(found)
    assert bar.value() > 0 and shown(g)
    # back to main's step: the dock scrolls back up to G1
    j = next(k for k in range(found, -1, -1) if tr.gid(k) == 1)
    w.player.seek(j)
    assert shown(1) and bar.value() < d.blocks[g].top()


def test_defer_dock_scrolls_to_a_selected_goroutine(qtbot, window):
    """Selecting a goroutine (Goroutines tab, timeline lane) shows its block."""
    w = window
    tr = open_path(qtbot, w, SIGTERM)
    w.player.seek(len(tr) // 2)
    d = w.defers
    bar = d.scroll.verticalScrollBar()
    last = max(d.blocks)
    bar.setValue(0)
    w.player.select_goroutine(last)
    r = d.blocks[last]
    assert bar.value() <= r.top() and r.bottom() <= bar.value() + d.scroll.viewport().height()


# -- --step ----------------------------------------------------------------------------------
@pytest.fixture
def gui_calls(monkeypatch):
    calls = []
    import app.gui
    monkeypatch.setattr(app.gui, "run_gui", lambda *a, **k: calls.append(k) or 0)
    return calls


@pytest.mark.parametrize("argv, index", [(["--step", "301"], 300), (["--step", "1"], 0),
                                         (["--step", "0"], None), ([], None)])
def test_step_option_is_the_ui_step_number(gui_calls, tmp_path, argv, index):
    """--step N shows the window's "step N/…" (index N-1); 0 or no --step: the last step."""
    assert cli.main(["--screenshot", str(tmp_path / "x.png"), str(SIGTERM), *argv]) == 0
    assert gui_calls[-1]["step"] == index


def test_step_option_rejects_negative(gui_calls, tmp_path, capsys):
    """A negative step is a usage error, not a silent first step."""
    assert cli.main(["--screenshot", str(tmp_path / "x.png"), str(SIGTERM), "--step", "-3"]) == 2
    assert "numbered from 1" in capsys.readouterr().err and not gui_calls


def test_step_help_says_1_based(capsys):
    """--help says steps count from 1, as the window shows them."""
    assert cli.main(["--help"]) == 0
    assert "numbered from 1" in " ".join(capsys.readouterr().out.split())
