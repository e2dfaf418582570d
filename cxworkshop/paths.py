"""A name for something new next to existing files, never overwriting one. No Qt here."""

from __future__ import annotations

from pathlib import Path


def free_path(folder: Path, stem: str, suffix: str = "") -> Path:
    """`folder/stem+suffix`, or `stem (2)`, `stem (3)`... when that name is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
