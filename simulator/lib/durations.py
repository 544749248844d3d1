"""Go's time.Duration text: ``ParseDuration`` and ``Duration.String`` with Go's exact output."""
from __future__ import annotations

NANOSECOND = 1
MICROSECOND = 1000
MILLISECOND = 1000 * MICROSECOND
SECOND = 1000 * MILLISECOND
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE

#: time.unitMap, keyed by the unit's UTF-8 bytes: "µs" (U+00B5) and "μs" (U+03BC) are both micro
_UNITS = {b"ns": 1, b"us": MICROSECOND, "µs".encode(): MICROSECOND, "μs".encode(): MICROSECOND,
          b"ms": MILLISECOND, b"s": SECOND, b"m": MINUTE, b"h": HOUR}
_DIGITS = b"0123456789"


class DurationError(ValueError):
    """A ParseDuration failure: ``message`` and the input ``value``; str() is Go's text."""

    def __init__(self, message: str, value: str):
        super().__init__(f"time: {message} {quote(value)}")
        self.message, self.value = message, value


def quote(s: str) -> str:
    """time's own quote (format.go): control and non-ASCII bytes as \\x escapes."""
    out = ['"']
    for ch in s:
        if ch < " " or ch >= "\x80":
            out += ["\\x%02x" % b for b in ch.encode("utf-8", "surrogateescape")]
        else:
            out.append("\\" + ch if ch in '"\\' else ch)
    return "".join(out) + '"'


def _leading_int(s: bytes) -> tuple[int | None, bytes]:
    """leadingInt: the leading [0-9]* of s; None when it exceeds 1<<63."""
    x, i = 0, 0
    while i < len(s) and s[i] in _DIGITS:
        if x > (1 << 63) // 10:
            return None, s
        x = x * 10 + s[i] - 48
        if x > 1 << 63:
            return None, s
        i += 1
    return x, s[i:]


def _leading_fraction(s: bytes) -> tuple[int, float, bytes]:
    """leadingFraction: digits after the point; precision stops accumulating past int64."""
    x, scale, i, overflow = 0, 1.0, 0, False
    while i < len(s) and s[i] in _DIGITS:
        if not overflow:
            y = x * 10 + s[i] - 48
            if x > ((1 << 63) - 1) // 10 or y > 1 << 63:
                overflow = True
            else:
                x, scale = y, scale * 10
        i += 1
    return x, scale, s[i:]


def parse_go_duration(text: str) -> int:
    """time.ParseDuration, step for step (format.go): integer arithmetic on the whole part,
    float64 for the fraction times the unit (truncated), overflow past int64 an error.
    Raises DurationError."""
    s = text.encode("utf-8", "surrogateescape")
    d, neg = 0, False
    if s[:1] in (b"-", b"+"):
        neg, s = s[:1] == b"-", s[1:]
    if s == b"0":
        return 0
    if not s:
        raise DurationError("invalid duration", text)
    while s:
        if not (s[0] == 46 or s[0] in _DIGITS):            # [0-9.]
            raise DurationError("invalid duration", text)
        pl = len(s)
        v, s = _leading_int(s)
        if v is None:
            raise DurationError("invalid duration", text)
        pre, post, f, scale = pl != len(s), False, 0, 1.0
        if s[:1] == b".":
            s = s[1:]
            pl = len(s)
            f, scale, s = _leading_fraction(s)
            post = pl != len(s)
        if not pre and not post:
            raise DurationError("invalid duration", text)
        i = 0
        while i < len(s) and not (s[i] == 46 or s[i] in _DIGITS):
            i += 1
        if i == 0:
            raise DurationError("missing unit in duration", text)
        u, s = s[:i], s[i:]
        unit = _UNITS.get(u)
        if unit is None:
            raise DurationError(f"unknown unit {quote(u.decode('utf-8', 'surrogateescape'))} in duration", text)
        if v > (1 << 63) // unit:
            raise DurationError("invalid duration", text)
        v *= unit
        if f > 0:
            v += int(float(f) * (float(unit) / scale))   # uint64(float64(f) * (float64(unit) / scale))
            if v > 1 << 63:
                raise DurationError("invalid duration", text)
        d += v
        if d > 1 << 63:
            raise DurationError("invalid duration", text)
    if neg:
        return -d
    if d > (1 << 63) - 1:
        raise DurationError("invalid duration", text)
    return d


def parse_duration(text: str) -> int:
    """A duration in a ``//deferlab:`` directive: Go's syntax (``"1.5s"`` -> 1500000000), the
    surrounding blanks ignored.  Raises ValueError (DurationError) with Go's wording."""
    return parse_go_duration(text.strip())


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
