"""Shape sizes and outlines, edge clipping and d3's ``curveBasis``: pure geometry, no Qt.

Coordinates are y-down (screen).  A node is described by its centre and its bounding width and
height; ``outline`` gives the polygon the scene and the clipping both use, so an arrowhead always
touches the drawn border.
"""
from __future__ import annotations

import math

from .theme import DIAMOND_PAD, RECT_PAD_X, RECT_PAD_Y, SMALL_PAD

Point = tuple[float, float]
ROUND_SHAPES = ("circle", "doublecircle")
CURVE_SEGMENTS = 12        # polygon segments for round parts of outlines (clipping only)


def node_size(shape: str, tw: float, th: float) -> tuple[float, float]:
    """Bounding box of a node whose label measures tw x th (mermaid v11 proportions)."""
    if shape == "diamond":
        s = tw + th + DIAMOND_PAD
        return s, s
    if shape in ("circle", "doublecircle"):
        d = max(tw, th) + SMALL_PAD + (10 if shape == "doublecircle" else 0)
        return d, d
    if shape == "stadium":
        h = th + SMALL_PAD
        return tw + h / 4 + SMALL_PAD + h / 2, h
    if shape == "subroutine":
        return tw + 2 * SMALL_PAD + 16, th + SMALL_PAD
    if shape == "hexagon":
        h = th + SMALL_PAD
        return tw + 2 * SMALL_PAD + h / 2, h
    if shape == "cylinder":
        w = tw + SMALL_PAD
        ry = (w / 2) / (2.5 + w / 50)
        return w, th + 2 * SMALL_PAD + 2 * ry
    h = th + RECT_PAD_Y
    if shape in ("lean_r", "lean_l", "trapezoid", "inv_trapezoid"):
        return tw + RECT_PAD_X + h / 2, h
    if shape == "odd":
        return tw + RECT_PAD_X + h / 4, h
    return tw + RECT_PAD_X, h


def cylinder_ry(w: float) -> float:
    return (w / 2) / (2.5 + w / 50)


def outline(shape: str, cx: float, cy: float, w: float, h: float) -> list[Point]:
    """Closed polygon approximating the node's border (round shapes sampled)."""
    l, r, t, b = cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2
    if shape == "diamond":
        return [(cx, t), (r, cy), (cx, b), (l, cy)]
    if shape == "hexagon":
        k = h / 4
        return [(l + k, t), (r - k, t), (r, cy), (r - k, b), (l + k, b), (l, cy)]
    if shape == "lean_r":
        k = h / 2
        return [(l + k, t), (r, t), (r - k, b), (l, b)]
    if shape == "lean_l":
        k = h / 2
        return [(l, t), (r - k, t), (r, b), (l + k, b)]
    if shape == "trapezoid":
        k = h / 2
        return [(l + k, t), (r - k, t), (r, b), (l, b)]
    if shape == "inv_trapezoid":
        k = h / 2
        return [(l, t), (r, t), (r - k, b), (l + k, b)]
    if shape == "odd":
        k = h / 4
        return [(l, t), (r, t), (r, b), (l, b), (l + k, cy)]
    if shape in ROUND_SHAPES:
        rad = w / 2
        n = CURVE_SEGMENTS * 2
        return [(cx + rad * math.cos(2 * math.pi * i / n), cy + rad * math.sin(2 * math.pi * i / n))
                for i in range(n)]
    if shape == "stadium":
        rad = h / 2
        pts = []
        for i in range(CURVE_SEGMENTS + 1):
            a = -math.pi / 2 + math.pi * i / CURVE_SEGMENTS
            pts.append((r - rad + rad * math.cos(a), cy + rad * math.sin(a)))
        for i in range(CURVE_SEGMENTS + 1):
            a = math.pi / 2 + math.pi * i / CURVE_SEGMENTS
            pts.append((l + rad + rad * math.cos(a), cy + rad * math.sin(a)))
        return pts
    return [(l, t), (r, t), (r, b), (l, b)]


def clip_to_outline(poly: list[Point], inside: Point, outside: Point) -> Point:
    """Where the segment inside->outside leaves the polygon (``outside`` itself if it never
    does, e.g. when the next point is inside the node)."""
    best_t = None
    (x1, y1), (x2, y2) = inside, outside
    dx, dy = x2 - x1, y2 - y1
    n = len(poly)
    for i in range(n):
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % n]
        ex, ey = bx - ax, by - ay
        den = dx * ey - dy * ex
        if abs(den) < 1e-12:
            continue
        t = ((ax - x1) * ey - (ay - y1) * ex) / den
        u = ((ax - x1) * dy - (ay - y1) * dx) / den
        if 0 <= t <= 1 and -1e-9 <= u <= 1 + 1e-9 and (best_t is None or t > best_t):
            best_t = t
    if best_t is None:
        return outside
    return x1 + dx * best_t, y1 + dy * best_t


def basis_segments(points: list[Point]) -> tuple[Point, list[tuple[Point, ...]]]:
    """d3.curveBasis through ``points``: a start point and a list of segments, each either
    ``(end,)`` for a line or ``(c1, c2, end)`` for a cubic Bézier.  Like mermaid, the curve starts
    at the first point and ends at the last one, and bends between the inner ones."""
    segs: list[tuple[Point, ...]] = []
    if not points:
        return (0.0, 0.0), segs
    start = points[0]
    if len(points) == 1:
        return start, segs
    if len(points) == 2:
        return start, [(points[1],)]
    (x0, y0), (x1, y1) = points[0], points[1]
    segs.append((((5 * x0 + x1) / 6, (5 * y0 + y1) / 6),))

    def bez(x0, y0, x1, y1, x, y):
        segs.append((((2 * x0 + x1) / 3, (2 * y0 + y1) / 3),
                     ((x0 + 2 * x1) / 3, (y0 + 2 * y1) / 3),
                     ((x0 + 4 * x1 + x) / 6, (y0 + 4 * y1 + y) / 6)))
    for x, y in points[2:]:
        bez(x0, y0, x1, y1, x, y)
        x0, y0, x1, y1 = x1, y1, x, y
    bez(x0, y0, x1, y1, x1, y1)
    segs.append(((x1, y1),))
    return start, segs


def end_tangent(start: Point, segs: list[tuple[Point, ...]]) -> tuple[Point, Point]:
    """(a point just before the end, the end): the direction an arrowhead at the end points."""
    end = segs[-1][-1]
    prev = start
    for seg in segs:
        for p in seg:
            if math.hypot(p[0] - end[0], p[1] - end[1]) > 1e-6:
                prev = p
    return prev, end
