"""Compile errors reported the way the Go compiler reports them: ``main.go:7:2: message``."""
from __future__ import annotations

#: Stop after this many errors, like the Go compiler ("too many errors").
MAX_ERRORS = 10


class GoCompileError(Exception):
    def __init__(self, file: str, line: int, col: int, message: str):
        super().__init__(f"{file}:{line}:{col}: {message}")
        self.file, self.line, self.col, self.message = file, line, col, message

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class GoCompileErrors(Exception):
    """One or more compile errors, sorted by position."""

    def __init__(self, errors: list[GoCompileError]):
        errors = sorted(errors, key=lambda e: (e.line, e.col))
        super().__init__("\n".join(map(str, errors)))
        self.errors = errors

    def lines(self) -> list[str]:
        out = [str(e) for e in self.errors[:MAX_ERRORS]]
        if len(self.errors) > MAX_ERRORS:
            out.append(f"{self.errors[MAX_ERRORS].file}:{self.errors[MAX_ERRORS].line}:"
                       f"{self.errors[MAX_ERRORS].col}: too many errors")
        return out
