"""Chart -> geometry: node boxes, edge curves, label spots and subgraph boxes.

Pipeline (dagre's, as mermaid uses it): ``layering.build_layers`` (acyclic, ranks, dummies,
crossing reduction) -> y per rank -> x by iterated weighted barycentres solved exactly per rank
under the spacing constraints (isotonic regression, PAVA) -> subgraph boxes pushed clear of
other nodes -> rotate for BT/LR/RL -> clip edge ends to node outlines.

The layout is computed in a top-down frame ("TB frame"); for LR/RL node widths and heights are
swapped first, exactly like dagre.  Invariants of ``Layout``: no two node boxes overlap; every
edge polyline starts on its source outline and ends on its target outline; all coordinates are
>= DIAGRAM_PAD; the same chart and measure always give the same numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import layering
from .geometry import clip_to_outline, node_size, outline
from .measure import Measure, approx_measure
from .model import Chart
from .theme import (CLUSTER_PAD, CLUSTER_TITLE, DIAGRAM_PAD, EDGE_SEP, LABEL_PAD, NODE_SEP,
                    RANK_SEP)

X_SWEEPS = 12                       # barycentre sweeps for x (each: down then up)
MAX_CLUSTER_FIXES = 500             # node moves out of foreign subgraph boxes, at most
#: pull of an edge on x, by what it joins (dagre's weights): long edges stay straight
W_REAL_REAL, W_REAL_DUMMY, W_DUMMY_DUMMY = 1.0, 2.0, 8.0
W_SOLE_SIDE = 6.0                   # extra pull of a dummy toward an end with no other edge


@dataclass
class NodeBox:
    id: str
    shape: str
    x: float          # centre
    y: float
    w: float
    h: float
    text_w: float
    text_h: float

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return self.x - self.w / 2, self.y - self.h / 2, self.x + self.w / 2, self.y + self.h / 2


@dataclass
class EdgeRoute:
    index: int
    points: list[tuple[float, float]]        # src outline ... dst outline (spline control points)
    label_pos: tuple[float, float] | None = None
    label_size: tuple[float, float] = (0.0, 0.0)
    back: bool = False                        # a back edge of the DFS (drawn against the ranks)


@dataclass
class ClusterBox:
    id: str
    title: str
    x0: float
    y0: float
    x1: float
    y1: float
    depth: int


@dataclass
class Layout:
    direction: str
    nodes: dict[str, NodeBox] = field(default_factory=dict)
    edges: list[EdgeRoute] = field(default_factory=list)
    clusters: dict[str, ClusterBox] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0
    ranks: dict[str, int] = field(default_factory=dict)      # node -> rank (layer index)
    crossings: int = 0                                        # between adjacent ranks
    forward_crossings: int = 0                                # ignoring back edges


def layout_chart(chart: Chart, measure: Measure = approx_measure) -> Layout:
    ids = list(chart.nodes)
    index = {nid: i for i, nid in enumerate(ids)}
    horizontal = chart.direction in ("LR", "RL")
    text_sizes, sizes = [], []
    for nid in ids:
        node = chart.nodes[nid]
        tw, th = measure(node.label)
        w, h = node_size(node.shape, tw, th)
        text_sizes.append((tw, th))
        sizes.append((h, w) if horizontal else (w, h))
    label_sizes = []
    for e in chart.edges:
        if e.label and e.src != e.dst:
            lw, lh = measure(e.label)
            lw, lh = lw + 2 * LABEL_PAD, lh
            label_sizes.append((lh, lw) if horizontal else (lw, lh))
        else:
            label_sizes.append(None)
    paths = _cluster_paths(chart, ids)
    edges = [(index[e.src], index[e.dst], e.minlen) for e in chart.edges]
    lg = layering.build_layers(sizes, edges, paths, label_sizes)
    ranksep = RANK_SEP / 2 if any(label_sizes) else RANK_SEP
    title_side = "left" if horizontal else ("bottom" if chart.direction == "BT" else "top")
    ys = _rank_y(lg, ranksep, title_side)
    xs = _assign_x(lg, title_side)
    _clear_clusters(lg, xs, title_side)
    out = Layout(chart.direction, crossings=layering.count_crossings(lg),
                 forward_crossings=layering.count_crossings(lg, forward_only=True))
    out.ranks = {nid: lg.rank[i] for i, nid in enumerate(ids)}
    boxes = _cluster_boxes(chart, lg, xs, ys, index, title_side)
    # -- rotate from the TB frame into the chart's direction ------------------------------------
    def tf(x: float, y: float) -> tuple[float, float]:
        if chart.direction == "BT":
            return x, -y
        if chart.direction == "LR":
            return y, x
        if chart.direction == "RL":
            return -y, x
        return x, y
    for i, nid in enumerate(ids):
        x, y = tf(xs[i], ys[lg.rank[i]])
        w, h = (sizes[i][1], sizes[i][0]) if horizontal else sizes[i]
        out.nodes[nid] = NodeBox(nid, chart.nodes[nid].shape, x, y, w, h, *text_sizes[i])
    for sid, (x0, y0, x1, y1, depth) in boxes.items():
        ax, ay = tf(x0, y0)
        bx, by = tf(x1, y1)
        out.clusters[sid] = ClusterBox(sid, chart.subgraphs[sid].title, min(ax, bx), min(ay, by),
                                       max(ax, bx), max(ay, by), depth)
    for e in chart.edges:
        out.edges.append(_route(e, lg, xs, ys, tf, out, index, horizontal))
    _normalise(out)
    return out


def _cluster_paths(chart: Chart, ids: list[str]) -> list[tuple[str, ...]]:
    where = chart.subgraph_of()
    paths = []
    for nid in ids:
        path = []
        sid = where.get(nid)
        while sid is not None:
            path.append(sid)
            sid = chart.subgraphs[sid].parent
        paths.append(tuple(reversed(path)))
    return paths


# -- y ---------------------------------------------------------------------------------------------
def _cluster_rank_spans(lg) -> dict[str, tuple[int, int]]:
    spans: dict[str, list[int]] = {}
    for v in range(lg.n_real):
        for sid in lg.cluster_path[v]:
            s = spans.setdefault(sid, [lg.rank[v], lg.rank[v]])
            s[0] = min(s[0], lg.rank[v])
            s[1] = max(s[1], lg.rank[v])
    return {k: (a, b) for k, (a, b) in spans.items()}


def _rank_y(lg, ranksep: float, title_side: str) -> list[float]:
    """Centre y of every rank; ranks where subgraphs begin or end get room for box and title."""
    nranks = len(lg.order)
    heights = [max((lg.height[v] for v in layer), default=0.0) for layer in lg.order]
    before = [0.0] * nranks
    after = [0.0] * nranks
    spans = _cluster_rank_spans(lg)
    for v in range(lg.n_real):
        r = lg.rank[v]
        starts = sum(1 for s in lg.cluster_path[v] if spans[s][0] == r)
        ends = sum(1 for s in lg.cluster_path[v] if spans[s][1] == r)
        before[r] = max(before[r], starts * (CLUSTER_PAD + (CLUSTER_TITLE if title_side == "top" else 0)))
        after[r] = max(after[r], ends * (CLUSTER_PAD + (CLUSTER_TITLE if title_side == "bottom" else 0)))
    ys = []
    y = 0.0
    for r in range(nranks):
        if r:
            y += heights[r - 1] / 2 + ranksep + after[r - 1] + before[r] + heights[r] / 2
        else:
            y = before[0] + heights[0] / 2
        ys.append(y)
    return ys


# -- x ---------------------------------------------------------------------------------------------
def _separation(lg, a: int, b: int, title_side: str) -> float:
    real_a, real_b = lg.dummy_of[a] < 0 or lg.is_label[a], lg.dummy_of[b] < 0 or lg.is_label[b]
    gap = NODE_SEP if real_a and real_b else EDGE_SEP if not (real_a or real_b) else (NODE_SEP + EDGE_SEP) / 2
    pa, pb = lg.cluster_path[a], lg.cluster_path[b]
    k = 0
    while k < len(pa) and k < len(pb) and pa[k] == pb[k]:
        k += 1
    exits, entries = len(pa) - k, len(pb) - k
    title = CLUSTER_TITLE if title_side == "left" else 0
    extra = exits * CLUSTER_PAD + entries * (CLUSTER_PAD + title)
    if exits or entries:
        gap = max(gap, NODE_SEP / 2) + extra
    return (lg.width[a] + lg.width[b]) / 2 + gap


def _pava(targets: list[float], weights: list[float]) -> list[float]:
    """Weighted isotonic regression: the non-decreasing sequence closest to ``targets``."""
    blocks: list[list[float]] = []        # [mean, weight, count]
    for t, w in zip(targets, weights):
        blocks.append([t, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, c2 = blocks.pop()
            m1, w1, c1 = blocks[-1]
            wt = w1 + w2
            blocks[-1] = [(m1 * w1 + m2 * w2) / wt, wt, c1 + c2]
    out: list[float] = []
    for m, _, c in blocks:
        out.extend([m] * c)
    return out


def _assign_x(lg, title_side: str) -> list[float]:
    n = len(lg.rank)
    xs = [0.0] * n
    seps = []
    for layer in lg.order:
        s = [0.0]
        for a, b in zip(layer, layer[1:]):
            s.append(s[-1] + _separation(lg, a, b, title_side))
        seps.append(s)
        mid = s[-1] / 2 if s else 0.0
        for v, off in zip(layer, s):
            xs[v] = off - mid
    def weight(u: int, v: int) -> float:
        """u is a neighbour of v in the rank above or below."""
        du, dv = lg.dummy_of[u] >= 0, lg.dummy_of[v] >= 0
        if du and dv:
            return W_DUMMY_DUMMY
        if du or dv:
            # like Brandes-Koepf's alignment: a long edge runs straight out of the end that has
            # no other edge on that side (a branch leaves a decision at an angle, then drops)
            real, dummy = (v, u) if du else (u, v)
            side = lg.down[real] if lg.rank[dummy] > lg.rank[real] else lg.up[real]
            return W_REAL_DUMMY * (W_SOLE_SIDE if len(side) == 1 else 1.0)
        return W_REAL_REAL
    nr = len(lg.order)
    sweep_ranks = list(range(nr)) + list(range(nr - 1, -1, -1))
    for _ in range(X_SWEEPS):
        for r in sweep_ranks:
            layer = lg.order[r]
            if not layer:
                continue
            targets, weights = [], []
            for v, off in zip(layer, seps[r]):
                tot = 0.0
                acc = 0.0
                for u in lg.up[v]:
                    w = weight(u, v)
                    tot += w
                    acc += w * xs[u]
                for u in lg.down[v]:
                    w = weight(u, v)
                    tot += w
                    acc += w * xs[u]
                if tot == 0:
                    tot, acc = 0.01, 0.01 * xs[v]
                targets.append(acc / tot - off)
                weights.append(tot)
            for v, y, off in zip(layer, _pava(targets, weights), seps[r]):
                xs[v] = y + off
    return xs


def _clear_clusters(lg, xs: list[float], title_side: str) -> None:
    """Push nodes that sit inside a foreign subgraph's box (in its ranks) out of it; shifting
    everything right of a line keeps every rank's spacing intact.  Inner subgraphs first, so
    an outer box is measured around already-cleared inner ones."""
    spans = _cluster_rank_spans(lg)
    if not spans:
        return
    members: dict[str, set[int]] = {}
    for v in range(len(lg.rank)):
        for sid in lg.cluster_path[v]:
            members.setdefault(sid, set()).add(v)
    depth = {sid: max(len(lg.cluster_path[v]) for v in mem) for sid, mem in members.items()}
    order = sorted(spans, key=lambda s: (-depth[s], s))
    title = CLUSTER_TITLE if title_side == "left" else 0
    budget = MAX_CLUSTER_FIXES
    for sid in order:
        r0, r1 = spans[sid]
        mem = members[sid]
        real = [v for v in mem if lg.dummy_of[v] < 0]
        nest = {len(lg.cluster_path[v]) for v in real}
        pad = CLUSTER_PAD * (max(nest) - min(len(lg.cluster_path[v]) for v in real) + 1)
        r = r0
        while r <= r1 and budget > 0:
            left = min(xs[v] - lg.width[v] / 2 for v in real) - pad - title
            right = max(xs[v] + lg.width[v] / 2 for v in real) + pad
            centre = (left + right) / 2
            layer = lg.order[r]
            first = next((i for i, v in enumerate(layer) if v in mem), None)
            fixed = False
            for i, v in enumerate(layer):
                if v in mem:
                    continue
                lo, hi = xs[v] - lg.width[v] / 2, xs[v] + lg.width[v] / 2
                if hi <= left or lo >= right:
                    continue
                before = (i < first) if first is not None else xs[v] < centre
                if before:   # move the box (and all right of its left edge) right of v
                    delta, line = hi + EDGE_SEP - left, left
                    stay = set(layer[:i + 1])
                    moving = [u for u in range(len(xs)) if (xs[u] >= line or u in mem)
                              and u not in stay]
                else:        # move v and everything right of it past the box
                    delta, line = right + EDGE_SEP - lo, xs[v] - 1e-6
                    moving = [u for u in range(len(xs)) if xs[u] >= line and u not in mem]
                for u in moving:
                    xs[u] += delta
                budget -= 1
                fixed = True
                break
            if not fixed:
                r += 1


def _cluster_boxes(chart, lg, xs, ys, index, title_side):
    """TB-frame boxes (x0, y0, x1, y1, depth), innermost first so parents can wrap children."""
    boxes = {}
    def depth(sid):
        d = 0
        while chart.subgraphs[sid].parent is not None:
            sid = chart.subgraphs[sid].parent
            d += 1
        return d
    for sid in sorted(chart.subgraphs, key=depth, reverse=True):
        sg = chart.subgraphs[sid]
        rects = []
        for m in sg.members:
            v = index[m]
            y = ys[lg.rank[v]]
            rects.append((xs[v] - lg.width[v] / 2, y - lg.height[v] / 2, xs[v] + lg.width[v] / 2,
                          y + lg.height[v] / 2))
        rects.extend(boxes[c][:4] for c in sg.children if c in boxes)
        if not rects:
            continue
        x0 = min(r[0] for r in rects) - CLUSTER_PAD
        y0 = min(r[1] for r in rects) - CLUSTER_PAD
        x1 = max(r[2] for r in rects) + CLUSTER_PAD
        y1 = max(r[3] for r in rects) + CLUSTER_PAD
        if title_side == "top":
            y0 -= CLUSTER_TITLE
        elif title_side == "bottom":
            y1 += CLUSTER_TITLE
        else:
            x0 -= CLUSTER_TITLE
        boxes[sid] = (x0, y0, x1, y1, depth(sid))
    return boxes


# -- edges -----------------------------------------------------------------------------------------
def _route(e, lg, xs, ys, tf, out: Layout, index, horizontal: bool) -> EdgeRoute:
    src, dst = out.nodes[e.src], out.nodes[e.dst]
    if e.src == e.dst:
        return _self_loop(e.index, src)
    chain = lg.chains[e.index]
    back = e.index in lg.reversed_edges
    pts = [tf(xs[v], ys[lg.rank[v]]) for v in chain]
    label_pos = None
    label_size = (0.0, 0.0)
    for v in chain:
        if lg.is_label[v]:
            label_pos = tf(xs[v], ys[lg.rank[v]])
            w, h = lg.width[v], lg.height[v]
            label_size = (h, w) if horizontal else (w, h)
    if back:
        pts.reverse()
    inner = pts[1:-1]
    a = clip_to_outline(outline(src.shape, src.x, src.y, src.w, src.h), (src.x, src.y),
                        inner[0] if inner else (dst.x, dst.y))
    b = clip_to_outline(outline(dst.shape, dst.x, dst.y, dst.w, dst.h), (dst.x, dst.y),
                        inner[-1] if inner else (src.x, src.y))
    return EdgeRoute(e.index, [a] + inner + [b], label_pos, label_size, back)


def _self_loop(i: int, n: NodeBox) -> EdgeRoute:
    r = n.x + n.w / 2
    q = n.h / 4
    return EdgeRoute(i, [(r, n.y - q), (r + 25, n.y - q - 5), (r + 25, n.y + q + 5), (r, n.y + q)])


def _normalise(out: Layout) -> None:
    xs0 = [b.x - b.w / 2 for b in out.nodes.values()] + [c.x0 for c in out.clusters.values()]
    ys0 = [b.y - b.h / 2 for b in out.nodes.values()] + [c.y0 for c in out.clusters.values()]
    xs1 = [b.x + b.w / 2 for b in out.nodes.values()] + [c.x1 for c in out.clusters.values()]
    ys1 = [b.y + b.h / 2 for b in out.nodes.values()] + [c.y1 for c in out.clusters.values()]
    for e in out.edges:
        for x, y in e.points:
            xs0.append(x); xs1.append(x); ys0.append(y); ys1.append(y)
        if e.label_pos:
            xs0.append(e.label_pos[0] - e.label_size[0] / 2)
            xs1.append(e.label_pos[0] + e.label_size[0] / 2)
    if not xs0:
        out.width = out.height = 2 * DIAGRAM_PAD
        return
    dx, dy = DIAGRAM_PAD - min(xs0), DIAGRAM_PAD - min(ys0)
    for b in out.nodes.values():
        b.x += dx
        b.y += dy
    for c in out.clusters.values():
        c.x0 += dx; c.x1 += dx; c.y0 += dy; c.y1 += dy
    for e in out.edges:
        e.points = [(x + dx, y + dy) for x, y in e.points]
        if e.label_pos:
            e.label_pos = (e.label_pos[0] + dx, e.label_pos[1] + dy)
    out.width = max(xs1) + dx + DIAGRAM_PAD
    out.height = max(ys1) + dy + DIAGRAM_PAD
