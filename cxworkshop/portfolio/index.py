"""The portfolio's index: a small SQLite file in the user's data folder, never the source of truth.

It remembers, per workshop file, the figures of its row and the file's key (device, inode,
size, modification time). Refreshing stats every file in the chosen folders and reads only
those whose key changed, was never seen, or whose verdict may pass (a lock); a file that
vanished while another appeared with the same key was renamed, and keeps its row unread.
If the index is missing, damaged, or of another layout, it is deleted and rebuilt from the
files: nothing in it is ever needed that the files do not hold.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cxworkshop.portfolio.entries import Entry, OverdueAction, Portfolio, sort_overdue
from cxworkshop.portfolio.reader import FileKey, OpenAction, Problem, Reading, Summary, read_summary
from cxworkshop.store.datadir import user_data_dir
from cxworkshop.store.errors import WorkshopFileError

INDEX_VERSION = 3  # a different layout is rebuilt, never migrated: it is only a cache
SUFFIX = ".cxw"
CHUNK = 100  # files per index transaction: a cancelled refresh keeps what it read

Progress = Callable[[int, int], None]

_SCHEMA = (
    """CREATE TABLE file (
        path TEXT PRIMARY KEY, dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER,
        problem TEXT, template TEXT, params TEXT,
        title TEXT, client TEXT, language TEXT, meetings INTEGER,
        last_meeting TEXT, last_meeting_title TEXT, next_meeting TEXT,
        actions_total INTEGER, actions_done INTEGER, actions_dropped INTEGER,
        progress_done INTEGER, progress_started INTEGER, progress_opened INTEGER)""",
    """CREATE TABLE open_action (
        path TEXT NOT NULL REFERENCES file(path) ON DELETE CASCADE ON UPDATE CASCADE,
        title TEXT, owner TEXT, due_on TEXT, status TEXT, priority TEXT)""",
    # Covers the per-day counts of entries(): the GROUP BY never visits the table itself.
    "CREATE INDEX open_action_path ON open_action(path, due_on, owner)",
)


def index_path() -> Path:
    return user_data_dir() / "portfolio.sqlite"


@dataclass
class RefreshStats:
    """What one refresh did: for the status line, the tests and the benchmark."""

    files: int = 0  # workshop files found in the chosen folders and files
    read: int = 0  # read from disk this time
    renamed: int = 0
    removed: int = 0
    problems: int = 0
    cancelled: bool = False
    read_paths: list[Path] = field(default_factory=list)


def find_workshops(folders: Iterable[Path]) -> dict[str, os.stat_result]:
    """Every `.cxw` file under `folders` (recursively; hidden names and links to folders skipped),
    by absolute path. Plain strings: 2,000 Path objects would cost more than the stats."""
    found: dict[str, os.stat_result] = {}
    pending = [os.path.abspath(folder) for folder in folders]
    while pending:
        try:
            with os.scandir(pending.pop()) as listing:
                items = list(listing)
        except OSError:
            continue
        for item in items:
            if item.name.startswith("."):
                continue
            try:
                if item.is_dir(follow_symlinks=False):
                    pending.append(item.path)
                elif item.name.lower().endswith(SUFFIX):
                    info = item.stat()
                    if stat.S_ISREG(info.st_mode):
                        found[item.path] = info
            except OSError:
                continue
    return found


def _in_scope(path: str, folders: Sequence[str], files: set[str]) -> bool:
    return path in files or any(path.startswith(folder) for folder in folders)


def _scope(folders: Iterable[Path], files: Iterable[Path]) -> tuple[list[str], set[str]]:
    return ([os.path.join(os.path.abspath(f), "") for f in folders], {os.path.abspath(f) for f in files})


class PortfolioIndex:
    """One connection to the index; use it from one thread (the view's worker makes its own)."""

    def __init__(self, path: Path | None = None):
        self.path = path or index_path()
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError:
            # Damaged or foreign: it is only a cache of the files, so start again from them.
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        try:
            # A cache, so no fsync: a crash of the app is rolled back by the journal; a damaged index
            # after a power cut raises DatabaseError and is rebuilt, and a stale row's file key no
            # longer matches its file, which is then read again.
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != INDEX_VERSION:
                conn.execute("BEGIN IMMEDIATE")
                for (name,) in conn.execute(
                        "SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall():
                    conn.execute(f'DROP TABLE IF EXISTS "{name}"')
                for statement in _SCHEMA:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {INDEX_VERSION}")
                conn.execute("COMMIT")
            conn.execute("SELECT count(*) FROM file").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PortfolioIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- refreshing ------------------------------------------------------------------------

    def refresh(self, folders: Sequence[Path], files: Sequence[Path] = (), today: date | None = None,
                progress: Progress | None = None, cancel: threading.Event | None = None) -> RefreshStats:
        """Bring the rows of `folders` (recursively) and of `files` up to date with the disk."""
        today = today or date.today()
        found = find_workshops(folders)
        for file in files:
            path = os.path.abspath(file)
            try:
                info = os.stat(path)
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                found[path] = info
        scope_folders, scope_files = _scope(folders, files)
        known = {row[0]: (FileKey(*row[1:5]), row[5], row[6]) for row in self.conn.execute(
            "SELECT path, dev, ino, size, mtime_ns, problem, next_meeting FROM file")
            if _in_scope(row[0], scope_folders, scope_files)}
        stats = RefreshStats(files=len(found))
        to_read: list[tuple[str, FileKey]] = []
        for path, info in found.items():
            key = FileKey.of(info)
            seen = known.pop(path, None)
            if seen is not None and seen[0] == key and not _stale(seen[1], seen[2], today):
                continue
            to_read.append((path, key))
        renames = self._renames(to_read, known)
        if renames or known:
            self._write_renames_and_removals(renames, known, stats)
        to_read = [(path, key) for path, key in to_read if path not in renames]
        total = len(to_read)
        if progress is not None:
            progress(0, total)
        for start in range(0, total, CHUNK):
            if cancel is not None and cancel.is_set():
                stats.cancelled = True
                break
            batch = []
            for path, key in to_read[start:start + CHUNK]:
                batch.append(_read(path, key, today))
                stats.read_paths.append(Path(path))
                if progress is not None:
                    progress(len(stats.read_paths), total)
            self._store(batch)
        stats.read = len(stats.read_paths)
        stats.problems = sum(1 for (path,) in self.conn.execute(
            "SELECT path FROM file WHERE problem IS NOT NULL") if path in found)
        return stats

    def _renames(self, to_read: list[tuple[str, FileKey]],
                 vanished: dict[str, tuple[FileKey, str | None, str | None]]) -> dict[str, str]:
        """New path -> old path, for files that only moved: same device, inode, size and mtime."""
        by_key = {key: old for old, (key, problem, _) in vanished.items() if problem is None}
        renames: dict[str, str] = {}
        for path, key in to_read:
            old = by_key.pop(key, None)
            if old is not None:
                renames[path] = old
        return renames

    def _write_renames_and_removals(self, renames: dict[str, str],
                                    vanished: dict[str, tuple[FileKey, str | None, str | None]],
                                    stats: RefreshStats) -> None:
        moved = set(renames.values())
        gone = [path for path in vanished if path not in moved]
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for new, old in renames.items():
                self.conn.execute("DELETE FROM file WHERE path = ?", (new,))
                self.conn.execute("UPDATE file SET path = ? WHERE path = ?", (new, old))
            self.conn.executemany("DELETE FROM file WHERE path = ?", [(path,) for path in gone])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        stats.renamed, stats.removed = len(renames), len(gone)

    def _store(self, batch: list[tuple[str, FileKey, Reading | Problem]]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for path, key, result in batch:
                self.conn.execute("DELETE FROM file WHERE path = ?", (path,))
                base = (path, key.dev, key.ino, key.size, key.mtime_ns)
                if isinstance(result, Problem):
                    self.conn.execute(
                        "INSERT INTO file (path, dev, ino, size, mtime_ns, problem, template, params) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (*base, result.reason, result.template, json.dumps(result.params)))
                    continue
                s = result.summary
                self.conn.execute(
                    "INSERT INTO file VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?)",
                    (*base, s.title, s.client, s.language, s.meetings,
                     _iso(s.last_meeting), s.last_meeting_title, _iso(s.next_meeting),
                     s.actions_total, s.actions_done, s.actions_dropped, s.progress_done,
                     s.progress_started, s.progress_opened))
                self.conn.executemany(
                    "INSERT INTO open_action VALUES (?, ?, ?, ?, ?, ?)",
                    [(path, a.title, a.owner, _iso(a.due_on), a.status, a.priority)
                     for a in result.open_actions])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # --- reading ---------------------------------------------------------------------------

    def entries(self, folders: Sequence[Path], files: Sequence[Path] = (),
                today: date | None = None) -> list[Entry]:
        """The rows of the workshops in `folders` and `files` as last refreshed, by path, with the
        counts that depend on the day worked out by SQLite for `today`."""
        today = today or date.today()
        scope_folders, scope_files = _scope(folders, files)
        day = today.isoformat()
        counts = {row[0]: row[1:] for row in self.conn.execute(
            "SELECT path, count(*), coalesce(sum(due_on < ?), 0), coalesce(sum(owner IS NULL), 0), "
            "min(CASE WHEN due_on >= ? THEN due_on END) FROM open_action GROUP BY path", (day, day))}
        result = []
        for row in self.conn.execute("SELECT * FROM file ORDER BY path"):
            path = row[0]
            if not _in_scope(path, scope_folders, scope_files):
                continue
            key = FileKey(*row[1:5])
            if row[5] is not None:
                problem = Problem(row[5], row[6], json.loads(row[7] or "{}"))
                result.append(Entry(path, key, None, problem, today))
                continue
            summary = Summary(
                title=row[8], client=row[9], language=row[10], meetings=row[11],
                last_meeting=_day(row[12]), last_meeting_title=row[13] or "",
                next_meeting=_day(row[14]), actions_total=row[15], actions_done=row[16],
                actions_dropped=row[17], progress_done=row[18], progress_started=row[19],
                progress_opened=row[20])
            open_count, overdue, unowned, next_due = counts.get(path, (0, 0, 0, None))
            result.append(Entry(path, key, summary, None, today, open_count, overdue, unowned,
                                _day(next_due)))
        return result

    def overdue_actions(self, entries: Sequence[Entry], today: date) -> list[OverdueAction]:
        """The overdue actions of `entries`, by client, owner and due date (for the reports)."""
        wanted = {e.file: e for e in entries if e.summary is not None and e.overdue}
        found = []
        for path, title, owner, due_on, status, priority in self.conn.execute(
                "SELECT path, title, owner, due_on, status, priority FROM open_action "
                "WHERE due_on < ? ORDER BY rowid", (today.isoformat(),)):
            entry = wanted.get(path)
            if entry is not None:
                found.append(OverdueAction(entry.client, entry.title, entry.path,
                                           OpenAction(title, owner, _day(due_on), status, priority)))
        return sort_overdue(found, today)

    def portfolio(self, folders: Sequence[Path], files: Sequence[Path] = (),
                  today: date | None = None) -> Portfolio:
        """Rows and overdue actions together: what the reports and the window show."""
        today = today or date.today()
        entries = self.entries(folders, files, today)
        return Portfolio(entries, self.overdue_actions(entries, today), today)


def _stale(problem: str | None, next_meeting: str | None, today: date) -> bool:
    """Read again although unchanged: a passing problem, or a planned meeting whose day has come."""
    if problem is not None:
        return Problem(problem, "", {}).transient
    return next_meeting is not None and next_meeting <= today.isoformat()


def _read(path: str, key: FileKey, today: date) -> tuple[str, FileKey, Reading | Problem]:
    try:
        return path, key, read_summary(Path(path), today)
    except WorkshopFileError as exc:
        return path, key, Problem.of(exc)
    except OSError as exc:  # vanished or unreadable between the stat and the read
        return path, key, Problem("unreadable", "{name}: the file cannot be read ({detail}).",
                                  {"detail": exc.strerror or str(exc)})


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
