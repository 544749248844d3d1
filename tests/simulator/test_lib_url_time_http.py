"""net/url (urlpkg, urlescape, urlparsing), the time calendar (timecivil) and the HTTP client's
wire header (httpclient.wire_header).  Runtime behaviours are programs in tests/programs
(core_url_*, core_time_years_out_of_range, http_client_default_headers,
http_head_content_length); these are the unit checks and the compile errors.
"""
import datetime

import pytest

from simulator import simulate
from simulator.lib import timecivil
from simulator.lib.urlescape import (ENCODE_PATH, ENCODE_QUERY_COMPONENT, URLEscapeError, escape,
                                     unescape)
from simulator.lib.urlpkg import parse

SECOND = 10**9


@pytest.mark.parametrize("day", [datetime.date(1, 1, 1), datetime.date(1600, 2, 29),
                                 datetime.date(1900, 3, 1), datetime.date(1970, 1, 1),
                                 datetime.date(2000, 12, 31), datetime.date(2024, 2, 29),
                                 datetime.date(9999, 12, 31)])
def test_civil_agrees_with_datetime_in_its_range(day):
    """Inside years 1..9999 the ported calendar gives datetime's date, weekday and day of year."""
    ns = (day.toordinal() - datetime.date(1970, 1, 1).toordinal()) * 86400 * SECOND
    assert timecivil.civil(ns)[:3] == (day.year, day.month, day.day)
    assert timecivil.weekday(ns) == day.isoweekday() % 7
    assert timecivil.year_day(ns) == day.timetuple().tm_yday
    assert timecivil.from_civil(day.year, day.month, day.day, 0, 0, 0, 0) == ns


@pytest.mark.parametrize("year", [0, -1, -5, -400, 10000, 12345])
def test_civil_round_trips_outside_datetime(year):
    """Years datetime cannot hold (0, negative, 10000+) round-trip, leap days included."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    for month, day in ((1, 1), (2, 28), (3, 1), (12, 31)) + (((2, 29),) if leap else ()):
        ns = timecivil.from_civil(year, month, day, 13, 4, 5, 6)
        assert timecivil.civil(ns) == (year, month, day, 13, 4, 5, 6)


def test_zero_time_minus_a_leap_year_is_year_zero():
    """time.Time{}.Add(-366*24h) is 0000-01-01 (year 0 is a leap year)."""
    zero = timecivil.from_civil(1, 1, 1, 0, 0, 0, 0)
    assert timecivil.civil(zero - 366 * 86400 * SECOND)[:3] == (0, 1, 1)


def test_escape_and_unescape():
    """Path escaping keeps '/' and sub-delims; a query component turns ' ' into '+'."""
    assert escape("/a b/c?d", ENCODE_PATH) == "/a%20b/c%3Fd"
    assert escape("a b&c", ENCODE_QUERY_COMPONENT) == "a+b%26c"
    assert unescape("a+b%2F", ENCODE_QUERY_COMPONENT) == "a b/"
    with pytest.raises(URLEscapeError) as e:
        unescape("a%zz", ENCODE_QUERY_COMPONENT)
    assert (e.value.kind, e.value.text) == ("EscapeError", "%zz")


def test_parse_splits_userinfo_from_host():
    """user:pass@ goes to URL.User, not Host."""
    u, err = parse("postgres://user:pass@host.com:5432/path")
    assert err is None
    assert (u.f_Host, u.Hostname(), u.Port(), u.f_Path) == ("host.com:5432", "host.com", "5432", "/path")
    assert (u.f_User.username, u.f_User.password, u.f_User.passwordSet) == ("user", "pass", True)


def test_parse_missing_bracket():
    """An unclosed IPv6 literal is Go's "missing ']' in host"."""
    u, err = parse("http://[::1")
    assert u is None and err.Error() == 'parse "http://[::1": missing \']\' in host'


def _first_error(src: str) -> str:
    r = simulate(src, "main.go")
    assert r.status == 125, (r.status, r.stdout, r.stderr)
    return r.stderr.splitlines()[0]


# The expected lines are go build's first error lines (go1.27.3), without
# the leading "./".
COMPILE_ERRORS = [
    ('u, _ := url.Parse("http://a:b@h/")\n\tp := u.User.Password()\n\tfmt.Println(p)',
     "main.go:10:7: assignment mismatch: 1 variable but u.User.Password returns 2 values"),
    ('u, _ := url.Parse("http://a:b@h/")\n\tvar s string = u.User\n\tfmt.Println(s)',
     "main.go:10:17: cannot use u.User (variable of type *url.Userinfo) as string value in "
     "variable declaration"),
]


@pytest.mark.parametrize("body,want", COMPILE_ERRORS)
def test_userinfo_compile_errors(body, want):
    """URL.User is a *url.Userinfo and Password returns two values, as go build checks."""
    src = ('package main\n\nimport (\n\t"fmt"\n\t"net/url"\n)\n\nfunc main() {\n\t'
           + body + '\n}\n')
    assert _first_error(src) == want
