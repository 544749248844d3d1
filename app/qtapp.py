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


def missing_x11_library() -> str | None:
    """Qt's xcb plugin (X11 desktops) needs system libraries (libxcb-cursor0 since Qt 6.5,
    libxcb-icccm4, libxkbcommon-x11-0, ...); without one Qt aborts the whole process with a
    cryptic message.  Load the plugin ourselves first and name the missing library."""
    if sys.platform != "linux" or not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return None
    import ctypes
    import re
    from pathlib import Path
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as e:
        m = re.search(r"(lib[\w.+-]+?)\.so\.(\d+)", str(e))
        if m:       # Debian names: libxcb-icccm.so.4 -> libxcb-icccm4, libfoo-x11.so.0 -> libfoo-x11-0
            name, ver = m.group(1), m.group(2)
            return f"{name}-{ver}" if name[-1].isdigit() else f"{name}{ver}"
        return "a library Qt's xcb plugin needs"
    return None


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
