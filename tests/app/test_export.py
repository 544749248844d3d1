"""Timeline images (PNG 2x, SVG) and the headless --screenshot: real, non-blank files."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

import synth
from app import theme
from app.export import export_timeline, subtitle_for
from app.timeline_model import TimelineModel
from simulator.api import SignalSpec

ROOT = Path(__file__).resolve().parents[2]
MS = 10**6


def distinct_colors(img: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            seen.add(img.pixel(x, y))
    return len(seen)


def test_png_is_2x_and_not_blank(qapp, tmp_path):
    """The PNG is rendered at twice the logical size and has real content."""
    tr = synth.shutdown_trace((SignalSpec("SIGTERM", 350 * MS),))
    m = TimelineModel.from_trace(tr)
    out = tmp_path / "t.png"
    w, h = export_timeline(m, out, "A ticking worker meets SIGTERM", subtitle_for(m))
    img = QImage(str(out))
    assert (img.width(), img.height()) == (w, h) == (3200, h) and h > 400
    assert distinct_colors(img) > 20
    # lanes were drawn: the waiting colour appears
    waiting = QImage(str(out)).pixelColor(img.width() // 2, 0).name()
    assert waiting == theme.LIGHT.background


def test_svg_has_title_labels_and_legend(qapp, tmp_path):
    """The SVG carries the title, lane names and legend entries as text."""
    tr = synth.main_exit_trace()
    m = TimelineModel.from_trace(tr)
    out = tmp_path / "t.svg"
    export_timeline(m, out, "Main returns, a goroutine's defer is lost", subtitle_for(m))
    text = out.read_text()
    assert text.startswith("<?xml") and "<svg" in text
    for needle in ("Main returns", "G1 main", "G7 worker", "running", "waiting", "defer lost",
                   "never ran"):
        assert needle in text, needle


def test_ten_thousand_lanes_export(qapp, tmp_path):
    """10k goroutine lanes export to one bounded image (speed: benchmarks/render.py)."""
    tr = synth.many_goroutines_trace(10_000)
    m = TimelineModel.from_trace(tr)
    w, h = export_timeline(m, tmp_path / "big.png", "10k goroutines")
    assert (tmp_path / "big.png").stat().st_size > 0
    assert h <= 2 * 6200


def test_dark_export(qapp, tmp_path):
    """The dark theme exports with a dark background."""
    m = TimelineModel.from_trace(synth.main_exit_trace())
    out = tmp_path / "d.png"
    export_timeline(m, out, "dark", theme=theme.DARK)
    assert QImage(str(out)).pixelColor(2, 2).name() == theme.DARK.background


def test_screenshot_command_saves_the_window(tmp_path):
    """python main.py --screenshot OUT.png TRACE.json: runs headless and writes a window grab."""
    trace_file = tmp_path / "shutdown.json"
    trace_file.write_text(synth.shutdown_trace((SignalSpec("SIGTERM", 350 * MS),)).to_json())
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEFERLAB_SETTINGS_DIR=str(tmp_path))
    p = subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), str(trace_file)],
                       capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    img = QImage(str(out))
    assert img.width() >= 1200 and img.height() >= 800
    assert distinct_colors(img, 11) > 30
