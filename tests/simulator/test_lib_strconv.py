"""Package strconv against real Go: expected lines were printed by go1.27.3 for
``fmt.Println(strconv.F(...))`` with the same arguments."""
from __future__ import annotations

import pytest

from golib_helpers import gs
from simulator.lib import errorspkg, strconvpkg as sc
from simulator.lib.gofmt import sprintf, sprintln



def ln(*vals) -> str:
    return sprintln(list(vals))[:-1]


@pytest.mark.parametrize("call,want", [
    (lambda: sc.Atoi("123"), "123 <nil>"),
    (lambda: sc.Atoi("x"), '0 strconv.Atoi: parsing "x": invalid syntax'),
    (lambda: sc.Atoi(""), '0 strconv.Atoi: parsing "": invalid syntax'),
    (lambda: sc.Atoi("99999999999999999999"),
     '9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range'),
    (lambda: sc.Atoi("-"), '0 strconv.Atoi: parsing "-": invalid syntax'),
    (lambda: sc.ParseInt("0x1f", 0, 64), "31 <nil>"),
    (lambda: sc.ParseInt("1_000", 0, 64), "1000 <nil>"),
    (lambda: sc.ParseInt("1_000", 10, 64), '0 strconv.ParseInt: parsing "1_000": invalid syntax'),
    (lambda: sc.ParseInt("300", 10, 8), '127 strconv.ParseInt: parsing "300": value out of range'),
    (lambda: sc.ParseInt("-129", 10, 8), '-128 strconv.ParseInt: parsing "-129": value out of range'),
    (lambda: sc.ParseInt("12", 1, 64), '0 strconv.ParseInt: parsing "12": invalid base 1'),
    (lambda: sc.ParseInt("12", 10, 65), '0 strconv.ParseInt: parsing "12": invalid bit size 65'),
    (lambda: sc.ParseUint("-1", 10, 64), '0 strconv.ParseUint: parsing "-1": invalid syntax'),
    (lambda: sc.ParseUint("256", 10, 8), '255 strconv.ParseUint: parsing "256": value out of range'),
    (lambda: sc.ParseFloat("3.25", 64), "3.25 <nil>"),
    (lambda: sc.ParseFloat("1e400", 64), '+Inf strconv.ParseFloat: parsing "1e400": value out of range'),
    (lambda: sc.ParseFloat("abc", 64), '0 strconv.ParseFloat: parsing "abc": invalid syntax'),
    (lambda: sc.ParseFloat("inf", 64), "+Inf <nil>"),
    (lambda: sc.ParseFloat("0x1p-2", 64), "0.25 <nil>"),
    (lambda: sc.ParseFloat("1_0.5", 64), "10.5 <nil>"),
    (lambda: sc.ParseFloat(".5", 64), "0.5 <nil>"),
    (lambda: sc.ParseFloat("1e", 64), '0 strconv.ParseFloat: parsing "1e": invalid syntax'),
    (lambda: sc.ParseBool("TRUE"), "true <nil>"),
    (lambda: sc.ParseBool("yes"), 'false strconv.ParseBool: parsing "yes": invalid syntax'),
    (lambda: (sc.FormatInt(-255, 16), sc.FormatInt(35, 36), sc.FormatUint(7, 2), sc.Itoa(-9)),
     "-ff z 111 -9"),
    (lambda: (sc.FormatFloat(3.14159, ord("f"), 2, 64), sc.FormatFloat(1.0 / 3, ord("g"), -1, 32),
              sc.FormatFloat(1e21, ord("f"), -1, 64), sc.FormatFloat(123456789, ord("e"), 3, 64),
              sc.FormatFloat(0.000001, ord("g"), -1, 64)),
     "3.14 0.33333334 1000000000000000000000 1.235e+08 1e-06"),
    (lambda: (sc.Quote("héllo\n\"\x00☺\u2028"), sc.QuoteToASCII("héllo☺"), sc.QuoteRune(0x263A),
              sc.QuoteRune(ord("'"))),
     "\"héllo\\n\\\"\\x00☺\\u2028\" \"h\\u00e9llo\\u263a\" '☺' '\\''"),
    (lambda: sc.Unquote('"a\\tb\\u00e9\\x41\\101"'), "a\tbéAA <nil>"),
    (lambda: sc.Unquote("`raw\\n`"), "raw\\n <nil>"),
    (lambda: sc.Unquote("'x'"), "x <nil>"),
    (lambda: sc.Unquote('"bad'), " invalid syntax"),
])
def test_strconv_matches_go(call, want):
    """Results and *NumError texts are Go's."""
    r = call()
    assert ln(*(r if isinstance(r, tuple) else (r,))) == want


def test_numerror_fields_and_unwrap():
    """errors.As finds the *NumError; Err is ErrSyntax; %T is *strconv.NumError."""
    _, err = sc.Atoi("q")
    assert (err.f_Func, err.f_Num, err.f_Err) == ("Atoi", "q", sc.ErrSyntax)
    assert errorspkg.Is(err, sc.ErrSyntax)
    assert sprintf("%T %v %+v", gs([err, err, err])) == \
        '*strconv.NumError strconv.Atoi: parsing "q": invalid syntax strconv.Atoi: parsing "q": invalid syntax'


def test_append_int():
    """AppendInt appends the digits' bytes to a []byte."""
    assert sc.AppendInt(gs([65]), -12, 10).items() == [65, 45, 49, 50]
