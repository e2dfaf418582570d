"""One writer per workshop file, across windows and processes, with no stale locks after a crash.

The lock is an OS lock (flock on POSIX, msvcrt on Windows) held on a small sidecar file,
`.~lock.NAME#` in LibreOffice's style. The kernel releases it when the process dies, so a
crash never leaves a lock that blocks; the sidecar's text (pid, host, time) only serves to
tell the user who has the file open. The sidecar is removed on a clean close.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path

from cxworkshop.store.errors import Reason, WorkshopFileError

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


class WorkshopLock:
    """Held while a workshop is open for editing; `release()` (or process death) frees it."""

    def __init__(self, path: Path):
        self.path = path
        self.lock_path = lock_path_for(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError as exc:
            raise _read_only_folder(self.path) from exc
        except OSError as exc:
            if exc.errno == 30:  # EROFS: read-only file system
                raise _read_only_folder(self.path) from exc
            raise WorkshopFileError(Reason.UNREADABLE, self.path, "{name}: the file cannot be read ({detail}).",
                                    detail=exc.strerror or str(exc)) from exc
        if not _try_lock(fd):
            holder = _describe_holder(self.lock_path)
            os.close(fd)
            raise WorkshopFileError(
                Reason.LOCKED, self.path,
                "{name}: the file is already open in CX Workshop ({holder}). Close it there, or open a copy.",
                holder=holder)
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now().strftime("%Y-%m-%d %H:%M")}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode())
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Remove first, then unlock: a waiter never sees our stale text after we let go.
            self.lock_path.unlink(missing_ok=True)
            _unlock(fd)
        finally:
            os.close(fd)


def is_locked_elsewhere(path: Path) -> str | None:
    """Describe who holds `path` open for editing, or None when nobody does. Never takes the lock."""
    lock_path = lock_path_for(path)
    if not lock_path.exists():
        return None
    try:
        fd = os.open(lock_path, os.O_RDONLY if os.name != "nt" else os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _describe_holder(lock_path)
    finally:
        os.close(fd)


def _describe_holder(lock_path: Path) -> str:
    from cxworkshop.i18n import tr

    try:
        info = json.loads(lock_path.read_text(encoding="utf-8"))
        return tr("process {pid} on {host}, since {since}", pid=info["pid"], host=info["host"],
                  since=info["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return tr("another process")


def _read_only_folder(path: Path) -> WorkshopFileError:
    return WorkshopFileError(
        Reason.READ_ONLY, path,
        "{name}: the folder is read-only, so the workshop cannot be edited there. "
        "Save a copy in a folder you can write to.")
