"""Deferlab's command line.

    python main.py                      the app on the default scenario
    python main.py FILE.go              the app on FILE.go (or a saved trace .json)
    python main.py --screenshot OUT.png [FILE.go]    run, show the last step, save the window, exit
    python main.py run PROG.go [--signal SIGTERM@200ms ...] [--seed N] [--gomaxprocs N]
                               [--asyncpreemptoff] [--max-time DUR] [--max-events N] [--report]
    python main.py export PROG.go [--signal ...] --timeline OUT.png|OUT.svg [--flowchart OUT]
    python main.py flowchart CHART.mmd -o OUT [--highlight N ...]

Qt is imported only by the GUI and export paths, so ``run`` starts fast.
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

EXIT_INTERNAL = 125
SUBCOMMANDS = ("run", "export", "flowchart")


class _Usage(Exception):
    pass


def _add_run_flags(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("program", help="Go source file")
    ap.add_argument("--signal", action="append", default=[], metavar="SIG@DUR",
                    help="deliver a signal at a virtual time, e.g. SIGTERM@200ms (repeatable)")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--gomaxprocs", type=int)
    ap.add_argument("--asyncpreemptoff", action="store_true")
    ap.add_argument("--max-time", metavar="DUR")
    ap.add_argument("--max-events", type=int, metavar="N",
                    help="stop (status 124) once the trace holds N events (default 6000000)")


def _config(args, source: str, filename: str):
    """Scenario directives, then command-line flags on top (signals add, the rest override)."""
    from simulator.lib.durations import parse_duration
    from simulator.scenario import merge_flags, parse_scenario, parse_signal
    try:
        signals = [parse_signal(s, "--signal") for s in args.signal]
        max_time = parse_duration(args.max_time) if args.max_time else None
    except ValueError as e:          # ScenarioError too: a bad flag is a usage error
        raise _Usage(str(e))
    sc = parse_scenario(source, filename)
    cfg = merge_flags(sc.config, signals=signals, seed=args.seed, gomaxprocs=args.gomaxprocs,
                      max_time_ns=max_time, asyncpreemptoff=args.asyncpreemptoff)
    if args.max_events is not None:
        if args.max_events < 1:
            raise _Usage("--max-events: must be at least 1")
        cfg = replace(cfg, max_events=args.max_events)
    return sc, cfg


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise _Usage(f"open {path}: {e.strerror if isinstance(e, OSError) and e.strerror else e}")


def _simulate_file(args):
    """Read the program, merge its directives with the flags, simulate: (scenario, config,
    result), or an exit status when the directives are bad."""
    from simulator.scenario import ScenarioError
    source = _read(args.program)
    filename = os.path.basename(args.program)
    try:
        sc, cfg = _config(args, source, filename)
    except ScenarioError as e:
        sys.stderr.write(f"{e}\n")
        return EXIT_INTERNAL
    except ValueError as e:
        raise _Usage(str(e))
    from simulator import simulate
    return sc, cfg, simulate(source, filename, cfg)


def cmd_run(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="deferlab run", description="Simulate a Go program.")
    _add_run_flags(ap)
    ap.add_argument("--report", action="store_true", help="print defers run/lost per goroutine")
    args = ap.parse_args(argv)
    loaded = _simulate_file(args)
    if isinstance(loaded, int):
        return loaded
    _sc, cfg, r = loaded
    sys.stdout.write(r.stdout)
    sys.stdout.flush()
    sys.stderr.write(r.stderr)
    if args.report:
        from simulator.tracing.report import defer_report
        sys.stderr.write(("" if not r.stderr or r.stderr.endswith("\n") else "\n") + defer_report(r.trace))
    sys.stderr.flush()
    return r.status


def cmd_export(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="deferlab export", description="Export images headlessly.")
    _add_run_flags(ap)
    ap.add_argument("--timeline", metavar="OUT", help="timeline image: .png (2x) or .svg")
    ap.add_argument("--flowchart", metavar="OUT",
                    help="the flowchart derived from the run: .mmd (mermaid text), .svg or .png")
    ap.add_argument("--axis", choices=("time", "steps"), default="time")
    ap.add_argument("--p-lanes", action="store_true", help="add one lane per P")
    ap.add_argument("--dark", action="store_true")
    ap.add_argument("--title", help="image title (default: the scenario's)")
    args = ap.parse_args(argv)
    if not args.timeline and not args.flowchart:
        raise _Usage("export: nothing to do: give --timeline OUT and/or --flowchart OUT")
    loaded = _simulate_file(args)
    if isinstance(loaded, int):
        return loaded
    sc, cfg, r = loaded
    filename = os.path.basename(args.program)
    if r.trace is None:
        sys.stderr.write(r.stderr)
        return r.status if r.status else EXIT_INTERNAL
    status = 0
    if args.timeline:
        from app import theme
        from app.export import export_timeline, subtitle_for
        from app.timeline_model import TimelineModel
        m = TimelineModel.from_trace(r.trace)
        w, h = export_timeline(m, args.timeline, args.title or sc.title or filename,
                               subtitle_for(m, cfg.signals), theme=theme.DARK if args.dark else theme.LIGHT,
                               steps=args.axis == "steps", show_p=args.p_lanes)
        sys.stderr.write(f"wrote {args.timeline} ({w}×{h})\n")
    if args.flowchart:
        status = _export_flowchart(r.trace, args.flowchart)
    return status


def _export_flowchart(trace, out: str) -> int:
    """The chart derived from the run (what each goroutine actually did): .mmd text, or
    rendered to .svg / .png (2x)."""
    from app.flowchart.derived import derive_chart
    text = derive_chart(trace)
    if out.lower().endswith((".mmd", ".mermaid")):
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as e:
            raise _Usage(f"write {out}: {e.strerror or e}")
        sys.stderr.write(f"wrote {out}\n")
        return 0
    if not out.lower().endswith((".svg", ".png")):
        raise _Usage(f"export --flowchart: {out}: use .mmd, .svg or .png")
    from app.qtapp import ensure_app
    ensure_app()
    from app.flowchart import parse_chart
    from app.flowchart.export import export_scene
    from app.flowchart.scene import FlowchartScene
    scene = FlowchartScene(parse_chart(text, "derived.mmd"))
    try:
        export_scene(scene, out)
    except OSError as e:
        raise _Usage(str(e))
    r = scene.sceneRect()
    scale = 1 if out.lower().endswith(".svg") else 2
    sys.stderr.write(f"wrote {out} ({round(r.width() * scale)}×{round(r.height() * scale)})\n")
    return 0


def cmd_flowchart(argv: list[str]) -> int:
    from app.flowchart.cli import main as flowchart_main
    return int(flowchart_main(argv) or 0)


def cmd_gui(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="deferlab", description=(
        "See what really happens to goroutines, defer stacks and signal handlers when a Go "
        "service shuts down.  Subcommands: run, export, flowchart (see deferlab run -h)."))
    ap.add_argument("file", nargs="?", help="a Go file (or a saved trace .json) to open")
    ap.add_argument("--screenshot", metavar="OUT.png",
                    help="run the scenario, show its last step, save a grab of the window, exit")
    ap.add_argument("--signal", action="append", default=[], metavar="SIG@DUR",
                    help="add a what-if signal, e.g. SIGTERM@200ms")
    ap.add_argument("--step", type=int, metavar="N",
                    help="with --screenshot: the step to show, numbered from 1 as the window's "
                         "'step N/total' readout counts them (0 or omitted: the last step)")
    ap.add_argument("--steps-axis", action="store_true", help="timeline x axis in steps")
    ap.add_argument("--dark", action="store_true", help="dark theme")
    ap.add_argument("--size", default="1600x1000", help="with --screenshot: window size WxH")
    args = ap.parse_args(argv)
    from simulator.scenario import ScenarioError, parse_signal
    try:
        extra = [parse_signal(s, "what-if") for s in args.signal]
    except ScenarioError as e:
        raise _Usage(str(e))
    if args.step is not None and args.step < 0:
        raise _Usage(f"--step {args.step}: steps are numbered from 1 (0: the last step)")
    step = args.step - 1 if args.step else None      # the UI's 1-based number -> the player's index
    if args.file and not Path(args.file).exists():
        raise _Usage(f"open {args.file}: no such file")
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.gui import run_gui
    return run_gui(args.file, screenshot=args.screenshot, extra_signals=extra, step=step,
                   steps_axis=args.steps_axis, dark=args.dark, size=args.size)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            cmd = {"run": cmd_run, "export": cmd_export, "flowchart": cmd_flowchart}[argv[0]]
            return cmd(argv[1:])
        return cmd_gui(argv)
    except _Usage as e:
        sys.stderr.write(f"deferlab: {e}\n")
        return 2
    except SystemExit as e:           # argparse: usage errors, -h
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 141
    except BaseException as e:        # never a Python traceback
        sys.stderr.write(f"deferlab: internal error: {type(e).__name__}: {e}\n")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
