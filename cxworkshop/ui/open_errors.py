"""Opening a workshop from the window, with a clear dialog and a way out for every bad file.

`open_with_dialogs(parent, path)` opens the file; when the store refuses it, the dialog says
what happened (the store's own translated sentence) and what the user can do, chosen by the
error's reason: open the latest backup (as a new copy: the damaged file is never touched),
open read-only, open or save a copy. No exception leaves this module for a file problem.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from cxworkshop.appinfo import FILE_EXTENSION
from cxworkshop.document import Reason, WorkshopDocument, WorkshopFileError, recovery


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenErrors", text)


class Choice(Enum):
    CLOSE = "close"
    READ_ONLY = "read_only"
    OPEN_COPY = "open_copy"
    SAVE_COPY = "save_copy"
    BACKUP = "backup"
    AS_IT_IS = "as_it_is"  # a crash's journal that is not this file's: set it aside, open the file


def _headline(reason: Reason) -> str:
    return {
        Reason.MISSING: _tr("The workshop cannot be found"),
        Reason.NOT_A_WORKSHOP: _tr("This is not a workshop file"),
        Reason.DAMAGED: _tr("The workshop file is damaged"),
        Reason.NEWER_VERSION: _tr("This workshop was made by a newer CX Workshop"),
        Reason.TAMPERED: _tr("The workshop file was changed by another program"),
        Reason.LOCKED: _tr("The workshop is already open"),
        Reason.READ_ONLY: _tr("The workshop cannot be edited here"),
        Reason.UNREADABLE: _tr("The file cannot be read"),
        Reason.DISK_FULL: _tr("The disk is full"),
        Reason.JOURNAL_MISMATCH: _tr("An interrupted write belongs to another copy of this workshop"),
        Reason.FILE_REPLACED: _tr("The workshop file was changed by another program"),
    }.get(reason, _tr("The workshop cannot be opened"))


def _advice(reason: Reason, backup: Path | None) -> str:
    when = _backup_when(backup)
    if reason == Reason.MISSING:
        return _tr("It may have been moved, renamed or deleted, or it is on a disk or network "
                   "folder that is not connected now.")
    if reason == Reason.NOT_A_WORKSHOP:
        return _tr("Choose a file that ends in .cxw and was saved by CX Workshop. "
                   "Nothing was changed.")
    if reason in (Reason.DAMAGED, Reason.TAMPERED):
        lead = (_tr("The file was not opened, so nothing in it was changed.")
                if reason == Reason.DAMAGED else
                _tr("For your safety it was not opened: what was added could alter your data."))
        if backup is None:
            return lead + " " + _tr("There is no backup of this workshop on this computer; "
                                    "if you have a copy (for example in an email), open that.")
        return lead + " " + _tr("You can open a copy of the latest backup, made %1, and carry "
                                "on from there.").replace("%1", when)
    if reason == Reason.NEWER_VERSION:
        return _tr("Update CX Workshop on this computer to open it. The file was not changed.")
    if reason == Reason.LOCKED:
        return _tr("Only one window at a time can edit a workshop. You can open it read-only "
                   "to look at it and present it, or open a copy to edit separately.")
    if reason == Reason.READ_ONLY:
        return _tr("You can open it read-only, or save a copy in a folder you can write to "
                   "and edit the copy.")
    if reason == Reason.UNREADABLE:
        return _tr("Check that the disk or network folder is connected and that you may read "
                   "the file, then try again.")
    if reason == Reason.DISK_FULL:
        return _tr("Free some space on the disk, then try again. Nothing was lost.")
    if reason == Reason.JOURNAL_MISMATCH:
        lead = _tr("Applying it would mix the two copies, so neither the file nor the journal was "
                   "touched. \"Open as it is\" keeps the journal under a new name next to the file.")
        if backup is None:
            return lead
        return lead + " " + _tr("The latest backup was made %1.").replace("%1", when)
    return _tr("Nothing was changed.")


def _backup_when(backup: Path | None) -> str:
    moment = recovery.backup_time(backup) if backup is not None else None
    if moment is None:
        return ""
    # A naive local time, as QDateTime counts it from the epoch.
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class OpenErrorDialog(QMessageBox):
    """The dialog for one refused file; `choice` says which way out the user took."""

    def __init__(self, parent: QWidget | None, error: WorkshopFileError,
                 backup: Path | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.backup = backup
        self.choice = Choice.CLOSE
        self.setObjectName("open-error")
        self.setIcon(QMessageBox.Icon.Critical if error.reason in (Reason.DAMAGED, Reason.TAMPERED)
                     else QMessageBox.Icon.Warning)
        self.setWindowTitle(_tr("Opening the workshop"))
        self.setText(f"<b>{_headline(error.reason)}</b>")
        self.setInformativeText(_html(error.message()) + "<br><br>" + _html(
            _advice(error.reason, backup)))
        self.setAccessibleName(_headline(error.reason))
        self._buttons: dict[QAbstractButton, Choice] = {}
        reason = error.reason
        if reason in (Reason.DAMAGED, Reason.TAMPERED) and backup is not None:
            self._add(_tr("Open the latest backup"), Choice.BACKUP, default=True)
        if reason == Reason.JOURNAL_MISMATCH:
            self._add(_tr("Open as it is"), Choice.AS_IT_IS, default=True)
            if backup is not None:
                self._add(_tr("Open the latest backup"), Choice.BACKUP)
        if reason == Reason.LOCKED:
            self._add(_tr("Open read-only"), Choice.READ_ONLY, default=True)
            self._add(_tr("Open a copy"), Choice.OPEN_COPY)
        if reason == Reason.READ_ONLY:
            self._add(_tr("Open read-only"), Choice.READ_ONLY, default=True)
            self._add(_tr("Save a copy…"), Choice.SAVE_COPY)
        close = self.addButton(QMessageBox.StandardButton.Cancel if self._buttons
                               else QMessageBox.StandardButton.Ok)
        self.setEscapeButton(close)
        if not self._buttons:
            self.setDefaultButton(close)
        self.buttonClicked.connect(self._clicked)

    def _add(self, text: str, choice: Choice, default: bool = False) -> None:
        button = self.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(text)
        self._buttons[button] = choice
        if default:
            self.setDefaultButton(button)

    def choices(self) -> list[Choice]:
        return list(self._buttons.values())

    def choose(self, choice: Choice) -> None:
        """Take a way out as if its button had been clicked (keyboard tests, scripts)."""
        for button, value in self._buttons.items():
            if value == choice:
                button.click()
                return
        self.choice = Choice.CLOSE
        self.reject()

    def _clicked(self, button: QAbstractButton) -> None:
        self.choice = self._buttons.get(button, Choice.CLOSE)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_copy_path(parent: QWidget | None, original: Path) -> Path | None:
    """Where to save a copy of a file that cannot be edited where it is (a file dialog)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder or Path.home()) / f"{original.stem} ({_tr('copy')}){FILE_EXTENSION}"
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save a copy"), str(suggested),
                                          _tr("CX Workshop (*.cxw)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == FILE_EXTENSION else path.with_name(path.name + FILE_EXTENSION)


def show_message(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("open-error-followup")
    box.exec()


def open_with_dialogs(parent: QWidget | None, path: Path | str,
                      read_only: bool = False) -> WorkshopDocument | None:
    """Open `path`; on a refusal, the dialog and the way out the user picks. None: nothing opened."""
    path = Path(path)
    try:
        return WorkshopDocument.open(path, read_only=read_only)
    except WorkshopFileError as error:
        return _handle(parent, path, error)
    except OSError as exc:  # not expected from the store, but never a traceback in the room
        return _handle(parent, path, WorkshopFileError(
            Reason.UNREADABLE, path, "{name}: the file cannot be read ({detail}).",
            detail=exc.strerror or str(exc)))


def _handle(parent: QWidget | None, path: Path, error: WorkshopFileError) -> WorkshopDocument | None:
    backup = (recovery.latest_backup(path)
              if error.reason in (Reason.DAMAGED, Reason.TAMPERED, Reason.JOURNAL_MISMATCH) else None)
    dialog = OpenErrorDialog(parent, error, backup)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    try:
        if choice == Choice.READ_ONLY:
            return WorkshopDocument.open(path, read_only=True)
        if choice == Choice.AS_IT_IS:
            recovery.set_journal_aside(path)
            return WorkshopDocument.open(path)
        if choice == Choice.BACKUP and backup is not None:
            label = _tr("backup %1").replace("%1", _backup_when(backup).replace("/", "-")
                                              .replace(":", "."))
            copy = recovery.copy_for_editing(backup, original=path, label=label)
            return WorkshopDocument.open(copy)
        if choice in (Choice.OPEN_COPY, Choice.SAVE_COPY):
            target = (ask_copy_path(parent, path) if choice == Choice.SAVE_COPY
                      else recovery.free_copy_path(path, _tr("copy")))
            if target is None:
                return None
            source = WorkshopDocument.open(path, read_only=True)
            try:
                source.save_copy(target)
            finally:
                source.close()
            return WorkshopDocument.open(target)
    except WorkshopFileError as second:
        show_message(parent, _headline(second.reason), second.message())
    except OSError as exc:
        show_message(parent, _tr("The copy could not be made"), str(exc))
    return None
