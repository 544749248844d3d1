"""The main window, driven through its player, keyboard and Signals menu (offscreen)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import synth
from app.main_window import MainWindow
from app.session import Session


@pytest.fixture
def window(qtbot, fake_simulate):
    w = MainWindow(Session(simulate=fake_simulate), restore=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.shutdown()


def open_and_wait(qtbot, w, source, name="main.go"):
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.session.open_source(source, name)
    return w.player.trace


def test_driving_the_player_updates_every_view(qtbot, window):
    """Seeking to the end shows lost defers, dead goroutines, output and the exit banner."""
    w = window
    open_and_wait(qtbot, w, synth.MAIN_EXIT_SRC)
    assert w.player.position == 0
    w.player.last()
    # defer stacks: the worker's defer is lost, crossed out, with its reason
    cards = w.defers.canvas.cards
    assert any(c.status == "lost" and c.reason == "main returned" and "cleanup" in c.text
               for c in cards.values())
    # goroutines table: every goroutine dead
    statuses = {w.goroutines.item(r, 2).text() for r in range(w.goroutines.rowCount())}
    assert statuses == {"dead"} and w.goroutines.rowCount() == 2
    # console: output so far and an exit banner
    assert "main: returning" in w.console.text.toPlainText()
    assert "exit status 0 — main returned" in w.console.banner.text()
    # timeline cursor at the last step's time; transport readout
    assert w.timeline.cursor_x() == pytest.approx(w.player.trace.time(w.player.position))
    assert w.transport.readout.text().startswith(f"step {w.player.count}/")
    # back to a middle step: the worker is alive with a pending defer; its line is marked
    w.player.seek(13)
    st = w.player.state()
    assert st.goroutines[7].status == "running"
    assert any(c.status == "pending" for c in w.defers.canvas.cards.values())
    assert 7 in w.source.current_lines()
    assert w.source.edit.badges and w.console.banner.isHidden()


def test_keyboard_steps_back_and_forth(qtbot, window):
    """→, ←, End, Home and Shift+→ move the player."""
    w = window
    open_and_wait(qtbot, w, synth.MAIN_EXIT_SRC)
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key_Right)
    assert w.player.position == 1
    qtbot.keyClick(w, Qt.Key_Left)
    assert w.player.position == 0
    qtbot.keyClick(w, Qt.Key_End)
    assert w.player.position == w.player.count - 1
    qtbot.keyClick(w, Qt.Key_Home)
    assert w.player.position == 0
    qtbot.keyClick(w, Qt.Key_Right, Qt.ShiftModifier)
    assert w.player.position == w.player.model.jumps["any"][0]


def test_what_if_sigterm_changes_the_future_only(qtbot, window):
    """SIGTERM at the current step: the events so far are unchanged, the end is a kill."""
    w = window
    before = open_and_wait(qtbot, w, synth.SHUTDOWN_SRC)
    assert before.meta["status"] == 0
    w.player.seek_time(250 * 10**6)
    pos, t = w.player.position, w.player.time
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.actions["send_SIGTERM"].trigger()
    after = w.player.trace
    assert after is not before
    assert w.player.position == pos                      # the cursor stays
    for i in range(pos + 1):                              # the past stays
        assert after[i] == before[i]
    assert after.meta["status"] == 143                    # the future changes
    assert after.end_time == t
    assert [s.name for s in w.session.extra_signals] == ["SIGTERM"]
    table = w.signals.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "SIGTERM"
    w.player.last()
    lost = [c for c in w.defers.canvas.cards.values() if c.status == "lost"]
    assert {c.reason for c in lost} == {"killed by SIGTERM"} and len(lost) == 2


def test_what_if_signal_can_be_edited_and_removed(qtbot, window):
    """Editing the time redoes the run; removing it restores the original ending."""
    w = window
    open_and_wait(qtbot, w, synth.SHUTDOWN_SRC)
    w.player.seek_time(250 * 10**6)
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.send_signal("SIGINT")
    assert w.player.trace.meta["status"] == 130
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.signals.table.item(0, 1).setText("550ms")
    assert w.player.trace.end_time == 550 * 10**6
    w.signals.table.selectRow(0)
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.signals.remove_btn.click()
    assert w.player.trace.meta["status"] == 0 and not w.session.extra_signals


def test_error_in_the_go_file_shows_inline(qtbot, window):
    """A compile error marks its line in the source view; the app keeps running."""
    w = window
    src = synth.MAIN_EXIT_SRC.replace('fmt.Println("main: returning")', "SYNTAX ERROR")
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.session.open_source(src, "main.go")
    line = next(k for k, ln in enumerate(src.splitlines(), 1) if "SYNTAX ERROR" in ln)
    assert line in w.source.edit.errors
    assert "syntax error" in w.source.edit.errors[line]
    assert w.source.banner.isVisibleTo(w) and "main.go:%d" % line in w.source.banner.text()
    assert w.player.trace is None
    # fixing it clears the error
    open_and_wait(qtbot, w, synth.MAIN_EXIT_SRC)
    assert not w.source.edit.errors and w.source.banner.isHidden()


def test_bad_directive_shows_inline(qtbot, window):
    """An unknown //deferlab: directive is an error on its line, not a crash."""
    w = window
    src = "//deferlab:titel oops\n" + synth.MAIN_EXIT_SRC
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.session.open_source(src, "main.go")
    assert 1 in w.source.edit.errors and "unknown directive" in w.source.edit.errors[1]


def test_internal_error_keeps_the_app_running(qtbot):
    """A simulator exception becomes a message, not a dead window."""
    def boom(*a, **k):
        raise RuntimeError("interpreter exploded")
    w = MainWindow(Session(simulate=boom), restore=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.session.open_source(synth.MAIN_EXIT_SRC)
    assert "internal error" in w.console.text.toPlainText()
    assert "interpreter exploded" in w.source.banner.text()


def test_file_change_on_disk_reruns_and_keeps_place(qtbot, window, tmp_path):
    """Saving the open file redoes the run; the cursor keeps its virtual time."""
    w = window
    f = tmp_path / "prog.go"
    f.write_text(synth.SHUTDOWN_SRC)
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        w.open_path(str(f))
    w.player.seek_time(300 * 10**6)
    t = w.player.time
    with qtbot.waitSignal(w.session.run_finished, timeout=20000):
        f.write_text(synth.SHUTDOWN_SRC + "\n// edited\n")
    assert w.session.source.endswith("// edited\n")
    assert w.player.time >= t and w.player.time - t < 50 * 10**6


def test_cancel_stops_a_slow_run(qtbot):
    """Cancel while simulating: the window gets a cancelled state and stays responsive."""
    import threading
    gate = threading.Event()

    def slow(source, filename, config, progress=None, cancelled=None):
        while not cancelled():
            progress(1)
            gate.wait(0.01)
        return synth._result(synth.main_exit_trace())
    w = MainWindow(Session(simulate=slow), restore=False)
    qtbot.addWidget(w)
    w.show()
    w.session.open_source(synth.MAIN_EXIT_SRC)
    assert w.session.running and w.cancel_btn.isVisibleTo(w)
    with qtbot.waitSignal(w.session.run_cancelled, timeout=5000):
        w.cancel_btn.click()
    assert not w.session.running and not w.cancel_btn.isVisibleTo(w)
    w.session.shutdown()


def test_theme_switch_and_layout_saved(qtbot, window):
    """Dark theme applies to the views; the layout goes to QSettings on close."""
    from app import settings, theme
    w = window
    w.set_theme("dark")
    assert theme.current().dark and w.defers.theme.dark
    w.set_theme("light")
    w.close()
    assert settings.settings().value("windowState") is not None


def test_scenario_browser_lists_built_in_scenarios(qtbot, window):
    """Scenarios are grouped by topic in the browser."""
    from app.scenarios import list_scenarios
    entries = list_scenarios()
    assert entries, "assets/scenarios is empty"
    topics = {window.browser.topLevelItem(k).text(0) for k in range(window.browser.topLevelItemCount())}
    assert topics == {e.topic for e in entries}
