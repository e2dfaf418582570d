"""The ways out when a workshop cannot be opened as it is: its backups, and a copy to edit.

The window may not touch the store; these thin wrappers give it what it needs. A damaged or
locked file is never written to: recovery always works on a new copy next to it.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from cxworkshop.appinfo import FILE_EXTENSION
from cxworkshop.paths import free_path
from cxworkshop.store import backups as _backups
from cxworkshop.store.lock import file_mode


def list_backups(path: Path | str) -> list[Path]:
    """The verified backups of the workshop at `path`, newest first."""
    return _backups.list_backups(Path(path))


def latest_backup(path: Path | str) -> Path | None:
    return _backups.latest_backup(Path(path))


def backup_time(backup: Path) -> datetime | None:
    """When a backup was made (from its name, else its modification time)."""
    try:
        return datetime.strptime(backup.stem, "%Y%m%d-%H%M%S-%f")
    except ValueError:
        try:
            return datetime.fromtimestamp(backup.stat().st_mtime)
        except OSError:
            return None


def _free_name(folder: Path, stem: str) -> Path:
    return free_path(folder, stem, FILE_EXTENSION)


def free_copy_path(original: Path | str, label: str = "copy") -> Path:
    """A free name for a copy of `original`: next to it when that folder is writable, else home."""
    original = Path(original)
    folder = original.parent if os.access(original.parent, os.W_OK) else Path.home()
    return _free_name(folder, f"{original.stem} ({label})")


def copy_for_editing(source: Path | str, original: Path | str | None = None,
                     label: str = "copy") -> Path:
    """Copy `source` (a backup, or a file that cannot be edited) to a new, free name.

    The copy goes next to `original` (default: next to `source`) when that folder is
    writable, else into the user's documents folder of last resort, the home folder.
    `label` ends the new name: "Workshop (copy).cxw", "Workshop (backup 14-05 10.32).cxw".
    """
    source = Path(source)
    original = Path(original) if original is not None else source
    stem = f"{original.stem} ({label})"
    # The copy keeps the workshop's permissions (a private workshop stays private), and is
    # writable by its owner, since it is made to be edited.
    mode = file_mode(original if original.exists() else source) | 0o600
    for folder in (original.parent, Path.home()):
        target = _free_name(folder, stem)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        except OSError:
            continue
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(target, mode)  # the umask may have taken bits the workshop has
        except OSError:
            target.unlink(missing_ok=True)
            raise
        return target
    raise OSError(f"{source.name}: no writable folder for a copy")


def set_journal_aside(path: Path | str) -> Path | None:
    """"Open as it is" after a refused journal: the journal is renamed (kept), the file untouched."""
    from cxworkshop.store.workshop_file import set_journal_aside as aside

    return aside(Path(path))


def apply_backup_policy(folder: Path | str | None, keep: int) -> None:
    """Where backups go and how many are kept per workshop (from the preferences)."""
    _backups.POLICY.folder = Path(folder) if folder else None
    _backups.POLICY.keep = max(1, int(keep))


def backups_folder() -> Path:
    """Where the backups of every workshop go (the preference, else the user's data folder)."""
    return _backups.backups_root()
