"""Why a workshop file cannot be opened or written, as one translatable sentence.

Every failure of the store ends in a WorkshopFileError: the command line prints its
message on one line and exits 3; the window shows it in a dialog with the way out
(`reason` tells the dialog which way out to offer: a backup, read-only, a copy).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from cxworkshop.i18n import tr


class Reason(StrEnum):
    MISSING = "missing"
    NOT_A_WORKSHOP = "not_a_workshop"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    TAMPERED = "tampered"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    UNREADABLE = "unreadable"
    DISK_FULL = "disk_full"
    EXISTS = "exists"
    BACKUP_FAILED = "backup_failed"
    WRITE_FAILED = "write_failed"
    JOURNAL_MISMATCH = "journal_mismatch"  # a crash's journal next to another copy of the file
    FILE_REPLACED = "file_replaced"  # the open file was overwritten, renamed over or deleted


class WorkshopFileError(Exception):
    """A file problem a person can act on. `template` is English; `message()` translates it."""

    def __init__(self, reason: Reason, path: Path | str, template: str, **params: object):
        self.reason = reason
        self.path = Path(path)
        self.template = template
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        # Params that are themselves catalogue sentences (what, detail) are translated too;
        # anything else (paths, numbers) has no catalogue entry and passes through unchanged.
        params = {key: tr(value, lang) if isinstance(value, str) else value
                  for key, value in self.params.items()}
        return tr(self.template, lang, name=self.path.name, **params)
