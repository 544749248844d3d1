"""Drawing speed, measured in one run: flowchart layout and timeline export at two sizes.

Prints seconds and the growth ratio between the sizes (a layout or export that is linear in its
input shows a ratio near the size ratio; the old one-plot-item-per-lane export grew far faster).
Targets: 200 flowchart nodes in well under 0.1 s of CPU; a 10k-lane timeline export in seconds.

usage: QT_QPA_PLATFORM=offscreen python benchmarks/render.py
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "app"))


def random_chart(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    lines = ["flowchart TD"]
    for i in range(1, n):
        lines.append(f"    N{rng.randrange(i)}[node {rng.randrange(i)}] --> N{i}[step {i}]")
    return "\n".join(lines) + "\n"


def cpu(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    from app.flowchart import parse_chart
    from app.flowchart.layout import layout_chart
    small, big = parse_chart(random_chart(50)), parse_chart(random_chart(200))
    layout_chart(small)
    t50, t200 = cpu(lambda: layout_chart(small)), cpu(lambda: layout_chart(big))
    print(f"flowchart layout   50 nodes {t50 * 1e3:7.1f} ms   200 nodes {t200 * 1e3:7.1f} ms"
          f"   ratio {t200 / t50:5.1f} (size ratio 4)")

    import synth
    from app.export import export_timeline
    from app.qtapp import ensure_app
    from app.timeline_model import TimelineModel
    ensure_app()
    out = Path(tempfile.mkdtemp()) / "t.png"
    m1 = TimelineModel.from_trace(synth.many_goroutines_trace(1_000))
    m10 = TimelineModel.from_trace(synth.many_goroutines_trace(10_000))
    e1 = cpu(lambda: export_timeline(m1, out, "1k"), 1)
    e10 = cpu(lambda: export_timeline(m10, out, "10k"), 1)
    print(f"timeline export  1k lanes {e1:7.2f} s    10k lanes {e10:7.2f} s    ratio {e10 / e1:5.1f}"
          f" (size ratio 10)")


if __name__ == "__main__":
    main()
