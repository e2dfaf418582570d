"""Printing the follow-up agenda from the window: Plan > Prepare the agenda… (Ctrl+Shift+G) and
the follow-up dialog's "Print agenda…" button. The content and the PDF are the Qt-free
export.agenda / export.pdf_agenda, the same as `cxworkshop agenda FILE OUT.pdf`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from cxworkshop.document import WorkshopFileError
from cxworkshop.ui.errors import show_error
from cxworkshop.ui.translations import current_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("Agenda", text)


def suggested_path(workshop: Path, today: date) -> Path:
    """Next to the workshop: 'NAME agenda 2026-12-01.pdf'."""
    return workshop.with_name(f"{workshop.stem} agenda {today.isoformat()}.pdf")


def choose_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the agenda (None: the user cancelled)."""
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the agenda"), str(suggested),
                                          _tr("PDF documents (*.pdf)"))
    if not name:
        return None
    target = Path(name)
    return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")


def preview_text(workshop: Path, today: date) -> str:
    """The agenda as text in the window's language, or why it cannot be read."""
    from cxworkshop.export.agenda import agenda_text, load_agenda  # the exports load on first use

    try:
        return agenda_text(load_agenda(workshop, today), current_language())
    except WorkshopFileError as exc:
        return exc.message()


def print_agenda(parent: QWidget | None, workshop: Path, today: date,
                 message: Callable[[str], None]) -> Path | None:
    """Ask where, write the agenda PDF, say where it went; None if cancelled or refused."""
    from cxworkshop.export.pdf_agenda import write_agenda  # reportlab loads on first use

    target = choose_target(parent, suggested_path(workshop, today))
    if target is None:
        return None
    try:
        written, glyphs = write_agenda(workshop, target, today=today)
    except WorkshopFileError as exc:
        show_error(parent, _tr("Agenda not written"), exc.message())
        return None
    except OSError as exc:
        show_error(parent, _tr("Agenda not written"), _tr(
            "%1: the file could not be written (%2); any previous version was left unchanged.")
            .replace("%1", target.name).replace("%2", exc.strerror or str(exc)))
        return None
    text = _tr("Agenda written: %1").replace("%1", str(written))
    if glyphs.count:  # the same warning as every export's
        from cxworkshop.i18n import ntr

        text += " — " + ntr("{n} character the PDF font cannot print was replaced with �: {chars}",
                            "{n} characters the PDF font cannot print were replaced with �: {chars}",
                            glyphs.count, current_language(), chars=glyphs.describe())
    message(text)
    return written
