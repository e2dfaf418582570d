"""Exports of a workshop: the PDF report, per-owner PDFs, CSV/XLSX plans, e-mail drafts, .ics reminders.

Reads the model through a read-only snapshot, never the window's scene, and imports no Qt
(an import-linter contract holds this). The window calls the functions below; the command
line calls command.run_export.
"""

from cxworkshop.export.api import (
    ExportResult,
    Progress,
    UnownedActionsError,
    load,
    owner_file_stems,
    unowned_actions,
    write_csv,
    write_eml,
    write_ics,
    write_pdf,
    write_per_owner,
    write_xlsx,
)
from cxworkshop.export.data import ActionInfo, Person, WorkshopData

__all__ = [
    "ActionInfo",
    "ExportResult",
    "Person",
    "Progress",
    "UnownedActionsError",
    "WorkshopData",
    "load",
    "owner_file_stems",
    "unowned_actions",
    "write_csv",
    "write_eml",
    "write_ics",
    "write_pdf",
    "write_per_owner",
    "write_xlsx",
]
