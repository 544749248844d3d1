"""Export a ``FlowchartScene`` to PNG (2x, like ``mmdc -s 2``) or SVG (``QSvgGenerator``).

Both render the whole scene rect on a white background; the caller needs a QGuiApplication.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from .theme import BACKGROUND

PNG_SCALE = 2.0          # mermaid-cli's -s 2: crisp on high-DPI screens and in docs


def render_image(scene, scale: float = PNG_SCALE) -> QImage:
    rect = scene.sceneRect()
    size = QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), rect,
                 Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def export_png(scene, path: str | Path, scale: float = PNG_SCALE) -> None:
    if not render_image(scene, scale).save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def export_svg(scene, path: str | Path, title: str = "flowchart") -> None:
    rect = scene.sceneRect()
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(round(rect.width()), round(rect.height())))
    gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    gen.setTitle(title)
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(f"cannot write {path}")
    painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor(BACKGROUND))
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()


def export_scene(scene, path: str | Path) -> None:
    """By extension: ``.svg`` or anything else as PNG."""
    if str(path).lower().endswith(".svg"):
        export_svg(scene, path)
    else:
        export_png(scene, path)
