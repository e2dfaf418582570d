"""File names made from people's names: valid on Windows, macOS and Linux, and unique."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}
MAX_STEM = 80


def safe_stem(name: str, fallback: str = "owner") -> str:
    """`name` as a file name stem: forbidden characters become '-', accents are kept."""
    stem = unicodedata.normalize("NFC", name)
    stem = _FORBIDDEN.sub("-", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .-")[:MAX_STEM].strip(" .")
    if not stem or stem.upper().split(".")[0] in _RESERVED:
        stem = f"{fallback} {stem}".strip() if stem else fallback
    return stem


def unique_stems(names: list[str], fallback: str = "owner") -> list[str]:
    """Safe stems for `names`, numbered "(2)", "(3)" when two people would share a file."""
    seen: dict[str, int] = {}
    stems: list[str] = []
    for name in names:
        stem = safe_stem(name, fallback)
        key = stem.casefold()  # Windows and macOS file names ignore case
        count = seen.get(key, 0) + 1
        seen[key] = count
        stems.append(stem if count == 1 else f"{stem} ({count})")
    return stems
