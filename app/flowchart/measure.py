"""Text measurement: the layout needs label sizes before anything is drawn.

``approx_measure`` is Qt-free (tests, headless layout): CJK and full-width characters are one em,
other characters ~0.55 em, close to Trebuchet/Arial/Noto at 16px.  ``scene.qt_measure`` gives
exact Qt font metrics and is what the app uses.  Both return (width, height) of the whole text
block, ``LINE_HEIGHT`` per line.
"""
from __future__ import annotations

import unicodedata
from typing import Callable

from .theme import FONT_PX, LINE_HEIGHT

Measure = Callable[[str], tuple[float, float]]
NARROW_EM = 0.55


def char_width(c: str) -> float:
    return FONT_PX if unicodedata.east_asian_width(c) in ("W", "F") else FONT_PX * NARROW_EM


def approx_measure(text: str) -> tuple[float, float]:
    lines = text.split("\n") if text else [""]
    width = max(sum(char_width(c) for c in line) for line in lines)
    return width, LINE_HEIGHT * len(lines)
