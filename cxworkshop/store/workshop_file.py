"""Open, create and check `.cxw` workshop files (DESIGN.md section 3).

Opening follows one order, and each step refuses before the next may write:
probe (a regular file, SQLite, ours) -> one-writer lock -> a journal left by a crash is
rolled back only if it belongs to this very file (cxworkshop.store.journal), else the file
is refused untouched -> header (a version we know, whole?) -> connect with our pragmas ->
quick_check -> schema recognition (no foreign triggers or views) -> migration after a
verified backup -> undo-log triggers (temporary, never in the file).

While a workshop is open for editing, every write first checks that the file under the
connection is still the one we opened and last wrote (not deleted, renamed over or
overwritten by a sync client), and records in the lock sidecar which file it is for.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from cxworkshop.appinfo import SCHEMA_VERSION
from cxworkshop.store import journal as _journal
from cxworkshop.store import undolog
from cxworkshop.store.backups import latest_backup_note, make_backup, verified_copy
from cxworkshop.store.content import content_problem
from cxworkshop.store.errors import Reason, WorkshopFileError
from cxworkshop.store.header import probe_file, read_header
from cxworkshop.store.lock import WorkshopLock, file_mode, is_locked_elsewhere, read_lock_text
from cxworkshop.store.migrations import MigrationFailed, migrate
from cxworkshop.store.reading import count_rows
from cxworkshop.store.schema import create_schema, schema_problems

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
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
    identity: str | None = None  # the workshop's identity (cxworkshop.store.journal)
    closed: bool = field(default=False, init=False)
    _engine: Any = field(default=None, init=False, repr=False)
    # A handle on the file we opened (never closed while connected: closing any handle of a
    # file drops the process's POSIX locks on it), and its state after our last write.
    _fd: int | None = field(default=None, init=False, repr=False)
    _expected: tuple[int, int, int] | None = field(default=None, init=False, repr=False)

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
        return make_backup(self.conn, self.path, self.identity)

    def save_copy(self, target: Path) -> Path:
        """Write a complete, checked copy of this workshop to `target`, with the workshop's permissions."""
        return verified_copy(self.conn, Path(target), mode=file_mode(self.path))

    def watch(self) -> None:
        """Hold a handle on the file just opened and note its state: the baseline of `ensure_unchanged`."""
        if self.read_only or self._fd is not None:
            return
        self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._expected = self._observe()

    def _observe(self) -> tuple[int, int, int]:
        assert self._fd is not None
        info = os.fstat(self._fd)
        os.lseek(self._fd, 0, os.SEEK_SET)  # our own handle: no other reader shares its offset
        counter = _journal.header_counter(os.read(self._fd, 100).ljust(100, b"\0"))
        return counter, info.st_size, info.st_mtime_ns

    def ensure_unchanged(self) -> None:
        """Raise FILE_REPLACED if the file under the connection is no longer the one we last wrote."""
        if self._fd is None:
            return
        try:
            here = os.stat(self.path)
        except FileNotFoundError:
            raise _replaced(self.path, overwritten=False) from None
        except OSError as exc:
            raise WorkshopFileError(Reason.UNREADABLE, self.path, "{name}: the file cannot be read ({detail}).",
                                    detail=exc.strerror or str(exc)) from exc
        mine = os.fstat(self._fd)
        if (here.st_dev, here.st_ino) != (mine.st_dev, mine.st_ino):
            raise _replaced(self.path, overwritten=False)
        if self._observe() != self._expected:
            raise _replaced(self.path, overwritten=True)

    def before_write(self) -> None:
        """Call before each write transaction: refuse a replaced file; record what the write is for."""
        self.ensure_unchanged()
        if self.lock is not None and self._expected is not None:
            counter, size, _ = self._expected
            self.lock.record_write(_journal.write_record(self.identity, counter, size))

    def after_write(self) -> None:
        """Call after each write transaction (committed or rolled back): the new baseline."""
        if self._fd is not None:
            self._expected = self._observe()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            if self._engine is not None:
                self._engine.dispose()
            self.conn.close()
        finally:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
            if self.lock is not None:
                self.lock.release()


def _replaced(path: Path, overwritten: bool) -> WorkshopFileError:
    if overwritten:
        return WorkshopFileError(
            Reason.FILE_REPLACED, path,
            "{name}: another program overwrote the file while it was open here (a sync client or a copy "
            "put in its place). Editing was stopped so that the two versions are not mixed. Save a copy "
            "of what the file holds now, then compare it with your latest backup.")
    return WorkshopFileError(
        Reason.FILE_REPLACED, path,
        "{name}: the file was deleted, moved or replaced by another file while it was open here. "
        "Editing was stopped; your work up to the last change is still here: save a copy of it now.")


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
    def _begin(connection: Connection) -> None:
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
    # Values of a type or range we never write: refused before anything draws them.
    problem = content_problem(conn)
    if problem is not None:
        raise latest_backup_note(path, problem)


def settle_journal(path: Path, lock: WorkshopLock) -> None:
    """With the lock held: roll back a journal left by a crash if it is this file's, else refuse.

    Rolling back restores the last committed state (SQLite's own guarantee, not a repair).
    A journal that does not belong to the file now at `path` is left where it is, with the
    file untouched: applying it would write another copy's pages into this one.
    """
    hot = _journal.hot_journal(path)
    if hot is None:
        lock.settled()
        return
    if not _journal.journal_belongs(path, hot, lock.previous):
        raise _journal.mismatch_error(path)
    try:
        conn = connect(path, read_only=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from exc
    # Rolled back (a rollback cut short by another crash is simply redone next time): the
    # record is resolved, and a later opening must not judge by it again.
    lock.record_write({})


def _tampered(path: Path, exc: MigrationFailed) -> WorkshopFileError:
    return WorkshopFileError(
        Reason.TAMPERED, path, "{name}: the file contains objects CX Workshop did not create "
        "({objects}); it was refused for safety and not changed.", objects=str(exc)[:200])


def _check_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Run the upgrade the window would run on a private in-memory copy: `check` refuses what it refuses."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(memory)
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(memory, version)
    except MigrationFailed as exc:
        raise _tampered(path, exc) from exc
    finally:
        memory.close()


def recover_if_interrupted(path: Path) -> None:
    """Roll back a write that a crash interrupted, so that read-only readers can open the file.

    A hot journal can only be rolled back by a writer; until then read-only connections
    fail. Nothing is done while another process has the workshop open (its transaction is
    alive, not interrupted) or when the journal is not this file's (refused, untouched).
    """
    try:
        if _journal.hot_journal(path) is None or is_locked_elsewhere(path):
            return
    except OSError:
        return
    lock = WorkshopLock(path)
    lock.acquire()
    try:
        settle_journal(path, lock)
    finally:
        lock.release()


def set_journal_aside(path: Path | str) -> Path | None:
    """Open-as-it-is for a refused journal: rename the journal (kept, never deleted) under the lock."""
    path = Path(path).expanduser().absolute()
    lock = WorkshopLock(path)
    lock.acquire()
    try:
        if _journal.hot_journal(path) is None:
            return None
        try:
            return _journal.set_aside(path)
        except OSError as exc:
            raise WorkshopFileError(Reason.WRITE_FAILED, path,
                                    "{name}: the change could not be saved ({detail}); nothing was changed.",
                                    detail=exc.strerror or str(exc)) from exc
    finally:
        lock.release()


def open_workshop(path: Path | str, read_only: bool = False) -> WorkshopFile:
    """Open a workshop for editing (locked, migrated, undo-logged) or read-only (never written)."""
    path = Path(path).expanduser().absolute()
    probe_file(path)
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
        if lock is not None:
            settle_journal(path, lock)
        # Judged only now: a half-written header is not a damaged file once rolled back.
        header = read_header(path)
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
                identity = _journal.identity_of_connection(conn)
                try:
                    upgrade_backup = make_backup(conn, path, identity)
                except WorkshopFileError as exc:
                    raise WorkshopFileError(Reason.BACKUP_FAILED, path,
                                            "{name}: the backup before the upgrade could not be verified, "
                                            "so the file was not upgraded.") from exc
                assert lock is not None
                lock.record_write(_journal.write_record(identity, header.change_counter, header.file_size))
            try:
                migrate(conn, header.user_version)
            except MigrationFailed as exc:  # rolled back: the file is as it was
                raise _tampered(path, exc) from exc
        if not read_only:
            undolog.install(conn)
        file = WorkshopFile(path, conn, read_only, lock, header.user_version, upgrade_backup,
                            _journal.identity_of_connection(conn))
        try:
            file.watch()
        except OSError as exc:
            raise WorkshopFileError(Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).",
                                    detail=exc.strerror or str(exc)) from exc
        return file
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
    # A crash interrupted a write; its journal belongs to this file and will be rolled back
    # (to the last committed state, which is what was checked) when the file is opened.
    interrupted_write: bool = False


def check_workshop(path: Path | str) -> CheckReport:
    """Full integrity and version report; raises WorkshopFileError if the app could not edit the file.

    Reads only: the file is never modified (tests compare hashes), not even by rolling back
    a journal left by a crash: a journal that belongs to the file is applied to a private
    temporary copy, which is what gets checked; one that does not is refused, as on opening.
    """
    path = Path(path).expanduser().absolute()
    probe_file(path)
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
    hot = _journal.hot_journal(path)
    if hot is None:
        return _check_file(path, path, interrupted=False)
    if not _journal.journal_belongs(path, hot, read_lock_text(path)):
        raise _journal.mismatch_error(path)
    with tempfile.TemporaryDirectory(prefix="cxworkshop-check-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(hot.path, _journal.journal_path(copy))
            conn = connect(copy, read_only=False)  # rolls the journal back, into the copy only
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.close()
        except OSError as exc:
            raise WorkshopFileError(Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).",
                                    detail=exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:
            raise _sqlite_error(path, exc) from exc
        return _check_file(copy, path, interrupted=True)


def _check_file(source: Path, path: Path, interrupted: bool) -> CheckReport:
    header = read_header(source, shown_as=path)
    try:
        conn = connect(source, read_only=True)
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from exc
    try:
        _verify(conn, path, header.user_version, full=True)
        if header.user_version < SCHEMA_VERSION:
            _check_upgrade(conn, path, header.user_version)
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
                       unowned, header.user_version < SCHEMA_VERSION, interrupted)
