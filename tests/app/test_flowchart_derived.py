"""Derived charts: mermaid text of what happened, valid for our parser (and mermaid)."""
from app.flowchart import parse_chart
from app.flowchart.derived import derive_chart, quote
from app.flowchart.layout import layout_chart

from test_flowchart_traces import shutdown_trace


def labels(text):
    chart = parse_chart(text, "derived.mmd")
    layout_chart(chart)
    return [n.label for n in chart.nodes.values()], chart


def test_goroutine_story():
    """A worker: start, defer pushed, body, panic? no, defer runs, exits."""
    text = derive_chart(shutdown_trace(), gid=2)
    got, chart = labels(text)
    assert got[0].startswith("G2 main.worker")
    assert "defer wg.Done() pushed" in got and "defer wg.Done() runs" in got
    assert "panic?" in got and got[-1] == "G2 exits"
    assert any(e.label == "no" for e in chart.edges)


def test_main_story_with_quotes_and_panic():
    """Labels with quotes survive (#quot;), a panic takes the yes branch, recover is shown."""
    text = derive_chart(shutdown_trace(panic=True), gid=1)
    assert "#quot;bye#quot;" in text
    got, chart = labels(text)
    assert 'defer fmt.Println("bye") pushed' in got
    assert "panic: boom" in got and "recover() = boom" in got
    assert any(e.label == "yes" for e in chart.edges)
    assert "receives SIGTERM" in got


def test_killed_process_loses_defers():
    """SIGKILL: each goroutine ends 'process ends' and its pending defers hang off as lost."""
    got, chart = labels(derive_chart(shutdown_trace(killed=True)))
    assert any(label.startswith("defer wg.Done() lost") for label in got)
    assert any("killed by SIGKILL" in label for label in got)
    dotted = [e for e in chart.edges if e.line_style == "dotted"]
    assert len(dotted) >= 3
    assert set(chart.subgraphs) == {"G1", "G2"}


def test_whole_process_chart():
    got, chart = labels(derive_chart(shutdown_trace()))
    assert "EXIT" in chart.nodes and any("SIGTERM sent" in label for label in got)


def test_quote_escapes():
    """quote() output round-trips through the parser, brackets and quotes included."""
    raw = 'x [y] (z) {w} #3; "q"'
    assert "#quot;" in quote(raw) and '"' not in quote(raw)
    chart = parse_chart('graph TD\nA["' + quote(raw) + '"]')
    assert chart.nodes["A"].label == raw
