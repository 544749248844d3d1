"""Package time, the calendar (go1.27 ``src/time/time.go``, "Computations on Times"): civil
dates from instants and back, for any year (0, -5, 12345 ...), with no help from ``datetime``.

Go counts *absolute* days from March 1 of year -292277022400 (``absoluteYears``): years start in
March, so a leap day is the last day of its year and a 400-year cycle is exactly 146097 days.
Python's integers do not overflow, so the unsigned arithmetic of time.go is written plainly here.

Every function takes or returns ``ns``, nanoseconds since 1970-01-01 UTC (timepkg.Time.ns).
"""
from __future__ import annotations

from . import durations as D

ABSOLUTE_YEARS = 292277022400
#: days from March 1 through December 31
MARCH_THRU_DECEMBER = 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31
SECONDS_PER_DAY = 86400
#: -(absoluteYears * 365.2425 + marchThruDecember) * secondsPerDay, exact
ABSOLUTE_TO_INTERNAL = -(ABSOLUTE_YEARS * 3652425 // 10000 + MARCH_THRU_DECEMBER) * SECONDS_PER_DAY
UNIX_TO_INTERNAL = (1969 * 365 + 1969 // 4 - 1969 // 100 + 1969 // 400) * SECONDS_PER_DAY
UNIX_TO_ABSOLUTE = UNIX_TO_INTERNAL - ABSOLUTE_TO_INTERNAL


def abs_seconds(ns: int) -> int:
    """Seconds since the absolute epoch of the instant ``ns``."""
    return ns // D.SECOND + UNIX_TO_ABSOLUTE


def date_to_abs_days(year: int, month: int, day: int) -> int:
    """time.go dateToAbsDays: month in 1..12; day may be out of range (it just adds)."""
    jan_feb = 1 if month < 3 else 0
    amonth = month + 12 * jan_feb                   # 3..14: March is month 3 of its year
    y = year - jan_feb + ABSOLUTE_YEARS
    ayday = (153 * amonth - 457) // 5
    century, cyear = divmod(y, 100)
    return 146097 * century // 4 + 1461 * cyear // 4 + ayday + day - 1


def _split(days: int) -> tuple[int, int, int]:
    """absDays.split: (century, year in century, day in the March-based year)."""
    d = 4 * days + 3
    century = d // 146097
    cd = d % 146097 | 3
    return century, cd // 1461, cd % 1461 // 4


def _year(century: int, cyear: int, jan_feb: int) -> int:
    return century * 100 - ABSOLUTE_YEARS + cyear + jan_feb


def date(days: int) -> tuple[int, int, int]:
    """absDays.date: (year, month, day) of absolute day ``days``."""
    century, cyear, ayday = _split(days)
    d = 5 * ayday + 461
    amonth, mday = d // 153, d % 153 // 5 + 1
    jan_feb = 1 if ayday >= MARCH_THRU_DECEMBER else 0
    return _year(century, cyear, jan_feb), amonth - 12 * jan_feb, mday


def year_yday(days: int) -> tuple[int, int]:
    """absDays.yearYday: (year, 1-based day of the year)."""
    century, cyear, ayday = _split(days)
    jan_feb = 1 if ayday >= MARCH_THRU_DECEMBER else 0
    leap = 1 if cyear % 4 == 0 and (cyear != 0 or century % 4 == 0) else 0
    yday = ayday + (1 + 31 + 28) + (leap if not jan_feb else 0) - 365 * jan_feb
    return _year(century, cyear, jan_feb), yday


def civil(ns: int) -> tuple[int, int, int, int, int, int, int]:
    """(year, month, day, hour, minute, second, nanosecond) in UTC of ``ns`` since 1970."""
    days, secs = divmod(abs_seconds(ns), SECONDS_PER_DAY)
    y, m, d = date(days)
    return y, m, d, secs // 3600, secs // 60 % 60, secs % 60, ns % D.SECOND


def from_civil(year, month, day, hour, minute, sec, nsec) -> int:
    """time.Date: month, day, hour ... may be out of range and carry over (norm)."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = date_to_abs_days(year, month, day)
    secs = days * SECONDS_PER_DAY + (hour * 60 + minute) * 60 + sec - UNIX_TO_ABSOLUTE
    return secs * D.SECOND + nsec


def weekday(ns: int) -> int:
    """absSeconds.weekday: March 1 of the absolute epoch's year was a Wednesday (3)."""
    return (abs_seconds(ns) // SECONDS_PER_DAY + 3) % 7


def year_day(ns: int) -> int:
    return year_yday(abs_seconds(ns) // SECONDS_PER_DAY)[1]
