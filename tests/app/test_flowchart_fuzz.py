"""Fuzzing the parser: whatever the text, the only exception is ChartError."""
from hypothesis import given, settings
from hypothesis import strategies as st

from app.flowchart import ChartError, parse_chart
from app.flowchart.layout import layout_chart

TOKENS = ["graph TD\n", "flowchart LR\n", "A", "B", "中", " ", "\n", ";", "-->", "---", "-.->",
          "==>", "~~~", "--", "-.", "==", "|", "[", "]", "(", ")", "{", "}", "((", "))", "([",
          "])", "[[", "]]", "[(", ")]", "{{", "}}", ">", "[/", "/]", "[\\", "\\]", "&", ":::",
          '"', "#quot;", "subgraph ", "end", "classDef ", "class ", "style ", "linkStyle ",
          "fill:#f96", "0", ",", "%%", "%% @on ", "defer.push", " -> ", "gid=1", "x~=", "<br>",
          "direction ", "click "]


def _check(text: str) -> None:
    try:
        chart = parse_chart(text, "fuzz.mmd")
    except ChartError as e:
        assert str(e).startswith("fuzz.mmd:") and e.line >= 1 and e.col >= 1
        return
    layout_chart(chart)          # whatever parses also lays out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_token_soup_never_crashes(tokens):
    """Mermaid-ish token sequences give a chart or a located ChartError."""
    _check("".join(tokens))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_random_text_after_header_never_crashes(text):
    """Arbitrary unicode after a valid header never raises anything but ChartError."""
    _check("graph TD\n" + text)
