"""Running a Go file in the real main window (with conftest's ``real_window``)."""


def open_path(qtbot, w, path):
    """Open ``path`` in window ``w`` and wait for its run: the finished trace."""
    with qtbot.waitSignal(w.session.run_finished, timeout=120_000):
        w.open_path(str(path))
    return w.player.trace
