"""Scenario settings from ``//deferlab:`` comment directives at the top of a Go file.

A scenario is an ordinary Go file (it still builds with real Go); run settings live in comments:

    //deferlab:title Main returns, a goroutine's defer is lost
    //deferlab:topic defer
    //deferlab:seed-section 1
    //deferlab:signal SIGTERM@200ms
    //deferlab:gomaxprocs 1
    //deferlab:seed 7
    //deferlab:asyncpreemptoff
    //deferlab:max-time 10s
    //deferlab:chart defer-stack
    //deferlab:k8s grace=30s prestop=5s traffic-until=2s
    //deferlab:notice-en What to notice ... (repeatable: lines are joined)
    //deferlab:notice-zh 注意 ...

Unknown directives are errors (``file:line:col: unknown directive``): a typo must not silently
change a run.  Command-line flags add to (signals) or override (the rest) these settings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .api import HOUR_NS, RunConfig, SignalSpec
from .lib.durations import parse_duration

SIGNAL_NAMES = ("SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
                "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
                "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU",
                "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO",
                "SIGPWR", "SIGSYS")
_DIRECTIVE = re.compile(r"^//deferlab:([a-z0-9-]+)(?:\s+(.*))?$")


class ScenarioError(ValueError):
    pass


@dataclass
class Scenario:
    title: str = ""
    topic: str = ""
    seed_section: str = ""
    charts: list[str] = field(default_factory=list)
    notice_en: str = ""
    notice_zh: str = ""
    config: RunConfig = RunConfig()


def parse_signal(spec: str, source: str = "--signal") -> SignalSpec:
    """``SIGTERM@200ms`` -> SignalSpec.  Names may omit the SIG prefix."""
    if "@" not in spec:
        raise ScenarioError(f"signal {spec!r}: expected NAME@DURATION, e.g. SIGTERM@200ms")
    name, at = spec.split("@", 1)
    name = name.strip().upper()
    if not name.startswith("SIG"):
        name = "SIG" + name
    if name not in SIGNAL_NAMES:
        raise ScenarioError(f"signal {spec!r}: unknown signal {name}")
    try:
        t = parse_duration(at)
    except ValueError as e:
        raise ScenarioError(f"signal {spec!r}: {e}") from None
    return SignalSpec(name, t, source)


def parse_k8s(text: str) -> dict:
    out = {"grace": 30 * 10**9, "prestop": 0, "traffic_until": 0, "at": 0}
    for part in text.split():
        if "=" not in part:
            raise ScenarioError(f"k8s setting {part!r}: expected key=duration")
        k, v = part.split("=", 1)
        k = k.replace("-", "_")
        if k not in out:
            raise ScenarioError(f"k8s setting {k!r}: expected one of grace, prestop, traffic-until, at")
        out[k] = parse_duration(v)
    return out


def parse_scenario(source: str, filename: str = "main.go") -> Scenario:
    sc = Scenario()
    cfg: dict = {}
    signals: list[SignalSpec] = []
    for lineno, line in enumerate(source.splitlines(), 1):
        m = _DIRECTIVE.match(line.strip())
        if not m:
            continue
        key, arg = m.group(1), (m.group(2) or "").strip()
        try:
            if key == "title":
                sc.title = arg
            elif key == "topic":
                sc.topic = arg
            elif key == "seed-section":
                sc.seed_section = arg
            elif key == "chart":
                sc.charts += arg.split()
            elif key == "notice-en":
                sc.notice_en = (sc.notice_en + " " + arg).strip()
            elif key == "notice-zh":
                sc.notice_zh = (sc.notice_zh + arg).strip()
            elif key == "signal":
                signals += [parse_signal(s, "scenario") for s in arg.split()]
            elif key == "gomaxprocs":
                cfg["gomaxprocs"] = int(arg)
            elif key == "seed":
                cfg["seed"] = int(arg)
            elif key == "asyncpreemptoff":
                cfg["asyncpreemptoff"] = True
            elif key == "max-time":
                cfg["max_time_ns"] = parse_duration(arg)
            elif key == "k8s":
                cfg["k8s"] = parse_k8s(arg)
            else:
                raise ScenarioError(f"unknown directive //deferlab:{key}")
        except (ValueError, ScenarioError) as e:
            raise ScenarioError(f"{filename}:{lineno}:1: {e}") from None
    sc.config = replace(RunConfig(), signals=tuple(signals), **cfg)
    return sc


def merge_flags(config: RunConfig, *, signals=(), seed=None, gomaxprocs=None, max_time_ns=None,
                asyncpreemptoff=None) -> RunConfig:
    """Command-line flags: signals add to the scenario's, the rest override."""
    changes: dict = {"signals": tuple(config.signals) + tuple(signals)}
    if seed is not None:
        changes["seed"] = seed
    if gomaxprocs is not None:
        changes["gomaxprocs"] = gomaxprocs
    if max_time_ns is not None:
        changes["max_time_ns"] = max_time_ns
    if asyncpreemptoff:
        changes["asyncpreemptoff"] = True
    return replace(config, **changes)


__all__ = ["Scenario", "ScenarioError", "parse_scenario", "parse_signal", "merge_flags", "HOUR_NS"]
