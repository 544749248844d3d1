"""The player: seeking, stepping both ways, jumps by kind, playback on a QTimer."""
from app.player import Player


def test_step_back_gives_the_same_state_as_forward(qtbot, main_exit_trace):
    """state at i reached by stepping back equals the state reached going forward."""
    p = Player()
    p.load(main_exit_trace)
    p.seek(20)
    fwd = p.state()
    p.last()
    for _ in range(len(main_exit_trace) - 1 - 20):
        p.step(-1)
    assert p.position == 20
    assert p.state() == fwd


def test_next_and_prev_of_kind(qtbot, main_exit_trace):
    """next_of_kind('defer') walks the defer events; at the end it stays put."""
    p = Player()
    p.load(main_exit_trace)
    seen = []
    while p.next_of_kind("defer"):
        seen.append(main_exit_trace.kind(p.position).name)
    assert seen[0] == "DEFER_PUSH" and "DEFER_LOST" in seen
    assert p.prev_of_kind("defer")
    assert main_exit_trace.kind(p.position).name.startswith("DEFER")


def test_step_in_goroutine_stays_in_it(qtbot, main_exit_trace):
    """Stepping within G7 only lands on G7's events."""
    p = Player()
    p.load(main_exit_trace)
    p.select_goroutine(7)
    landed = []
    while p.step_in_goroutine(+1):
        landed.append(main_exit_trace.gid(p.position))
    assert landed and set(landed) == {7}


def test_seek_line_goes_to_the_next_step_on_that_line(qtbot, main_exit_trace):
    """Clicking line 12 (worker's Println) seeks to the step that executes it."""
    p = Player()
    p.load(main_exit_trace)
    assert p.seek_line("main.go", 12)
    assert main_exit_trace.pos(p.position).line == 12


def test_playback_advances_and_stops_at_the_end(qtbot, main_exit_trace):
    """Playing at high speed reaches the last step and pauses itself."""
    p = Player()
    p.load(main_exit_trace)
    p.set_speed(1000)
    with qtbot.waitSignal(p.playing_changed, timeout=5000) as blocker:
        p.play()
    assert blocker.args == [True]
    qtbot.waitUntil(lambda: not p.playing, timeout=5000)
    assert p.position == len(main_exit_trace) - 1
