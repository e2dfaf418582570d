"""A name for something new next to existing files, never overwriting one. No Qt here."""

from __future__ import annotations

import os
import re
import time
import unicodedata
from pathlib import Path

# A partial file is ".NAME.PID-RANDOM.part" (or ".NAME.part" from older versions): the pid
# says whether its writer may still be running; a killed writer's file goes on the next run.
PART_SUFFIX = ".part"
_PART_PID = re.compile(r"\.(\d+)-[^.]*\.part(-journal)?$")
_STALE_SECONDS = 3600.0  # whatever the pid says (another computer's writer on a shared folder)
_DEAD_WRITER_SECONDS = 60.0


def free_path(folder: Path, stem: str, suffix: str = "") -> Path:
    """`folder/stem+suffix`, or `stem (2)`, `stem (3)`... when that name is taken."""
    stem = strip_invisible(stem)
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def part_prefix(target_name: str) -> str:
    """The start of the name of a partial file being written for `target_name` by this process."""
    return f".{target_name}.{os.getpid()}-"


def clean_stale_parts(folder: Path, target_name: str | None = None) -> list[Path]:
    """Remove partial files left in `folder` by killed writers (of `target_name`, or of any file).

    A partial file goes when its writer's pid is not running here and it is a minute old,
    or when it is an hour old whatever the pid: a live writer finishes in seconds.
    """
    removed: list[Path] = []
    start = f".{target_name}." if target_name else "."
    try:
        # SQLite's copies leave a "-journal" next to a partial file when killed mid-copy.
        candidates = [part for part in folder.iterdir() if part.name.startswith(start)
                      and part.name.endswith((PART_SUFFIX, PART_SUFFIX + "-journal"))]
    except OSError:
        return removed
    now = time.time()
    for part in candidates:
        try:
            info = part.lstat()
        except OSError:
            continue
        age = now - info.st_mtime
        match = _PART_PID.search(part.name)
        writer_gone = match is None or not _running(int(match.group(1)))
        if age > _STALE_SECONDS or (age > _DEAD_WRITER_SECONDS and writer_gone):
            try:
                part.unlink()
                removed.append(part)
            except OSError:
                pass
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - no cheap liveness test: rely on the age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# Invisible characters that reorder or hide text (U+202E "right-to-left override" turns
# "invoice_fdp.exe" into what looks like "invoice_exe.pdf"; zero-width ones make two names
# look alike): never in a file or attachment name we make. Category Cf covers them all.
def strip_invisible(text: str) -> str:
    """`text` without format characters (bidi overrides and isolates, zero-width characters)."""
    return "".join(char for char in text if unicodedata.category(char) != "Cf")
