"""Packages errors and fmt (Print family, Errorf with %w) against real Go.

Expected lines were printed by the equivalent Go program built with go1.27.3."""
from __future__ import annotations

import pytest

from golib_helpers import gen, gs, struct_type
from simulator.golang import types as T
from simulator.lib import errorspkg as E, fmtpkg as F, output, strconvpkg
from simulator.lib.gofmt import sprintf, sprintln, typeof
from simulator.runtime.errors import GoPanic
from simulator.values import Boxed, Cell, cell_pointer


MyErr, MyErrCls = struct_type("MyErr", [("Code", T.INT)],
                              ptr_methods={"Error": gen(lambda e: sprintf("myerr %d", [e.Code]))})
ValErr, ValErrCls = struct_type("ValErr", [("S", T.STRING)],
                                methods={"Error": gen(lambda e: "val " + e.S)})
ErrNotExist = E.New("file does not exist")
IsErr, IsErrCls = struct_type("IsErr", [], methods={
    "Error": gen(lambda e: "iserr"), "Is": gen(lambda e, target: target is ErrNotExist)})
ErrBase = E.New("base")


def ln(*vals) -> str:
    return sprintln(list(vals))[:-1]


def ptr_to(cell: Cell, elem: T.Type):
    """&v for a variable v of type elem, as an interface value."""
    return Boxed(T.Pointer(elem), cell_pointer(cell, T.Pointer(elem)))


def test_wrap_chain():
    """Errorf %w chains: Is follows Unwrap; Unwrap of a plain error is nil."""
    e1 = F.Errorf("layer1: %w", gs([ErrBase]))
    e2 = F.Errorf("layer2: %w", gs([e1]))
    assert ln(e2, E.Is(e2, ErrBase), E.Unwrap(e2) is e1, E.Unwrap(ErrBase)) == \
        "layer2: layer1: base true true <nil>"


def test_join_is_as():
    """Join drops nils; Is/As search the tree; Error joins lines; Join(nil, nil) is nil."""
    j = E.Join(gs([ErrBase, None, MyErrCls(3)]))
    cell = Cell(None)
    assert E.Is(j, ErrBase)
    assert E.As(j, ptr_to(cell, T.Pointer(MyErr)))
    assert cell.v.Code == 3
    assert sprintf("%q %T", [j.Error(), j]) == '"base\\nmyerr 3" *errors.joinError'
    assert E.Join(gs([None, None])) is None


def test_errorf_several_w():
    """Two %w make a *fmt.wrapErrors: Unwrap() []error, errors.Unwrap gives nil."""
    w2 = F.Errorf("%w + %w", gs([ErrBase, MyErrCls(9)]))
    cell = Cell(None)
    ok = E.As(w2, ptr_to(cell, T.Pointer(MyErr)))
    assert ln(w2, E.Is(w2, ErrBase), ok, cell.v.Code, E.Unwrap(w2)) == "base + myerr 9 true true 9 <nil>"


def test_as_value_type_target():
    """As into a struct variable (&ve is the struct itself) copies the value."""
    ve = ValErrCls("")
    assert E.As(F.Errorf("x: %w", gs([Boxed(ValErr, ValErrCls("v"))])), ve)
    assert ve.S == "v"


def test_is_method_and_distinct_news():
    """An Is method is consulted; two errors.New with one text are different errors."""
    assert E.Is(Boxed(IsErr, IsErrCls()), ErrNotExist)
    assert not E.Is(E.New("base"), ErrBase)


def test_errorf_bad_w():
    """%w of nil or a non-error prints %!w(...)."""
    got = ln(F.Errorf("no wrap %d", gs([1])), F.Errorf("%w", gs([None])), F.Errorf("bad %w", gs([5])))
    assert got == "no wrap 1 %!w(<nil>) bad %!w(int=5)"


def test_as_into_interface_target():
    """As with *error target takes the first error of the chain."""
    e2 = F.Errorf("layer2: %w", gs([F.Errorf("layer1: %w", gs([ErrBase]))]))
    cell = Cell(None)
    assert E.As(e2, ptr_to(cell, T.ERROR))
    assert ln(cell.v) == "layer2: layer1: base"


def test_as_numerror():
    _, err = strconvpkg.Atoi("q")
    cell = Cell(None)
    assert E.As(err, ptr_to(cell, typeof(err)))
    assert ln(cell.v.f_Func, cell.v.f_Num, cell.v.f_Err) == "Atoi q invalid syntax"


def test_as_panics_on_nil_target():
    with pytest.raises(GoPanic):
        E.As(ErrBase, None)


def test_err_unsupported():
    assert E.ErrUnsupported.Error() == "unsupported operation"


@pytest.fixture
def captured(monkeypatch):
    out = []
    monkeypatch.setattr(output, "write", lambda stream, text: out.append((stream, text)))
    return out


def test_print_family_writes_stdout(captured):
    """Println returns the byte count; Fprint(os.Stdout) and Print space like Sprint."""
    n, err = F.Println(gs(["hé"]))
    assert (n, err) == (4, None)
    F.Fprint(output.STDOUT, gs(["a", "b", 1, 2, "\n"]))
    F.Print(gs(["x", 3, 4, "\n"]))
    F.Printf("%d-%s\n", gs([1, "z"]))
    F.Fprintln(output.STDERR, gs(["err"]))
    assert captured == [("stdout", "hé\n"), ("stdout", "ab1 2\n"), ("stdout", "x3 4\n"),
                        ("stdout", "1-z\n"), ("stderr", "err\n")]


def test_fprint_to_user_writer():
    """A user type with Write([]byte) (int, error) receives the bytes."""
    got = []

    def write(w, b):
        got.append(bytes(b.items()))
        return len(b.items()), None
    Wr, WrCls = struct_type("Wr", [], ptr_methods={"Write": gen(write)})
    assert F.Fprintf(WrCls(), "%s!", gs(["é"])) == (3, None)
    assert got == ["é!".encode()]
