"""The differential fuzzer's generators (tools/difffuzz.py) keep producing programs the simulator
runs: no internal error, and a compile error only where Go reports one too (the real-Go
comparison itself needs the toolchain and minutes; it is run by hand)."""
import sys
from pathlib import Path

import pytest

from simulator import simulate
from simulator.scenario import parse_scenario

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import difffuzz  # noqa: E402


@pytest.mark.parametrize("family", sorted(difffuzz.FAMILIES))
def test_generated_programs_run(family):
    for seed in range(3):
        src = difffuzz.FAMILIES[family](seed)
        r = simulate(src, "fz.go", parse_scenario(src, "fz.go").config)
        assert "internal error" not in r.stderr, (family, seed, r.stderr)
        if r.status == 125:               # Go refuses these too (the fuzzer skips them)
            assert "declared and not used" in r.stderr, (family, seed, r.stderr)
        else:                             # it printed, or a signal or a crash ended it
            assert r.stdout or r.status > 128 or r.stderr, (family, seed, r.status)
