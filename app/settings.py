"""QSettings in one place (INI file; DEFERLAB_SETTINGS_DIR moves it, for tests)."""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings

MAX_RECENT = 10


def settings() -> QSettings:
    d = os.environ.get("DEFERLAB_SETTINGS_DIR")
    if d:
        return QSettings(os.path.join(d, "deferlab.ini"), QSettings.IniFormat)
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "Deferlab", "deferlab")


def recent_files() -> list[str]:
    v = settings().value("recent", [])
    if isinstance(v, str):
        v = [v]
    return [str(x) for x in (v or [])]


def add_recent(path: str) -> list[str]:
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT]
    settings().setValue("recent", files)
    return files
