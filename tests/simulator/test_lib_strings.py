"""Packages strings, unicode and bytes against real Go (expected values printed by go1.27.3)."""
from __future__ import annotations

from golib_helpers import gs, slice_of
from simulator.golang import types as T
from simulator.lib import bytespkg, fmtpkg, stringspkg as S, unicodepkg as U
from simulator.lib.gofmt import sprintf



def q(sl) -> str:
    return sprintf("%q", [slice_of(T.STRING, sl and sl.items())])


def test_split_family():
    """Split/SplitN/SplitAfter: empty sep splits runes, n == 0 gives nil."""
    assert q(S.Split("a,b,,c", ",")) == '["a" "b" "" "c"]'
    assert q(S.Split("", ",")) == '[""]'
    assert q(S.Split("héllo", "")) == '["h" "é" "l" "l" "o"]'
    assert q(S.SplitN("a,b,c,d", ",", 2)) == '["a" "b,c,d"]'
    assert S.SplitN("a,b", ",", 0) is None
    assert q(S.SplitAfter("a,b,c", ",")) == '["a," "b," "c"]'


def test_fields_uses_go_spaces():
    """Fields splits on unicode.IsSpace (NBSP yes, U+001C no)."""
    assert q(S.Fields("  foo bar\t\nbaz  \u00a0x\x1c ")) == '["foo" "bar" "baz" "x\\x1c"]'


def test_indexes_are_byte_offsets():
    """Index and friends count bytes of the UTF-8 encoding."""
    got = [S.Index("héllo", "l"), S.LastIndex("héllo", "l"), S.IndexByte("héllo", ord("o")),
           S.IndexRune("héllo", ord("l")), S.IndexAny("héllo", "ol"), S.Index("abc", ""),
           S.Index("abc", "z")]
    assert got == [3, 4, 5, 3, 3, 0, -1]


def test_predicates():
    assert [S.Contains("seafood", "foo"), S.ContainsAny("failure", "ui"),
            S.ContainsRune("abc", ord("b")), S.HasPrefix("golang", "go"),
            S.HasSuffix("golang", "ng")] == [True] * 5


def test_join_repeat_replace():
    got = [S.Join(gs(["a", "b", "c"]), "-"), S.Repeat("ab", 3),
           S.Replace("oink oink oink", "k", "ky", 2), S.Replace("abc", "", "-", -1),
           S.ReplaceAll("oink oink", "oink", "moo")]
    assert " ".join(got) == "a-b-c ababab oinky oinky oink -a-b-c- moo moo"


def test_case_and_trim():
    """Simple case mappings (ß stays), Title, the Trim family."""
    got = [S.ToUpper("héllo ß"), S.ToLower("HÉLLO İ"), S.Title("hello wide-world_x ünï"),
           S.TrimSpace(" \t x y \n"), S.Trim("xxhixx", "x"), S.TrimLeft("xxhixx", "x"),
           S.TrimRight("xxhixx", "xi")]
    assert " ".join(got) == "HÉLLO ß héllo i Hello Wide-World_x Ünï x y hi hixx xxh"
    assert [S.TrimPrefix("prefix-x", "prefix-"), S.TrimSuffix("x.go", ".go"),
            S.Count("cheese", "e"), S.Count("five", ""), S.EqualFold("Go", "GO"),
            S.EqualFold("σ", "Σ")] == ["x", "x", 3, 5, True, True]


def test_cut_and_replacer():
    assert S.Cut("key=value", "=") == ("key", "value", True)
    assert S.Cut("novalue", "=") == ("novalue", "", False)
    assert S.NewReplacer(gs(["a", "1", "aa", "2", "b", "3"])).Replace("aaab") == "1113"


def test_builder_and_fprintf():
    """A Builder is an io.Writer for Fprintf; Len counts bytes."""
    sb = S.Builder()
    sb.WriteString("héllo")
    sb.WriteByte(ord(" "))
    sb.WriteRune(0x263A)
    fmtpkg.Fprintf(sb, " %d", gs([42]))
    assert (sb.String(), sb.Len()) == ("héllo ☺ 42", 13)


def test_builder_partial_utf8_bytes():
    """WriteByte of the two bytes of é yields é."""
    sb = S.Builder()
    for b in "é".encode():
        sb.WriteByte(b)
    assert sb.String() == "é"


def test_bytes_buffer():
    buf = bytespkg.Buffer()
    fmtpkg.Fprintln(buf, gs(["x", 1]))
    buf.WriteString("y")
    assert sprintf("%q %d", [buf.String(), buf.Len()]) == '"x 1\\ny" 5'


def test_unicode():
    assert [U.IsUpper(ord("A")), U.IsLower(ord("a")), U.IsDigit(ord("٣")), U.IsSpace(0x85),
            U.IsLetter(ord("é"))] == [True] * 5
    assert chr(U.ToUpper(ord("é"))) + chr(U.ToLower(ord("Σ"))) == "Éσ"
    assert U.RuneCountInString("héllo") == 5 and U.RuneLen(0x263A) == 3
