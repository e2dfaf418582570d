"""File > Send outcomes…: an e-mail draft per owner, opened in the user's mail client.

The drafts (.eml, marked unsent, each owner's PDF attached) are written to a dated folder
under Documents/CX Workshop, then each is opened with the system's handler for .eml files,
which is the default mail client: the facilitator checks and sends them from there.
If open actions have no owner, the export dialog (in its "send" form) asks for them first.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from cxworkshop.appinfo import APP_NAME
from cxworkshop.document import WorkshopDocument
from cxworkshop.paths import free_path
from cxworkshop.ui.export_dialog import ExportDialog, documents_folder, report_options
from cxworkshop.ui.export_run import ExportOutcome, ExportStep, run_exports, show_outcome
from cxworkshop.ui.preferences import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendOutcomes", text)


def drafts_folder(workshop: Path, today: date | None = None) -> Path:
    """A fresh folder for this workshop's drafts: Documents/CX Workshop/<name> <date>[ (n)]."""
    base = documents_folder() / APP_NAME
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        base = Path(tempfile.gettempdir()) / APP_NAME
    stamp = (today or date.today()).isoformat()
    return free_path(base, f"{workshop.stem} {_tr('e-mails')} {stamp}")


def open_drafts(files: list[Path]) -> int:
    """Open each draft in the default mail client; the number that opened."""
    return sum(QDesktopServices.openUrl(QUrl.fromLocalFile(str(f))) for f in files
               if f.suffix.lower() == ".eml")


def send_outcomes(parent: QWidget | None, document: WorkshopDocument) -> ExportOutcome | None:
    from cxworkshop.export import unowned_actions, write_eml

    if unowned_actions(document.path):
        dialog = ExportDialog(document, parent, mode="send")
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        finally:
            dialog.deleteLater()
    folder = drafts_folder(document.path)
    # The attached PDFs' paper and logo, and the signature when the workshop names no
    # facilitator with an e-mail: all from Preferences.
    options, _problem = report_options(Settings().report_paper())
    step = ExportStep(_tr("Writing the e-mail drafts…"),
                      lambda data, progress: write_eml(data, folder, progress=progress,
                                                       facilitator_name=options.consultant_name,
                                                       facilitator_email=options.consultant_email,
                                                       options=options))
    outcome = run_exports(parent, document.path, [step])
    if outcome.cancelled:
        return outcome
    if outcome.ok:
        open_drafts(outcome.files)
    show_outcome(parent, outcome, folder)
    return outcome
