"""The X11 pre-flight check only speaks up when a window would really be opened on X11."""
from app.qtapp import missing_x11_library


def test_no_check_without_display(monkeypatch):
    """Headless (no DISPLAY): nothing to check, the app goes offscreen."""
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert missing_x11_library() is None


def test_no_check_for_other_platforms(monkeypatch):
    """QT_QPA_PLATFORM=offscreen (tests, CI) never needs the xcb libraries."""
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_x11_library() is None


def test_names_a_debian_package_when_the_plugin_cannot_load(monkeypatch):
    """A loader error naming libxcb-icccm.so.4 becomes the package name libxcb-icccm4."""
    import ctypes
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)

    def fail(path):
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")
    monkeypatch.setattr(ctypes, "CDLL", fail)
    assert missing_x11_library() == "libxcb-icccm4"
