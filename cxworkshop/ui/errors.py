"""Telling the user why a workshop file could not be opened or written, with the way out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cxworkshop.document import Reason, WorkshopFileError


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileErrors", text)


def show_open_error(parent: QWidget | None, error: WorkshopFileError) -> bool:
    """Show why opening failed; True when the user chose to open the file read-only instead."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The workshop cannot be opened"),
                      error.message(), QMessageBox.StandardButton.Close, parent)
    read_only = None
    if error.reason in (Reason.LOCKED, Reason.READ_ONLY, Reason.NEWER_VERSION):
        read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return read_only is not None and box.clickedButton() is read_only


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)
