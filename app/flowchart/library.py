"""Built-in concept charts: ``assets/flowcharts/NAME.mmd``, named by scenarios'
``//deferlab:chart NAME`` directives."""
from __future__ import annotations

from pathlib import Path

from .model import Chart
from .parser import parse_chart

CHART_DIR = Path(__file__).resolve().parents[2] / "assets" / "flowcharts"


def chart_names() -> list[str]:
    return sorted(p.stem for p in CHART_DIR.glob("*.mmd"))


#: (a telltale in the Go source, the built-in chart that explains it), most specific first: the
#: chart shown for a program that names none with //deferlab:chart
_SUGGESTIONS = (
    (("http.Server", "ListenAndServe", ".Shutdown("), "http-shutdown"),
    (("signal.Notify",), "signal-shutdown"),
    (("runtime.Gosched", "GOMAXPROCS", "asyncpreemptoff"), "preemption"),
    (("recover()", "panic("), "panic-recover"),
    (("os.Exit", "runtime.Goexit", "log.Fatal"), "exit-paths"),
    (("context.",), "context-tree"),
    (("WaitGroup",), "waitgroup-done"),
    (("defer ",), "defer-stack"),
)


def suggest_chart(source: str) -> str | None:
    """The built-in chart most related to what ``source`` uses, or None."""
    for telltales, name in _SUGGESTIONS:
        if any(t in source for t in telltales):
            return name
    return None


def chart_path(name: str) -> Path:
    return CHART_DIR / f"{name}.mmd"


def load_chart(name: str) -> Chart:
    """Parse a built-in chart; ``KeyError`` for an unknown name, ``ChartError`` if malformed."""
    path = chart_path(name)
    if "/" in name or "\\" in name or not path.is_file():
        raise KeyError(f"no flowchart named {name!r} (have: {', '.join(chart_names())})")
    return parse_chart(path.read_text(encoding="utf-8"), f"assets/flowcharts/{name}.mmd")
