"""Running exports from the window: a cancellable progress dialog, then what was written.

The work runs in a worker thread (the exports are Qt-free), so the window keeps repainting
however long a step takes. The export API's `progress(done, total)` callback moves the bar
through a queued signal and, once Cancel was pressed, raises, which makes the export API
abandon the file and keep any previous one. The window waits in a local event loop, so the
callers keep a plain call that returns the outcome. The export package (reportlab) is
imported here on first use, never when the window starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from cxworkshop.board.batch import gc_paused
from cxworkshop.document import WorkshopDocument, WorkshopFileError

if TYPE_CHECKING:
    from cxworkshop.export import ExportResult, Progress, WorkshopData

STEP = 1000  # progress units per output
SHOW_AFTER_MS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportRun", text)


class ExportCancelled(Exception):
    """Raised from the progress callback when the user presses Cancel."""


@dataclass
class ExportStep:
    """One output: a label for the progress dialog and the export call that writes it."""

    label: str
    run: Callable[[WorkshopData, Progress], ExportResult]


@dataclass
class ExportOutcome:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.error and not self.cancelled


class ExportProgress(QProgressDialog):
    """The export's progress: shown only when the work takes more than a second."""


class _ExportWorker(QThread):
    """Loads the workshop read-only and runs the steps; the GUI thread reports the outcome."""

    progressed = Signal(int)  # the dialog's value, in STEP units per output
    labelled = Signal(str)

    def __init__(self, path: Path, steps: list[ExportStep]):
        super().__init__()
        self.path, self.steps = path, steps
        self.cancel = threading.Event()
        self.result: ExportResult | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        from cxworkshop import export

        try:
            data = export.load(self.path)
            for index, step in enumerate(self.steps):
                self.labelled.emit(step.label)

                def tick(done: int, total: int, base: int = index * STEP) -> None:
                    if self.cancel.is_set():
                        raise ExportCancelled
                    self.progressed.emit(base + (min(STEP, STEP * done // total) if total > 0 else 0))

                tick(0, 1)
                written = step.run(data, tick)
                self.result = written if self.result is None else self.result.merge(written)
                tick(1, 1)
        except BaseException as error:  # reported by the GUI thread (run_exports)
            self.error = error


def run_exports(parent: QWidget | None, path: Path, steps: list[ExportStep]) -> ExportOutcome:
    """Load the workshop read-only (the window's own lock allows it) and run each step in a worker."""
    from cxworkshop import export

    outcome = ExportOutcome()
    dialog = ExportProgress(_tr("Preparing the export…"), _tr("Cancel"), 0,
                             STEP * max(1, len(steps)), parent)
    dialog.setObjectName("export-progress")
    dialog.setWindowTitle(_tr("Exporting"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    worker = _ExportWorker(path, steps)
    loop = QEventLoop()
    worker.progressed.connect(dialog.setValue)
    worker.labelled.connect(dialog.setLabelText)
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(worker.cancel.set)

    def heard_cancel() -> None:
        if dialog.wasCanceled():
            worker.cancel.set()

    poll = QTimer()  # Cancel pressed before the dialog shows is heard too
    poll.setInterval(50)
    poll.timeout.connect(heard_cancel)
    heard_cancel()
    # No cyclic collection while the worker runs: a collection in this thread finalised Qt
    # wrappers while the worker was inside a signal emission, and the process crashed (seen
    # once in CI, in reportlab's parser). The collector runs again once the worker is done.
    with gc_paused():
        try:
            worker.start()
            poll.start()
            loop.exec()
        finally:
            poll.stop()
            worker.wait()
            dialog.setValue(dialog.maximum())
            dialog.close()
            dialog.deleteLater()
            worker.deleteLater()
    error = worker.error
    if isinstance(error, ExportCancelled):
        outcome.cancelled = True
    elif isinstance(error, export.UnownedActionsError):
        outcome.error = _tr("Some open actions have no owner: %1").replace(
            "%1", ", ".join(action.title for action in error.actions))
    elif isinstance(error, WorkshopFileError):
        outcome.error = error.message()
    elif isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        outcome.error = where + (error.strerror or str(error))
    elif error is not None:
        raise error
    if worker.result is not None:
        outcome.files = list(worker.result.files)
        outcome.warnings = worker.result.warnings()
    return outcome


def write_poster_outcome(document: WorkshopDocument, out: Path,
                         outcome: ExportOutcome, map_id: int | None = None) -> ExportOutcome:
    """Draw the board poster (Qt, so in the window's thread, after the worker's exports) and
    add its files, or its error, to `outcome`."""
    from PySide6.QtGui import QCursor, QGuiApplication

    from cxworkshop.ui.poster import write_poster

    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        outcome.files += write_poster(document, out, map_id)
    except OSError as error:
        where = f"{error.filename}: " if error.filename else f"{out}: "
        outcome.error = where + (error.strerror or str(error))
    finally:
        QGuiApplication.restoreOverrideCursor()
    return outcome


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outcome_dialog(parent: QWidget | None, outcome: ExportOutcome,
                   folder: Path | None = None) -> QMessageBox:
    """The written files (with "Open folder"), or the error; warnings in both cases."""
    box = QMessageBox(parent)
    box.setObjectName("export-outcome")
    box.setWindowTitle(_tr("Export"))
    box.setTextFormat(Qt.TextFormat.RichText)
    warnings = "".join(f"<p>⚠ {_html(w)}</p>" for w in outcome.warnings)
    if outcome.error:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText("<b>" + _tr("The export was not completed") + "</b>")
        written = ""
        if outcome.files:
            written = "<p>" + _tr("Already written:") + " " + ", ".join(
                _html(f.name) for f in outcome.files) + "</p>"
        box.setInformativeText(f"<p>{_html(outcome.error)}</p>{written}{warnings}")
        box.addButton(QMessageBox.StandardButton.Close)
        return box
    box.setIcon(QMessageBox.Icon.Warning if outcome.warnings else QMessageBox.Icon.Information)
    box.setText("<b>" + _tr("Files written: %1").replace("%1", str(len(outcome.files))) + "</b>")
    shown = outcome.files[:12]
    listing = "<br>".join(_html(f.name) for f in shown)
    if len(outcome.files) > len(shown):
        listing += "<br>" + _tr("… and %1 more").replace(
            "%1", str(len(outcome.files) - len(shown)))
    where = folder or (outcome.files[0].parent if outcome.files else None)
    place = f"<p>{_html(_tr('Folder: %1').replace('%1', str(where)))}</p>" if where else ""
    box.setInformativeText(f"<p>{listing}</p>{place}{warnings}")
    if where is not None:
        button = box.addButton(_tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _=False, f=where: open_folder(f))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def show_outcome(parent: QWidget | None, outcome: ExportOutcome,
                 folder: Path | None = None) -> None:
    box = outcome_dialog(parent, outcome, folder)
    box.exec()
    box.deleteLater()
