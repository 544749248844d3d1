#!/usr/bin/env python3
"""Record what real Go does with each built-in scenario (``assets/scenarios/*.go``).

A thin front end over the shared oracle, ``tests/programs/record.py``: the same build (a
throwaway ``go 1.27`` module, ``CGO_ENABLED=0``), the same reading of the ``//deferlab:``
directives (signals, gomaxprocs, asyncpreemptoff, max-time -> status 124) and the same record
format, written to ``assets/scenarios/expected.json``.  Only the program list and the output
file differ.

The ``k8s`` directive is not emulated here: a real run has no kubelet.  The Kubernetes scenario
therefore also carries ``//deferlab:signal SIGTERM@... SIGKILL@...`` lines that send what the
kubelet would send, at the times it would send them.

usage: record.py [SCENARIO.go ...] [--runs N] [--jobs N] [--check] [--out FILE]
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def _oracle():
    spec = importlib.util.spec_from_file_location(
        "deferlab_programs_record", REPO / "tests" / "programs" / "record.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod          # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


oracle = _oracle()


def programs(names: list[str]) -> list[Path]:
    if names:
        return [HERE / Path(n).name for n in names]
    return sorted(HERE.glob("*.go"))


def main(argv=None) -> int:
    # Same command as the shared oracle, pointed at this directory.
    oracle.HERE = HERE
    oracle.EXPECTED = HERE / "expected.json"
    oracle.programs = programs
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--out" not in argv:
        argv += ["--out", str(oracle.EXPECTED)]
    return oracle.main(argv)


if __name__ == "__main__":
    sys.exit(main())
