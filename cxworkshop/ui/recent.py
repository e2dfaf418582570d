"""The recently opened workshops, kept in QSettings (most recent first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_files"
LIMIT = 8


def recent_files() -> list[Path]:
    value = QSettings().value(KEY, [])
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in (value or []) if Path(p).exists()]


def remember(path: Path) -> None:
    path = Path(path).absolute()
    paths = [path] + [p for p in recent_files() if p != path]
    QSettings().setValue(KEY, [str(p) for p in paths[:LIMIT]])
