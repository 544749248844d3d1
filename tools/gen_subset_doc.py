#!/usr/bin/env python3
"""Regenerate the package table of docs/go-subset.md from the library registry.

usage: python tools/gen_subset_doc.py   (rewrites the part between the PACKAGES markers)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator.lib import registry  # noqa: E402

DOC = ROOT / "docs" / "go-subset.md"
BEGIN, END = "<!-- PACKAGES BEGIN -->", "<!-- PACKAGES END -->"


def table() -> str:
    rows = ["| package | functions | types | variables and constants |", "|---|---|---|---|"]
    for path, p in sorted(registry.load_all().items()):
        exported = lambda names: ", ".join(f"`{n}`" for n in sorted(names) if n[:1].isupper())  # noqa: E731
        rows.append(f"| `{path}` | {exported(p.funcs)} | {exported(p.types)} | {exported(p.vars)} |")
    return "\n".join(rows)


def main() -> None:
    text = DOC.read_text()
    new = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END),
                 BEGIN + "\n" + table() + "\n" + END, text, flags=re.S)
    DOC.write_text(new)


if __name__ == "__main__":
    main()
