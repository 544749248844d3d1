"""Package container/list: a doubly linked list, ported from list.go.

Invariants (as in Go): a List is a ring through its sentinel ``root`` Element; ``root.next`` is
the front and ``root.prev`` the back; an Element in a list has ``list`` set to it, a removed one
has ``list``, ``next`` and ``prev`` None.  The zero List is lazily initialised by the Push
methods, so ``var l list.List`` works.  Methods that Go calls on a nil *Element (``e.list``)
panic with the nil dereference as Go does.
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from .registry import Package

lst = Package("container/list")


def _deref(e):
    """e itself; a nil *Element (or *List) faults as Go's field read does."""
    if e is None:
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x0]")
    return e


@lst.type("Element", "struct{ Value any }")
class Element:
    """*list.Element; ``f_Value`` is the exported field the program reads and writes."""
    __slots__ = ("next", "prev", "list", "f_Value")
    _fields = ("f_Value",)
    _go_methods = {"Next": "func() *Element", "Prev": "func() *Element"}

    def __init__(self, value=None):
        self.next = self.prev = self.list = None
        self.f_Value = value

    def Next(self):
        p = self.next
        if self.list is not None and p is not self.list.root:
            return p
        return None

    def Prev(self):
        p = self.prev
        if self.list is not None and p is not self.list.root:
            return p
        return None


@lst.type("List", "struct{}")
class List:
    """*list.List: ``root`` is the sentinel, ``n`` the length without it."""
    __slots__ = ("root", "n")
    _fields = ()
    _go_methods = {
        "Init": "func() *List", "Len": "func() int", "Front": "func() *Element",
        "Back": "func() *Element", "Remove": "func(e *Element) any",
        "PushFront": "func(v any) *Element", "PushBack": "func(v any) *Element",
        "InsertBefore": "func(v any, mark *Element) *Element",
        "InsertAfter": "func(v any, mark *Element) *Element",
        "MoveToFront": "func(e *Element)", "MoveToBack": "func(e *Element)",
        "MoveBefore": "func(e, mark *Element)", "MoveAfter": "func(e, mark *Element)",
        "PushBackList": "func(other *List)", "PushFrontList": "func(other *List)",
    }

    def __init__(self):
        self.root = Element()
        self.n = 0

    def Init(self):
        self.root.next = self.root
        self.root.prev = self.root
        self.n = 0
        return self

    def Len(self):
        return self.n

    def Front(self):
        return None if self.n == 0 else self.root.next

    def Back(self):
        return None if self.n == 0 else self.root.prev

    def _lazy_init(self) -> None:
        if self.root.next is None:
            self.Init()

    def _insert(self, e: Element, at: Element) -> Element:
        e.prev = at
        e.next = at.next
        e.prev.next = e
        e.next.prev = e
        e.list = self
        self.n += 1
        return e

    def _insert_value(self, v, at: Element) -> Element:
        return self._insert(Element(v), at)

    def _remove(self, e: Element) -> None:
        e.prev.next = e.next
        e.next.prev = e.prev
        e.next = e.prev = e.list = None
        self.n -= 1

    def _move(self, e: Element, at: Element) -> None:
        if e is at:
            return
        e.prev.next = e.next
        e.next.prev = e.prev
        e.prev = at
        e.next = at.next
        e.prev.next = e
        e.next.prev = e

    def Remove(self, e):
        if _deref(e).list is self:
            self._remove(e)
        return e.f_Value

    def PushFront(self, v):
        self._lazy_init()
        return self._insert_value(v, self.root)

    def PushBack(self, v):
        self._lazy_init()
        return self._insert_value(v, self.root.prev)

    def InsertBefore(self, v, mark):
        if _deref(mark).list is not self:
            return None
        return self._insert_value(v, mark.prev)

    def InsertAfter(self, v, mark):
        if _deref(mark).list is not self:
            return None
        return self._insert_value(v, mark)

    def MoveToFront(self, e):
        if _deref(e).list is not self or self.root.next is e:
            return
        self._move(e, self.root)

    def MoveToBack(self, e):
        if _deref(e).list is not self or self.root.prev is e:
            return
        self._move(e, self.root.prev)

    def MoveBefore(self, e, mark):
        if _deref(e).list is not self or e is mark or _deref(mark).list is not self:
            return
        self._move(e, mark.prev)

    def MoveAfter(self, e, mark):
        if _deref(e).list is not self or e is mark or _deref(mark).list is not self:
            return
        self._move(e, mark)

    def PushBackList(self, other):
        self._lazy_init()
        i, e = _deref(other).Len(), other.Front()
        while i > 0:
            self._insert_value(e.f_Value, self.root.prev)
            i, e = i - 1, e.Next()

    def PushFrontList(self, other):
        self._lazy_init()
        i, e = _deref(other).Len(), other.Back()
        while i > 0:
            self._insert_value(e.f_Value, self.root)
            i, e = i - 1, e.Prev()


@lst.func("func New() *List")
def New():
    return List().Init()
