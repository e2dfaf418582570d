"""File names made from people's names: valid on Windows, macOS and Linux, and unique."""

from __future__ import annotations

import re
import unicodedata

from cxworkshop.paths import strip_invisible

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}
MAX_STEM = 80


def safe_stem(name: str, fallback: str = "owner") -> str:
    """`name` as a file name stem: forbidden characters become '-', accents are kept."""
    # Bidi overrides and zero-width characters would make a spoofable name ("…fdp.exe").
    stem = strip_invisible(unicodedata.normalize("NFC", name))
    stem = _FORBIDDEN.sub("-", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .-")[:MAX_STEM].strip(" .")
    if not stem or stem.upper().split(".")[0] in _RESERVED:
        stem = f"{fallback} {stem}".strip() if stem else fallback
    return stem


def unique_stems(names: list[str], fallback: str = "owner") -> list[str]:
    """Safe stems for `names`, numbered "(2)", "(3)" when two people would share a file.

    A number is never one that another name already takes as it is ("Anna", "Anna",
    "Anna (2)" give "Anna", "Anna (3)", "Anna (2)")."""
    bases = [safe_stem(name, fallback) for name in names]
    taken = {stem.casefold() for stem in bases}  # Windows and macOS file names ignore case
    used: set[str] = set()
    stems: list[str] = []
    for stem in bases:
        candidate, number = stem, 1
        while candidate.casefold() in used or (number > 1 and candidate.casefold() in taken):
            number += 1
            candidate = f"{stem} ({number})"
        used.add(candidate.casefold())
        stems.append(candidate)
    return stems
