"""Starting the application: QApplication, theme, main window, and the --screenshot mode."""
from __future__ import annotations

import sys

SCREENSHOT_TIMEOUT_MS = 120_000


def run_gui(file: str | None = None, screenshot: str | None = None, extra_signals=(),
            step: int | None = None, steps_axis: bool = False, dark: bool = False,
            size: str = "1600x1000") -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication

    from .qtapp import ensure_app, missing_x11_library

    missing = missing_x11_library() if not screenshot else None
    if missing and QGuiApplication.instance() is None:
        print(f"deferlab: Qt needs the system library {missing} to open a window on X11.\n"
              f"  Debian/Ubuntu: sudo apt-get install {missing} libxcb-cursor0 libxkbcommon-x11-0\n"
              f"  (or run headless: python main.py --screenshot out.png FILE.go)", file=sys.stderr)
        return 1
    if QGuiApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = ensure_app(sys.argv[:1])
    app.setApplicationName("Deferlab")
    app.setOrganizationName("Deferlab")
    from . import settings, theme
    name = "dark" if dark else (settings.settings().value("theme", "light") if not screenshot else "light")
    theme.apply(app, theme.THEMES.get(str(name), theme.LIGHT))
    from .main_window import MainWindow
    win = MainWindow(restore=screenshot is None)
    if theme.current().dark:
        win.set_theme("dark")
    if steps_axis:
        win.timeline.set_steps(True)
    if screenshot:
        w, _, h = size.partition("x")
        win.resize(int(w), int(h))
    win.show()
    result = {"code": 0}
    if screenshot:
        def shoot():
            win.grab().save(screenshot)
            print(f"wrote {screenshot}", file=sys.stderr)
            win.close()
            app.quit()

        def finished(out):
            if out.trace is not None:
                if step is None:
                    win.player.last()
                else:
                    win.player.seek(step)
            QTimer.singleShot(700, shoot)     # let docks lay out and animations end

        def timeout():
            print("deferlab: --screenshot: the run did not finish in time", file=sys.stderr)
            result["code"] = 1
            shoot()
        win.session.run_finished.connect(finished)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)
    win.session.extra_signals = list(extra_signals)

    def start():
        if file:
            extra = list(extra_signals)
            win.open_path(file)
            if extra:
                win.session.extra_signals = extra
                win.session.signals_changed.emit()
                win.session.rerun()
        else:
            win.open_default()
            if extra_signals:
                win.session.extra_signals = list(extra_signals)
                win.session.signals_changed.emit()
                win.session.rerun()
    QTimer.singleShot(0, start)
    code = app.exec()
    return result["code"] or code
