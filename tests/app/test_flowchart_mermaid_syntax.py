"""Derived charts stay valid for *real* mermaid, not only for our parser.

CI has no mermaid-cli, so the rules real mermaid (11.x, rendered with ``mmdc``) was seen to
enforce are kept here as a small validator of the subset ``derive_chart`` writes:

* a label is ``"quoted"``; inside it ``"`` breaks the string, ``<x``/``</x`` is eaten as an HTML
  tag, ``\\n`` (backslash + n) becomes a line break, a leading backquote turns it into markdown,
  and ``#word;`` is an entity, so ``#``/``"``/``<``/``>``/``&``/backslash/backquote must all be
  written as entity codes (``#35;``, ``#quot;``, ``#lt;``, ``#gt;``, ``#amp;``, ``#92;``, ``#96;``);
* shape brackets match (``(["..."])``, ``["..."]``, ``{"..."}``), ids are plain words and not
  keywords (``end``, ``subgraph``, ...), each node is defined once, edges join defined nodes;
* a subgraph without links to the outside is laid out left-to-right unless it says
  ``direction TB`` — so every derived subgraph says it.

The hand-written concept charts get a looser check (unquoted text without brackets or quotes,
quoted text without HTML or backslashes).  All of them rendered with mmdc when this was written.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.flowchart import parse_chart
from app.flowchart.derived import MAX_LABEL, derive_chart, quote, short_call
from simulator import simulate
from simulator.scenario import parse_scenario
from simulator.tracing.events import EventKind as K

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = sorted(p for p in (ROOT / "assets" / "scenarios").glob("*.go")
                   if "stress" not in p.name)      # 10k/100k goroutines: minutes, not seconds
CONCEPTS = sorted((ROOT / "assets" / "flowcharts").glob("*.mmd"))

# ---------------------------------------------------------------- the validator

_ID = r"[A-Za-z][A-Za-z0-9_]*"
_KEYWORDS = {"end", "graph", "flowchart", "subgraph", "direction", "class", "classDef", "style",
             "linkStyle", "click", "call", "href", "default"}
_LABEL = r'"([^"]*)"'
_SHAPES = [("((", "))"), ("([", "])"), ("[[", "]]"), ("[(", ")]"), ("{{", "}}"),
           ("[", "]"), ("(", ")"), ("{", "}")]
_SHAPE_RE = "|".join(re.escape(o) + _LABEL + re.escape(c) for o, c in _SHAPES)
_NODE = re.compile(rf"^({_ID})(?:{_SHAPE_RE})(?::::({_ID}))?$")
_EDGE = re.compile(rf"^({_ID}) (-->|-\.->|==>|---)(?:\|{_LABEL}\|)? ({_ID})$")
_SUBGRAPH = re.compile(rf"^subgraph ({_ID})\[{_LABEL}\]$")
_CLASSDEF = re.compile(rf"^classDef ({_ID}) [\w:#.,\- ]+$")
_ENTITY = re.compile(r"#(quot|amp|lt|gt|\d+);")


def label_problems(text: str, strict: bool = True) -> list[str]:
    """What real mermaid would misread in the body of a quoted label.  ``strict`` (derived
    charts): the characters themselves must be entity codes; otherwise only what actually breaks
    (``<-ch`` and ``#1`` render fine, ``<b`` and ``\\n`` do not)."""
    bad = []
    if any(c in text for c in '"\n\r\t'):
        bad.append("quote or control character")
    if re.search(r"[<>]" if strict else r"<[A-Za-z/!?]", text):
        bad.append("raw < or > (HTML tag)")
    if "\\" in text:
        bad.append("raw backslash (\\n is a line break)")
    if "`" in text if strict else text.startswith("`"):
        bad.append("raw backquote (markdown string)")
    if re.search(r"&" if strict else r"&\w+;", text):
        bad.append("raw & (HTML entity)")
    if strict and "#" in _ENTITY.sub("", text):
        bad.append("# not part of an entity code")
    if strict and len(_ENTITY.sub("x", text)) > MAX_LABEL:
        bad.append("label too long")
    return bad


def mermaid_problems(text: str) -> list[str]:
    """Problems real mermaid would have with a derived chart (empty list: renders)."""
    lines = text.splitlines()
    problems: list[str] = []
    if not lines or not re.fullmatch(r"flowchart (TD|TB|BT|LR|RL)", lines[0]):
        problems.append("line 1: expected 'flowchart TD'")
    nodes: dict[str, int] = {}
    subgraphs: dict[str, int] = {}
    edges: list[tuple[int, str, str]] = []
    classes_used: list[tuple[int, str]] = []
    classes_defined: set[str] = set()
    open_subgraphs: list[tuple[str, int]] = []

    def check_label(no: int, body: str) -> None:
        problems.extend(f"line {no}: {p}: {body!r}" for p in label_problems(body))

    def check_id(no: int, ident: str) -> None:
        if ident in _KEYWORDS:
            problems.append(f"line {no}: id {ident!r} is a mermaid keyword")

    for no, raw in enumerate(lines[1:], start=2):
        line = raw.strip()
        if not line or line.startswith("%%"):
            continue
        if open_subgraphs and open_subgraphs[-1][1] == no - 1 and line != "direction TB":
            problems.append(f"line {no}: subgraph {open_subgraphs[-1][0]} without 'direction TB' "
                            "(mermaid lays it out left-to-right)")
        if m := _SUBGRAPH.match(line):
            check_id(no, m[1])
            check_label(no, m[2])
            if m[1] in subgraphs or m[1] in nodes:
                problems.append(f"line {no}: id {m[1]!r} used twice")
            subgraphs[m[1]] = no
            open_subgraphs.append((m[1], no))
        elif line == "end":
            if not open_subgraphs:
                problems.append(f"line {no}: 'end' without subgraph")
            else:
                open_subgraphs.pop()
        elif line == "direction TB":
            if not open_subgraphs:
                problems.append(f"line {no}: direction outside a subgraph")
        elif m := _CLASSDEF.match(line):
            classes_defined.add(m[1])
        elif m := _NODE.match(line):
            check_id(no, m[1])
            label = next(g for g in m.groups()[1:-1] if g is not None)
            check_label(no, label)
            if m[1] in nodes or m[1] in subgraphs:
                problems.append(f"line {no}: node {m[1]!r} defined twice")
            nodes[m[1]] = no
            if m.groups()[-1]:
                classes_used.append((no, m.groups()[-1]))
        elif m := _EDGE.match(line):
            if m[3] is not None:
                check_label(no, m[3])
            edges.append((no, m[1], m[4]))
        else:
            problems.append(f"line {no}: not in the derived-chart subset: {line!r}")
    for sg, no in open_subgraphs:
        problems.append(f"line {no}: subgraph {sg} never ends")
    for no, a, b in edges:
        for end in (a, b):
            if end not in nodes:
                problems.append(f"line {no}: edge end {end!r} is not a defined node")
    for no, cls in classes_used:
        if cls not in classes_defined:
            problems.append(f"line {no}: class {cls!r} not defined")
    return problems


def concept_problems(text: str) -> list[str]:
    """Looser rules for hand-written charts: quoted text like above (length aside), and text
    outside quotes without characters mermaid reads as syntax inside an unquoted label."""
    problems = []
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("%%"):
            continue
        if line.count('"') % 2:
            problems.append(f"line {no}: odd number of quotes")
            continue
        for body in re.findall(_LABEL, line):
            problems.extend(f"line {no}: {p}: {body!r}"
                            for p in label_problems(body, strict=False))
        rest = re.sub(_LABEL, '""', line)
        if line.startswith(("classDef ", "class ", "style ", "linkStyle ")):
            continue
        for text_ in re.findall(r"\|([^|]*)\|", rest) + re.findall(r"-- ([^>]*?) -->", rest):
            if text_ != '""' and re.search(r"[()\[\]{}<>\"#&\\`]", text_):
                problems.append(f"line {no}: unquoted label needs quotes: {text_!r}")
        depth = []
        pairs = {")": "(", "]": "[", "}": "{"}
        for c in re.sub(r"\|[^|]*\|", "", rest):
            if c in "([{":
                depth.append(c)
            elif c in pairs:
                if not depth or depth.pop() != pairs[c]:
                    problems.append(f"line {no}: unbalanced {c!r}")
                    break
        else:
            if depth:
                problems.append(f"line {no}: unclosed {depth[-1]!r}")
    return problems


# ---------------------------------------------------------------- the validator itself


@pytest.mark.parametrize("chart, expect", [
    ('flowchart TD\n    A["f(x) <b>bold</b>"]', "HTML tag"),
    ('flowchart TD\n    A["Printf(#quot;x\\n#quot;)"]', "backslash"),
    ('flowchart TD\n    A["defer #1 pushed; #x"]', "entity"),
    ('flowchart TD\n    A[f(x)]', "not in the derived-chart subset"),
    ('flowchart TD\n    A["a"]\n    A["b"]', "defined twice"),
    ('flowchart TD\n    end["a"]', "keyword"),
    ('flowchart TD\n    A["a"]\n    A --> B', "not a defined node"),
    ('flowchart TD\n    subgraph S["s"]\n        A["a"]\n    end', "direction TB"),
    ('flowchart TD\n    subgraph S["s"]\n        direction TB\n        A["a"]', "never ends"),
    ('flowchart TD\n    A["a"]:::bad', "not defined"),
    ('flowchart TD\n    A(["a"]]', "not in the derived-chart subset"),
    ('flowchart TD\n    A["`md`"]', "backquote"),
])
def test_validator_catches_what_mermaid_rejects(chart, expect):
    assert any(expect in p for p in mermaid_problems(chart)), mermaid_problems(chart)


def test_validator_accepts_the_subset():
    ok = ('flowchart TD\n    subgraph G1["G1 main"]\n        direction TB\n'
          '        g1_0(["start #quot;x#quot; #lt;-ch #35;1"])\n        g1_1{"panic?"}\n'
          '        g1_0 -->|"no"| g1_1\n    end\n    EXIT(["exit"]):::ok\n    g1_1 --> EXIT\n'
          '    g1_1 -.-> EXIT\n    classDef ok fill:#ddffdd,stroke:#339933\n')
    assert mermaid_problems(ok) == []


def test_quote_escapes_everything_mermaid_misreads():
    raw = 'fmt.Printf("%s <b>x</b> & `y` #1; a\\n", 中文) := <-ch'
    q = quote(raw)
    assert label_problems(q) == []
    assert parse_chart(f'graph TD\nA["{q}"]').nodes["A"].label == raw


def test_short_call_keeps_calls_readable():
    body = 'func() {\n\t\t// slow\n\t\ttime.Sleep(release)\n\t\tfmt.Printf("x %d\\n", id)\n\t}()'
    got = short_call(body)
    assert got.startswith("func() { time.Sleep(release)") and got.endswith("}()")
    assert "//" not in got and len(got) <= 40
    long = short_call('fmt.Println("a very long message that goes on and on")')
    assert long.startswith('fmt.Println("a very long') and long.endswith('…")')
    assert short_call("wg.Done()") == "wg.Done()"
    assert short_call('f("// not a comment")') == 'f("// not a comment")'


# ---------------------------------------------------------------- real runs

NASTY = r'''//deferlab:signal SIGKILL@100ms
package main

import (
	"fmt"
	"sync"
	"time"
)

type job struct{ name string }

func worker(ch chan int, j job) {
	defer fmt.Printf("清理 %q <done> & \"quoted\" `raw` #1; a\\b\n", j.name)
	defer func() {
		// a comment with ( ) [ ] { } and "quotes"
		if r := recover(); r != nil && len(j.name) > 0 {
			fmt.Println("recovered: [", r, "] {x} <-ch", `back\tick`)
		}
	}()
	x := <-ch
	if x > 1 {
		panic(fmt.Sprintf("bad value %d: <b>bold</b> \"q\" #35; 中文", x))
	}
}

func main() {
	ch := make(chan int)
	defer fmt.Println("main: m := map[string]int{\"a\": 1} --> end ||| :::bad")
	for i := 0; i < 45; i++ {
		defer fmt.Println("main: defer", i)
	}
	go worker(ch, job{name: "j<1>"})
	ch <- 2
	var wg sync.WaitGroup
	for i := 0; i < 14; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer fmt.Println("never <printed> \\n")
			time.Sleep(time.Hour)
		}()
	}
	wg.Wait()
}
'''


def _run(src: str, name: str):
    try:
        sc = parse_scenario(src, name)
        result = simulate(src, name, sc.config)
    except Exception as e:  # library packages still being finished: skip that scenario
        return None, f"{type(e).__name__}: {e}"
    if getattr(result, "trace", None) is None:
        return None, "no trace"
    return result.trace, None


def _charts(trace):
    yield "all", derive_chart(trace)
    gids = sorted({ev.gid for ev in trace.rich_events() if ev.kind == K.DEFER_PUSH})
    for gid in gids[:6]:
        yield f"G{gid}", derive_chart(trace, gid)


def test_scenario_charts_are_valid_mermaid():
    """Every scenario that simulates: the whole-process chart and each deferring goroutine's."""
    checked, problems = 0, []
    for path in SCENARIOS:
        trace, _err = _run(path.read_text(encoding="utf-8"), path.stem)
        if trace is None:
            continue
        for what, text in _charts(trace):
            problems += [f"{path.stem} {what}: {p}" for p in mermaid_problems(text)]
            parse_chart(text, f"{path.stem}.mmd")
            checked += 1
    assert checked >= 20, "too few scenarios simulate"
    assert problems == []


def test_nasty_labels_truncation_and_many_goroutines():
    """Quotes, HTML-ish text, backslashes, backquotes, Chinese, func literals with comments, a
    panic value with markup, 46 defers (trimmed) and 15 goroutines (summarised)."""
    trace, err = _run(NASTY, "nasty")
    assert trace is not None, err
    charts = dict(_charts(trace))
    assert "G1" in charts and "G2" in charts
    for what, text in charts.items():
        assert mermaid_problems(text) == [], what
    labels = [n.label for n in parse_chart(charts["all"], "nasty.mmd").nodes.values()]
    assert any("<b>bold</b>" in label for label in labels)           # decoded back, not eaten
    assert any(label.startswith('defer fmt.Printf("清理') for label in labels)
    assert any("more goroutines" in label for label in labels)
    assert any("more steps" in label for label in labels)
    for label in labels:
        if label.startswith("defer "):                              # the verb survives
            assert re.search(r" (pushed|runs|lost: .+)$", label), label
            assert "//" not in label and "\n" not in label


@pytest.mark.parametrize("path", CONCEPTS, ids=lambda p: p.stem)
def test_concept_charts_are_valid_mermaid(path):
    assert concept_problems(path.read_text(encoding="utf-8")) == []
