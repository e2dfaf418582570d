"""File > Export… and File > Send outcomes…: choose the outputs, give every open action an owner.

The dialog lists the open actions nobody owns (the export API refuses them) with a combo of
participants for each; choosing one assigns the owner at once through the document (one undo
step each), and Export stays disabled until none is left. Outputs: the full PDF report, one
PDF per owner (a folder), the action plan as CSV and XLSX, e-mail drafts (a folder), calendar
reminders per owner (.ics, a folder) and the board poster (PNG, drawn in the window's thread),
with paths defaulting to the workshop's folder and named after it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import EditRejected, WorkshopDocument
from cxworkshop.editing.files import user_data_dir
from cxworkshop.model.records import Participant
from cxworkshop.ui.export_run import (
    ExportOutcome,
    ExportStep,
    run_exports,
    show_outcome,
    write_poster_outcome,
)
from cxworkshop.ui.preferences import Settings

if TYPE_CHECKING:
    from cxworkshop.export import ActionInfo, ExportResult, WorkshopData
    from cxworkshop.export.api import Progress, Source
    from cxworkshop.export.options import ReportOptions


class _Writer(Protocol):
    """The shape shared by export.write_pdf, write_csv, ... (their other options keep defaults)."""

    def __call__(self, source: Source, out: Path, /, *,
                 progress: Progress | None = None) -> ExportResult: ...


class _OwnerWriter(Protocol):
    """export.write_ics: it also takes the facilitator's contact."""

    def __call__(self, source: Source, out: Path, /, *, progress: Progress | None = None,
                 facilitator_name: str = "", facilitator_email: str = "") -> ExportResult: ...


def _step(label: str, write: _Writer, path: Path) -> ExportStep:
    def run(data: WorkshopData, progress: Progress) -> ExportResult:
        return write(data, path, progress=progress)

    return ExportStep(label, run)


def _owner_step(label: str, write: _OwnerWriter, path: Path) -> ExportStep:
    """A step whose files name the facilitator: the Preferences' name and e-mail go along
    (read here, in the window's thread; the export itself never reads settings)."""
    from cxworkshop.ui.preferences import Settings

    settings = Settings()
    name, email = settings.facilitator_name(), settings.facilitator_email()

    def run(data: WorkshopData, progress: Progress) -> ExportResult:
        return write(data, path, progress=progress, facilitator_name=name, facilitator_email=email)

    return ExportStep(label, run)


class _OwnerPdfWriter(Protocol):
    """export.write_per_owner and write_eml: the contact, and the PDFs' paper and logo."""

    def __call__(self, source: Source, out: Path, /, *, progress: Progress | None = None,
                 facilitator_name: str = "", facilitator_email: str = "",
                 options: ReportOptions | None = None) -> ExportResult: ...


def report_options(paper: str) -> tuple[ReportOptions, str | None]:
    """The PDFs' paper, and the consultant's name, e-mail and logo from Preferences (read in
    the window's thread), with why the logo was left out if it has since become unreadable."""
    from cxworkshop.export.options import ReportOptions, logo_problem

    settings = Settings()
    logo = settings.report_logo()
    problem = logo_problem(logo, settings.effective_language()) if logo is not None else None
    return ReportOptions(paper=paper, logo=None if problem else logo,
                         consultant_name=settings.facilitator_name(),
                         consultant_email=settings.facilitator_email()), problem


def _owner_pdf_step(label: str, write: _OwnerPdfWriter, path: Path, paper: str) -> ExportStep:
    """Owners' PDFs (alone or in their drafts): the contact, the paper and the logo go along."""
    options, problem = report_options(paper)  # its consultant is the Preferences' contact

    def run(data: WorkshopData, progress: Progress) -> ExportResult:
        result = write(data, path, progress=progress, facilitator_name=options.consultant_name,
                       facilitator_email=options.consultant_email, options=options)
        if problem is not None:
            result.note(problem)
        return result

    return ExportStep(label, run)


def _report_step(label: str, path: Path, paper: str) -> ExportStep:
    """The full report on `paper`, with the consultant's name, e-mail and logo from
    Preferences. A logo that has since become unreadable is left out and said so, rather than
    failing the whole export."""
    from cxworkshop import export

    options, problem = report_options(paper)

    def run(data: WorkshopData, progress: Progress) -> ExportResult:
        result = export.write_pdf(data, path, progress=progress, options=options)
        if problem is not None:
            result.note(problem)
        return result

    return ExportStep(label, run)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def paper_names() -> dict[str, str]:
    return {"a4": _tr("A4"), "a3": _tr("A3"), "letter": _tr("US Letter")}


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def default_folder(workshop: Path) -> Path:
    """Next to the workshop, unless that is the app's own data folder (the demo) or read-only."""
    parent = workshop.absolute().parent
    data = user_data_dir().absolute()
    if parent == data or data in parent.parents or not os.access(parent, os.W_OK):
        return documents_folder()
    return parent


@dataclass(frozen=True)
class Output:
    key: str
    label: str
    is_folder: bool
    suffix: str  # file name after the workshop's name
    file_filter: str = ""


def outputs() -> list[Output]:
    return [
        Output("pdf", _tr("Full report (PDF)"), False, ".pdf", _tr("PDF (*.pdf)")),
        Output("per_owner", _tr("One PDF per owner (folder)"), True, " - " + _tr("owners")),
        Output("csv", _tr("Action plan (CSV)"), False, " - " + _tr("actions") + ".csv",
               _tr("CSV (*.csv)")),
        Output("xlsx", _tr("Action plan (Excel)"), False, " - " + _tr("actions") + ".xlsx",
               _tr("Excel (*.xlsx)")),
        Output("eml", _tr("E-mail drafts per owner (folder)"), True, " - " + _tr("emails")),
        Output("ics", _tr("Calendar reminders per owner, .ics (folder)"), True,
               " - " + _tr("reminders")),
        Output("png", _tr("Board poster (PNG)"), False, " - " + _tr("poster") + ".png",
               _tr("PNG image (*.png)")),
    ]


DEFAULT_ON = ("pdf", "xlsx")


class UnownedPanel(QGroupBox):
    """The open actions without an owner, each with a combo to assign one on the spot."""

    assigned = Signal(int, int)  # action id, participant id

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unowned-actions")
        self.document = document
        self.combos: dict[int, QComboBox] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows)
        scroll.setMaximumHeight(220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll)

    def set_actions(self, actions: list[ActionInfo]) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()  # may be the combo whose signal brought us here
        self.combos.clear()
        people = [p for p in self.document.rows(Participant) if p.name]
        self.setTitle(_tr("One open action without an owner") if len(actions) == 1 else
                      _tr("%1 open actions without an owner").replace("%1", str(len(actions))))
        if self.document.read_only:
            self.intro.setText(_tr("Every open action needs an owner before exporting. This "
                                   "workshop is open read-only: assign the owners where it "
                                   "can be edited."))
        elif not people:
            self.intro.setText(_tr("Every open action needs an owner before exporting. Add the "
                                   "participants first (Plan > Show > Participants)."))
        else:
            self.intro.setText(_tr("Every open action needs an owner before exporting. "
                                   "Choose one for each: it is saved at once and can be "
                                   "undone."))
        for row, action in enumerate(actions):
            title = QLabel(action.title or _tr("(untitled action)"))
            title.setWordWrap(True)
            combo = QComboBox()
            combo.setAccessibleName(_tr("Owner of %1").replace("%1", action.title))
            combo.addItem(_tr("Choose an owner…"), None)
            for person in people:
                combo.addItem(person.name, person.id)
            combo.setEnabled(bool(people) and not self.document.read_only)
            combo.currentIndexChanged.connect(
                lambda _i, a=action.id, c=combo: self._choose(a, c.currentData()))
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.combos[action.id] = combo
        self.setVisible(bool(actions))

    def _choose(self, action_id: int, participant_id: int | None) -> None:
        if participant_id is None:
            return
        try:
            self.document.set_action(action_id, owner_id=participant_id)
        except EditRejected as error:
            self.intro.setText(str(error))
            return
        self.assigned.emit(action_id, participant_id)


class OutputRow:
    """A check box, a path and a Browse button for one output."""

    def __init__(self, dialog: ExportDialog, output: Output, path: Path, grid: QGridLayout,
                 row: int) -> None:
        self.output = output
        self.dialog = dialog
        self.check = QCheckBox(output.label)
        self.check.setChecked(output.key in DEFAULT_ON)
        self.path = QLineEdit(str(path))
        self.path.setAccessibleName(_tr("Where to write: %1").replace("%1", output.label))
        self.path.setMinimumWidth(360)
        self.browse = QPushButton(_tr("Browse…"))
        self.browse.setAccessibleName(_tr("Choose where to write: %1").replace("%1", output.label))
        self.browse.clicked.connect(self._browse)
        for widget in (self.check, self.path, self.browse):
            widget.setObjectName(f"export-{output.key}")
        self.check.toggled.connect(self._toggled)
        self.path.textChanged.connect(lambda _t: dialog.update_buttons())
        grid.addWidget(self.check, row, 0)
        grid.addWidget(self.path, row, 1)
        grid.addWidget(self.browse, row, 2)
        self._toggled(self.check.isChecked())

    def _toggled(self, on: bool) -> None:
        self.path.setEnabled(on)
        self.browse.setEnabled(on)
        self.dialog.update_buttons()

    def target(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if self.check.isChecked() and text else None

    def _browse(self) -> None:
        current = self.path.text().strip()
        if self.output.is_folder:
            chosen = QFileDialog.getExistingDirectory(self.dialog, self.output.label,
                                                      str(Path(current).parent))
            if chosen:
                self.path.setText(str(Path(chosen) / Path(current).name))
            return
        chosen, _ = QFileDialog.getSaveFileName(self.dialog, self.output.label, current,
                                                self.output.file_filter)
        if chosen:
            self.path.setText(chosen)


class ExportDialog(QDialog):
    """mode "export": choose outputs; mode "send": only the owners check, before the e-mails."""

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None,
                 mode: str = "export") -> None:
        super().__init__(parent)
        self.document = document
        self.mode = mode
        self._built = False  # the rows report their boxes while the buttons do not exist yet
        self.setObjectName("export-dialog")
        self.unowned: list[ActionInfo] = []
        self.rows: dict[str, OutputRow] = {}
        self.paper = QComboBox()  # shown in "export" mode, under the outputs
        self.paper.setObjectName("export-paper")
        for key, name in paper_names().items():
            self.paper.addItem(name, key)
        self.paper.setAccessibleName(_tr("Paper of the full report"))
        self.paper.setCurrentIndex(max(0, self.paper.findData(Settings().report_paper())))
        self.unowned_panel = UnownedPanel(document)
        self.unowned_panel.assigned.connect(lambda _a, _p: self.refresh_unowned())
        layout = QVBoxLayout(self)
        layout.addWidget(self.unowned_panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if mode == "send":
            self.setWindowTitle(_tr("Send outcomes"))
            about = QLabel(_tr("Each owner gets an e-mail draft with their actions and a PDF "
                               "of them attached. The drafts open in your mail client: check "
                               "them, then send."))
            about.setWordWrap(True)
            layout.insertWidget(0, about)
            self.ok = self.buttons.addButton(_tr("Create the e-mails"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.setWindowTitle(_tr("Export"))
            box = QGroupBox(_tr("What to export"))
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 1)
            folder = default_folder(document.path)
            stem = document.path.stem
            for row, output in enumerate(outputs()):
                self.rows[output.key] = OutputRow(self, output, folder / f"{stem}{output.suffix}",
                                                  grid, row)
            paper_label = QLabel(_tr("&Paper of the full report:"))
            paper_label.setBuddy(self.paper)
            grid.addWidget(paper_label, len(self.rows), 0)
            grid.addWidget(self.paper, len(self.rows), 1)
            self.rows["pdf"].check.toggled.connect(self.paper.setEnabled)
            self.paper.setEnabled(self.rows["pdf"].check.isChecked())
            layout.addWidget(box)
            self.ok = self.buttons.addButton(_tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("export-ok")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("export-status")
        self.status.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.buttons)
        layout.addLayout(footer)
        self._built = True
        self.refresh_unowned()
        self.setMinimumWidth(720)
        # Enter always means the main button: Qt moves "default" to whichever button Tab last
        # passed (Cancel, Browse), so Enter on a ticked box would cancel or open a browser.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.ok.setDefault(True)

    def refresh_unowned(self) -> None:
        """Ask the export API which open actions still have no owner (it reads the file)."""
        from cxworkshop.export import unowned_actions

        self.unowned = unowned_actions(self.document.path)
        self.unowned_panel.set_actions(self.unowned)
        self.adjustSize()
        self.update_buttons()

    def targets(self) -> dict[str, Path]:
        return {key: path for key, row in self.rows.items() if (path := row.target()) is not None}

    def update_buttons(self) -> None:
        if not self._built:
            return
        chosen = self.mode == "send" or bool(self.targets())
        self.ok.setEnabled(not self.unowned and chosen)
        if self.unowned:
            self.status.setText(_tr("Give every open action an owner to continue."))
        elif not chosen:
            self.status.setText(_tr("Choose at least one thing to export."))
        else:
            self.status.setText("")

    def set_target(self, key: str, path: Path | None) -> None:
        """Tick (with a path) or untick one output, as a user would."""
        row = self.rows[key]
        row.check.setChecked(path is not None)
        if path is not None:
            row.path.setText(str(path))

    def steps(self) -> list[ExportStep]:
        from cxworkshop import export

        labels = {
            "csv": (_tr("Writing the CSV action plan…"), export.write_csv),
            "xlsx": (_tr("Writing the Excel action plan…"), export.write_xlsx),
        }
        owners: dict[str, tuple[str, _OwnerWriter]] = {
            "ics": (_tr("Writing the calendar reminders…"), export.write_ics),
        }
        owner_pdfs: dict[str, tuple[str, _OwnerPdfWriter]] = {
            "per_owner": (_tr("Writing one PDF per owner…"), export.write_per_owner),
            "eml": (_tr("Writing the e-mail drafts…"), export.write_eml),
        }
        steps = []
        for key, path in self.targets().items():
            if key == "pdf":
                Settings().set_report_paper(self.paper_choice())  # the next export starts there
                steps.append(_report_step(_tr("Writing the full report…"), path,
                                          self.paper_choice()))
            elif key in owner_pdfs:
                steps.append(_owner_pdf_step(owner_pdfs[key][0], owner_pdfs[key][1], path,
                                             self.paper_choice()))
            elif key in owners:
                steps.append(_owner_step(owners[key][0], owners[key][1], path))
            elif key in labels:
                steps.append(_step(labels[key][0], labels[key][1], path))
        return steps  # the poster is drawn by the window itself (Qt), see export_workshop

    def paper_choice(self) -> str:
        return str(self.paper.currentData())

    def poster_target(self) -> Path | None:
        return self.targets().get("png")

    def folder(self) -> Path | None:
        """Where the first chosen output goes (for "Open folder")."""
        for key, path in self.targets().items():
            return path if self.rows[key].output.is_folder else path.parent
        return None


def export_workshop(parent: QWidget | None, document: WorkshopDocument,
                    map_id: int | None = None) -> ExportOutcome | None:
    """File > Export…: the dialog, the exports with their progress, then what was written.
    The poster is of map `map_id` (the one on the board; None: the first)."""
    dialog = ExportDialog(document, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        steps, folder, poster = dialog.steps(), dialog.folder(), dialog.poster_target()
    finally:
        dialog.deleteLater()
    outcome = run_exports(parent, document.path, steps) if steps else ExportOutcome()
    if poster is not None and outcome.ok:
        outcome = write_poster_outcome(document, poster, outcome, map_id)
    if not outcome.cancelled:
        show_outcome(parent, outcome, folder)
    return outcome
