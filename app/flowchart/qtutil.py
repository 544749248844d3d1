"""Qt helpers shared by the flowchart items: the theme font, exact text measure, CSS colours.

Needs a ``QGuiApplication`` (font metrics come from the platform's font database); callers in
headless tools create one with ``QT_QPA_PLATFORM=offscreen``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from .theme import FONT_FAMILIES, FONT_PX, LINE_HEIGHT

_RGB = re.compile(r"rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)")
_PX = re.compile(r"^\s*([\d.]+)\s*(px)?\s*$")


@lru_cache(maxsize=None)
def chart_font() -> QFont:
    f = QFont()
    f.setFamilies(list(FONT_FAMILIES))
    f.setPixelSize(FONT_PX)
    return f


@lru_cache(maxsize=4096)
def qt_measure(text: str) -> tuple[float, float]:
    """Exact (width, height) of a label block in the chart font: ``LINE_HEIGHT`` per line."""
    fm = QFontMetricsF(chart_font())
    lines = text.split("\n") if text else [""]
    return max(fm.horizontalAdvance(line) for line in lines), LINE_HEIGHT * len(lines)


def css_color(value: str | None, default: str | QColor) -> QColor:
    """``#f96``, ``#ff9966``, ``red``, ``rgb(1,2,3)``, ``rgba(1,2,3,0.5)``; else ``default``."""
    if value:
        v = value.strip().rstrip(";").strip()
        m = _RGB.fullmatch(v)
        if m:
            r, g, b = (min(255, int(float(m.group(i)))) for i in (1, 2, 3))
            a = float(m.group(4)) if m.group(4) else 1.0
            return QColor(r, g, b, max(0, min(255, int(a * 255))))
        c = QColor.fromString(v) if hasattr(QColor, "fromString") else QColor(v)
        if c.isValid():
            return c
    return QColor(default)


def css_px(value: str | None, default: float) -> float:
    if value:
        m = _PX.match(value)
        if m:
            return float(m.group(1))
    return default


def css_dashes(value: str | None) -> list[float] | None:
    """``stroke-dasharray: 5 5`` or ``5,5`` -> [5, 5] (pixels)."""
    if not value:
        return None
    try:
        nums = [float(x) for x in re.split(r"[\s,]+", value.strip()) if x]
    except ValueError:
        return None
    return nums if nums and all(n > 0 for n in nums) else None
