"""main.py's subcommands: exit statuses, no tracebacks, no Qt for `run`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


import main as cli

ROOT = Path(__file__).resolve().parents[2]




def run_main(*args, cwd=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=300, env=env, cwd=cwd)


def test_run_missing_file_is_a_clean_error():
    """A missing file: a one-line message, status 2, no traceback."""
    p = run_main("run", "/nonexistent/x.go")
    assert p.returncode == 2
    assert "Traceback" not in p.stderr and p.stderr.startswith("deferlab: open")


def test_run_bad_signal_flag():
    """--signal with a typo is a usage error."""
    p = run_main("run", str(ROOT / "main.py"), "--signal", "SIGTREM@1s")
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_run_bad_directive_is_status_125(tmp_path):
    """An unknown //deferlab: directive prints file:line:col and exits 125."""
    f = tmp_path / "x.go"
    f.write_text("//deferlab:bogus 1\npackage main\nfunc main() {}\n")
    p = run_main("run", str(f))
    assert p.returncode == 125 and p.stderr.startswith("x.go:1:1: unknown directive")


def test_internal_error_is_reported_not_raised(monkeypatch, tmp_path, capsys):
    """An exception inside the simulator: `deferlab: internal error: ...`, status 125."""
    import simulator
    f = tmp_path / "x.go"
    f.write_text("package main\nfunc main() {}\n")

    def boom(*a, **k):
        raise ZeroDivisionError("bad")
    monkeypatch.setattr(simulator, "simulate", boom)
    assert cli.main(["run", str(f)]) == 125
    err = capsys.readouterr().err
    assert err.startswith("deferlab: internal error: ZeroDivisionError") and "Traceback" not in err


def test_run_flags_override_directives(monkeypatch, tmp_path, capsys):
    """Signals from flags add to the scenario's; --seed and --gomaxprocs override."""
    import simulator
    import synth
    f = tmp_path / "x.go"
    f.write_text("//deferlab:signal SIGHUP@1s\n//deferlab:seed 3\n" + synth.MAIN_EXIT_SRC)
    seen = {}

    def fake(source, filename, config, **kw):
        seen["config"] = config
        return synth.fake_simulate(source, filename, config)
    monkeypatch.setattr(simulator, "simulate", fake)
    code = cli.main(["run", str(f), "--signal", "SIGTERM@200ms", "--seed", "9", "--gomaxprocs", "1",
                     "--max-time", "5s", "--report"])
    cfg = seen["config"]
    assert code == 0
    assert [s.name for s in cfg.signals] == ["SIGHUP", "SIGTERM"]
    assert cfg.seed == 9 and cfg.gomaxprocs == 1 and cfg.max_time_ns == 5 * 10**9
    out = capsys.readouterr()
    assert "main: returning" in out.out and "deferlab report" in out.err


def test_run_does_not_import_qt(tmp_path):
    """`main.py run` stays fast: PySide6 is never imported."""
    code = ("import sys, main\n"
            "try:\n    main.main(['run', '/nonexistent.go'])\nexcept SystemExit: pass\n"
            "print('PySide6' in sys.modules)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.stdout.strip().endswith("False"), p.stderr


def test_export_needs_an_output(tmp_path):
    """export without --timeline or --flowchart is a usage error."""
    f = tmp_path / "x.go"
    f.write_text("package main\nfunc main() {}\n")
    p = run_main("export", str(f))
    assert p.returncode == 2 and "nothing to do" in p.stderr


def test_real_run_prints_output_and_status(tmp_path):
    """A real simulated program: stdout, deferred output, status 0."""
    f = tmp_path / "x.go"
    f.write_text('package main\n\nimport "fmt"\n\nfunc main() {\n\tdefer fmt.Println("bye")\n\tfmt.Println("hi")\n}\n')
    p = run_main("run", str(f))
    assert p.returncode == 0 and p.stdout == "hi\nbye\n"


def test_real_export_of_default_scenario(tmp_path):
    """Headless export of the default scenario with a SIGTERM: a real PNG and SVG."""
    from app.scenarios import default_scenario_path
    src = default_scenario_path()
    assert src is not None, "assets/scenarios has no default scenario"
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    p = run_main("export", str(src), "--signal", "SIGTERM@50ms", "--timeline", str(png))
    assert p.returncode == 0, p.stderr
    p = run_main("export", str(src), "--timeline", str(svg))
    assert p.returncode == 0, p.stderr
    assert png.stat().st_size > 10_000 and "<svg" in svg.read_text()


def test_real_screenshot_of_default_scenario(tmp_path):
    """python main.py --screenshot OUT.png runs the default scenario and grabs the window."""
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEFERLAB_SETTINGS_DIR=str(tmp_path))
    p = subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshot", str(out)],
                       capture_output=True, text=True, timeout=300, env=env)
    assert p.returncode == 0, p.stderr
    assert out.stat().st_size > 20_000


def test_export_command_writes_png_and_svg(monkeypatch, tmp_path, capsys):
    """`export PROG.go --signal ... --timeline OUT` writes real images (fake simulator)."""
    import simulator
    import synth
    from PySide6.QtGui import QImage
    monkeypatch.setattr(simulator, "simulate", synth.fake_simulate)
    f = tmp_path / "shutdown.go"
    f.write_text(synth.SHUTDOWN_SRC)
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert cli.main(["export", str(f), "--signal", "SIGTERM@350ms", "--timeline", str(png)]) == 0
    assert cli.main(["export", str(f), "--timeline", str(svg), "--axis", "steps"]) == 0
    img = QImage(str(png))
    assert img.width() == 3200 and img.height() > 400
    text = svg.read_text()
    assert "A ticking worker meets SIGTERM" in text and "G6 ticker" in text
    assert "wrote" in capsys.readouterr().err
