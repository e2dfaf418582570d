"""Atomic file writes: a temporary file in the target's folder, flushed, then renamed.

A failed or interrupted export (disk full, a crash, a cancelled progress dialog) leaves
the previous file exactly as it was, and never a half-written PDF under the real name.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from cxworkshop.paths import PART_SUFFIX, clean_stale_parts, part_prefix


def _default_mode() -> int:
    # mkstemp creates 0600 files; an export should get the permissions any new file would.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_MODE = _default_mode()  # read once at import: os.umask is process-wide, not thread-safe


def atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call `write(stream)` into a temporary file, then put it at `path` in one rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Same folder as the target, so the final rename never crosses file systems.
    # Partial files of earlier, killed exports of this file go first (they would pile up).
    clean_stale_parts(path.parent, path.name)
    handle, temporary = tempfile.mkstemp(prefix=part_prefix(path.name), suffix=PART_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = path.stat().st_mode & 0o777 if path.exists() else _MODE
            os.chmod(temporary, mode)
        except OSError:
            pass  # some network shares refuse chmod; the export itself is still fine
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return path


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    return atomic_write(path, write)
