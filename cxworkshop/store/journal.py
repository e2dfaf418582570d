"""A rollback journal left by a crash is rolled back only into the file it was written for.

SQLite rolls a "hot" journal (`NAME-journal`) into whatever file now has the name NAME.
If a sync client or the user has put another copy there since the crash, that copy gets
pages of the old one: a silent mix that passes integrity_check. So before each write the
writer records in the lock sidecar which file the write is for (cxworkshop.store.lock):
the workshop's identity, the header's change counter and the file's size. A journal is
let through only when the file and the journal agree with that record; otherwise the file
and the journal are left untouched and the user chooses (the file as it is, with the
journal set aside and kept, or the backup).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cxworkshop.store.errors import Reason, WorkshopFileError

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_JOURNAL_HEADER = 28


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


@dataclass(frozen=True)
class HotJournal:
    path: Path
    original_size: int  # bytes of the file before the interrupted write
    original_counter: int | None  # its change counter then (from the journal's copy of page 1)


def hot_journal(path: Path) -> HotJournal | None:
    """The journal SQLite would roll back into `path` on the next write-capable open, if any."""
    journal = journal_path(path)
    try:
        info = os.stat(journal)
        if not stat.S_ISREG(info.st_mode) or info.st_size < _JOURNAL_HEADER:
            return None
        with open(journal, "rb") as handle:
            head = handle.read(_JOURNAL_HEADER)
            if not head.startswith(JOURNAL_MAGIC):
                return None  # zeroed or never completed: SQLite ignores it too
            pages, sector, page_size = struct.unpack(">III", head[16:28])
            counter = _page_one_counter(handle, info.st_size, sector, page_size)
    except OSError:
        return None
    return HotJournal(journal, pages * page_size, counter)


def _page_one_counter(handle: Any, size: int, sector: int, page_size: int) -> int | None:
    """The change counter in the journal's copy of page 1, walking its segments (each starts
    with a header at a sector boundary and holds nRec records of page number, page, checksum)."""
    if not (512 <= page_size <= 65536 and 512 <= sector <= 65536):
        return None
    record, offset = page_size + 8, 0
    while offset + _JOURNAL_HEADER <= size:
        handle.seek(offset)
        head = handle.read(_JOURNAL_HEADER)
        if not head.startswith(JOURNAL_MAGIC):
            return None
        count = struct.unpack(">I", head[8:12])[0]
        position = offset + sector
        if count in (0, 0xFFFFFFFF):  # not yet written: the records run to the end of the file
            count = max(0, (size - position) // record)
        for _ in range(count):
            if position + record > size:
                return None
            handle.seek(position)
            number = struct.unpack(">I", handle.read(4))[0]
            if number == 1:
                handle.seek(position + 4 + 24)
                return struct.unpack(">I", handle.read(4))[0]
            position += record
        offset = -(-position // sector) * sector
    return None


def header_counter(raw: bytes) -> int:
    """The change counter of a database header (bytes 24-27)."""
    return struct.unpack(">I", raw[24:28])[0]


def identity_of_connection(conn: sqlite3.Connection) -> str | None:
    """The workshop's identity: a digest of its creation time, written once when it is made.

    It travels with the file (renames, moves, copies by e-mail) and differs between
    workshops; copies of one workshop share it, as they share their history.
    """
    try:
        row = conn.execute("SELECT created_at FROM main.workshop WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    if row is None or row[0] is None:
        return None
    return hashlib.sha256(f"cxworkshop:{row[0]}".encode()).hexdigest()[:16]


def identity_of(path: Path) -> str | None:
    """The identity of the workshop at `path`, read without writing, locking or rolling back."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return identity_of_connection(conn)
    finally:
        conn.close()


def write_record(identity: str | None, counter: int, size: int) -> dict[str, Any]:
    """What the lock sidecar says about the next write (see the module docstring)."""
    return {"identity": identity, "counter": counter, "size": size}


def journal_belongs(path: Path, journal: HotJournal, lock_text: dict[str, Any] | None) -> bool:
    """True when `journal` was written by the last write recorded in the lock sidecar's `lock_text`
    and the file now at `path` is the one that write was for."""
    record = lock_text.get("write") if isinstance(lock_text, dict) else None
    if not isinstance(record, dict):
        return False
    try:
        counter_before, size_before = int(record["counter"]), int(record["size"])
        with open(path, "rb") as handle:
            counter = header_counter(handle.read(100).ljust(100, b"\0"))
    except (KeyError, TypeError, ValueError, OSError):
        return False
    # The interrupted commit had written page 1 (counter + 1) or not yet (counter).
    if counter not in (counter_before, (counter_before + 1) & 0xFFFFFFFF):
        return False
    if journal.original_size != size_before:
        return False
    if journal.original_counter is not None and journal.original_counter != counter_before:
        return False
    recorded = record.get("identity")
    found = identity_of(path)
    return recorded is None or found is None or found == recorded


def mismatch_error(path: Path) -> WorkshopFileError:
    return WorkshopFileError(
        Reason.JOURNAL_MISMATCH, path,
        "{name}: a write to this workshop was interrupted, and the file now in its place is not the "
        "one that write was for (another copy was put there since). Nothing was changed. You can open "
        "the file as it is (the leftover journal {journal} is set aside and kept), or its latest backup.",
        journal=journal_path(path).name)


def set_aside(path: Path) -> Path:
    """Rename `path`'s leftover journal so that SQLite no longer applies it; it is kept, never deleted."""
    journal = journal_path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = journal.with_name(f"{journal.name}.set-aside-{stamp}")
    counter = 2
    while target.exists():
        target = journal.with_name(f"{journal.name}.set-aside-{stamp}-{counter}")
        counter += 1
    os.replace(journal, target)
    return target
