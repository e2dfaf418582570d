"""One writer per workshop file, across windows and processes, with no stale locks after a crash.

The lock is an OS lock (flock on POSIX, msvcrt on Windows) held on a small sidecar file,
`.~lock.NAME#` in LibreOffice's style. The kernel releases it when the process dies, so a
crash never leaves a lock that blocks. The sidecar's text says who has the file open (pid,
host, time) and, before each write, which file the write is for (its identity, change
counter and size): a rollback journal left by a crash is rolled back only into that file
(cxworkshop.store.journal). The sidecar is removed on a clean close.

The sidecar sits in a folder others may write to (a shared or synced folder), so it is
opened without following symbolic links, must be a regular file with one name, and a file
we did not create is never truncated unless it holds a lock text of ours.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from cxworkshop.store.errors import Reason, WorkshopFileError

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_MAX_TEXT = 64 * 1024  # a lock text of ours is a few hundred bytes

# sys.platform (not os.name): the type checker then reads only the branch of its platform.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
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


def file_mode(path: Path, default: int = 0o644) -> int:
    """The permission bits a file next to (or copied from) `path` should get: the workshop's own."""
    try:
        return stat.S_IMODE(path.stat().st_mode) & 0o666
    except OSError:
        return default


class WorkshopLock:
    """Held while a workshop is open for editing; `release()` (or process death) frees it."""

    def __init__(self, path: Path):
        self.path = path
        self.lock_path = lock_path_for(path)
        self._fd: int | None = None
        self._info: dict[str, Any] = {}
        # The sidecar's text before we took it: a crashed writer's last write record.
        self.previous: dict[str, Any] | None = None
        # That record is carried over in our text until the journal it may describe is settled:
        # an opening that fails before then leaves it in place for the next one.
        self._carried = False

    def acquire(self) -> None:
        fd, created = self._open()
        try:
            if not _try_lock(fd):
                holder = _describe_holder(self.lock_path)
                raise WorkshopFileError(
                    Reason.LOCKED, self.path,
                    "{name}: the file is already open in CX Workshop ({holder}). Close it there, or open a copy.",
                    holder=holder)
            self.previous = None if created else _read_text(fd)
            if not created and self.previous is None and os.fstat(fd).st_size:
                raise _not_our_lock(self.path, self.lock_path)
            self._info = {"pid": os.getpid(), "host": socket.gethostname(),
                          "since": datetime.now().strftime("%Y-%m-%d %H:%M")}
            self._fd = fd
            carried = self.previous.get("write") if self.previous else None
            self._carried = bool(carried)
            self._write({**self._info, "write": carried} if carried else self._info)
        except BaseException as exc:
            self._fd = None
            _unlock_quietly(fd)
            os.close(fd)
            if created:
                self.lock_path.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise _open_error(self.path, exc) from exc
            raise

    def record_write(self, record: dict[str, Any]) -> None:
        """Note, durably, which file the next write is for: before its journal can become hot."""
        try:
            self._write({**self._info, "write": record})
        except OSError as exc:
            raise _write_error(self.path, exc) from exc
        self._carried = False

    def settled(self) -> None:
        """No journal needs the carried-over record any more: a clean close may remove the sidecar."""
        self._carried = False

    def _open(self) -> tuple[int, bool]:
        mode = file_mode(self.path)
        flags = os.O_RDWR | _NOFOLLOW | _CLOEXEC | _NONBLOCK
        try:
            try:
                return os.open(self.lock_path, flags | os.O_CREAT | os.O_EXCL, mode), True
            except FileExistsError:
                fd = os.open(self.lock_path, flags)
        except PermissionError as exc:
            raise _read_only_folder(self.path) from exc
        except OSError as exc:
            if exc.errno == errno.EROFS:
                raise _read_only_folder(self.path) from exc
            if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENXIO, errno.EISDIR):
                raise _not_our_lock(self.path, self.lock_path) from exc
            raise _open_error(self.path, exc) from exc
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            os.close(fd)
            raise _not_our_lock(self.path, self.lock_path)
        return fd, False

    def _write(self, info: dict[str, Any]) -> None:
        assert self._fd is not None
        data = json.dumps(info).encode()
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data)
        os.fsync(self._fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Remove first, then unlock: a waiter never sees our stale text after we let go.
            # Only the name that still is our sidecar: another file put there is left alone.
            # A crashed writer's record not yet settled stays, for the next opening to judge by.
            try:
                here = os.stat(self.lock_path, follow_symlinks=False)
                mine = os.fstat(fd)
                if not self._carried and (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino):
                    self.lock_path.unlink()
            except OSError:
                pass
            _unlock_quietly(fd)
        finally:
            os.close(fd)


def read_lock_text(path: Path) -> dict[str, Any] | None:
    """The sidecar's text for workshop `path`, without following links or taking the lock."""
    return _read_lock_file(lock_path_for(path))


def _read_lock_file(lock_path: Path) -> dict[str, Any] | None:
    try:
        fd = os.open(lock_path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC | _NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return _read_text(fd)
    finally:
        os.close(fd)


def is_locked_elsewhere(path: Path) -> str | None:
    """Describe who holds `path` open for editing, or None when nobody does. Never takes the lock."""
    lock_path = lock_path_for(path)
    try:
        fd = os.open(lock_path, (os.O_RDONLY if os.name != "nt" else os.O_RDWR) | _NOFOLLOW | _CLOEXEC | _NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _describe_holder(lock_path)
    finally:
        os.close(fd)


def _read_text(fd: int) -> dict[str, Any] | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _MAX_TEXT)
        info = json.loads(raw.decode("utf-8")) if raw else None
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and "pid" in info else None


def _unlock_quietly(fd: int) -> None:
    try:
        _unlock(fd)
    except OSError:
        pass


def _describe_holder(lock_path: Path) -> str:
    from cxworkshop.i18n import tr

    info = _read_lock_file(lock_path)
    try:
        assert info is not None
        return tr("process {pid} on {host}, since {since}", pid=info["pid"], host=info["host"],
                  since=info["since"])
    except (AssertionError, KeyError, TypeError):
        return tr("another process")


def _write_error(path: Path, exc: OSError) -> WorkshopFileError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return WorkshopFileError(Reason.DISK_FULL, path,
                                 "{name}: the disk is full; the last change was not saved and nothing was "
                                 "lost. Free some space and try again.")
    return WorkshopFileError(Reason.WRITE_FAILED, path,
                             "{name}: the change could not be saved ({detail}); nothing was changed.",
                             detail=exc.strerror or str(exc))


def _open_error(path: Path, exc: OSError) -> WorkshopFileError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return WorkshopFileError(Reason.DISK_FULL, path,
                                 "{name}: the disk is full, so the workshop cannot be opened for editing; "
                                 "nothing was changed. Free some space, or open it read-only.")
    return WorkshopFileError(Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).",
                             detail=exc.strerror or str(exc))


def _not_our_lock(path: Path, lock_path: Path) -> WorkshopFileError:
    return WorkshopFileError(
        Reason.UNREADABLE, path,
        "{name}: the file {lock} next to it is not a lock of CX Workshop (a link, a folder or another "
        "program's file); it was left untouched. Remove it, or open a copy of the workshop.",
        lock=lock_path.name)


def _read_only_folder(path: Path) -> WorkshopFileError:
    return WorkshopFileError(
        Reason.READ_ONLY, path,
        "{name}: the folder is read-only, so the workshop cannot be edited there. "
        "Save a copy in a folder you can write to.")
