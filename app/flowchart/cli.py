"""``python main.py flowchart CHART.mmd -o OUT.png|OUT.svg [--highlight NODE ...]``.

Headless: sets ``QT_QPA_PLATFORM=offscreen`` unless a platform is already chosen, and creates a
QApplication only if none exists.  Exit status 0 on success; 1 with ``file:line:col: message``
on stderr for a malformed chart, 2 for bad arguments or unreadable files.
"""
from __future__ import annotations

import argparse
import sys

from .model import ChartError
from .parser import parse_chart


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="flowchart", description="Render a mermaid flowchart.")
    p.add_argument("chart", help="mermaid flowchart file (.mmd)")
    p.add_argument("-o", "--output", required=True, help="OUT.png or OUT.svg")
    p.add_argument("--highlight", nargs="+", default=[], metavar="NODE",
                   help="node ids to light up (as during an animation step)")
    return p


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) if e.code in (0, None) else 2
    try:
        with open(args.chart, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"{args.chart}: {e}", file=sys.stderr)
        return 2
    try:
        chart = parse_chart(text, args.chart)
    except ChartError as e:
        print(str(e), file=sys.stderr)
        return 1
    unknown = [n for n in args.highlight if n not in chart.nodes]
    if unknown:
        print(f"{args.chart}: --highlight: unknown node {', '.join(unknown)}", file=sys.stderr)
        return 1
    from ..qtapp import ensure_app                   # QGraphicsScene needs the widgets app
    try:
        app = ensure_app()
    except RuntimeError as e:
        print(f"flowchart: {e}", file=sys.stderr)
        return 2
    from .export import export_scene
    from .scene import FlowchartScene
    try:
        scene = FlowchartScene(chart)
    except RuntimeError as e:
        print(f"flowchart: {e}", file=sys.stderr)
        return 2
    if args.highlight:
        scene.highlight(args.highlight)
    try:
        export_scene(scene, args.output)
    except OSError as e:
        print(str(e), file=sys.stderr)
        return 2
    del app
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
