"""Verified copies of a workshop: rotating backups in the user's data folder, and "save a copy".

A copy is made with SQLite's backup API into a temporary name, checked (integrity_check
and our application_id), flushed to disk, and only then renamed into place. So a copy
that exists under its final name is always a complete, readable workshop.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cxworkshop.appinfo import APPLICATION_ID
from cxworkshop.store.datadir import user_data_dir
from cxworkshop.store.errors import Reason, WorkshopFileError


@dataclass
class BackupPolicy:
    """How many backups to keep per workshop, where, and how often during editing."""

    folder: Path | None = None  # None: <user data dir>/backups
    keep: int = 10
    interval_seconds: float = 600.0


POLICY = BackupPolicy()


def backups_root() -> Path:
    return POLICY.folder or user_data_dir() / "backups"


def backup_dir_for(path: Path) -> Path:
    # The digest keeps two "workshop.cxw" files in different folders apart.
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]
    return backups_root() / f"{path.stem}-{digest}"


def list_backups(path: Path) -> list[Path]:
    """Backups of `path`, newest first."""
    folder = backup_dir_for(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.cxw"), reverse=True)


def latest_backup(path: Path) -> Path | None:
    backups = list_backups(path)
    return backups[0] if backups else None


def latest_backup_note(path: Path, detail: str) -> WorkshopFileError:
    """The 'damaged' error, naming the newest backup when there is one."""
    backup = latest_backup(path)
    if backup is None:
        return WorkshopFileError(Reason.DAMAGED, path,
                                 "{name}: the file is damaged ({detail}). Open the latest backup instead.",
                                 detail=detail)
    return WorkshopFileError(Reason.DAMAGED, path,
                             "{name}: the file is damaged ({detail}). The latest backup is {backup}.",
                             detail=detail, backup=str(backup))


def verified_copy(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database `source` to `target` atomically, after checking the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            app_id = copy.execute("PRAGMA application_id").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok" or app_id != APPLICATION_ID:
            raise sqlite3.DatabaseError(f"copy failed its check: {verdict}")
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
            raise WorkshopFileError(Reason.DISK_FULL, target,
                                    "{name}: the disk is full; the last change was not saved and "
                                    "nothing was lost. Free some space and try again.") from exc
        raise WorkshopFileError(Reason.WRITE_FAILED, target,
                                "{name}: the change could not be saved ({detail}); nothing was changed.",
                                detail=str(exc)) from exc
    return target


def make_backup(source: sqlite3.Connection, path: Path) -> Path:
    """A new rotating backup of the workshop at `path`; old ones beyond POLICY.keep are removed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = verified_copy(source, backup_dir_for(path) / f"{stamp}.cxw")
    for old in list_backups(path)[max(POLICY.keep, 1):]:
        old.unlink(missing_ok=True)
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    _fsync(folder)
