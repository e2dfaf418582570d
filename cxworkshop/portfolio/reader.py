"""Read one workshop file for the portfolio: the figures of one row, or why it cannot be read.

The fast read-only path: a stat, the 100-byte header (cxworkshop.store.header), then a
`mode=ro` sqlite3 connection in one read transaction: meetings and status changes as plain
records (cxworkshop.model.records), action counts and open actions as narrow SELECTs. Never the
ORM, never our one-writer lock, never a rollback of a crash's journal: a file that would
need writing to be read (an interrupted write) is listed with the reason, like a damaged,
newer, locked or foreign file. No integrity check runs here (it would read every page of
2,000 files); opening the workshop checks it, as always.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from cxworkshop.appinfo import SCHEMA_VERSION
from cxworkshop.model import records as rec
from cxworkshop.model.enums import ActionStatus
from cxworkshop.model.progress import changed_since_previous, latest_and_previous, summarise_changes
from cxworkshop.store.errors import Reason, WorkshopFileError
from cxworkshop.store.header import read_header
from cxworkshop.store.journal import hot_journal
from cxworkshop.store.lock import is_locked_elsewhere

BUSY_SECONDS = 0.25  # a file another program is writing is listed as locked, not waited for


class FileKey(NamedTuple):
    """What says a file may have changed since it was indexed: its identity on disk and mtime.
    A tuple: 2,000 of them are made and compared on every refresh."""

    dev: int
    ino: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, info: os.stat_result) -> FileKey:
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


@dataclass(frozen=True)
class OpenAction:
    """An action still open (open or in progress) in one workshop, as the report lists it."""

    title: str
    owner: str | None
    due_on: date | None
    status: str
    priority: str

    def is_overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today


@dataclass(slots=True)
class Summary:
    """The figures of one workshop row that do not depend on the day they are shown."""

    title: str
    client: str
    language: str
    meetings: int
    last_meeting: date | None
    last_meeting_title: str
    next_meeting: date | None  # a meeting dated after the day the file was read
    actions_total: int
    actions_done: int
    actions_dropped: int
    # Changes since the previous meeting (model.progress); None when there is no previous meeting.
    progress_done: int | None
    progress_started: int | None
    progress_opened: int | None


@dataclass(frozen=True)
class Reading:
    """What one read of a workshop yields: its row and its open actions (overdue is for the day)."""

    summary: Summary
    open_actions: tuple[OpenAction, ...]


@dataclass(frozen=True)
class Problem:
    """Why a file is listed without figures: a store Reason and a translatable sentence."""

    reason: str  # a cxworkshop.store.errors.Reason value
    template: str
    params: dict[str, str | int]

    @classmethod
    def of(cls, error: WorkshopFileError) -> Problem:
        params = {key: value if isinstance(value, int) else str(value)
                  for key, value in error.params.items()}
        return cls(error.reason.value, error.template, params)

    def message(self, name: str, lang: str | None = None) -> str:
        return WorkshopFileError(Reason(self.reason), Path(name), self.template,
                                 **self.params).message(lang)

    @property
    def transient(self) -> bool:
        """A lock or an unfinished write passes: read the file again next time even if unchanged."""
        return self.reason in (Reason.LOCKED.value, Reason.JOURNAL_MISMATCH.value,
                               Reason.UNREADABLE.value)


def _locked(path: Path, holder: str) -> WorkshopFileError:
    return WorkshopFileError(Reason.LOCKED, path,
                             "{name}: another program is writing to the file right now ({holder}); "
                             "it was not read and will be read again next time.", holder=holder)


def _interrupted(path: Path) -> WorkshopFileError:
    return WorkshopFileError(Reason.JOURNAL_MISMATCH, path,
                             "{name}: a write to this file was interrupted; open it in CX Workshop "
                             "to finish it. The portfolio reads it again afterwards; it was not changed.")


# The statements of the read, shared with the benchmark's bare-sqlite3 floor (bench/portfolio.py).
WORKSHOP_SQL = 'SELECT "title", "client", "language" FROM workshop WHERE "id" = 1'
MEETINGS_SQL = 'SELECT "id", "number", "held_on", "title", "notes" FROM meeting ORDER BY "id"'
COUNTS_SQL = "SELECT status, count(*) FROM action_item GROUP BY status"
OPEN_SQL = ("SELECT a.title, p.name, a.due_on, a.status, a.priority FROM action_item a "
            "LEFT JOIN participant p ON p.id = a.owner_id "
            "WHERE a.status IN ('open', 'in_progress') ORDER BY a.id")
# Changes in the latest meeting, or outside meetings from the day before the previous one (the
# exact local-day rule of model.progress is applied to these few rows in Python).
CHANGES_SQL = ('SELECT "id", "action_id", "meeting_id", "old_status", "new_status", "old_due_on", '
               '"new_due_on", "note", "changed_at" FROM status_change '
               "WHERE meeting_id = ? OR (meeting_id IS NULL AND changed_at >= ?) ORDER BY id")
OPENED_SQL = "SELECT count(*) FROM action_item WHERE opened_in_id = ?"


def read_summary(path: Path, today: date) -> Reading:
    """The row of the workshop at `path`, or WorkshopFileError saying why it cannot be read."""
    header = read_header(path)
    if hot_journal(path) is not None:
        holder = is_locked_elsewhere(path)
        raise _locked(path, holder) if holder else _interrupted(path)
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=BUSY_SECONDS,
                               isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _error(path, exc) from exc
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("BEGIN")  # one snapshot for every query below
        if header.user_version < SCHEMA_VERSION:
            conn = _upgraded_copy(conn, header.user_version)
        return _summarise(conn, today)
    except sqlite3.Error as exc:
        raise _error(path, exc) from exc
    except (ValueError, TypeError) as exc:  # a value CX Workshop never writes
        from cxworkshop.store.backups import latest_backup_note

        raise latest_backup_note(path, f"unexpected value: {exc}"[:160]) from exc
    finally:
        conn.close()


def _upgraded_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An older file is upgraded in a private in-memory copy, as a read-only open does."""
    from cxworkshop.store.migrations import MigrationFailed, migrate

    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("COMMIT")
    conn.backup(memory)
    conn.close()
    try:
        migrate(memory, version)
    except MigrationFailed as exc:
        memory.close()
        raise sqlite3.DatabaseError(f"the upgrade was refused: {exc}") from exc
    return memory


def _summarise(conn: sqlite3.Connection, today: date) -> Reading:
    found = conn.execute(WORKSHOP_SQL).fetchone()
    if found is None:
        raise sqlite3.DatabaseError("no workshop row")
    title, client, language = (str(value) for value in found)
    meetings = [rec.Meeting.from_row(row) for row in conn.execute(MEETINGS_SQL)]
    counts = dict(conn.execute(COUNTS_SQL).fetchall())
    open_actions = tuple(OpenAction(title, owner, date.fromisoformat(due) if due is not None else None,
                                    status, priority)
                         for title, owner, due, status, priority in conn.execute(OPEN_SQL))
    held = [m for m in meetings if m.held_on <= today]
    latest, previous = latest_and_previous(held)
    ahead = sorted(m.held_on for m in meetings if m.held_on > today)
    progress_done = progress_started = progress_opened = None
    if latest is not None and previous is not None:
        since = (previous.held_on - timedelta(days=1)).isoformat()
        rows = [rec.StatusChange.from_row(row) for row in conn.execute(CHANGES_SQL, (latest.id, since))]
        changes = [c for c in rows if changed_since_previous(c, latest, previous)]
        summary = summarise_changes(changes, (), latest.id)
        progress_done, progress_started = summary.done, summary.started
        progress_opened = conn.execute(OPENED_SQL, (latest.id,)).fetchone()[0]
    return Reading(Summary(
        title=title, client=client, language=language, meetings=len(meetings),
        last_meeting=latest.held_on if latest else None,
        last_meeting_title=latest.title if latest else "",
        next_meeting=ahead[0] if ahead else None,
        actions_total=sum(counts.values()),
        actions_done=counts.get(ActionStatus.DONE.value, 0),
        actions_dropped=counts.get(ActionStatus.DROPPED.value, 0),
        progress_done=progress_done, progress_started=progress_started,
        progress_opened=progress_opened), open_actions)


def _error(path: Path, exc: sqlite3.Error) -> WorkshopFileError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return _locked(path, is_locked_elsewhere(path) or "another process")
    if "no such table" in text or "no such column" in text or "no workshop row" in text:
        return WorkshopFileError(Reason.NOT_A_WORKSHOP, path,
                                 "{name}: the file's tables are not those of a CX Workshop file ({detail}).",
                                 detail=text)
    if any(word in text for word in ("malformed", "not a database", "corrupt", "disk I/O", "upgrade")):
        from cxworkshop.store.backups import latest_backup_note

        return latest_backup_note(path, text[:160])
    return WorkshopFileError(Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).",
                             detail=text)
