"""Layout invariants: no overlaps, edges follow the ranks, no crossings on the reference charts,
determinism and speed."""
import math
import random
from pathlib import Path

import pytest

from app.flowchart import parse_chart
from app.flowchart.library import chart_names, load_chart
from app.flowchart.geometry import outline
from app.flowchart.layout import layout_chart

CORPUS = Path(__file__).parent / "flowchart_corpus"
REFERENCE = ["a_defer", "b_preempt", "big50", "c_shutdown", "d_retry", "e_lr"]


def load(name):
    return parse_chart((CORPUS / f"{name}.mmd").read_text(encoding="utf-8"), f"{name}.mmd")


def overlaps(a, b, gap=1.0):
    ax0, ay0, ax1, ay1 = a
    bx0, by0, bx1, by1 = b
    return ax0 < bx1 - gap and bx0 < ax1 - gap and ay0 < by1 - gap and by0 < ay1 - gap


def all_charts():
    return [(n, load(n)) for n in REFERENCE + ["constructs"]] + [(n, load_chart(n)) for n in chart_names()]


@pytest.mark.parametrize("name, chart", all_charts(), ids=lambda x: x if isinstance(x, str) else "")
def test_no_overlapping_nodes(name, chart):
    """No two node boxes intersect, and no node pokes into a subgraph it is not in."""
    lay = layout_chart(chart)
    boxes = list(lay.nodes.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not overlaps(a.rect, b.rect), (name, a.id, b.id)
    where = chart.subgraph_of()
    for sid, box in lay.clusters.items():
        inside = set()
        stack = [sid]
        while stack:
            s = stack.pop()
            inside.update(chart.subgraphs[s].members)
            stack.extend(chart.subgraphs[s].children)
        for nid, nb in lay.nodes.items():
            if nid not in inside:
                assert not overlaps(nb.rect, (box.x0, box.y0, box.x1, box.y1)), (name, sid, nid)
            else:
                x0, y0, x1, y1 = nb.rect
                assert box.x0 <= x0 and x1 <= box.x1 and box.y0 <= y0 and y1 <= box.y1
        assert where is not None


@pytest.mark.parametrize("name", REFERENCE)
def test_edges_point_down_the_ranks(name):
    """Every edge goes to a later rank, except the DFS back edges (drawn upward)."""
    chart = load(name)
    lay = layout_chart(chart)
    for e, route in zip(chart.edges, lay.edges):
        if e.src == e.dst:
            continue
        forward = lay.ranks[e.dst] > lay.ranks[e.src]
        assert forward != route.back, (name, e)
    # on screen too: TB charts go down, LR charts go right
    for e, route in zip(chart.edges, lay.edges):
        if route.back:
            continue
        (x0, y0), (x1, y1) = route.points[0], route.points[-1]
        assert (x1 > x0) if chart.direction == "LR" else (y1 > y0)


@pytest.mark.parametrize("name", REFERENCE)
def test_zero_crossings_on_reference_charts(name):
    """Forward edges never cross on the reference charts (back edges may, as in mermaid)."""
    assert layout_chart(load(name)).forward_crossings == 0


def test_small_reference_charts_have_no_crossings_at_all():
    for name in ["a_defer", "b_preempt", "c_shutdown", "e_lr"]:
        assert layout_chart(load(name)).crossings == 0


def test_mermaid_proportions():
    """Rectangle = text + 60 by text + 30, ranks 50 apart, like mermaid's defaults."""
    lay = layout_chart(load("a_defer"), lambda t: (len(t) * 10.0, 24.0))
    a, b = lay.nodes["A"], lay.nodes["B"]
    assert (a.w, a.h) == (len("函数开始") * 10 + 60, 54)
    assert b.y - a.y == pytest.approx(54 + 50)
    assert a.x == pytest.approx(b.x)          # a chain is straight


def test_directions_rotate():
    """BT puts the source below, LR to the left, RL to the right."""
    base = "A[one] --> B[two]"
    pos = {}
    for d in ["TB", "BT", "LR", "RL"]:
        lay = layout_chart(parse_chart(f"flowchart {d}\n{base}"))
        pos[d] = (lay.nodes["A"], lay.nodes["B"])
    assert pos["TB"][0].y < pos["TB"][1].y and pos["BT"][0].y > pos["BT"][1].y
    assert pos["LR"][0].x < pos["LR"][1].x and pos["RL"][0].x > pos["RL"][1].x


def _dist_to_outline(box, p):
    poly = outline(box.shape, box.x, box.y, box.w, box.h)
    best = float("inf")
    for (ax, ay), (bx, by) in zip(poly, poly[1:] + poly[:1]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / ((dx * dx + dy * dy) or 1)))
        best = min(best, math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy))
    return best


@pytest.mark.parametrize("name", REFERENCE)
def test_edges_end_on_outlines(name):
    """An edge starts on its source's border and ends on its target's (arrow tips touch)."""
    chart = load(name)
    lay = layout_chart(chart)
    for e, route in zip(chart.edges, lay.edges):
        assert _dist_to_outline(lay.nodes[e.src], route.points[0]) < 1.0
        assert _dist_to_outline(lay.nodes[e.dst], route.points[-1]) < 1.0


def test_deterministic():
    a = layout_chart(load("big50"))
    b = layout_chart(load("big50"))
    assert [(n.x, n.y) for n in a.nodes.values()] == [(n.x, n.y) for n in b.nodes.values()]
    assert [r.points for r in a.edges] == [r.points for r in b.edges]


def _random_chart(n, seed=7):
    rnd = random.Random(seed)
    lines = ["flowchart TD"]
    for i in range(2, n + 1):
        lines.append(f'N{rnd.randint(max(1, i - 6), i - 1)} --> N{i}["step {i}"]')
        if i % 9 == 0:
            lines.append(f"N{i} -->|retry| N{i - 7}")
    return parse_chart("\n".join(lines))


def test_200_nodes_fast():
    """200 nodes lay out without overlaps (its speed is measured in benchmarks/render.py)."""
    chart = _random_chart(200)
    lay = layout_chart(chart)
    boxes = sorted((n.x - n.w / 2, n.x + n.w / 2, n.y - n.h / 2, n.y + n.h / 2) for n in lay.nodes.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[0] >= a[1]:
                break
            assert a[3] <= b[2] or b[3] <= a[2], (a, b)
