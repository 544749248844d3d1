"""Mermaid-style flowcharts: parse a mermaid flowchart subset, lay it out, draw and animate it.

Pure-model modules (no Qt): ``model``, ``lexer``, ``parser``, ``measure``, ``layering``,
``layout``, ``geometry``, ``bindings``, ``derived``, ``library``.  Qt modules: ``scene``,
``view``, ``export``, ``context_view``, ``cli``.
"""
from .model import Chart, ChartError  # noqa: F401
from .parser import parse_chart  # noqa: F401
