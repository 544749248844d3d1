"""One place for colours and fonts, light and dark.

Every view asks ``current()`` for its colours and re-reads them when ``apply()`` is called again:
nothing else in the app hard-codes a colour.  State colours follow go tool trace's habits
(running green, runnable amber, waiting grey-blue, dead empty) so Go developers read them at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: colour names of goroutine states, in the legend's order
STATES = ("running", "runnable", "waiting", "dead")

#: markers drawn on the timeline: key -> (label in the legend, symbol)
MARKERS = {
    "defer_push": ("defer pushed", "t1"),       # triangle pointing up: onto the stack
    "defer_run": ("defer ran", "t"),            # triangle pointing down: popped off
    "defer_lost": ("defer lost", "x"),
    "panic": ("panic", "star"),
    "recover": ("recover", "d"),
    "goexit": ("Goexit", "s"),
    "signal": ("signal", "o"),
    "preempt": ("preempted", "t2"),
    "exit": ("process exit", "s"),
    "k8s": ("kubelet step", "d"),
}


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool
    background: str
    surface: str          # panels, cards
    text: str
    muted: str
    grid: str
    accent: str           # cursor, selection
    error: str
    error_bg: str
    states: dict = field(default_factory=dict)
    markers: dict = field(default_factory=dict)
    goroutines: tuple = ()   # identity colours, one per goroutine (cycled)
    syntax: dict = field(default_factory=dict)

    def state_color(self, state: str) -> str:
        return self.states.get(state, self.muted)

    def marker_color(self, key: str) -> str:
        return self.markers.get(key, self.text)

    def goroutine_color(self, gid: int) -> str:
        if gid <= 0:
            return self.muted
        return self.goroutines[(gid - 1) % len(self.goroutines)]


LIGHT = Theme(
    name="light", dark=False,
    background="#ffffff", surface="#f4f5f7", text="#1f2328", muted="#6e7781", grid="#d8dee4",
    accent="#0969da", error="#cf222e", error_bg="#ffebe9",
    states={"running": "#2da44e", "runnable": "#e3a008", "waiting": "#a9b8c9", "dead": "#eaeef2"},
    markers={"defer_push": "#0969da", "defer_run": "#1a7f37", "defer_lost": "#cf222e",
             "panic": "#bf3989", "recover": "#8250df", "goexit": "#953800", "signal": "#d1242f",
             "preempt": "#57606a", "exit": "#1f2328", "k8s": "#326ce5"},
    goroutines=("#0969da", "#bf3989", "#1a7f37", "#8250df", "#bc4c00", "#0a7f89", "#9a6700",
                "#cf222e"),
    syntax={"keyword": "#cf222e", "type": "#8250df", "string": "#0a3069", "number": "#0550ae",
            "comment": "#6e7781", "directive": "#953800", "func": "#6639ba"},
)

DARK = Theme(
    name="dark", dark=True,
    background="#0d1117", surface="#161b22", text="#e6edf3", muted="#8b949e", grid="#30363d",
    accent="#58a6ff", error="#ff7b72", error_bg="#3d1d1f",
    states={"running": "#3fb950", "runnable": "#d29922", "waiting": "#56687d", "dead": "#21262d"},
    markers={"defer_push": "#58a6ff", "defer_run": "#56d364", "defer_lost": "#ff7b72",
             "panic": "#f778ba", "recover": "#bc8cff", "goexit": "#ffa657", "signal": "#ff7b72",
             "preempt": "#8b949e", "exit": "#e6edf3", "k8s": "#79a6ff"},
    goroutines=("#58a6ff", "#f778ba", "#56d364", "#bc8cff", "#ffa657", "#39c5cf", "#e3b341",
                "#ff7b72"),
    syntax={"keyword": "#ff7b72", "type": "#d2a8ff", "string": "#a5d6ff", "number": "#79c0ff",
            "comment": "#8b949e", "directive": "#ffa657", "func": "#d2a8ff"},
)

THEMES = {"light": LIGHT, "dark": DARK}
_current = LIGHT


def current() -> Theme:
    return _current


def set_current(name_or_theme) -> Theme:
    global _current
    _current = THEMES[name_or_theme] if isinstance(name_or_theme, str) else name_or_theme
    return _current


def apply(app, theme: Theme | None = None) -> Theme:
    """Apply ``theme`` (default: the current one) to a QApplication: palette and pyqtgraph."""
    from PySide6.QtGui import QColor, QPalette
    import pyqtgraph as pg

    t = set_current(theme or _current)
    app.setStyle("Fusion")
    pal = QPalette()
    c = QColor
    pal.setColor(QPalette.Window, c(t.surface))
    pal.setColor(QPalette.WindowText, c(t.text))
    pal.setColor(QPalette.Base, c(t.background))
    pal.setColor(QPalette.AlternateBase, c(t.surface))
    pal.setColor(QPalette.Text, c(t.text))
    pal.setColor(QPalette.Button, c(t.surface))
    pal.setColor(QPalette.ButtonText, c(t.text))
    pal.setColor(QPalette.ToolTipBase, c(t.background))
    pal.setColor(QPalette.ToolTipText, c(t.text))
    pal.setColor(QPalette.Highlight, c(t.accent))
    pal.setColor(QPalette.HighlightedText, c("#ffffff"))
    pal.setColor(QPalette.PlaceholderText, c(t.muted))
    pal.setColor(QPalette.Link, c(t.accent))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, c(t.muted))
    app.setPalette(pal)
    pg.setConfigOptions(background=t.background, foreground=t.text, antialias=True)
    return t


def mono_font(size: int = 10):
    from PySide6.QtGui import QFont, QFontDatabase
    f = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    f.setPointSize(size)
    f.setStyleHint(QFont.Monospace)
    return f
