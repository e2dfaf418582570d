"""The workshop file on disk: opening, creating, checking, locking, migrating, backing up. No Qt."""

from cxworkshop.store.backups import POLICY as BACKUP_POLICY
from cxworkshop.store.backups import latest_backup, list_backups
from cxworkshop.store.errors import Reason, WorkshopFileError
from cxworkshop.store.workshop_file import (
    CheckReport,
    WorkshopFile,
    check_workshop,
    create_workshop,
    open_workshop,
)

__all__ = [
    "BACKUP_POLICY",
    "CheckReport",
    "Reason",
    "WorkshopFile",
    "WorkshopFileError",
    "check_workshop",
    "create_workshop",
    "latest_backup",
    "list_backups",
    "open_workshop",
]
