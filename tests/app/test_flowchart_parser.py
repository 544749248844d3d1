"""The mermaid subset parser: every construct, and located errors for malformed charts."""
from pathlib import Path

import pytest

from app.flowchart import ChartError, parse_chart

CORPUS = Path(__file__).parent / "flowchart_corpus"


def parse(text):
    return parse_chart(text, "chart.mmd")


def test_corpus_files_parse():
    """Every corpus chart (reference charts + constructs) parses."""
    for path in sorted(CORPUS.glob("*.mmd")):
        chart = parse_chart(path.read_text(encoding="utf-8"), path.name)
        assert chart.nodes, path.name


def test_all_shapes():
    """Each bracket pair gives its mermaid shape."""
    c = parse_chart((CORPUS / "constructs.mmd").read_text(encoding="utf-8"))
    shapes = {n: c.nodes[n].shape for n in "ABCDEFGHIJKLMP"}
    assert shapes == {"A": "rect", "B": "round", "C": "diamond", "D": "circle", "E": "stadium",
                      "F": "subroutine", "G": "cylinder", "H": "hexagon", "I": "odd",
                      "J": "lean_r", "K": "lean_l", "L": "trapezoid", "M": "inv_trapezoid",
                      "P": "doublecircle"}
    assert c.nodes["Q"].label == "Q" and c.nodes["Q"].shape == "rect"


def test_edges_styles_and_labels():
    """Link kinds, both label forms, markers and extra length."""
    c = parse_chart((CORPUS / "constructs.mmd").read_text(encoding="utf-8"))
    by = {(e.src, e.dst): e for e in c.edges}
    assert by["C", "D"].label == "yes" and by["C", "E"].label == "no"
    assert by["D", "F"].end == "none" and by["D", "F"].line_style == "solid"
    assert by["E", "G"].line_style == "dotted"
    assert by["F", "H"].line_style == "thick"
    assert by["G", "I"].line_style == "invisible"
    assert by["H", "J"].label == "dotted label" and by["H", "J"].line_style == "dotted"
    assert by["I", "K"].label == "thick label" and by["I", "K"].line_style == "thick"
    assert by["N", "P"].end == "cross" and by["N", "Q"].end == "circle"
    assert by["O", "Q"].start == "arrow" and by["O", "Q"].end == "arrow"
    assert by["N", "R"].minlen == 2


def test_chains_and_ampersand_order():
    """A --> B --> C and A & B --> C & D expand in mermaid's order (linkStyle indices)."""
    c = parse("graph TD\nA & B --> C & D --> E")
    assert [(e.src, e.dst) for e in c.edges] == [("A", "C"), ("A", "D"), ("B", "C"), ("B", "D"),
                                                ("C", "E"), ("D", "E")]
    assert [e.index for e in c.edges] == list(range(6))


def test_quoted_unicode_and_entities():
    """Quoted labels keep brackets; #quot; decodes; Chinese ids and labels work."""
    c = parse_chart((CORPUS / "constructs.mmd").read_text(encoding="utf-8"))
    assert c.nodes["N"].label == 'quoted: a "b" [x] (y)'
    assert c.nodes["O"].label == "中文标签"
    c2 = parse("graph TD\n开始 --> 结束[完成<br>退出]")
    assert "开始" in c2.nodes and c2.nodes["结束"].label == "完成\n退出"


def test_subgraphs_nested_with_titles():
    """subgraph id [title], id["title"], bare id and "quoted" titles; nesting recorded."""
    c = parse_chart((CORPUS / "constructs.mmd").read_text(encoding="utf-8"))
    assert c.subgraphs["S1"].title == "Outer" and c.subgraphs["S1"].children == ["S2"]
    assert c.subgraphs["S2"].title == "Inner title" and c.subgraphs["S2"].parent == "S1"
    assert c.subgraphs["plain"].title == "plain"
    quoted = [s for s in c.subgraphs.values() if s.title == "Quoted title"]
    assert quoted and quoted[0].members == ["V"]
    assert c.subgraph_of()["T"] == "S2" and c.subgraph_of()["R"] == "S1"
    assert c.subgraphs["S1"].direction == "TB"


def test_styles_classes():
    """classDef (several names), class, :::, style and linkStyle are applied."""
    c = parse_chart((CORPUS / "constructs.mmd").read_text(encoding="utf-8"))
    assert c.node_style("O")["fill"] == "#f96"
    assert c.node_style("A")["fill"] == "#9cf"
    assert c.node_style("C") == {"fill": "#ff0", "stroke": "#f00"}
    assert c.edge_style(0) == {"stroke": "#f00", "stroke-width": "3px"}
    assert c.edge_style(1) == {"stroke": "#333"}


def test_directions_and_semicolons():
    for word, d in [("TB", "TB"), ("TD", "TB"), ("BT", "BT"), ("LR", "LR"), ("RL", "RL")]:
        assert parse(f"graph {word}; A-->B;").direction == d
    assert parse("flowchart\nA").direction == "TB"


@pytest.mark.parametrize("text, where, message", [
    ("graph TD\n    A[start --> B", "2:18", "unterminated node text, expected ']'"),
    ("graph TD\nA((x) --> B", "2:12", "unterminated node text, expected '))'"),
    ('graph TD\nA["x] --> B', "2:3", "unterminated string"),
    ("graph TD\nA -->", "2:6", "expected a node id"),
    ("graph TD\nA -- label B", "2:3", "unterminated edge label, expected '-->'"),
    ("graph TD\nA -->|x B", "2:6", "unterminated edge label, expected '|'"),
    ("graph TD\nA -> B", "2:3", "malformed link"),
    ("graph XY\nA", "1:7", "unknown direction 'XY'"),
    ("grph TD\nA", "1:1", "expected 'graph' or 'flowchart'"),
    ("", "1:1", "empty chart"),
    ("graph TD\nsubgraph X\nA", "2:1", "subgraph 'X' is never closed"),
    ("graph TD\nA\nend", "3:1", "'end' without an open subgraph"),
    ("graph TD\nA-->B\nlinkStyle 5 stroke:red", "3:11", "the chart has only 1 links"),
    ("graph TD\nA\nclass Z hot", "3:7", "unknown node 'Z'"),
    ("graph TD\nA\nstyle A", "3:8", "expected styles"),
    ("graph TD\nA B", "2:3", "unexpected 'B'"),
    ("graph TD\nA\n%% @on defer.pop -> A", "3:4", "unknown event 'defer.pop'"),
    ("graph TD\nA\n%% @on defer.push -> Z", "3:1", "unknown node 'Z'"),
    ("graph TD\nA\n%% @bind x -> A", "3:4", "unknown directive"),
])
def test_errors_are_located(text, where, message):
    """Malformed input raises ChartError with file:line:col and a clear message."""
    with pytest.raises(ChartError) as info:
        parse(text)
    e = info.value
    assert f"{e.line}:{e.col}" == where, str(e)
    assert message in e.message
    assert str(e) == f"chart.mmd:{e.line}:{e.col}: {e.message}"
