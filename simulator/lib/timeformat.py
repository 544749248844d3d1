"""Package time, layouts (go1.27 ``src/time/format.go``): Time.Format and Time.String.

Only UTC exists in the simulation, so zone chunks print ``UTC`` / ``+0000`` / ``Z``.  The layout
scanner recognises Go's std chunks (``2006 01 02 15 04 05 Jan January Mon Monday MST PM``,
zone offsets, ``.000``/``.999`` fractions ...); any other text is copied, as Go does.
"""
from __future__ import annotations

from . import durations as D
from .timecivil import civil, weekday, year_day
from .timepkg import time

# std chunks, longest first where one is a prefix of another
_CHUNKS = ("January", "Jan", "Monday", "Mon", "MST", "2006", "002", "01", "02", "03", "04", "05",
           "06", "15", "1", "2", "3", "4", "5", "PM", "pm",
           "-07:00:00", "-0700", "-07:00", "-07", "Z07:00:00", "Z0700", "Z07:00", "Z07")


def mono_suffix(mono: int) -> str:
    """`` m=+1.000000001``: the monotonic reading Time.String appends."""
    sign = "-" if mono < 0 else "+"
    m = abs(mono)
    secs, frac = divmod(m, D.SECOND)
    return f" m={sign}{secs}.{frac:09d}"


def _frac(nsec: int, digits: int, trim: bool) -> str:
    s = f"{nsec:09d}"[:digits]
    if trim:
        s = s.rstrip("0")
        return "." + s if s else ""
    return "." + s


def _next_chunk(layout: str, i: int) -> tuple[str, int] | None:
    """(chunk, length) if a std chunk starts at i."""
    c = layout[i]
    if c in ".,":
        j = i + 1
        if j < len(layout) and layout[j] in "09":
            d = layout[j]
            k = j
            while k < len(layout) and layout[k] == d:
                k += 1
            if k >= len(layout) or not layout[k].isdigit():
                return ("." if c == "." else ",") + d * (k - j), k - i
        return None
    if c == "_":                    # format.go: _2 (day), __2 (year day), but _2006 is "_" + 2006
        if layout.startswith("__2", i):
            return "__2", 3
        if layout.startswith("_2", i) and not layout.startswith("_2006", i):
            return "_2", 2
        return None
    for ch in _CHUNKS:
        if layout.startswith(ch, i):
            if ch in ("Jan", "Mon") and layout.startswith(("January", "Monday"), i):
                continue
            if ch == "Mon" and i + 3 < len(layout) and layout[i + 3].islower() and not layout.startswith("Monday", i):
                continue        # "Month" is not Mon+th (Go's startsWithLowerCase rule)
            return ch, len(ch)
    return None


def format_time(ns: int, layout: str) -> str:
    y, mo, d, h, mi, s, frac = civil(ns)
    out = []
    i = 0
    while i < len(layout):
        hit = _next_chunk(layout, i)
        if hit is None:
            out.append(layout[i])
            i += 1
            continue
        ch, n = hit
        i += n
        out.append(_chunk(ch, ns, y, mo, d, h, mi, s, frac))
    return "".join(out)


def _chunk(ch, ns, y, mo, d, h, mi, s, frac) -> str:
    from .timepkg import DAYS, MONTHS
    h12 = h % 12 or 12
    simple = {
        "2006": f"{y:04d}" if y >= 0 else f"-{-y:04d}", "06": f"{abs(y) % 100:02d}",
        "January": MONTHS[mo - 1], "Jan": MONTHS[mo - 1][:3], "01": f"{mo:02d}", "1": str(mo),
        "Monday": DAYS[weekday(ns)], "Mon": DAYS[weekday(ns)][:3],
        "02": f"{d:02d}", "_2": f"{d:2d}", "2": str(d), "002": f"{year_day(ns):03d}",
        "__2": f"{year_day(ns):3d}",
        "15": f"{h:02d}", "03": f"{h12:02d}", "3": str(h12), "04": f"{mi:02d}", "4": str(mi),
        "05": f"{s:02d}", "5": str(s), "PM": "PM" if h >= 12 else "AM",
        "pm": "pm" if h >= 12 else "am", "MST": "UTC",
        "-07:00:00": "+00:00:00", "-0700": "+0000", "-07:00": "+00:00", "-07": "+00",
    }
    if ch in simple:
        return simple[ch]
    if ch.startswith("Z"):
        return "Z"
    sep, digits = ch[0], ch[1:]
    text = _frac(frac, len(digits), digits[0] == "9")
    return text if sep == "." or not text else "," + text[1:]


# the layout constants (format.go)
for _name, _layout in (("Layout", "01/02 03:04:05PM '06 -0700"),
                       ("ANSIC", "Mon Jan _2 15:04:05 2006"),
                       ("UnixDate", "Mon Jan _2 15:04:05 MST 2006"),
                       ("RFC822", "02 Jan 06 15:04 MST"),
                       ("RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"),
                       ("RFC3339", "2006-01-02T15:04:05Z07:00"),
                       ("RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"),
                       ("Kitchen", "3:04PM"), ("Stamp", "Jan _2 15:04:05"),
                       ("StampMilli", "Jan _2 15:04:05.000"),
                       ("DateTime", "2006-01-02 15:04:05"), ("DateOnly", "2006-01-02"),
                       ("TimeOnly", "15:04:05")):
    time.const(_name, "untyped string", _layout)
