"""Recursive-descent parser for the mermaid flowchart subset (see docs/flowcharts.md).

``parse_chart`` returns a ``Chart`` or raises ``ChartError`` (``file:line:col: message``) — never
any other exception, whatever the input (tests/app/test_flowchart_fuzz.py checks it).
Statements are line based (``;`` also separates them); ``%%`` starts a comment line, and
``%% @on ...`` comment lines are animation bindings (``bindings.parse_binding``).
"""
from __future__ import annotations

import re

from .lexer import Scanner, decode_text
from .model import Chart, ChartError, Edge, Node, Subgraph, parse_style

#: shape openers, longest first: (opener, [(closer, shape), ...])
_SHAPES = (
    ("(((", ((")))", "doublecircle"),)),
    ("((", (("))", "circle"),)),
    ("([", (("])", "stadium"),)),
    ("(", ((")", "round"),)),
    ("[[", (("]]", "subroutine"),)),
    ("[(", ((")]", "cylinder"),)),
    ("[/", (("/]", "lean_r"), ("\\]", "trapezoid"))),
    ("[\\", (("\\]", "lean_l"), ("/]", "inv_trapezoid"))),
    ("[", (("]", "rect"),)),
    ("{{", (("}}", "hexagon"),)),
    ("{", (("}", "diamond"),)),
    (">", (("]", "odd"),)),
)
_DIRECTIONS = {"TB": "TB", "TD": "TB", "BT": "BT", "LR": "LR", "RL": "RL"}
_KEYWORDS = {"subgraph", "end", "classDef", "class", "style", "linkStyle", "direction", "click"}
_MARKER = {">": "arrow", "x": "cross", "o": "circle"}
_SUBGRAPH_TITLED = re.compile(r'^([\w.\-]+)\s*\[\s*(?:"([^"]*)"|([^\]"]*))\s*\]\s*$')
_SUBGRAPH_ID = re.compile(r"^[\w.\-]+$")
_DASH_END = re.compile(r"(-{2,})([>xo]?)")
_DOT_END = re.compile(r"(\.+)-([>xo]?)")
_THICK_END = re.compile(r"(={2,})([>xo]?)")


def parse_chart(text: str, file: str = "chart.mmd") -> Chart:
    """Parse mermaid flowchart text; raises ``ChartError`` on any malformed input."""
    try:
        return _Parser(text, file).run()
    except ChartError:
        raise
    except RecursionError:   # pragma: no cover - the parser does not recurse on input size
        raise ChartError(file, 1, 1, "chart too deeply nested") from None


class _Parser:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.chart = Chart(file=file)
        self.stack: list[tuple[Subgraph, int]] = []      # open subgraphs and their lines
        self.where: dict[str, str] = {}                  # node -> subgraph holding it
        self.checks: list[tuple[int, int, str, str]] = []  # (line, col, kind, value) resolved at end
        self.auto_subgraph = 0
        self.pending_styles: dict[str, dict[str, str]] = {}
        self.pending_links: dict[int, dict[str, str]] = {}

    # -- top level ---------------------------------------------------------------------------
    def run(self) -> Chart:
        from .bindings import parse_binding
        lines = self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        header_seen = False
        for lineno, raw in enumerate(lines, 1):
            stripped = raw.strip()
            if not stripped:
                continue
            if stripped.startswith("%%"):
                body = stripped[2:].strip()
                if body.startswith("@"):
                    col = raw.index("@") + 1
                    self.chart.bindings.append(parse_binding(body, self.file, lineno, col))
                continue
            sc = Scanner(raw, lineno, self.file)
            if not header_seen:
                self.header(sc)
                header_seen = True
            self.statements(sc)
        if not header_seen:
            raise ChartError(self.file, 1, 1, "empty chart, expected 'graph' or 'flowchart'")
        if self.stack:
            sg, line = self.stack[-1]
            raise ChartError(self.file, line, 1, f"subgraph '{sg.id}' is never closed, expected 'end'")
        self.resolve()
        return self.chart

    def header(self, sc: Scanner) -> None:
        sc.skip_ws()
        word = sc.peek_word()
        if word not in ("graph", "flowchart"):
            raise sc.error("expected 'graph' or 'flowchart'")
        sc.advance(len(word))
        sc.skip_ws()
        if sc.peek_word():
            col = sc.pos
            d = sc.peek_word()
            if d not in _DIRECTIONS:
                raise sc.error(f"unknown direction '{d}', expected TB, TD, BT, LR or RL", col)
            sc.advance(len(d))
            self.chart.direction = _DIRECTIONS[d]
        sc.skip_ws()
        if sc.peek() == ";":
            sc.advance()
        elif not sc.eof():
            raise sc.error(f"unexpected {sc.describe()} after the chart header")

    def statements(self, sc: Scanner) -> None:
        while True:
            sc.skip_ws()
            if sc.eof():
                return
            if sc.peek() == ";":
                sc.advance()
                continue
            self.statement(sc)
            sc.skip_ws()
            if sc.peek() == ";":
                sc.advance()
            elif not sc.eof():
                raise sc.error(f"unexpected {sc.describe()}")

    def statement(self, sc: Scanner) -> None:
        word = sc.peek_word()
        after = sc.peek(len(word))
        if word in _KEYWORDS and (after == "" or after.isspace() or after == ";"):
            getattr(self, "kw_" + word.lower())(sc, word)
        else:
            self.chain(sc)

    # -- keywords ----------------------------------------------------------------------------
    def kw_subgraph(self, sc: Scanner, word: str) -> None:
        col = sc.pos
        sc.advance(len(word))
        sc.skip_ws()
        rest = sc.rest().strip()
        sc.pos = len(sc.text)
        m = _SUBGRAPH_TITLED.match(rest)
        if m:
            sid, title = m.group(1), m.group(2) if m.group(2) is not None else m.group(3).strip()
        elif len(rest) >= 2 and rest[0] == '"' and rest[-1] == '"':
            sid, title = self.new_subgraph_id(), rest[1:-1]
        elif _SUBGRAPH_ID.match(rest):
            sid = title = rest
        elif rest:
            sid, title = self.new_subgraph_id(), rest
        else:
            raise sc.error("expected a subgraph id or title")
        if sid in self.chart.subgraphs:
            raise sc.error(f"subgraph '{sid}' is already defined", col)
        if sid in self.chart.nodes:
            raise sc.error(f"subgraph id '{sid}' is already a node id", col)
        sg = Subgraph(sid, decode_text(title))
        if self.stack:
            sg.parent = self.stack[-1][0].id
            self.stack[-1][0].children.append(sid)
        self.chart.subgraphs[sid] = sg
        self.stack.append((sg, sc.line))

    def new_subgraph_id(self) -> str:
        self.auto_subgraph += 1
        return f"subGraph{self.auto_subgraph}"

    def kw_end(self, sc: Scanner, word: str) -> None:
        if not self.stack:
            raise sc.error("'end' without an open subgraph")
        sc.advance(len(word))
        self.stack.pop()

    def kw_direction(self, sc: Scanner, word: str) -> None:
        sc.advance(len(word))
        sc.skip_ws()
        col = sc.pos
        d = sc.peek_word()
        if d not in _DIRECTIONS:
            raise sc.error("expected TB, TD, BT, LR or RL", col)
        sc.advance(len(d))
        if self.stack:
            self.stack[-1][0].direction = _DIRECTIONS[d]

    def kw_click(self, sc: Scanner, word: str) -> None:
        sc.pos = len(sc.text)        # interactions mean nothing in a desktop view: accepted, ignored

    def kw_classdef(self, sc: Scanner, word: str) -> None:
        sc.advance(len(word))
        sc.skip_ws()
        names = self.name_list(sc, "a class name")
        style = self.style_rest(sc)
        for name in names:
            self.chart.class_defs.setdefault(name, {}).update(style)

    def kw_class(self, sc: Scanner, word: str) -> None:
        sc.advance(len(word))
        sc.skip_ws()
        col = sc.pos
        ids = self.name_list(sc, "a node id")
        sc.skip_ws()
        if sc.eof() or sc.peek() == ";":
            raise sc.error("expected a class name")
        classes = self.name_list(sc, "a class name")
        for nid in ids:
            self.checks.append((sc.line, col + 1, "node", nid))
            self.checks.append((sc.line, col + 1, "class", ",".join([nid] + classes)))

    def kw_style(self, sc: Scanner, word: str) -> None:
        sc.advance(len(word))
        sc.skip_ws()
        col = sc.pos
        nid = sc.ident()
        if not nid:
            raise sc.error("expected a node id")
        style = self.style_rest(sc)
        self.checks.append((sc.line, col + 1, "node", nid))
        self.checks.append((sc.line, col + 1, "style", nid))
        self.pending_styles.setdefault(nid, {}).update(style)

    def kw_linkstyle(self, sc: Scanner, word: str) -> None:
        sc.advance(len(word))
        sc.skip_ws()
        col = sc.pos
        if sc.peek_word() == "default":
            sc.advance(len("default"))
            self.chart.default_link_style.update(self.style_rest(sc))
            return
        indices = self.name_list(sc, "a link index or 'default'")
        style = self.style_rest(sc)
        for s in indices:
            if not s.isdigit():
                raise sc.error(f"link index '{s}' is not a number", col)
            self.checks.append((sc.line, col + 1, "link", s))
            self.pending_links.setdefault(int(s), {}).update(style)

    def name_list(self, sc: Scanner, what: str) -> list[str]:
        names = []
        while True:
            sc.skip_ws()
            name = sc.ident()
            if not name:
                raise sc.error(f"expected {what}")
            names.append(name)
            sc.skip_ws()
            if sc.peek() != ",":
                return names
            sc.advance()

    def style_rest(self, sc: Scanner) -> dict[str, str]:
        sc.skip_ws()
        end = sc.text.find(";", sc.pos)
        end = len(sc.text) if end < 0 else end
        text = sc.text[sc.pos:end]
        style = parse_style(text)
        if not style:
            raise sc.error("expected styles like fill:#f96,stroke:#333")
        sc.pos = end
        return style

    # -- chains of nodes and links -----------------------------------------------------------
    def chain(self, sc: Scanner) -> None:
        left = self.node_group(sc)
        while True:
            sc.skip_ws()
            if not self.at_link(sc):
                return
            edge = self.link(sc)
            sc.skip_ws()
            right = self.node_group(sc)
            for a in left:
                for b in right:
                    e = Edge(len(self.chart.edges), a, b, edge.label, edge.line_style, edge.end,
                             edge.start, edge.minlen)
                    self.chart.edges.append(e)
            left = right

    def node_group(self, sc: Scanner) -> list[str]:
        ids = [self.node_ref(sc)]
        while True:
            save = sc.pos
            sc.skip_ws()
            if sc.peek() != "&":
                sc.pos = save
                return ids
            sc.advance()
            sc.skip_ws()
            ids.append(self.node_ref(sc))

    def node_ref(self, sc: Scanner) -> str:
        col = sc.pos
        nid = sc.ident()
        if not nid:
            raise sc.error(f"expected a node id, found {sc.describe()}")
        if nid in self.chart.subgraphs:
            raise sc.error(f"links to subgraph '{nid}' are not supported", col)
        shape = label = None
        for opener, closers in _SHAPES:
            if sc.startswith(opener):
                found = self.shape_text(sc, opener, closers)
                if found is not None:
                    shape, label = found
                    break
        node = self.chart.nodes.get(nid)
        if node is None:
            node = self.chart.nodes[nid] = Node(nid, nid, line=sc.line)
        if shape is not None:
            node.shape, node.label = shape, label
        if self.stack and nid not in self.where:
            sg = self.stack[-1][0]
            sg.members.append(nid)
            self.where[nid] = sg.id
        if sc.startswith(":::"):
            sc.advance(3)
            cls = sc.ident()
            if not cls:
                raise sc.error("expected a class name after ':::'")
            node.classes.append(cls)
        return nid

    def shape_text(self, sc: Scanner, opener: str, closers) -> tuple[str, str] | None:
        """Read ``opener text closer``; None when ``[/``/``[\\`` has no matching closer (then
        the caller tries the plain ``[``)."""
        start = sc.pos
        sc.advance(len(opener))
        sc.skip_ws()
        if sc.peek() == '"':
            text = sc.read_quoted()
            sc.skip_ws()
            for closer, shape in closers:
                if sc.startswith(closer):
                    sc.advance(len(closer))
                    return shape, decode_text(text)
            raise sc.error(f"expected '{closers[0][0]}' after the quoted node text")
        best = None
        for closer, shape in closers:
            i = sc.text.find(closer, sc.pos)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, closer, shape)
        if best is None:
            if opener in ("[/", "[\\"):
                sc.pos = start
                return None
            raise sc.error(f"unterminated node text, expected '{closers[0][0]}'", len(sc.text))
        i, closer, shape = best
        text = sc.text[sc.pos:i].strip()
        sc.pos = i + len(closer)
        return shape, decode_text(text)

    def at_link(self, sc: Scanner) -> bool:
        c = sc.peek()
        return c != "" and (c in "-=~" or (c == "<" and sc.peek(1) in ("-", "=")))

    def link(self, sc: Scanner) -> Edge:
        """One link: ``-->``, ``---``, ``-.->``, ``==>``, ``~~~``, ``-- text -->``,
        ``-. text .->``, ``== text ==>``, optionally followed by ``|text|``."""
        col = sc.pos
        e = Edge(-1, "", "")
        if sc.peek() == "<":
            sc.advance()
            e.start = "arrow"
        c = sc.peek()
        if c == "~":
            n = sc.count("~")
            if n < 3:
                raise sc.error("malformed link, expected '~~~'", col)
            e.line_style, e.end = "invisible", "none"
        elif c == "-":
            n = sc.count("-")
            if sc.peek() == ".":
                e.line_style = "dotted"
                dots = sc.count(".")
                if sc.peek() == "-":
                    sc.advance()
                    e.minlen = dots
                    self.end_marker(sc, e)
                elif n == 1 and dots == 1 and sc.at_space():
                    self.inline_label(sc, e, _DOT_END, "'.->'", col, need=1)
                else:
                    raise sc.error("malformed dotted link, expected '-.->'", col)
            elif sc.peek() in _MARKER and n >= 2 and (sc.peek() == ">" or sc.at_space(1)):
                self.end_marker(sc, e)
                e.minlen = max(1, n - 1)
            elif n >= 3:
                e.end, e.minlen = "none", n - 2
            elif n == 2 and sc.at_space():
                self.inline_label(sc, e, _DASH_END, "'-->'", col, need=3)
            else:
                raise sc.error("malformed link, expected '-->'", col)
        elif c == "=":
            e.line_style = "thick"
            n = sc.count("=")
            if sc.peek() in _MARKER and n >= 2 and (sc.peek() == ">" or sc.at_space(1)):
                self.end_marker(sc, e)
                e.minlen = max(1, n - 1)
            elif n >= 3:
                e.end, e.minlen = "none", n - 2
            elif n == 2 and sc.at_space():
                self.inline_label(sc, e, _THICK_END, "'==>'", col, need=3)
            else:
                raise sc.error("malformed thick link, expected '==>'", col)
        else:
            raise sc.error("expected a link", col)
        save = sc.pos
        sc.skip_ws()
        if sc.peek() == "|":
            lcol = sc.pos
            sc.advance()
            end = sc.text.find("|", sc.pos)
            if end < 0:
                raise sc.error("unterminated edge label, expected '|'", lcol)
            text = sc.text[sc.pos:end].strip()
            if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
                text = text[1:-1]
            e.label = decode_text(text)
            sc.pos = end + 1
        else:
            sc.pos = save
        return e

    def end_marker(self, sc: Scanner, e: Edge) -> None:
        c = sc.peek()
        if c in _MARKER:
            sc.advance()
            e.end = _MARKER[c]
        else:
            e.end = "none"

    def inline_label(self, sc: Scanner, e: Edge, end_re: re.Pattern, want: str, col: int,
                     need: int) -> None:
        """``-- text -->``: the text runs to the first closing link; ``need`` is how many link
        characters an open (marker-less) end must have."""
        start = sc.pos
        for m in end_re.finditer(sc.text, start):
            body, marker = m.group(1), m.group(2)
            if not marker and len(body) + (1 if end_re is _DOT_END else 0) < need:
                continue
            text = sc.text[start:m.start()].strip()
            if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
                text = text[1:-1]
            e.label = decode_text(text)
            e.end = _MARKER.get(marker, "none")
            sc.pos = m.end()
            return
        raise sc.error(f"unterminated edge label, expected {want}", col)

    # -- after the last line -----------------------------------------------------------------
    def resolve(self) -> None:
        chart = self.chart
        for line, col, kind, value in self.checks:
            if kind == "node" and value not in chart.nodes:
                raise ChartError(self.file, line, col, f"unknown node '{value}'")
            if kind == "class":
                nid, *classes = value.split(",")
                chart.nodes[nid].classes.extend(classes)
            if kind == "link" and int(value) >= len(chart.edges):
                raise ChartError(self.file, line, col,
                                 f"linkStyle {value}: the chart has only {len(chart.edges)} links")
        for nid, style in self.pending_styles.items():
            chart.nodes[nid].style.update(style)
        for i, style in self.pending_links.items():
            chart.edges[i].style.update(style)
        for b in chart.bindings:
            for t in b.targets:
                if t not in chart.nodes:
                    raise ChartError(self.file, b.line, 1, f"@on: unknown node '{t}'")
