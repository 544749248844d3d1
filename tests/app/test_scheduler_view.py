"""Scheduler view: the G-M-P snapshot model (pure) and the widget (offscreen)."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.player import Player
from app.scheduler_model import sched_index, scheduler_snapshot
from simulator import RunConfig, simulate
from simulator.tracing.events import EventKind as K

PROGRAMS = Path(__file__).resolve().parents[1] / "programs"


@pytest.fixture(scope="module")
def runnext_trace():
    """Five `go` statements then wg.Wait with one P: prints 4 0 1 2 3."""
    src = (PROGRAMS / "sched_runnext_order.go").read_text()
    r = simulate(src, "x.go", RunConfig(gomaxprocs=1))
    assert r.stdout.split() == ["4", "0", "1", "2", "3"]
    return r.trace


def _creates(trace):
    return [e for e in trace.of_kind(K.GO_CREATE)]


def test_snapshot_after_fifth_go_statement(runnext_trace):
    """The 5th G sits in runnext, the first four in the local queue, in order."""
    creates = _creates(runnext_trace)
    assert len(creates) == 5
    kids = [e.data["child"] for e in creates]
    for step in (creates[-1].index, creates[-1].index + 1):
        snap = scheduler_snapshot(runnext_trace, step)
        assert snap["mode"] == "queues"
        (p0,) = snap["procs"]
        assert p0["runnext"] == kids[4]
        assert list(p0["queue"]) == kids[:4]
        assert p0["running"] == 1
        assert snap["global"] == ()
        assert "created" in snap["event"] and f"G{kids[4]}" in snap["event"]


def test_snapshot_follows_the_schedule(runnext_trace):
    """After wg.Wait parks main, P0 runs the runnext G first, then the queue in FIFO order."""
    kids = [e.data["child"] for e in _creates(runnext_trace)]
    order = []
    for e in runnext_trace.of_kind(K.PROC_RUN):
        snap = scheduler_snapshot(runnext_trace, e.index)
        g = snap["procs"][0]["running"]
        if g != 1:
            order.append(g)
    assert order == [kids[4]] + kids[:4]
    first = next(e for e in runnext_trace.of_kind(K.PROC_RUN) if e.gid == kids[4])
    assert "runnext" in scheduler_snapshot(runnext_trace, first.index)["event"]
    end = scheduler_snapshot(runnext_trace, len(runnext_trace) - 1)
    assert end["procs"][0]["queue"] == () and end["counts"]["dead"] == 6


def test_snapshot_matches_every_runq_record(runnext_trace):
    """The model agrees with each RUNQ event the simulator recorded."""
    for e in runnext_trace.of_kind(K.RUNQ):
        snap = scheduler_snapshot(runnext_trace, e.index)
        p = snap["procs"][e.data["p"]]
        assert tuple(p["queue"]) == tuple(e.data["queue"])
        assert p["runnext"] == e.data["runnext"]
        assert tuple(snap["global"]) == tuple(e.data["global_"])


def test_preemption_and_global_queue():
    """A spinning G is preempted by sysmon and lands in the global run queue."""
    src = (PROGRAMS / "sched_tight_loop_preempt.go").read_text()
    tr = simulate(src, "x.go", RunConfig(gomaxprocs=1)).trace
    pre = next(tr.of_kind(K.GO_PREEMPT))
    snap = scheduler_snapshot(tr, pre.index)
    assert snap["global"] == (pre.gid,)
    assert snap["event"].startswith(f"G{pre.gid} preempted (async, SIGURG) after ")
    assert snap["procs"][0]["running"] == 0 and snap["procs"][0]["runnext"] == 1


SPAWN = """package main

import "sync"

func main() {
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for j := 0; j < 50; j++ {
				s += j
			}
		}()
	}
	wg.Wait()
}
"""


def test_steal_between_two_ps():
    """With two Ps an idle P steals half of the busy P's local queue."""
    tr = simulate(SPAWN.replace("i < N", "i < 40"), "x.go",
                  RunConfig(gomaxprocs=2)).trace
    idx = sched_index(tr)
    assert idx.cutoff is None
    steals = [e.index for e in tr.of_kind(K.RUNQ) if "stole" in scheduler_snapshot(tr, e.index)["event"]]
    assert steals
    for e in tr.of_kind(K.RUNQ):          # the model agrees with every recorded RUNQ
        snap = scheduler_snapshot(tr, e.index)
        q = e.data["queue"]
        got = tuple(snap["procs"][e.data["p"]]["queue"])
        if len(q) == 1 and q[0] < 0:      # too long to list: recorded as (-length,)
            assert len(got) == -q[0]
            continue
        assert got == tuple(q)


def test_counts_only_beyond_256_goroutines():
    tr = simulate(SPAWN.replace("i < N", "i < 300"), "x.go", RunConfig(gomaxprocs=2)).trace
    idx = sched_index(tr)
    assert idx.cutoff is not None
    early = scheduler_snapshot(tr, idx.cutoff - 1)
    late = scheduler_snapshot(tr, len(tr) - 1)
    assert early["mode"] == "queues"
    assert late["mode"] == "counts" and "256" in late["note"]
    assert late["counts"]["dead"] == 301


def test_widget_renders(qtbot, runnext_trace, tmp_path):
    from app.views.scheduler import SchedulerView
    player = Player()
    player.load(runnext_trace)
    w = SchedulerView(player)
    qtbot.addWidget(w)
    w.resize(700, 480)
    w.show()
    qtbot.waitExposed(w)
    step = _creates(runnext_trace)[-1].index
    player.seek(step)
    assert w.snapshot["step"] == step
    img = w.grab().toImage()
    assert not img.isNull() and img.width() > 100
    colors = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colors) > 5                    # boxes, chips and text, not a blank fill
    assert w.grab().save(str(tmp_path / "sched.png"))
    # a chip is clickable: selecting its goroutine
    rect, gid = w.canvas._hits[-1]
    qtbot.mouseClick(w.canvas, Qt.LeftButton, pos=rect.center().toPoint())
    assert player.selected_gid == gid
