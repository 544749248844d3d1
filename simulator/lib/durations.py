"""Go's time.Duration text: ``ParseDuration`` and ``Duration.String`` with Go's exact output."""
from __future__ import annotations

import re

NANOSECOND = 1
MICROSECOND = 1000
MILLISECOND = 1000 * MICROSECOND
SECOND = 1000 * MILLISECOND
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE

_UNITS = {"ns": 1, "us": MICROSECOND, "µs": MICROSECOND, "μs": MICROSECOND,
          "ms": MILLISECOND, "s": SECOND, "m": MINUTE, "h": HOUR}
_PART = re.compile(r"([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)")


def parse_duration(text: str) -> int:
    """``"1.5s"`` -> 1500000000.  Raises ValueError with Go's wording on bad input."""
    s = text.strip()
    orig = s
    neg = s.startswith("-")
    if s[:1] in "+-":
        s = s[1:]
    if s == "0":
        return 0
    if not s:
        raise ValueError(f'time: invalid duration "{orig}"')
    total = 0.0
    pos = 0
    while pos < len(s):
        m = _PART.match(s, pos)
        if not m or m.group(1) in ("", "."):
            raise ValueError(f'time: invalid duration "{orig}"')
        total += float(m.group(1)) * _UNITS[m.group(2)]
        pos = m.end()
    n = int(round(total))
    return -n if neg else n


def _fmt_frac(v: int, prec: int) -> tuple[str, int]:
    digits = []
    printed = False
    for _ in range(prec):
        d = v % 10
        printed = printed or d != 0
        if printed:
            digits.append(str(d))
        v //= 10
    frac = "".join(reversed(digits))
    return ("." + frac if frac else ""), v


def format_duration(d: int) -> str:
    """Go's ``Duration.String``: ``1.5s``, ``200ms``, ``1h2m3s``, ``0s``, ``1µs``."""
    if d == 0:
        return "0s"
    neg = d < 0
    u = -d if neg else d
    if u < SECOND:
        if u < MICROSECOND:
            out = f"{u}ns"
        elif u < MILLISECOND:
            frac, whole = _fmt_frac(u, 3)
            out = f"{whole}{frac}µs"
        else:
            frac, whole = _fmt_frac(u, 6)
            out = f"{whole}{frac}ms"
    else:
        frac, whole = _fmt_frac(u, 9)
        secs = whole % 60
        mins = whole // 60
        out = f"{secs}{frac}s"
        if mins:
            out = f"{mins % 60}m" + out
            hours = mins // 60
            if hours:
                out = f"{hours}h" + out
    return "-" + out if neg else out


def readable_duration(d: int) -> str:
    """A duration for people (the app's readouts): the CPU ticks a busy goroutine adds are
    rounded away — to the microsecond above 1 ms, to the millisecond above 1 s."""
    a = abs(d)
    if a >= SECOND:
        d = round(d / MILLISECOND) * MILLISECOND
    elif a >= MILLISECOND:
        d = round(d / MICROSECOND) * MICROSECOND
    return format_duration(int(d))
