"""Differential tests: the simulator prints what the compiled Go program prints.

One test per program in tests/programs/expected.json (recorded from real go1.27 binaries by
tests/programs/record.py).  Each program runs with the settings of its ``//deferlab:``
directives; stdout must match exactly, the first stderr line exactly except that ``{ADDR}``
stands for any hex number (an address), the exit status exactly, and, where recorded,
``stderr_head`` (the panic / fatal error block before the first blank line: nested panic chains,
multi-line panic values) line by line with the same wildcard.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "programs"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from simulator import simulate  # noqa: E402
from simulator.scenario import parse_scenario  # noqa: E402

_spec = importlib.util.spec_from_file_location("deferlab_record", PROGRAMS / "record.py")
record = importlib.util.module_from_spec(_spec)
sys.modules.setdefault(_spec.name, record)
_spec.loader.exec_module(record)

EXPECTED = json.loads((PROGRAMS / "expected.json").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_program_matches_go(name):
    """The simulator's stdout, first stderr line and status equal real Go's."""
    exp = EXPECTED[name]
    source = (PROGRAMS / name).read_text()
    config = parse_scenario(source, name).config
    result = simulate(source, name, config)
    why = f" ({result.reason}: {'; '.join(result.errors[:3])})" if result.errors else ""
    assert result.stdout == exp["stdout"], f"{name}: stdout differs{why}"
    assert record.stderr_line_matches(exp["stderr_first"], result.stderr_first), (
        f"{name}: first stderr line {result.stderr_first!r}, Go printed {exp['stderr_first']!r}")
    assert result.status == exp["status"], (
        f"{name}: status {result.status} ({result.reason}), Go gave {exp['status']}")
    if "stderr_head" in exp:
        head = record.head_block(result.stderr.splitlines()) or []
        assert len(head) == len(exp["stderr_head"]) and all(
            map(record.stderr_line_matches, exp["stderr_head"], head)), (
            f"{name}: panic block {head!r}, Go printed {exp['stderr_head']!r}")
