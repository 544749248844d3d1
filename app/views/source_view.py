"""Source: syntax-highlighted Go, each goroutine's current line in its colour, errors inline.

The view follows the current step: it underlines the step's source span and keeps it in view;
a step with no position of its own (a channel receive, a select, a frame pop, a signal delivery,
the exit) follows its goroutine's line instead, the one its gutter badge shows.
Clicking a line seeks to the next step that executes it.  Compile errors
(``file:line:col: message``) mark their line and print the message at the end of it, the way
editors show diagnostics, so a typo never needs a dialog.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QPainter, QSyntaxHighlighter, QTextCharFormat,
                           QTextCursor, QTextFormat)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from .. import theme as themes

GO_KEYWORDS = ("break case chan const continue default defer else fallthrough for func go goto "
               "if import interface map package range return select struct switch type var").split()
GO_TYPES = ("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune "
            "string uint uint8 uint16 uint32 uint64 uintptr any true false nil iota").split()
GO_BUILTINS = "append cap clear close complex copy delete imag len make max min new panic print println real recover".split()
#: how far back (in steps) a step of no goroutine looks for the goroutine that ran last; with
#: none that recent the selected (else the lowest-numbered) goroutine's line is followed
FOLLOW_LOOKBACK = 100_000
ERROR_RE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")


def parse_errors(lines) -> list[tuple[str, int, int, str]]:
    out = []
    for text in lines:
        m = ERROR_RE.match(text.strip())
        if m:
            out.append((m["file"], int(m["line"]), int(m["col"]), m["msg"]))
    return out


class GoHighlighter(QSyntaxHighlighter):
    def __init__(self, doc, theme) -> None:
        super().__init__(doc)
        self.set_theme(theme)

    def set_theme(self, theme) -> None:
        def fmt(color, bold=False, italic=False):
            f = QTextCharFormat()
            f.setForeground(QColor(color))
            if bold:
                f.setFontWeight(QFont.Bold)
            f.setFontItalic(italic)
            return f
        s = theme.syntax
        kw = "|".join(GO_KEYWORDS)
        ty = "|".join(GO_TYPES + GO_BUILTINS)
        self.rules = [
            (QRegularExpression(rf"\b({kw})\b"), fmt(s["keyword"], bold=True)),
            (QRegularExpression(rf"\b({ty})\b"), fmt(s["type"])),
            (QRegularExpression(r"\b[A-Za-z_]\w*(?=\()"), fmt(s["func"])),
            (QRegularExpression(r"\b\d+(\.\d+)?([eE][+-]?\d+)?\b"), fmt(s["number"])),
            (QRegularExpression(r'"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'|`[^`]*`'), fmt(s["string"])),
            (QRegularExpression(r"//.*$"), fmt(s["comment"], italic=True)),
            (QRegularExpression(r"^//deferlab:.*$"), fmt(s["directive"], bold=True)),
        ]
        self.comment = fmt(s["comment"], italic=True)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for rx, f in self.rules:
            it = rx.globalMatch(text)
            while it.hasNext():
                m = it.next()
                self.setFormat(m.capturedStart(), m.capturedLength(), f)
        # /* block comments */
        self.setCurrentBlockState(0)
        start = 0 if self.previousBlockState() == 1 else text.find("/*")
        while start >= 0:
            end = text.find("*/", start + 2 if self.previousBlockState() != 1 or start else 0)
            if end < 0:
                self.setCurrentBlockState(1)
                self.setFormat(start, len(text) - start, self.comment)
                break
            self.setFormat(start, end + 2 - start, self.comment)
            start = text.find("/*", end + 2)


class Gutter(QWidget):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, ev) -> None:
        self.editor.paint_gutter(self, ev)


class CodeEdit(QPlainTextEdit):
    line_clicked = Signal(int)

    def __init__(self, view) -> None:
        super().__init__()
        self.view = view
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.setFont(themes.mono_font(11))
        self.setFocusPolicy(Qt.NoFocus)
        self.setMouseTracking(True)
        self.gutter = Gutter(self)
        self.badges: dict[int, list[int]] = {}        # line -> gids
        self.errors: dict[int, str] = {}             # line -> message
        self.blockCountChanged.connect(lambda _n: self._update_margins())
        self.updateRequest.connect(self._update_gutter)
        self._update_margins()

    def gutter_width(self) -> int:
        fm = QFontMetrics(self.font())
        digits = max(3, len(str(self.blockCount())))
        return fm.horizontalAdvance("9") * digits + fm.horizontalAdvance("G99 ") + 18

    def _update_margins(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect, dy) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, gutter, ev) -> None:
        t = self.view.theme
        p = QPainter(gutter)
        p.fillRect(ev.rect(), QColor(t.surface))
        fm = QFontMetrics(self.font())
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        num_w = fm.horizontalAdvance("9") * max(3, len(str(self.blockCount())))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() - 2)
        small.setBold(True)
        while block.isValid() and top <= ev.rect().bottom():
            h = self.blockBoundingRect(block).height()
            line = block.blockNumber() + 1
            if line in self.errors:
                p.fillRect(QRect(0, int(top), gutter.width(), int(h)), QColor(t.error_bg))
                p.setPen(QColor(t.error))
            else:
                p.setPen(QColor(t.muted))
            p.setFont(self.font())
            p.drawText(QRect(0, int(top), num_w + 4, int(h)), Qt.AlignRight | Qt.AlignVCenter, str(line))
            gids = self.badges.get(line)
            if gids:
                p.setFont(small)
                g = gids[0]
                label = f"G{g}" + ("+" if len(gids) > 1 else "")
                r = QRect(num_w + 9, int(top) + 2, gutter.width() - num_w - 11, int(h) - 4)
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(t.goroutine_color(g)))
                p.drawRoundedRect(r, 4, 4)
                p.setPen(QColor("#ffffff"))
                p.drawText(r, Qt.AlignCenter, label)
            elif line in self.errors:
                p.setPen(QColor(t.error))
                p.drawText(QRect(num_w + 9, int(top), 20, int(h)), Qt.AlignVCenter, "✗")
            block = block.next()
            top += h
        p.end()

    def paintEvent(self, ev) -> None:
        super().paintEvent(ev)
        if not self.errors:
            return
        t = self.view.theme
        p = QPainter(self.viewport())
        font = QFont(self.font())
        font.setItalic(True)
        p.setFont(font)
        fm = QFontMetrics(font)
        for line, msg in self.errors.items():
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            geo = self.blockBoundingGeometry(block).translated(self.contentOffset())
            x = fm.horizontalAdvance(block.text().expandtabs(4)) + 40 + self.contentOffset().x()
            text = f"◀ {msg}"
            p.setPen(QColor(t.error))
            p.drawText(int(x), int(geo.top()), fm.horizontalAdvance(text) + 4, int(geo.height()),
                       Qt.AlignVCenter, text)
        p.end()

    def mouseReleaseEvent(self, ev) -> None:
        super().mouseReleaseEvent(ev)
        if ev.button() == Qt.LeftButton and not self.textCursor().hasSelection():
            line = self.cursorForPosition(ev.position().toPoint()).blockNumber() + 1
            self.line_clicked.emit(line)


class SourceView(QWidget):
    def __init__(self, player, session=None, parent=None) -> None:
        super().__init__(parent)
        self.player = player
        self.session = session
        self.theme = themes.current()
        self.filename = "main.go"
        self.followed_line: int | None = None     # the current step's line, set by refresh()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.banner.hide()
        self.edit = CodeEdit(self)
        self.edit.setTabStopDistance(QFontMetrics(self.edit.font()).horizontalAdvance(" ") * 4)
        self.highlighter = GoHighlighter(self.edit.document(), self.theme)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.banner)
        lay.addWidget(self.edit)
        self.edit.line_clicked.connect(self._line_clicked)
        player.position_changed.connect(lambda _i: self.refresh())
        player.trace_loaded.connect(lambda _t: self.refresh())
        player.goroutine_selected.connect(lambda _g: self.refresh())
        if session is not None:
            session.opened.connect(lambda _p: self.set_source(session.source, session.filename))
            session.run_finished.connect(self._run_finished)
        self.set_theme(self.theme)

    def set_theme(self, theme) -> None:
        self.theme = theme
        self.highlighter.set_theme(theme)
        self.banner.setStyleSheet(f"background:{theme.error_bg}; color:{theme.error}; padding:6px;")
        self.refresh()

    def set_source(self, text: str, filename: str = "main.go") -> None:
        self.filename = filename
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)
        self.set_errors([])

    def set_errors(self, errors: list[str]) -> None:
        parsed = parse_errors(errors)
        self.edit.errors = {ln: msg for f, ln, col, msg in parsed}
        if errors:
            first = errors[0]
            more = f"  (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            self.banner.setText(f"✗ {first}{more}")
            self.banner.show()
            if parsed:
                self.scroll_to_line(parsed[0][1])
        else:
            self.banner.hide()
        self.refresh()

    def _run_finished(self, outcome) -> None:
        errs = list(outcome.errors)
        if outcome.internal_error and not errs:
            errs = [outcome.internal_error.splitlines()[0]]
        self.set_errors(errs)

    def scroll_to_line(self, line: int) -> None:
        block = self.edit.document().findBlockByNumber(max(0, line - 1))
        cur = QTextCursor(block)
        self.edit.setTextCursor(cur)
        self.edit.centerCursor()

    def _line_clicked(self, line: int) -> None:
        self.player.seek_line(self.filename, line)

    # -- marks ---------------------------------------------------------------------------------
    def current_lines(self) -> dict[int, int]:
        """gid -> line of every goroutine that has a position in this file."""
        st = self.player.state()
        out = {}
        if st is None:
            return out
        for g in st.goroutines.values():
            if g.pos is not None and g.pos.file == self.filename and (g.status != "dead" or g.frames):
                out[g.gid] = g.pos.line
        return out

    def refresh(self) -> None:
        t = self.theme
        sels = []
        doc = self.edit.document()
        badges: dict[int, list[int]] = {}
        lines = self.current_lines()
        sel_gid = self.player.selected_gid
        for gid, line in sorted(lines.items()):
            badges.setdefault(line, []).append(gid)
        for line, gids in badges.items():
            if sel_gid in gids:     # the selected goroutine's badge first
                gids.sort(key=lambda g: g != sel_gid)
            block = doc.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            c = QColor(t.goroutine_color(gids[0]))
            st = self.player.state()
            dead = st is not None and all(st.goroutines[g].status == "dead" for g in gids)
            c.setAlpha(22 if dead else (70 if sel_gid in gids else 42))
            s = QTextEdit.ExtraSelection()
            s.format.setBackground(c)
            s.format.setProperty(QTextFormat.FullWidthSelection, True)
            s.cursor = QTextCursor(block)
            sels.append(s)
        for line in self.edit.errors:
            block = doc.findBlockByNumber(line - 1)
            if block.isValid():
                s = QTextEdit.ExtraSelection()
                s.format.setBackground(QColor(t.error_bg))
                s.format.setProperty(QTextFormat.FullWidthSelection, True)
                s.cursor = QTextCursor(block)
                sels.append(s)
        tr = self.player.trace
        self.followed_line = None
        if tr is not None and self.player.position >= 0:
            pos = tr.pos(self.player.position)
            if pos is not None and pos.file == self.filename:     # the current step's exact span
                line, cur = pos.line, self._span_cursor(pos)
            else:       # no position of its own (chan_recv, select, exit...): its goroutine's line
                line = self.follow_line(lines)
                cur = self._line_cursor(line) if line is not None else None
            if cur is not None:
                s = QTextEdit.ExtraSelection()
                s.format.setUnderlineStyle(QTextCharFormat.SingleUnderline)
                s.format.setUnderlineColor(QColor(t.accent))
                s.format.setFontUnderline(True)
                s.cursor = cur
                sels.append(s)
                self.followed_line = line
                self._ensure_visible(line)
        self.edit.badges = badges
        self.edit.setExtraSelections(sels)
        self.edit.gutter.update()
        self.edit.viewport().update()

    def follow_line(self, lines: dict[int, int] | None = None) -> int | None:
        """The line the view follows at a step without a source position of its own: the line
        of the step's goroutine (its latest event that had one, as the gutter badge shows it);
        for steps of no goroutine (signal delivery, exit) the line of the goroutine that ran
        last.  ``lines`` is ``current_lines()`` when the caller has it."""
        tr, i = self.player.trace, self.player.position
        if tr is None or i < 0:
            return None
        lines = self.current_lines() if lines is None else lines
        gid = tr.gid(i)
        if gid in lines:
            return lines[gid]
        if not lines:
            return None
        j = tr.find(i, -1, lambda k: tr.gid(k) in lines)
        if j is not None and i - j <= FOLLOW_LOOKBACK:
            return lines[tr.gid(j)]
        sel = self.player.selected_gid
        return lines.get(sel, lines[min(lines)])

    def _span_cursor(self, pos) -> QTextCursor | None:
        block = self.edit.document().findBlockByNumber(pos.line - 1)
        if not block.isValid():
            return None
        cur = QTextCursor(block)
        cur.movePosition(QTextCursor.Right, QTextCursor.MoveAnchor, max(0, pos.col - 1))
        if pos.end_line == pos.line:
            n = max(1, min(pos.end_col, block.length()) - pos.col)
            cur.movePosition(QTextCursor.Right, QTextCursor.KeepAnchor, n)
        else:
            cur.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
        return cur

    def _line_cursor(self, line: int) -> QTextCursor | None:
        """The line's text without its indentation."""
        block = self.edit.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return None
        text = block.text()
        cur = QTextCursor(block)
        cur.movePosition(QTextCursor.Right, QTextCursor.MoveAnchor, len(text) - len(text.lstrip()))
        cur.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
        return cur

    def _ensure_visible(self, line: int) -> None:
        block = self.edit.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        first = self.edit.firstVisibleBlock().blockNumber() + 1
        visible = max(1, int(self.edit.viewport().height() / max(1, QFontMetrics(self.edit.font()).lineSpacing())))
        if not first <= line < first + visible - 1:
            self.edit.verticalScrollBar().setValue(max(0, line - visible // 3))
