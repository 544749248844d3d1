"""Synthetic traces built with the recorder, for flowchart binding and derived-chart tests."""
from simulator.tracing.events import EventKind as K
from simulator.tracing.recorder import Recorder


def shutdown_trace(panic: bool = False, killed: bool = False):
    """main defers two calls, starts a worker, gets SIGTERM, closes done, worker's defer runs.
    ``panic``: main panics and recovers in a deferred call; ``killed``: SIGKILL, defers lost."""
    r = Recorder()
    r.begin_slice(0, 1, 0)
    r.emit(K.FRAME_PUSH, 0, 1, "main.main")
    r.emit(K.DEFER_PUSH, 0, 1, 1, 'fmt.Println("bye")', "")
    r.emit(K.DEFER_PUSH, 0, 2, 1, "wg.Wait()", "")
    r.emit(K.GO_CREATE, 0, 2, "main.worker")
    r.emit(K.CHAN_MAKE, 0, 9, 0)
    r.end_slice()
    r.begin_slice(1, 2, 100)
    r.emit(K.FRAME_PUSH, 0, 2, "main.worker")
    r.emit(K.DEFER_PUSH, 0, 3, 2, "wg.Done()", "")
    r.emit(K.GO_PARK, 0, "chan receive")
    r.end_slice()
    if killed:
        r.emit_at(K.SIGNAL_SENT, 200, 0, 0, "SIGKILL", "kill")
        r.emit_at(K.EXIT, 201, 0, 0, 137, "killed by SIGKILL")
        for d in (1, 2, 3):
            r.emit_at(K.DEFER_LOST, 201, 0, 0, d, "killed by SIGKILL")
        return r.finish({})
    r.emit_at(K.SIGNAL_SENT, 200, 0, 0, "SIGTERM", "--signal")
    r.emit_at(K.SIGNAL_CAUGHT, 200, 0, 0, "SIGTERM")
    r.emit_at(K.SIGNAL_RELAYED, 200, 0, 0, "SIGTERM", 7)
    r.begin_slice(0, 1, 300)
    r.emit(K.CHAN_RECV, 0, 7, "terminated", True, 0)
    if panic:
        r.emit(K.PANIC, 0, "boom", False)
    r.emit(K.CHAN_CLOSE, 0, 9, (2,))
    r.end_slice()
    r.begin_slice(1, 2, 400)
    r.emit(K.CHAN_RECV, 0, 9, None, False, 0)
    r.emit(K.DEFER_RUN, 0, 3)
    r.emit(K.WG_ADD, 0, 1, -1, 0)
    r.emit(K.DEFER_DONE, 0, 3)
    r.emit(K.GO_EXIT, 0)
    r.end_slice()
    r.begin_slice(0, 1, 500)
    r.emit(K.DEFER_RUN, 0, 2)
    r.emit(K.DEFER_RUN, 0, 1)
    if panic:
        r.emit(K.RECOVER, 0, "boom", 1)
    r.emit(K.EXIT, 0, 0, "main returned")
    r.end_slice()
    return r.finish({})


def test_synthetic_traces_are_well_formed():
    """The helper traces end with EXIT and carry the events the chart tests rely on."""
    for kw in ({}, {"panic": True}, {"killed": True}):
        trace = shutdown_trace(**kw)
        kinds = [e.kind for e in trace.rich_events()]
        assert kinds[-1] in (K.EXIT, K.DEFER_LOST) and K.DEFER_PUSH in kinds
