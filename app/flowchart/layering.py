"""The layered (Sugiyama/dagre) half of the layout: acyclic orientation, ranks, dummy nodes,
crossing reduction.  Works on integers for speed; ``layout.py`` turns the result into geometry.

Invariants of ``LayerGraph`` after ``build_layers``:

* every edge goes from rank r to rank r + 1 (long edges are chains through dummy nodes);
* ``order[r]`` lists the vertices of rank r left to right; ``pos[v]`` is v's index in it;
* vertices 0..n_real-1 are the chart's nodes in chart order, the rest are dummies;
* within every rank, the members of one subgraph are contiguous (the grouping sort keeps them so).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

MAX_SWEEPS = 24                 # crossing-reduction sweeps at most ...
PATIENCE = 4                    # ... stopping after this many without improvement


@dataclass
class LayerGraph:
    n_real: int
    rank: list[int]
    width: list[float]
    height: list[float]
    cluster_path: list[tuple[str, ...]]     # subgraph ids, outermost first
    dummy_of: list[int]                     # chart edge index for dummies, -1 for real vertices
    is_label: list[bool]
    up: list[list[int]] = field(default_factory=list)     # predecessors (rank - 1)
    down: list[list[int]] = field(default_factory=list)   # successors (rank + 1)
    order: list[list[int]] = field(default_factory=list)
    pos: list[int] = field(default_factory=list)
    chains: dict[int, list[int]] = field(default_factory=dict)   # edge -> vertices src..dst
    reversed_edges: set[int] = field(default_factory=set)


def break_cycles(n: int, edges: list[tuple[int, int]]) -> set[int]:
    """Indices of back edges found by a DFS in vertex order (reversing them makes a DAG)."""
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for i, (u, v) in enumerate(edges):
        out[u].append((v, i))
    state = [0] * n            # 0 new, 1 on the DFS stack, 2 done
    back: set[int] = set()
    for root in range(n):
        if state[root]:
            continue
        state[root] = 1
        stack = [(root, iter(out[root]))]
        while stack:
            u, it = stack[-1]
            for v, i in it:
                if state[v] == 1:
                    back.add(i)
                elif state[v] == 0:
                    state[v] = 1
                    stack.append((v, iter(out[v])))
                    break
            else:
                state[u] = 2
                stack.pop()
    return back


def assign_ranks(n: int, edges: list[tuple[int, int, int]]) -> list[int]:
    """Longest-path ranks on a DAG (u, v, minlen), then a balancing pass: a vertex moves within
    its slack toward the side with more edges (ties: down, as dagre's initial ranking does)."""
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    ins: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    outs: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, m in edges:
        g.add_edge(u, v)
        ins[v].append((u, m))
        outs[u].append((v, m))
    topo = list(nx.lexicographical_topological_sort(g))
    rank = [0] * n
    for v in topo:
        for u, m in ins[v]:
            rank[v] = max(rank[v], rank[u] + m)
    for _ in range(4):
        moved = False
        for v in reversed(topo):
            lo = max((rank[u] + m for u, m in ins[v]), default=None)
            hi = min((rank[w] - m for w, m in outs[v]), default=None)
            if lo is None and hi is None:
                continue
            if hi is not None and (lo is None or len(outs[v]) >= len(ins[v])):
                target = hi
            else:
                target = lo
            if target != rank[v]:
                rank[v] = target
                moved = True
        if not moved:
            break
    low = min(rank, default=0)
    return [r - low for r in rank]


def build_layers(sizes, edges, cluster_path, label_sizes) -> LayerGraph:
    """sizes[v] = (w, h) of real vertex v; edges[i] = (u, v, minlen) chart edges (self loops
    allowed, skipped); label_sizes[i] = (w, h) or None.  Returns ranks, dummies and an order."""
    n = len(sizes)
    plain = [(u, v) for u, v, _ in edges]
    back = break_cycles(n, [(u, v) if u != v else (u, u) for u, v in plain])
    has_labels = any(label_sizes)
    dag_edges = []
    oriented = []
    for i, (u, v, m) in enumerate(edges):
        if u == v:
            oriented.append(None)
            continue
        a, b = (v, u) if i in back else (u, v)
        m = m * 2 if has_labels else m
        oriented.append((a, b))
        dag_edges.append((a, b, m))
    rank = assign_ranks(n, dag_edges)
    lg = LayerGraph(n, rank, [s[0] for s in sizes], [s[1] for s in sizes], list(cluster_path),
                    [-1] * n, [False] * n, reversed_edges=back)
    lg.up = [[] for _ in range(n)]
    lg.down = [[] for _ in range(n)]
    for i, ab in enumerate(oriented):
        if ab is None:
            continue
        a, b = ab
        chain = [a]
        lo, hi = rank[a], rank[b]
        mid = (lo + hi) // 2
        common = _common_path(cluster_path[a], cluster_path[b])
        for r in range(lo + 1, hi):
            d = len(lg.rank)
            lg.rank.append(r)
            is_label = label_sizes[i] is not None and r == mid
            w, h = label_sizes[i] if is_label else (0.0, 0.0)
            lg.width.append(w)
            lg.height.append(h)
            lg.cluster_path.append(common)
            lg.dummy_of.append(i)
            lg.is_label.append(is_label)
            lg.up.append([])
            lg.down.append([])
            chain.append(d)
        chain.append(b)
        for x, y in zip(chain, chain[1:]):
            lg.down[x].append(y)
            lg.up[y].append(x)
        lg.chains[i] = chain
    _init_order(lg)
    _reduce_crossings(lg)
    return lg


def _common_path(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    k = 0
    while k < len(a) and k < len(b) and a[k] == b[k]:
        k += 1
    return a[:k]


def _init_order(lg: LayerGraph) -> None:
    """dagre's initOrder: DFS from vertices in rank order, each appended to its rank on visit."""
    nranks = max(lg.rank, default=-1) + 1
    lg.order = [[] for _ in range(nranks)]
    seen = [False] * len(lg.rank)
    for root in sorted(range(len(lg.rank)), key=lambda v: (lg.rank[v], v)):
        if seen[root]:
            continue
        stack = [root]
        while stack:
            v = stack.pop()
            if seen[v]:
                continue
            seen[v] = True
            lg.order[lg.rank[v]].append(v)
            stack.extend(reversed(lg.down[v]))
    for layer in lg.order:
        _group_sort(lg, layer, {v: float(i) for i, v in enumerate(layer)})
    _set_pos(lg)


def _set_pos(lg: LayerGraph) -> None:
    lg.pos = [0] * len(lg.rank)
    for layer in lg.order:
        for i, v in enumerate(layer):
            lg.pos[v] = i


def _group_sort(lg: LayerGraph, layer: list[int], key: dict[int, float]) -> None:
    """Sort ``layer`` in place by ``key`` keeping each subgraph's members contiguous: a subgraph
    sorts as one block at the mean key of its members (recursively for nested ones)."""
    def arrange(items: list[int], depth: int) -> tuple[list[int], float]:
        blocks: list[tuple[float, int, list[int]]] = []
        groups: dict[str, list[int]] = {}
        first: dict[str, int] = {}
        for idx, v in enumerate(items):
            path = lg.cluster_path[v]
            if len(path) > depth:
                groups.setdefault(path[depth], []).append(v)
                first.setdefault(path[depth], idx)
            else:
                blocks.append((key[v], idx, [v]))
        for gid, members in groups.items():
            sub, k = arrange(members, depth + 1)
            blocks.append((k, first[gid], sub))
        blocks.sort(key=lambda b: (b[0], b[1]))
        flat = [v for _, _, vs in blocks for v in vs]
        mean = sum(key[v] for v in flat) / len(flat)
        return flat, mean
    if layer:
        layer[:] = arrange(layer, 0)[0]


def count_crossings(lg: LayerGraph, forward_only: bool = False) -> int:
    """Edge crossings between adjacent ranks; ``forward_only`` ignores the segments of back
    edges (mermaid draws those across the flow too)."""
    skip: set[tuple[int, int]] = set()
    if forward_only:
        for i in lg.reversed_edges:
            chain = lg.chains.get(i, [])
            skip.update(zip(chain, chain[1:]))
    total = 0
    pos = lg.pos
    for r in range(len(lg.order) - 1):
        pairs = sorted((pos[u], pos[v]) for u in lg.order[r] for v in lg.down[u]
                       if not skip or (u, v) not in skip)
        # count inversions of the lower ends with a Fenwick tree
        size = len(lg.order[r + 1]) + 1
        tree = [0] * (size + 1)
        seen = 0
        for _, b in pairs:
            i = b + 1
            le = 0
            while i > 0:
                le += tree[i]
                i -= i & -i
            total += seen - le
            i = b + 1
            while i <= size:
                tree[i] += 1
                i += i & -i
            seen += 1
    return total


def _reduce_crossings(lg: LayerGraph) -> None:
    """Barycenter sweeps, down then up, keeping the best order seen (fewest crossings)."""
    best = [list(layer) for layer in lg.order]
    best_c = count_crossings(lg)
    stale = 0
    for sweep in range(MAX_SWEEPS):
        if best_c == 0 or stale >= PATIENCE:
            break
        downward = sweep % 2 == 0
        ranks = range(1, len(lg.order)) if downward else range(len(lg.order) - 2, -1, -1)
        for r in ranks:
            layer = lg.order[r]
            key = {}
            for i, v in enumerate(layer):
                nbrs = lg.up[v] if downward else lg.down[v]
                if nbrs:
                    key[v] = sum(lg.pos[u] for u in nbrs) / len(nbrs)
                else:
                    key[v] = float(lg.pos[v])
            # equal barycentres keep the current order; bias by a hair so ties are stable
            for i, v in enumerate(layer):
                key[v] += i * 1e-6
            _group_sort(lg, layer, key)
            for i, v in enumerate(layer):
                lg.pos[v] = i
        c = count_crossings(lg)
        if c < best_c:
            best_c, best, stale = c, [list(layer) for layer in lg.order], 0
        else:
            stale += 1
    lg.order = best
    _set_pos(lg)
