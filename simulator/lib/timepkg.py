"""Package time, part 1 (go1.27 ``src/time/time.go``): Duration, Month, Weekday, Time, Now.

The clock is virtual.  A program's wall clock reads ``EPOCH_UNIX`` (a fixed instant) plus the
virtual time since the process started; its monotonic clock reads the virtual time itself (Go
prints it as ``m=+0.000012345``).  Timers, Sleep and tickers are ``timesleep.py``; layouts
(Format, String) are ``timeformat.py``; the calendar (any year) is ``timecivil.py``.

Invariants:
* a ``Time`` is immutable: its methods return new values, so sharing one Python object between
  copies of a Go value is safe;
* ``Time.ns`` is nanoseconds since 1970-01-01 UTC (any Python int; the zero Time is year 1);
  ``Time.mono`` is the monotonic reading (virtual ns) or None, and like Go, Sub/Before/After/Equal
  use it when both operands have one;
* every location is UTC (the recordings ran with TZ unset in a container).
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime import current
from ..runtime.errors import GoPanic
from . import durations as D
from ..values import GoStruct
from .registry import Package

time = Package("time")

#: the wall clock at virtual time 0: 2026-11-27 11:11:39 UTC (the day the recordings were made)
EPOCH_UNIX = 1795777899
EPOCH_NS = EPOCH_UNIX * D.SECOND
#: Unix seconds of Go's zero Time, January 1, year 1, 00:00:00 UTC
ZERO_UNIX = -62135596800
ZERO_NS = ZERO_UNIX * D.SECOND
MIN_DURATION, MAX_DURATION = -(1 << 63), (1 << 63) - 1

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def quo(a: int, b: int) -> int:
    """Go's integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def rem(a: int, b: int) -> int:
    """Go's ``%`` (the sign of the dividend)."""
    return a - quo(a, b) * b


def clamp64(d: int) -> int:
    return MIN_DURATION if d < MIN_DURATION else MAX_DURATION if d > MAX_DURATION else d


# -- Duration ------------------------------------------------------------------------------------
time.type("Duration", "int64")
for _name, _v in (("Nanosecond", D.NANOSECOND), ("Microsecond", D.MICROSECOND),
                  ("Millisecond", D.MILLISECOND), ("Second", D.SECOND), ("Minute", D.MINUTE),
                  ("Hour", D.HOUR)):
    time.const(_name, "Duration", _v)


@time.method("Duration", "String", "func() string")
def duration_string(d):
    return D.format_duration(d)


@time.method("Duration", "Nanoseconds", "func() int64")
def _d_ns(d):
    return d


@time.method("Duration", "Microseconds", "func() int64")
def _d_us(d):
    return quo(d, D.MICROSECOND)


@time.method("Duration", "Milliseconds", "func() int64")
def _d_ms(d):
    return quo(d, D.MILLISECOND)


def _float_units(d: int, unit: int) -> float:
    return float(quo(d, unit)) + float(rem(d, unit)) / unit


@time.method("Duration", "Seconds", "func() float64")
def _d_s(d):
    return _float_units(d, D.SECOND)


@time.method("Duration", "Minutes", "func() float64")
def _d_min(d):
    return _float_units(d, D.MINUTE)


@time.method("Duration", "Hours", "func() float64")
def _d_h(d):
    return _float_units(d, D.HOUR)


@time.method("Duration", "Truncate", "func(m Duration) Duration")
def duration_truncate(d, m):
    return d if m <= 0 else d - rem(d, m)


@time.method("Duration", "Round", "func(m Duration) Duration")
def duration_round(d, m):
    if m <= 0:
        return d
    r = rem(d, m)
    if d < 0:
        r = -r
        if r + r < m:
            return d + r
        d1 = d - m + r
        return d1 if d1 >= MIN_DURATION else MIN_DURATION
    if r + r < m:
        return d - r
    d1 = d + m - r
    return d1 if d1 <= MAX_DURATION else MAX_DURATION


@time.method("Duration", "Abs", "func() Duration")
def _d_abs(d):
    return d if d >= 0 else (MAX_DURATION if d == MIN_DURATION else -d)


@time.type("parseDurationError", "struct{ message string; value string }")
class ParseDurationError:
    """*time.parseDurationError: ``time: unknown unit "e" in duration "1e3s"``."""
    __slots__ = ("message", "value")
    _fields = ("message", "value")
    _go_methods = {"Error": "func() string"}

    def __init__(self, message: str = "", value: str = ""):
        self.message = message
        self.value = value

    def Error(self) -> str:
        return "time: " + self.message + " " + D.quote(self.value)


@time.func("func ParseDuration(s string) (Duration, error)")
def ParseDuration(s):
    try:
        return D.parse_go_duration(s), None
    except D.DurationError as e:
        return 0, ParseDurationError(e.message, e.value)


# -- Month, Weekday ------------------------------------------------------------------------------
time.type("Month", "int")
time.type("Weekday", "int")
for _i, _name in enumerate(MONTHS):
    time.const(_name, "Month", _i + 1)
for _i, _name in enumerate(DAYS):
    time.const(_name, "Weekday", _i)


@time.method("Month", "String", "func() string")
def month_string(m):
    return MONTHS[m - 1] if 1 <= m <= 12 else f"%!Month({m})"


@time.method("Weekday", "String", "func() string")
def weekday_string(d):
    return DAYS[d] if 0 <= d <= 6 else f"%!Weekday({d})"


# -- Location ------------------------------------------------------------------------------------
@time.type("Location", "struct{ name string }")
class Location:
    __slots__ = ("name",)
    _go_methods = {"String": "func() string"}

    def __init__(self, name: str = "UTC"):
        self.name = name

    def String(self) -> str:
        return self.name


UTC = Location("UTC")
time.var("UTC", "*Location", UTC)
time.var("Local", "*Location", Location("Local"))


# -- Time ----------------------------------------------------------------------------------------
@time.type("Time", "struct{ wall uint64; ext int64; loc *Location }")
class Time(GoStruct):
    """time.Time: ``ns`` since the Unix epoch plus an optional monotonic reading ``mono``.
    A GoStruct so that compiled code copies it on assignment and ``*p = t`` works (``_assign``)."""
    __slots__ = ("ns", "mono")
    _fields = ("ns", "mono")
    _go_methods = {
        "Sub": "func(u Time) Duration", "Add": "func(d Duration) Time",
        "AddDate": "func(years int, months int, days int) Time",
        "Before": "func(u Time) bool", "After": "func(u Time) bool", "Equal": "func(u Time) bool",
        "Compare": "func(u Time) int", "IsZero": "func() bool",
        "Unix": "func() int64", "UnixNano": "func() int64", "UnixMilli": "func() int64",
        "UnixMicro": "func() int64", "String": "func() string", "Format": "func(layout string) string",
        "Round": "func(d Duration) Time", "Truncate": "func(d Duration) Time",
        "UTC": "func() Time", "Local": "func() Time", "In": "func(loc *Location) Time",
        "Location": "func() *Location",
        "Year": "func() int", "Month": "func() Month", "Day": "func() int", "Hour": "func() int",
        "Minute": "func() int", "Second": "func() int", "Nanosecond": "func() int",
        "Weekday": "func() Weekday", "YearDay": "func() int",
        "Date": "func() (year int, month Month, day int)", "Clock": "func() (hour, min, sec int)",
    }
    _go_value_recv = tuple(_go_methods)

    def __init__(self, ns: int = ZERO_NS, mono: int | None = None):
        self.ns = ns
        self.mono = mono

    @classmethod
    def at_virtual(cls, vt: int) -> "Time":
        """The Time that time.Now() returns at virtual time vt."""
        return cls(EPOCH_NS + vt, vt)

    # comparisons (== on two Go Time values compares wall, ext and loc: mono included)
    def __eq__(self, other):
        return isinstance(other, Time) and other.ns == self.ns and other.mono == self.mono

    def __hash__(self):
        return hash((self.ns, self.mono))

    def __repr__(self):
        return f"Time({self.String()})"

    def _pair(self, u: "Time") -> tuple[int, int]:
        if self.mono is not None and u.mono is not None:
            return self.mono, u.mono
        return self.ns, u.ns

    def Sub(self, u):
        a, b = self._pair(u)
        return clamp64(a - b)

    def Add(self, d):
        return Time(self.ns + d, None if self.mono is None else self.mono + d)

    def AddDate(self, years, months, days):
        from .timecivil import civil, from_civil
        y, mo, dd, h, mi, s, frac = civil(self.ns)
        return Time(from_civil(y + years, mo + months, dd + days, h, mi, s, frac))

    def Before(self, u):
        a, b = self._pair(u)
        return a < b

    def After(self, u):
        a, b = self._pair(u)
        return a > b

    def Equal(self, u):
        a, b = self._pair(u)
        return a == b

    def Compare(self, u):
        a, b = self._pair(u)
        return (a > b) - (a < b)

    def IsZero(self):
        return self.ns == ZERO_NS

    def Unix(self):
        return self.ns // D.SECOND

    def UnixNano(self):
        return self.ns

    def UnixMilli(self):
        return self.ns // D.MILLISECOND

    def UnixMicro(self):
        return self.ns // D.MICROSECOND

    def String(self):
        from .timeformat import format_time, mono_suffix
        s = format_time(self.ns, "2006-01-02 15:04:05.999999999 -0700 MST")
        return s if self.mono is None else s + mono_suffix(self.mono)

    def Format(self, layout):
        from .timeformat import format_time
        return format_time(self.ns, layout)

    def Round(self, d):
        if d <= 0:
            return Time(self.ns)
        r = (self.ns - ZERO_NS) % d
        return Time(self.ns - r if r + r < d else self.ns + d - r)

    def Truncate(self, d):
        if d <= 0:
            return Time(self.ns)
        return Time(self.ns - (self.ns - ZERO_NS) % d)

    def UTC(self):
        return self

    def Local(self):
        return self

    def In(self, loc):
        if loc is None:
            raise GoPanic("time: missing Location in call to Time.In")
        return self

    def Location(self):
        return UTC

    def _civil(self):
        from .timecivil import civil
        return civil(self.ns)

    def Year(self):
        return self._civil()[0]

    def Month(self):
        return self._civil()[1]

    def Day(self):
        return self._civil()[2]

    def Hour(self):
        return self._civil()[3]

    def Minute(self):
        return self._civil()[4]

    def Second(self):
        return self._civil()[5]

    def Nanosecond(self):
        return self._civil()[6]

    def Weekday(self):
        from .timecivil import weekday
        return weekday(self.ns)

    def YearDay(self):
        from .timecivil import year_day
        return year_day(self.ns)

    def Date(self):
        y, m, d = self._civil()[:3]
        return y, m, d

    def Clock(self):
        return self._civil()[3:6]


def time_type() -> T.Named:
    from ..interp.libload import named_type
    return named_type("time", "Time")


def now() -> Time:
    return Time.at_virtual(current().now())


@time.func("func Now() Time")
def Now():
    return now()


@time.func("func Since(t Time) Duration")
def Since(t):
    return now().Sub(t)


@time.func("func Until(t Time) Duration")
def Until(t):
    return t.Sub(now())


@time.func("func Unix(sec int64, nsec int64) Time")
def Unix(sec, nsec):
    return Time(sec * D.SECOND + nsec)


@time.func("func UnixMilli(msec int64) Time")
def UnixMilli(msec):
    return Time(msec * D.MILLISECOND)


@time.func("func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time")
def Date(year, month, day, hour, minute, sec, nsec, loc):
    from .timecivil import from_civil
    if loc is None:
        raise GoPanic("time: missing Location in call to Date")
    return Time(from_civil(year, month, day, hour, minute, sec, nsec))
