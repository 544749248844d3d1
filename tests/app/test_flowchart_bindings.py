"""Bindings: the %% @on language, and ChartAnimator lighting the right nodes for a trace."""
import pytest

from app.flowchart import ChartError, parse_chart
from app.flowchart.bindings import ChartAnimator
from app.flowchart.library import load_chart
from simulator.tracing.events import EventKind as K

from test_flowchart_traces import shutdown_trace

CHART = """flowchart TD
    S([start]) --> P[push] --> Q{signal?}
    Q -->|SIGTERM| R[relayed] --> C[close done]
    Q -->|none| N[nothing]
    C --> W[worker defer runs] --> X([exit 0])
    %% @on defer.push func=main -> P
    %% @on signal.relayed sig=SIGTERM -> R
    %% @on chan.close -> C
    %% @on defer.run func=main.worker text~=Done -> W
    %% @on exit status=0 reason~=returned -> X
    %% @on frame.push nth=1 -> S
"""


def index_of(trace, kind, nth=1):
    hits = [e.index for e in trace.rich_events() if e.kind == kind]
    return hits[nth - 1]


def test_binding_parse():
    """Filters, quoted values, several targets and nth parse into a Binding."""
    c = parse_chart('graph TD\nA-->B\n%% @on output text~="a -> b" gid!=2 nth=3 -> A, B')
    b = c.bindings[0]
    assert b.event == "output" and b.targets == ["A", "B"] and b.nth == 3
    assert b.filters == [("text", "~=", "a -> b"), ("gid", "!=", "2")]


@pytest.mark.parametrize("line, message", [
    ("%% @on nosuch.event -> A", "unknown event"),
    ("%% @on defer.push", "expected '-> NODE'"),
    ("%% @on defer.push bogus -> A", "bad filter"),
    ("%% @on defer.push colour=red -> A", "unknown field"),
    ("%% @on defer.push nth=0 -> A", "nth takes a count"),
    ("%% @on defer.push -> ", "expected a node id"),
])
def test_binding_errors(line, message):
    with pytest.raises(ChartError) as info:
        parse_chart(f"graph TD\nA\n{line}", "c.mmd")
    assert info.value.line == 3 and message in info.value.message


def test_animator_lights_nodes_in_order():
    """Each bound event lights its node; earlier ones stay visited."""
    trace = shutdown_trace()
    anim = ChartAnimator(parse_chart(CHART), trace)
    assert anim.state_at(-1) == (set(), set(), set())
    i = index_of(trace, K.DEFER_PUSH)
    active, visited, _ = anim.state_at(i)
    assert active == {"P"} and visited == {"S", "P"}
    # the worker's own defer push (func main.worker) does not match func=main
    assert anim.state_at(index_of(trace, K.DEFER_PUSH, 3))[0] == {"P"}
    assert anim.state_at(index_of(trace, K.SIGNAL_RELAYED))[0] == {"R"}
    assert anim.state_at(index_of(trace, K.CHAN_CLOSE))[0] == {"C"}
    # defer.run of main's defers does not match func=main.worker
    active, visited, _ = anim.state_at(index_of(trace, K.DEFER_RUN, 1))
    assert active == {"W"}
    assert anim.state_at(index_of(trace, K.DEFER_RUN, 3))[0] == {"W"}
    active, visited, _ = anim.state_at(len(trace) - 1)
    assert active == {"X"} and {"S", "P", "Q", "R", "C", "W", "X"} <= visited
    assert "N" not in visited


def test_decision_branch_taken():
    """Going from P to R through the unbound decision Q lights Q and the SIGTERM branch only."""
    chart = parse_chart(CHART)
    trace = shutdown_trace()
    anim = ChartAnimator(chart, trace)
    _, visited, taken = anim.state_at(index_of(trace, K.SIGNAL_RELAYED))
    by = {(e.src, e.dst): e.index for e in chart.edges}
    assert by["P", "Q"] in taken and by["Q", "R"] in taken and by["Q", "N"] not in taken
    assert "Q" in visited


def test_state_between_hits_is_stable():
    """Steps between two hits keep the last lit node (bisect, not exact match)."""
    trace = shutdown_trace()
    anim = ChartAnimator(parse_chart(CHART), trace)
    i = index_of(trace, K.SIGNAL_RELAYED)
    j = index_of(trace, K.CHAN_CLOSE)
    for k in range(i, j):
        assert anim.state_at(k)[0] == {"R"}


def test_concept_chart_signal_shutdown():
    """The built-in signal-shutdown chart follows a recorded SIGTERM shutdown."""
    trace = shutdown_trace()
    anim = ChartAnimator(load_chart("signal-shutdown"), trace)
    _, visited, _ = anim.state_at(len(trace) - 1)
    assert {"K", "H", "R", "M", "C", "W", "F", "J", "X"} <= visited
    assert "D" not in visited


def test_concept_chart_exit_paths_kill():
    """SIGKILL lights the kill branch and the lost defers."""
    trace = shutdown_trace(killed=True)
    anim = ChartAnimator(load_chart("exit-paths"), trace)
    _, visited, _ = anim.state_at(len(trace) - 1)
    assert {"G", "L", "X"} <= visited and "C" not in visited
