"""Read the first 100 bytes of a file and say whether it can be a workshop, before SQLite sees it.

SQLite would happily "open" an empty file, a PNG, or another program's database; the header
tells us which of those we hold without connecting, so nothing is ever written to them.
"""

from __future__ import annotations

import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from cxworkshop.appinfo import APPLICATION_ID, SCHEMA_VERSION
from cxworkshop.store.errors import Reason, WorkshopFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

_OTHER_FORMATS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
)


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    application_id: int
    user_version: int
    file_size: int
    change_counter: int = 0


def probe_file(path: Path) -> bytes:
    """The first bytes of `path` if it is a regular file of SQLite with our application id.

    This holds while a write is interrupted (neither field changes in our writes), so it may
    run before a hot journal is rolled back; the rest of the header is judged only after.
    A FIFO, a device or a socket is refused before anything opens it: reading one would hang.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise WorkshopFileError(Reason.MISSING, path, "{name}: the file does not exist.") from None
    except OSError as exc:
        raise WorkshopFileError(Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).",
                                detail=exc.strerror or str(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path, "{name}: this is a folder, not a workshop file.")
    if not stat.S_ISREG(info.st_mode):
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path,
                                "{name}: this is not a regular file (a pipe, a device or a socket), "
                                "so it is not a workshop file.")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a pipe since the stat above
                raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path,
                                        "{name}: this is not a regular file (a pipe, a device or a "
                                        "socket), so it is not a workshop file.")
            raw = os.read(fd, HEADER_SIZE)
        finally:
            os.close(fd)
    except OSError as exc:
        raise WorkshopFileError(Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).",
                                detail=exc.strerror or str(exc)) from exc
    if info.st_size == 0 or not raw:
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path,
                                "{name}: the file is empty (0 bytes), so it is not a workshop.")
    if not raw.startswith(SQLITE_MAGIC):
        for magic, what in _OTHER_FORMATS:
            if raw.startswith(magic):
                raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path,
                                        "{name}: this is {what}, not a CX Workshop file.", what=what)
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path, "{name}: this file is not a CX Workshop file.")
    if len(raw) < HEADER_SIZE:
        raise _damaged(path, "header cut short")
    if struct.unpack(">I", raw[68:72])[0] != APPLICATION_ID:
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path,
                                "{name}: this is a database of another application, not a CX Workshop file.")
    return raw


def read_header(path: Path, shown_as: Path | None = None) -> Header:
    """Return the header of a workshop file, or raise WorkshopFileError saying what it is instead.

    Call it once no hot journal is pending (the page count and version of a file whose
    write was interrupted are those of the half-written state). `shown_as` names the file
    in messages when `path` is a private copy of it.
    """
    shown = shown_as or path
    try:
        raw = probe_file(path)
        size = path.stat().st_size
    except WorkshopFileError as exc:
        exc.path = shown
        raise
    except OSError as exc:
        raise WorkshopFileError(Reason.UNREADABLE, shown, "{name}: the file cannot be read ({detail}).",
                                detail=exc.strerror or str(exc)) from exc
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    user_version, application_id = struct.unpack(">iI", raw[60:64] + raw[68:72])
    valid_for = struct.unpack(">I", raw[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(shown, "invalid page size")
    # The in-header page count is trustworthy only when valid_for matches the change counter.
    if valid_for == change_counter and page_count * page_size > size:
        raise _damaged(shown, "it is shorter than its header says: it was cut off while being copied")
    if size % page_size:
        raise _damaged(shown, "it is shorter than its header says: it was cut off while being copied")
    if user_version > SCHEMA_VERSION:
        raise WorkshopFileError(
            Reason.NEWER_VERSION, shown,
            "{name}: it was made by a newer CX Workshop (file version {found}; this version reads up "
            "to {known}). Update CX Workshop; the file was not changed.",
            found=user_version, known=SCHEMA_VERSION)
    return Header(page_size, page_count, application_id, user_version, size, change_counter)


def _damaged(path: Path, detail: str) -> WorkshopFileError:
    from cxworkshop.store.backups import latest_backup_note

    return latest_backup_note(path, detail)
