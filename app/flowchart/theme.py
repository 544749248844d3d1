"""Mermaid's default flowchart theme and layout constants, with where each number comes from.

The numbers were measured on renderings by mermaid-cli 11 (``/work/shared/reference/mermaid``):
change them only while holding our PNGs next to those.
"""
from __future__ import annotations

# -- colours (mermaid "default" theme) ---------------------------------------------------------
NODE_FILL = "#ECECFF"
NODE_STROKE = "#9370DB"
EDGE_COLOR = "#333333"
TEXT_COLOR = "#333333"
LABEL_BG = (232, 232, 232, 204)          # rgba(232,232,232,0.8) behind edge labels
CLUSTER_FILL = "#FFFFDE"
CLUSTER_STROKE = "#AAAA33"
BACKGROUND = "#FFFFFF"

# -- highlight states (set_state) ----------------------------------------------------------------
ACTIVE_FILL = "#FFB347"                  # the node(s) lit by the current event: orange
ACTIVE_STROKE = "#D2691E"
ACTIVE_STROKE_WIDTH = 3.0
VISITED_FILL = "#FFE4C4"                 # lit earlier: a lighter trace of the path taken
VISITED_STROKE = "#E08A3C"
TAKEN_EDGE_COLOR = "#E07020"
TAKEN_EDGE_WIDTH = 2.5
DIM_OPACITY = 0.55                       # everything not lit yet, while an animation runs

# -- text ----------------------------------------------------------------------------------------
#: mermaid's font stack, then fonts that carry the same metrics or CJK glyphs on Linux
FONT_FAMILIES = ("trebuchet ms", "verdana", "arial", "Liberation Sans", "Noto Sans CJK SC",
                 "DejaVu Sans", "sans-serif")
FONT_PX = 16
LINE_HEIGHT = 24                          # 1.5 x 16px: mermaid's label line box

# -- node sizes (text box + padding) -------------------------------------------------------------
RECT_PAD_X = 60                           # rectangle = text width + 60 ...
RECT_PAD_Y = 30                           # ... by text height + 30
DIAMOND_PAD = 30                          # diamond side = text w + text h + 30
SMALL_PAD = 14                            # stadium, circle, subroutine, hexagon: tighter boxes
CORNER_RADIUS = 5                         # "round" (  ) nodes

# -- layout (dagre settings mermaid uses) --------------------------------------------------------
NODE_SEP = 50                             # nodeSpacing: between neighbours in a rank
EDGE_SEP = 20                             # dagre's edgesep: between long edges' dummy points
RANK_SEP = 50                             # rankSpacing: between ranks (halved when edges have labels)
DIAGRAM_PAD = 8                           # margin around the whole drawing
CLUSTER_PAD = 15                          # subgraph box around its members
CLUSTER_TITLE = 26                        # band for the subgraph title
LABEL_PAD = 2                             # edge label background around its text

# -- edges ---------------------------------------------------------------------------------------
EDGE_WIDTH = 1.0
THICK_WIDTH = 3.5
DOT_PATTERN = (2.0, 2.0)                  # dotted -.-> in units of the pen width... see scene
ARROW_LEN = 9.0                           # arrowhead from base to tip
ARROW_HALF = 4.5                          # half its base
