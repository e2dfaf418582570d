"""Help > About CX Workshop: what it is, its version, and where it keeps backups and settings."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cxworkshop.appinfo import APP_NAME, VERSION
from cxworkshop.document import recovery


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, backup_folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About CX Workshop"))
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        title.setAccessibleName(APP_NAME)
        version = QLabel(self.tr("Version %1").replace("%1", VERSION))
        text = QLabel(self.tr(
            "Customer-journey workshops with the people in the room: stages, touchpoints, "
            "emotions, pain points, moments of truth and opportunities on one board, and an "
            "action plan in which every item has an owner, a due date and a priority. "
            "Offline; every change is saved as you make it."))
        text.setWordWrap(True)
        where = [self.tr("Settings: %1").replace("%1", QSettings().fileName())]
        backup_folder = backup_folder or str(recovery.backups_folder())
        if backup_folder:
            where.append(self.tr("Backups: %1").replace("%1", backup_folder))
        details = QLabel("<br>".join(where))
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        built = QLabel(self.tr("Built with Qt %1 and PySide6 %2.")
                       .replace("%1", qVersion()).replace("%2", PySide6.__version__))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (title, version, text, details, built):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def show_about(parent: QWidget | None = None, backup_folder: str = "") -> None:
    AboutDialog(parent, backup_folder).exec()
