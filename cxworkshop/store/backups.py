"""Verified copies of a workshop: rotating backups in the user's data folder, and "save a copy".

A copy is made with SQLite's backup API into a temporary name, checked (integrity_check
and our application_id), flushed to disk, and only then renamed into place. So a copy
that exists under its final name is always a complete, readable workshop. Copies get the
workshop's permissions; partial files of killed copies are removed on the next copy.

Backups live in one folder per workshop identity (cxworkshop.store.journal): renaming or
moving a workshop keeps its backups. Copies of one workshop share its identity and so
its backup folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cxworkshop.appinfo import APPLICATION_ID
from cxworkshop.paths import PART_SUFFIX, clean_stale_parts, part_prefix
from cxworkshop.store.datadir import user_data_dir
from cxworkshop.store.errors import Reason, WorkshopFileError
from cxworkshop.store.journal import identity_of
from cxworkshop.store.lock import file_mode

_ORIGIN = "origin.json"  # in each backup folder: the paths the workshop was seen at


@dataclass
class BackupPolicy:
    """How many backups to keep per workshop, where, and how often during editing."""

    folder: Path | None = None  # None: <user data dir>/backups
    keep: int = 10
    interval_seconds: float = 600.0


POLICY = BackupPolicy()


def backups_root() -> Path:
    return POLICY.folder or user_data_dir() / "backups"


def _legacy_dir(path: Path) -> Path:
    # Before 0.1.1 backups were keyed by the absolute path: still listed, never written.
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]
    return backups_root() / f"{path.stem}-{digest}"


def backup_dir_for(path: Path, identity: str | None = None) -> Path:
    """The backup folder of a workshop: keyed by its identity, so renaming or moving keeps them."""
    identity = identity or identity_of(path)
    return backups_root() / identity if identity else _legacy_dir(path)


def _dirs_for(path: Path, identity: str | None) -> list[Path]:
    """Every folder that may hold backups of `path`: its identity's (readable even when the file
    is damaged only if its workshop row is), those whose origin lists the path, and the legacy one."""
    folders: list[Path] = []
    identity = identity or identity_of(path)
    if identity:
        folders.append(backups_root() / identity)
    wanted = str(path.absolute())
    try:
        origins = list(backups_root().glob(f"*/{_ORIGIN}"))
    except OSError:
        origins = []
    for origin in origins:
        try:
            paths = json.loads(origin.read_text(encoding="utf-8")).get("paths", [])
        except (OSError, ValueError, AttributeError):
            continue
        if wanted in paths and origin.parent not in folders:
            folders.append(origin.parent)
    folders.append(_legacy_dir(path))
    return folders


def list_backups(path: Path, identity: str | None = None) -> list[Path]:
    """Backups of `path`, newest first."""
    found: dict[str, Path] = {}
    for folder in _dirs_for(path, identity):
        if folder.is_dir():
            for backup in folder.glob("*.cxw"):
                found.setdefault(f"{backup.name}/{backup.parent.name}", backup)
    return [found[key] for key in sorted(found, reverse=True)]


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


def verified_copy(source: sqlite3.Connection, target: Path, mode: int | None = None) -> Path:
    """Copy the open database `source` to `target` atomically, after checking the copy.

    `mode`: the permission bits of the copy (the workshop's own, so a private workshop
    gets private copies); None keeps what a new file gets.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_parts(target.parent, target.name)
    partial = target.with_name(f"{part_prefix(target.name)}{secrets.token_hex(4)}{PART_SUFFIX}")
    try:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            if mode is not None:
                os.chmod(partial, mode)
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
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
        # ENOSPC, or SQLite's "database or disk is full" (never a path that happens to say "full").
        if isinstance(exc, OSError) and exc.errno == 28 or isinstance(exc, sqlite3.Error) and "full" in str(exc):
            raise WorkshopFileError(Reason.DISK_FULL, target,
                                    "{name}: the disk is full; the last change was not saved and "
                                    "nothing was lost. Free some space and try again.") from exc
        raise WorkshopFileError(Reason.WRITE_FAILED, target,
                                "{name}: the change could not be saved ({detail}); nothing was changed.",
                                detail=str(exc)) from exc
    return target


def make_backup(source: sqlite3.Connection, path: Path, identity: str | None = None) -> Path:
    """A new rotating backup of the workshop at `path`; old ones beyond POLICY.keep are removed.

    Failing raises BACKUP_FAILED: the workshop itself is not affected by a failed backup.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = backup_dir_for(path, identity)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        clean_stale_parts(folder)  # every name in it is ours: any killed backup's leftovers go
        _note_origin(folder, path)
        target = verified_copy(source, folder / f"{stamp}.cxw", mode=file_mode(path))
    except (OSError, WorkshopFileError) as exc:
        detail = exc.message() if isinstance(exc, WorkshopFileError) else (exc.strerror or str(exc))
        raise WorkshopFileError(Reason.BACKUP_FAILED, path,
                                "{name}: the automatic backup could not be made ({detail}). Your changes "
                                "are saved in the workshop itself; only the backup is missing.",
                                detail=detail) from exc
    for old in sorted(folder.glob("*.cxw"), reverse=True)[max(POLICY.keep, 1):]:
        old.unlink(missing_ok=True)
    return target


def _note_origin(folder: Path, path: Path) -> None:
    """Remember where the workshop lives, so its backups are found even if its file is damaged."""
    origin = folder / _ORIGIN
    try:
        paths = json.loads(origin.read_text(encoding="utf-8")).get("paths", [])
    except (OSError, ValueError, AttributeError):
        paths = []
    here = str(path.absolute())
    if paths[-1:] == [here]:
        return
    paths = [p for p in paths if p != here][-9:] + [here]
    partial = origin.with_name(f"{part_prefix(origin.name)}{secrets.token_hex(4)}{PART_SUFFIX}")
    partial.write_text(json.dumps({"paths": paths}), encoding="utf-8")
    os.replace(partial, origin)


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
