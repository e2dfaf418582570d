"""Open, create and check `.cxw` workshop files (DESIGN.md section 3).

Opening follows one order, and each step refuses before the next may write:
header (is it SQLite, ours, a version we know, whole?) -> one-writer lock -> connect with
our pragmas -> quick_check -> schema recognition (no foreign triggers or views) ->
migration after a verified backup -> undo-log triggers (temporary, never in the file).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from cxworkshop.appinfo import SCHEMA_VERSION
from cxworkshop.store import undolog
from cxworkshop.store.backups import latest_backup_note, make_backup, verified_copy
from cxworkshop.store.errors import Reason, WorkshopFileError
from cxworkshop.store.header import read_header
from cxworkshop.store.lock import WorkshopLock, is_locked_elsewhere
from cxworkshop.store.migrations import migrate
from cxworkshop.store.reading import count_rows
from cxworkshop.store.schema import create_schema, schema_problems

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

BUSY_TIMEOUT_SECONDS = 2.0  # never hang on a file another program holds


@dataclass
class WorkshopFile:
    """An open workshop file: its connection, its ORM engine, and its lock while editable."""

    path: Path
    conn: sqlite3.Connection
    read_only: bool
    lock: WorkshopLock | None = None
    opened_version: int = SCHEMA_VERSION
    upgrade_backup: Path | None = None
    closed: bool = field(default=False, init=False)
    _engine: Any = field(default=None, init=False, repr=False)

    @property
    def engine(self) -> Engine:
        # Made on first use: reading records needs no ORM, so showing a board never pays for it.
        if self._engine is None:
            self._engine = _engine(self.conn, self.read_only)
        return self._engine

    def session(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    def backup(self) -> Path:
        return make_backup(self.conn, self.path)

    def save_copy(self, target: Path) -> Path:
        """Write a complete, checked copy of this workshop to `target`."""
        return verified_copy(self.conn, Path(target))

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            if self._engine is not None:
                self._engine.dispose()
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"  # "rw" never creates a missing file
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode={mode}", uri=True, isolation_level=None,
                           timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    try:
        for pragma in ("foreign_keys = ON", "trusted_schema = OFF", "synchronous = FULL",
                       "cell_size_check = ON", "temp_store = MEMORY"):
            conn.execute(f"PRAGMA {pragma}")
        if not read_only and conn.execute("PRAGMA journal_mode").fetchone()[0] not in ("delete", "truncate"):
            conn.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        conn.close()
        raise
    return conn


def _engine(conn: sqlite3.Connection, read_only: bool) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    # The driver runs in autocommit mode; we open each transaction ourselves, taking the
    # write lock up front so an edit never fails half-way on a lock upgrade.
    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql(begin)

    return engine


def _sqlite_error(path: Path, exc: sqlite3.Error) -> WorkshopFileError:
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return WorkshopFileError(Reason.LOCKED, path,
                                 "{name}: the file is already open in CX Workshop ({holder}). "
                                 "Close it there, or open a copy.", holder="another process")
    if "readonly" in text or "read-only" in text:
        return WorkshopFileError(Reason.READ_ONLY, path, "{name}: the file is read-only. Save a copy you can edit.")
    if "full" in text:
        return WorkshopFileError(Reason.DISK_FULL, path,
                                 "{name}: the disk is full; the last change was not saved and nothing was "
                                 "lost. Free some space and try again.")
    if any(word in text for word in ("malformed", "not a database", "corrupt", "disk I/O")):
        return latest_backup_note(path, text)
    return WorkshopFileError(Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).", detail=text)


def _verify(conn: sqlite3.Connection, path: Path, version: int, full: bool) -> None:
    pragma = "integrity_check" if full else "quick_check"
    verdict = [row[0] for row in conn.execute(f"PRAGMA {pragma}(5)")]
    if verdict != ["ok"]:
        raise latest_backup_note(path, "; ".join(verdict)[:200])
    if version < 1:
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path, "{name}: this file is not a CX Workshop file.")
    foreign, differences = schema_problems(conn, version)
    if foreign:
        raise WorkshopFileError(
            Reason.TAMPERED, path,
            "{name}: the file contains objects CX Workshop did not create ({objects}); it was refused "
            "for safety and not changed.", objects=", ".join(foreign[:5]))
    if differences:
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path,
                                "{name}: the file's tables are not those of a CX Workshop file ({detail}).",
                                detail="; ".join(differences[:3]))
    if full and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise latest_backup_note(path, "foreign_key_check failed")


def recover_if_interrupted(path: Path) -> None:
    """Roll back a write that a crash interrupted, so that read-only readers can open the file.

    A crash mid-transaction leaves a "hot" journal that only a writer may roll back; until
    then read-only connections fail. Rolling back restores the last committed state, which
    is SQLite's own guarantee, not a repair. Nothing is done while another process has the
    workshop open: its transaction is alive, not interrupted.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if not journal.exists() or journal.stat().st_size == 0 or is_locked_elsewhere(path):
            return
    except OSError:
        return
    lock = WorkshopLock(path)
    lock.acquire()
    try:
        conn = connect(path, read_only=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from exc
    finally:
        lock.release()


def open_workshop(path: Path | str, read_only: bool = False) -> WorkshopFile:
    """Open a workshop for editing (locked, migrated, undo-logged) or read-only (never written)."""
    path = Path(path).expanduser().absolute()
    header = read_header(path)
    lock: WorkshopLock | None = None
    if not read_only:
        if not os.access(path, os.W_OK):
            raise WorkshopFileError(Reason.READ_ONLY, path, "{name}: the file is read-only. Save a copy you can edit.")
        lock = WorkshopLock(path)
        lock.acquire()
    else:
        recover_if_interrupted(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, read_only)
        _verify(conn, path, header.user_version, full=False)
        upgrade_backup = None
        if header.user_version < SCHEMA_VERSION:
            if read_only:
                # Upgrade a private in-memory copy: reading never writes the file.
                memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                conn.backup(memory)
                conn.close()
                conn = memory
                conn.execute("PRAGMA foreign_keys = ON")
            else:
                try:
                    upgrade_backup = make_backup(conn, path)
                except WorkshopFileError as exc:
                    raise WorkshopFileError(Reason.BACKUP_FAILED, path,
                                            "{name}: the backup before the upgrade could not be verified, "
                                            "so the file was not upgraded.") from exc
            migrate(conn, header.user_version)
        if not read_only:
            undolog.install(conn)
        return WorkshopFile(path, conn, read_only, lock, header.user_version, upgrade_backup)
    except sqlite3.Error as exc:
        _abandon(conn, lock)
        raise _sqlite_error(path, exc) from exc
    except BaseException:
        _abandon(conn, lock)
        raise


def _abandon(conn: sqlite3.Connection | None, lock: WorkshopLock | None) -> None:
    if conn is not None:
        conn.close()
    if lock is not None:
        lock.release()


def create_workshop(path: Path | str, populate: Callable[[Session], Any] | None = None,
                    overwrite: bool = False) -> Path:
    """Create a complete workshop at `path` atomically: built under a temporary name, checked, renamed."""
    path = Path(path).expanduser().absolute()
    if path.suffix.lower() != ".cxw":
        raise WorkshopFileError(Reason.NOT_A_WORKSHOP, path, "{name}: a workshop file must end in .cxw.")
    if path.exists() and not overwrite:
        raise WorkshopFileError(Reason.EXISTS, path, "{name}: the file already exists; choose another name.")
    holder = is_locked_elsewhere(path)
    if holder:
        raise WorkshopFileError(Reason.LOCKED, path,
                                "{name}: the file is already open in CX Workshop ({holder}). Close it "
                                "there, or open a copy.", holder=holder)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.unlink(missing_ok=True)
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN IMMEDIATE")
            create_schema(conn)
            conn.execute("COMMIT")
            if populate is not None:
                from sqlmodel import Session

                engine = _engine(conn, read_only=False)
                with Session(engine) as session:
                    populate(session)
                    session.commit()
            conn.execute("VACUUM")
            _verify(conn, partial, SCHEMA_VERSION, full=True)
        finally:
            conn.close()
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, path)
    except PermissionError as exc:
        partial.unlink(missing_ok=True)
        raise WorkshopFileError(Reason.READ_ONLY, path,
                                "{name}: the folder is read-only, so the workshop cannot be edited there. "
                                "Save a copy in a folder you can write to.") from exc
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno == 2:
            raise WorkshopFileError(Reason.MISSING, path.parent, "{name}: the file does not exist.") from exc
        if isinstance(exc, OSError) and exc.errno == 30:
            raise WorkshopFileError(Reason.READ_ONLY, path,
                                    "{name}: the folder is read-only, so the workshop cannot be edited "
                                    "there. Save a copy in a folder you can write to.") from exc
        raise _sqlite_error(path, exc) if isinstance(exc, sqlite3.Error) else WorkshopFileError(
            Reason.WRITE_FAILED, path, "{name}: the change could not be saved ({detail}); nothing was changed.",
            detail=exc.strerror or str(exc)) from exc
    return path


@dataclass
class CheckReport:
    path: Path
    size: int
    version: int
    counts: dict[str, int]
    actions_open: int
    actions_done: int
    actions_unowned: int
    needs_upgrade: bool


def check_workshop(path: Path | str) -> CheckReport:
    """Full integrity and version report; raises WorkshopFileError if the app could not edit the file.

    Reads only: the file is opened read-only and never modified (tests compare hashes).
    """
    path = Path(path).expanduser().absolute()
    header = read_header(path)
    holder = is_locked_elsewhere(path)
    if holder:
        raise WorkshopFileError(Reason.LOCKED, path,
                                "{name}: the file is already open in CX Workshop ({holder}). Close it there, "
                                "or open a copy.", holder=holder)
    if not os.access(path, os.W_OK):
        raise WorkshopFileError(Reason.READ_ONLY, path, "{name}: the file is read-only. Save a copy you can edit.")
    if not os.access(path.parent, os.W_OK):
        raise WorkshopFileError(Reason.READ_ONLY, path,
                                "{name}: the folder is read-only, so the workshop cannot be edited there. "
                                "Save a copy in a folder you can write to.")
    recover_if_interrupted(path)
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from exc
    try:
        _verify(conn, path, header.user_version, full=True)
        counts = count_rows(conn, ("journey_map", "stage", "lane", "card", "participant", "meeting",
                                   "voting_round", "action_item"))
        open_count, done_count, unowned = conn.execute(
            "SELECT coalesce(sum(status IN ('open','in_progress')),0), coalesce(sum(status = 'done'),0), "
            "coalesce(sum(owner_id IS NULL AND status IN ('open','in_progress')),0) FROM action_item").fetchone()
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from exc
    finally:
        conn.close()
    return CheckReport(path, header.file_size, header.user_version, counts, open_count, done_count,
                       unowned, header.user_version < SCHEMA_VERSION)
