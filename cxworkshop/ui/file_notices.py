"""What the window says when the open file stops being ours, or a backup could not be made.

`file_lost`: another program deleted the workshop file, renamed another file over it or
overwrote it while it was open. The document has stopped editing (any further edit is
refused); this box says why and offers "Save a copy…", the way to keep what is open.
`backup_failed`: the automatic backup failed but the edit itself was saved, so it is a
warning, never "Not saved".
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cxworkshop.document import WorkshopDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileNotices", text)


def connect_file_notices(parent: QWidget, document: WorkshopDocument, save_copy: Callable[[], None]) -> None:
    document.file_lost.connect(lambda message: show_file_lost(parent, message, save_copy))
    document.backup_failed.connect(lambda message: show_backup_warning(parent, message))


def show_file_lost(parent: QWidget | None, message: str, save_copy: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("file-lost")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Editing stopped"))
    box.setText("<b>" + _tr("The workshop file was changed by another program") + "</b>")
    box.setInformativeText(html.escape(message, quote=False))
    save = box.addButton(_tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
    save.setAccessibleName(_tr("Save a copy…"))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: save_copy() if button is save else None)
    box.open()
    return box


def show_backup_warning(parent: QWidget | None, message: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Backup not made"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("backup-warning")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
