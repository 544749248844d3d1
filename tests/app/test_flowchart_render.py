"""Rendering: CLI PNG/SVG headless, the highlight API, views and the context tree."""
import os
from pathlib import Path

import networkx as nx
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.flowchart import parse_chart  # noqa: E402
from app.flowchart.cli import main  # noqa: E402
from app.flowchart.context_view import context_chart  # noqa: E402
from app.flowchart.library import chart_names, load_chart  # noqa: E402

CORPUS = Path(__file__).parent / "flowchart_corpus"
MIXED = """flowchart LR
    subgraph W[workers]
        subgraph inner[inner box]
            A[worker 1]
        end
        B[worker 2]
    end
    A -->|send| C{full?}
    B --> C
    C -- yes --> D([block]) --> C
    C -- no --> E[(buffer)]
"""


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """FlowchartScene needs a QApplication: app.qtapp.ensure_app never makes a bare QGuiApplication."""
    from PySide6.QtWidgets import QApplication
    assert isinstance(QApplication.instance(), QApplication)


def _image_stats(path):
    from PySide6.QtGui import QImage
    img = QImage(str(path))
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    return img.width(), img.height(), len(colours)


def test_cli_png_and_svg(tmp_path, qapp):
    """main renders subgraphs, labels, cycles and LR to a non-blank 2x PNG and an SVG."""
    src = tmp_path / "mixed.mmd"
    src.write_text(MIXED, encoding="utf-8")
    png, svg = tmp_path / "out.png", tmp_path / "out.svg"
    assert main([str(src), "-o", str(png)]) == 0
    w, h, colours = _image_stats(png)
    assert w > 600 and h > 200 and colours > 5
    assert main([str(src), "-o", str(svg), "--highlight", "A", "C"]) == 0
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text and "worker 1" in text


def test_cli_reference_and_chinese(tmp_path, qapp):
    """A Chinese reference chart renders at about mermaid's size (2x scale)."""
    png = tmp_path / "c.png"
    assert main([str(CORPUS / "c_shutdown.mmd"), "-o", str(png)]) == 0
    w, h, colours = _image_stats(png)
    assert 400 < w < 700 and 1700 < h < 2200 and colours > 5      # mermaid: 530 x 1918


def test_cli_error_is_located(tmp_path, capsys, qapp):
    """A malformed chart prints file:line:col: message and returns 1."""
    bad = tmp_path / "chart.mmd"
    bad.write_text("graph TD\n    A[start --> B\n", encoding="utf-8")
    assert main([str(bad), "-o", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"{bad}:2:18: unterminated node text, expected ']'"
    assert not (tmp_path / "x.png").exists()
    assert main([str(CORPUS / "d_retry.mmd"), "-o", str(tmp_path / "y.png"), "--highlight", "NOPE"]) == 1


def test_set_state_modes(qapp):
    """set_state lights active, traces visited/taken, dims the rest; empty sets restore."""
    from app.flowchart.scene import FlowchartScene
    chart = parse_chart((CORPUS / "d_retry.mmd").read_text(encoding="utf-8"))
    scene = FlowchartScene(chart)
    scene.set_state({"Q"}, {"S", "R"}, {0, 1})
    assert scene.node_items["Q"].mode == "active" and scene.node_items["S"].mode == "visited"
    assert scene.node_items["Z"].mode == "dim" and scene.edge_items[0].mode == "taken"
    assert scene.edge_items[5].mode == "dim"
    scene.set_state(set(), set(), set())
    assert all(i.mode == "normal" for i in scene.node_items.values())


@pytest.mark.parametrize("name", chart_names())
def test_concept_charts_load_and_render(name, qapp, tmp_path):
    """Every built-in chart parses, has bindings, and renders."""
    from app.flowchart.export import export_png
    from app.flowchart.scene import FlowchartScene
    chart = load_chart(name)
    assert chart.bindings
    export_png(FlowchartScene(chart), tmp_path / "c.png")
    assert _image_stats(tmp_path / "c.png")[2] > 5


def test_required_concept_charts_exist():
    assert {"defer-stack", "preemption", "signal-shutdown", "http-shutdown", "context-tree",
            "panic-recover", "exit-paths", "waitgroup-done"} <= set(chart_names())
    with pytest.raises(KeyError):
        load_chart("nope")


def test_view_fit_and_zoom(qtbot):
    from app.flowchart.view import FlowchartView
    view = FlowchartView(load_chart("defer-stack"))
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    view.fit()
    z = view.zoom()
    view.zoom_by(2.0)
    assert view.zoom() == pytest.approx(2 * z) and not view.fitted
    view.fit()
    assert view.fitted and view.zoom() == pytest.approx(z)


def test_context_tree_red_when_cancelled(qtbot):
    """Cancelled contexts are drawn red; the chart follows the DiGraph."""
    g = nx.DiGraph()
    g.add_node(1, kind="background", deadline=None, err=None, cause=None, waiters=())
    g.add_node(2, kind="timeout", deadline=5_000_000, err="context deadline exceeded",
               cause=None, waiters=(3,))
    g.add_node(3, kind="cancel", deadline=None, err="context canceled", cause=None, waiters=())
    g.add_edge(1, 2)
    g.add_edge(2, 3)
    chart = context_chart(g)
    assert [(e.src, e.dst) for e in chart.edges] == [("c1", "c2"), ("c2", "c3")]
    assert chart.node_style("c2")["fill"] == "#ffcccc" and "fill" not in chart.node_style("c1")
    assert "deadline 5ms" in chart.nodes["c2"].label and "G3" in chart.nodes["c2"].label
    from app.flowchart.context_view import ContextTreeView
    view = ContextTreeView(g)
    qtbot.addWidget(view)
    assert set(view.chart_scene.node_items) == {"c1", "c2", "c3"}
