"""Fixtures for the app's tests: offscreen Qt, synthetic traces, a fake simulator."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

import synth  # noqa: E402


@pytest.fixture
def main_exit_trace():
    return synth.main_exit_trace()


@pytest.fixture
def shutdown_trace():
    return synth.shutdown_trace()


@pytest.fixture
def fake_simulate():
    return synth.fake_simulate


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """QSettings go to a temp dir so tests never touch the user's saved layout."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("DEFERLAB_SETTINGS_DIR", str(tmp_path / "config"))
    yield


@pytest.fixture
def real_window(qtbot):
    """The main window over the real simulator (tests/app/realrun.open_path runs a file)."""
    from app.main_window import MainWindow
    from app.session import Session
    w = MainWindow(Session(), restore=False)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.shutdown()
