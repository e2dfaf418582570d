"""Crash recovery: remember which workshop is open, and reopen it after an unclean exit.

While a workshop is open, QSettings holds `session/open_file` and `session/clean_exit=false`;
closing it (or the window) sets `clean_exit=true`. At the next start an unclean marker means
the app did not close properly: the same file is reopened (every edit had already reached
the disk, so it is exactly as it was) and a non-modal notice says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

OPEN_FILE = "session/open_file"
READ_ONLY = "session/read_only"
CLEAN_EXIT = "session/clean_exit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionGuard", text)


def _flag(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1")


class SessionGuard:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def begin(self, path: Path | str, read_only: bool = False) -> None:
        """A workshop is now open in the window."""
        self._settings.setValue(OPEN_FILE, str(Path(path).absolute()))
        self._settings.setValue(READ_ONLY, bool(read_only))
        self._settings.setValue(CLEAN_EXIT, False)
        self._settings.sync()

    def end(self) -> None:
        """The workshop was closed normally (or the window was)."""
        self._settings.setValue(CLEAN_EXIT, True)
        self._settings.remove(OPEN_FILE)
        self._settings.remove(READ_ONLY)
        self._settings.sync()

    def interrupted(self) -> tuple[Path, bool] | None:
        """(file, read_only) of a session that did not end cleanly, or None."""
        if _flag(self._settings.value(CLEAN_EXIT, True)):
            return None
        value = self._settings.value(OPEN_FILE, "")
        if not value:
            return None
        return Path(str(value)), _flag(self._settings.value(READ_ONLY, False))

    def recover(self, parent: QWidget | None,
                reopen: Callable[[Path, bool], bool]) -> QMessageBox | None:
        """After an unclean exit: `reopen(path, read_only)` and show the notice.

        Returns the (non-modal) notice when the workshop was reopened, else None. The marker
        is cleared first, so a file that crashes the app on opening is not retried forever.
        """
        found = self.interrupted()
        if found is None:
            return None
        path, read_only = found
        self.end()
        if not path.exists() or not reopen(path, read_only):
            return None
        return show_recovery_notice(parent, path)


def show_recovery_notice(parent: QWidget | None, path: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("recovery-notice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Workshop reopened"))
    box.setText(_tr("CX Workshop was not closed properly; your workshop has been reopened as "
                    "it was (every change had been saved)."))
    box.setInformativeText(path.name)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
