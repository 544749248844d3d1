"""Console: the program's stdout and stderr so far, and an exit banner once it has ended."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from .. import theme as themes


def exit_banner(status: int | None, reason: str) -> str:
    if status is None:
        return ""
    return f"exit status {status} — {reason}" if reason else f"exit status {status}"


class ConsoleView(QWidget):
    def __init__(self, player, parent=None) -> None:
        super().__init__(parent)
        self.player = player
        self.theme = themes.current()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(themes.mono_font(10))
        self.text.setFocusPolicy(Qt.NoFocus)
        self.banner = QLabel()
        self.banner.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.banner.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.text)
        lay.addWidget(self.banner)
        self._shown = (None, None)
        player.position_changed.connect(lambda _i: self.refresh())
        player.trace_loaded.connect(lambda _t: self.refresh(force=True))

    def set_theme(self, theme) -> None:
        self.theme = theme
        self.refresh(force=True)

    def show_message(self, text: str, error: bool = True) -> None:
        """Text that is not program output (compile errors, internal errors)."""
        self.text.clear()
        self._append(text, self.theme.error if error else self.theme.muted)
        self._shown = (None, None)

    def _append(self, text: str, color: str) -> None:
        cur = self.text.textCursor()
        cur.movePosition(QTextCursor.End)
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(color))
        cur.insertText(text, fmt)

    def refresh(self, force: bool = False) -> None:
        st = self.player.state()
        if st is None:
            if force:
                self.banner.hide()
            return
        key = (st.stdout, st.stderr)
        if force or key != self._shown:
            out0, err0 = self._shown if not force else (None, None)
            if out0 is not None and st.stdout.startswith(out0) and st.stderr == err0:
                self._append(st.stdout[len(out0):], self.theme.text)     # common case: more stdout
            else:
                self.text.clear()
                self._append(st.stdout, self.theme.text)
                self._append(st.stderr, self.theme.error)
            self._shown = key
            self.text.verticalScrollBar().setValue(self.text.verticalScrollBar().maximum())
        text = exit_banner(st.exit_status, st.exit_reason)
        if text:
            bad = st.exit_status != 0
            t = self.theme
            self.banner.setText(("✗ " if bad else "✓ ") + text)
            self.banner.setStyleSheet(
                f"padding:6px 10px; font-weight:bold; color:{t.error if bad else t.marker_color('defer_run')};"
                f"background:{t.error_bg if bad else t.surface};")
            self.banner.show()
        else:
            self.banner.hide()
