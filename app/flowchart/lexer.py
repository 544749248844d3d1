"""A one-line character scanner for the mermaid parser.

Mermaid's lexing is context dependent (``-- text -->`` means "label" only right after a node, a
``>`` after an id opens a shape, ``-`` may sit inside an id), so the parser drives this scanner
character by character instead of asking a tokenizer for tokens.  Invariants: ``pos`` only moves
forward; every error is a ``ChartError`` whose column is 1-based in characters of the line.
"""
from __future__ import annotations

import re

from .model import ChartError

_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ENTITY = re.compile(r"#(\w+);")
_NAMED_ENTITIES = {"quot": '"', "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u00a0",
                   "semi": ";", "colon": ":", "hash": "#"}


def is_id_char(c: str) -> bool:
    """Letters and digits of any script (Chinese ids work) plus ``_``."""
    return c.isalnum() or c == "_"


def decode_text(text: str) -> str:
    """Mermaid text escapes: ``#quot;``, ``#35;`` (decimal code), ``<br>`` for a line break."""
    def entity(m: re.Match) -> str:
        name = m.group(1)
        if name.isdigit():
            code = int(name)
            return chr(code) if 0 < code < 0x110000 else m.group(0)
        return _NAMED_ENTITIES.get(name, m.group(0))
    return _ENTITY.sub(entity, _HTML_BREAK.sub("\n", text))


class Scanner:
    def __init__(self, text: str, line: int, file: str) -> None:
        self.text = text
        self.line = line
        self.file = file
        self.pos = 0

    # -- looking -----------------------------------------------------------------------------
    def eof(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.text[i] if 0 <= i < len(self.text) else ""

    def startswith(self, s: str) -> bool:
        return self.text.startswith(s, self.pos)

    def at_space(self, k: int = 0) -> bool:
        c = self.peek(k)
        return c == "" or c.isspace()

    def rest(self) -> str:
        return self.text[self.pos:]

    def peek_word(self) -> str:
        i = self.pos
        while i < len(self.text) and is_id_char(self.text[i]):
            i += 1
        return self.text[self.pos:i]

    # -- moving ------------------------------------------------------------------------------
    def advance(self, n: int = 1) -> str:
        s = self.text[self.pos:self.pos + n]
        self.pos += len(s)
        return s

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def count(self, ch: str) -> int:
        n = 0
        while self.peek() == ch:
            self.pos += 1
            n += 1
        return n

    def ident(self) -> str:
        """A node id: id chars, with single ``-`` or ``.`` allowed between them (``node-1``)."""
        start = self.pos
        t = self.text
        while self.pos < len(t):
            c = t[self.pos]
            if is_id_char(c):
                self.pos += 1
            elif c in "-." and self.pos > start and is_id_char(self.peek(1)):
                self.pos += 1
            else:
                break
        return t[start:self.pos]

    def read_quoted(self) -> str:
        """At ``"``: the text up to the next ``"`` (mermaid has no backslash escapes)."""
        col = self.pos
        self.advance()
        end = self.text.find('"', self.pos)
        if end < 0:
            raise self.error("unterminated string, expected '\"'", col)
        s = self.text[self.pos:end]
        self.pos = end + 1
        return s

    def expect(self, s: str, what: str | None = None) -> None:
        if not self.startswith(s):
            raise self.error(f"expected '{what or s}'")
        self.pos += len(s)

    # -- errors ------------------------------------------------------------------------------
    def error(self, message: str, pos: int | None = None) -> ChartError:
        p = self.pos if pos is None else pos
        return ChartError(self.file, self.line, p + 1, message)

    def describe(self) -> str:
        """The character at the cursor, for 'unexpected ...' messages."""
        return "end of line" if self.eof() else repr(self.peek())
