"""Where the library's program output goes: the one contract between ``fmt``/``os`` and the
runtime.

``write(stream, text)`` hands text to the running runtime, which records an OUTPUT event and
appends it to the process's stdout or stderr (``Runtime.write(stream, text)``).  os.Stdout is
unbuffered in Go: every call is one write, so the runtime sees exactly the chunks Go would.
"""
from __future__ import annotations


def write(stream: str, text: str) -> None:
    """Write text to ``"stdout"`` or ``"stderr"`` of the simulated process."""
    from ..runtime import current
    current().write(stream, text)


class StdStream:
    """The value of os.Stdout / os.Stderr (the os package gives the class its ``gotype``,
    ``*os.File``).  Any writer may define ``go_write_text(text) -> (n, err)``; fmt's Fprint*
    use it instead of converting the text to a []byte for ``Write``."""

    def __init__(self, stream: str):
        self.stream = stream

    def go_write_text(self, text: str):
        write(self.stream, text)
        return len(text.encode("utf-8", "surrogateescape")), None

    def Write(self, b):
        from .gostrconv import go_str
        data = go_str(bytes(x & 0xFF for x in (b.items() if b is not None else ())))
        return self.go_write_text(data)

    def WriteString(self, s: str):
        return self.go_write_text(s)


STDOUT = StdStream("stdout")
STDERR = StdStream("stderr")
