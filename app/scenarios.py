"""The built-in scenarios (assets/scenarios/*.go) and the default one.  No Qt here."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.scenario import ScenarioError, parse_scenario

SCENARIO_DIR = Path(__file__).resolve().parent.parent / "assets" / "scenarios"

#: used when assets/scenarios has no default scenario yet: the seed's opening example
FALLBACK_NAME = "main_exit.go"
FALLBACK_SOURCE = '''//deferlab:title Main returns, a goroutine's defer is lost
//deferlab:topic defer
//deferlab:notice-en When main returns the process exits at once: the worker's deferred cleanup
//deferlab:notice-en never runs. Step to the end and look at G2's defer stack.
package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	defer fmt.Println("worker", id, "cleanup")
	fmt.Println("worker", id, "started")
	time.Sleep(time.Second)
	fmt.Println("worker", id, "done")
}

func main() {
	defer fmt.Println("main: deferred")
	go worker(7)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: returning")
}
'''


@dataclass(frozen=True)
class ScenarioEntry:
    path: Path
    title: str
    topic: str


def list_scenarios(directory: Path = SCENARIO_DIR) -> list[ScenarioEntry]:
    """Every scenario file, sorted by file name, with its title and topic (for the browser)."""
    out = []
    for p in sorted(directory.glob("*.go")) if directory.is_dir() else []:
        try:
            sc = parse_scenario(p.read_text(encoding="utf-8"), p.name)
            title, topic = sc.title, sc.topic
        except (ScenarioError, OSError, UnicodeDecodeError):
            title, topic = "", ""
        out.append(ScenarioEntry(p, title or p.stem.replace("_", " "), topic or "other"))
    return out


def default_scenario_path(directory: Path = SCENARIO_DIR) -> Path | None:
    """The scenario ``python main.py`` opens: ``01_*.go``, else one whose name has main_exit."""
    if not directory.is_dir():
        return None
    files = sorted(directory.glob("*.go"))
    for p in files:
        if p.name.startswith("01_"):
            return p
    for p in files:
        if "main_exit" in p.name:
            return p
    return None
