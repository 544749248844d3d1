"""The one place headless code gets its Qt application.

Always a ``QApplication`` (widgets), never a bare ``QGuiApplication``: ``QGraphicsScene`` (the
flowcharts) segfaults under a ``QGuiApplication``, and ``QWidget``s abort the process.  Qt allows
one application object per process, so whoever comes first decides; by going through
``ensure_app`` the first one is always the right kind.
"""
from __future__ import annotations

import os
import sys


def _headless() -> bool:
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_app(argv: list[str] | None = None):
    """The process's ``QApplication``, created (offscreen when there is no display) if needed.

    Raises ``RuntimeError`` if some other code already made a bare ``QGuiApplication``."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    app = QGuiApplication.instance()
    if app is None:
        if _headless():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(list(argv) if argv else [sys.argv[0] if sys.argv and sys.argv[0] else "deferlab"])
    elif not isinstance(app, QApplication):
        raise RuntimeError("Deferlab needs a QApplication, but a bare QGuiApplication already "
                           "exists in this process (create apps through app.qtapp.ensure_app)")
    return app
