"""Lane segments, markers and jump lists computed from a trace (no Qt)."""
from simulator.api import SignalSpec

import synth
from app.timeline_model import TimelineModel, merge_labels
from simulator.tracing.report import defer_report

MS = 10**6


def test_lanes_are_named_as_people_think_of_goroutines(main_exit_trace):
    """Lanes: the signals row, one per goroutine with its Go-style name, then P lanes."""
    m = TimelineModel.from_trace(main_exit_trace)
    names = [ln.name for ln in m.lanes]
    assert names[0] == "signals"
    assert names[1] == "G1 main"
    assert names[2].startswith("G7 worker · main.go:")
    assert names[3:] == ["P0", "P1"]


def test_status_intervals_follow_scheduling(main_exit_trace):
    """G1 runs, sleeps ~100ms (waiting, reason in the segment), runs again."""
    m = TimelineModel.from_trace(main_exit_trace)
    g1 = m.segments[m.lane_of(1)]
    states = [s.state for s in g1 if s.t1 > s.t0]
    assert states[0] == "running" and "waiting" in states and states[-1] == "running"
    wait = next(s for s in g1 if s.state == "waiting")
    assert wait.reason == "sleep" and wait.t1 - wait.t0 > 90 * MS


def test_segments_never_overlap_within_a_lane(shutdown_trace):
    """Segments of one lane are ordered and disjoint, in time and in steps."""
    m = TimelineModel.from_trace(shutdown_trace)
    for segs in m.segments:
        for a, b in zip(segs, segs[1:]):
            assert a.t1 <= b.t0 and a.i1 <= b.i0


def test_lost_defer_marker_sits_on_its_owner_lane(main_exit_trace):
    """DEFER_LOST is recorded by G1 at exit but drawn on G7, the goroutine that deferred it."""
    m = TimelineModel.from_trace(main_exit_trace)
    lost = [mk for mk in m.markers if mk.key == "defer_lost"]
    assert len(lost) == 1 and m.lanes[lost[0].lane].gid == 7
    assert "main returned" in lost[0].label
    assert m.exit_status == 0 and m.exit_reason == "main returned"


def test_jumps_by_kind(main_exit_trace):
    """The defer jump list holds every defer event, in order."""
    m = TimelineModel.from_trace(main_exit_trace)
    d = m.jumps["defer"]
    assert d == sorted(d) and len(d) == 5
    assert m.next_jump("defer", -1, +1) == d[0]
    assert m.next_jump("defer", d[-1], +1) is None
    assert m.next_jump("defer", d[2], -1) == d[1]


def test_signal_and_exit_labels_merge_when_close():
    """A signal that kills the process at once shares one label with the exit."""
    tr = synth.shutdown_trace((SignalSpec("SIGTERM", 350 * MS),))
    m = TimelineModel.from_trace(tr)
    labels = merge_labels(m, False, 0.04 * m.end_time)
    assert len(labels) == 1 and labels[0][1].startswith("SIGTERM") and "143" in labels[0][1]


def test_defer_report_lists_lost_defers(main_exit_trace):
    """--report text names the lost defer and its goroutine."""
    text = defer_report(main_exit_trace)
    assert "G7 worker" in text and "1 lost" in text and "main returned" in text


def test_kubelet_steps_are_marked():
    """The k8s scenario's timeline marks termination, endpoint removal and the grace deadline."""
    from pathlib import Path

    from simulator import simulate
    from simulator.scenario import parse_scenario
    path = Path(__file__).resolve().parents[2] / "assets" / "scenarios" / "26_k8s_grace_period_exceeded.go"
    src = path.read_text()
    r = simulate(src, path.name, parse_scenario(src, path.name).config)
    m = TimelineModel.from_trace(r.trace)
    labels = [mk.label for mk in m.markers if mk.key == "k8s"]
    assert any(lb.startswith("pod terminating") for lb in labels)
    assert any(lb.startswith("grace period over") for lb in labels)
    assert r.status == 137
