"""The follow-up meeting: a new meeting (today by default) in which every open action is
reviewed — new status, new due date, a note — and each review goes into the action's history
with that meeting. The whole review is one undo step.

Keyboard: Tab walks Held on, Title, then each row's status, new due date and note; dates are
typed as the user writes them (DateInput). A date that is not one stops the recording with
the reason shown, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import WorkshopDocument
from cxworkshop.model import ActionStatus
from cxworkshop.model.measures import measure_series
from cxworkshop.model.progress import PRIORITY_RANK, is_open, is_overdue
from cxworkshop.model.records import ActionItem, Card, Measure, Measurement, Meeting, Participant
from cxworkshop.ui.plan import texts
from cxworkshop.ui.plan.agenda import preview_text, print_agenda
from cxworkshop.ui.plan.date_input import DateInput
from cxworkshop.ui.plan.dialog_keys import enter_presses
from cxworkshop.ui.plan.edits import PlanEdits

if TYPE_CHECKING:
    from cxworkshop.ui.results.entry import MeasurementsDialog

ACTION, OWNER, DUE, STATUS, NEW_DUE, NOTE = range(6)


class FollowUpDialog(QDialog):
    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up meeting"))
        self.document = document
        self.edits = edits
        self.today = today
        self.meeting_id: int | None = None
        meetings = sorted(document.rows(Meeting), key=lambda m: m.number)
        number = len(meetings) + 1
        self.held_on = DateInput(today(), allow_empty=False, today=today)
        self.held_on.setAccessibleName(self.tr("Held on"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.held_on.rejected.connect(self.problem.setText)
        self.title = QLineEdit(self.tr("Follow-up meeting %1").replace("%1", str(number)))
        form = QFormLayout()
        form.addRow(self.tr("Held on"), self.held_on)
        form.addRow(self.tr("Title"), self.title)
        if meetings:
            last = meetings[-1]
            form.addRow(self.tr("Previous meeting"), QLabel(
                self.tr("%1, %2").replace("%1", last.title or str(last.number))
                .replace("%2", texts.long_date(last.held_on))))
        people = {p.id: p.name for p in document.rows(Participant)}
        self.open_actions = sorted(
            (a for a in document.rows(ActionItem) if is_open(a)),
            key=lambda a: (a.due_on is None, a.due_on or date.max,
                           PRIORITY_RANK.get(a.priority, 9), a.id))
        self.table = QTableWidget(len(self.open_actions), 6)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                                              self.tr("New status"), self.tr("New due date"),
                                              self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Tab goes through the editors of each row, not through the table's read-only cells.
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._cells: dict[QWidget, tuple[int, int]] = {}
        self.table.setAccessibleName(self.tr("Open actions to review"))
        self.status_fields: dict[int, QComboBox] = {}
        self.due_fields: dict[int, DateInput] = {}
        self.note_fields: dict[int, QLineEdit] = {}
        for row, action in enumerate(self.open_actions):
            self._fill_row(row, action, people)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(NOTE, 220)
        intro = QLabel(self.tr("Review every open action: what moved, the new due date, a note. "
                               "Each answer is kept in the action's history with this meeting."))
        intro.setWordWrap(True)
        if not self.open_actions:
            intro.setText(self.tr("No action is open: the meeting will be recorded with no review."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("Record the meeting"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        # Issue 17: the measures' new values, recorded with this meeting.
        self.measurements: dict[int, float] = {}
        self.measures_button = buttons.addButton(self.tr("Enter &measurements…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.measures_button.clicked.connect(lambda _checked=False: self.enter_measurements())
        self.measures_note = QLabel()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The agenda beside the review: what this meeting goes through (export.agenda).
        self.print_button = buttons.addButton(self.tr("Print agenda…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda _checked=False: self.print_agenda())
        self.agenda = QPlainTextEdit()
        self.agenda.setReadOnly(True)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setPlainText(preview_text(document.path, today()))
        self.agenda_note = QLabel()
        self.agenda_note.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Agenda: what this meeting goes through")))
        side_layout.addWidget(self.agenda, 1)
        side_layout.addWidget(self.agenda_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 400])  # the review first; the agenda beside it, to read
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.measures_note)
        layout.addWidget(buttons)
        self.resize(1240, 600)
        enter_presses(self, self.record_button)

    def _fill_row(self, row: int, action: ActionItem, people: dict[int, str]) -> None:
        title = QTableWidgetItem(action.title)
        title.setToolTip(action.detail or action.title)
        self.table.setItem(row, ACTION, title)
        owner = people.get(action.owner_id) if action.owner_id is not None else None
        owner_item = QTableWidgetItem(owner or texts.no_owner_text())
        if owner is None:
            owner_item.setIcon(texts.warning_icon())
            font = owner_item.font()
            font.setBold(True)
            owner_item.setFont(font)
        self.table.setItem(row, OWNER, owner_item)
        due = texts.short_date(action.due_on)
        if is_overdue(action, self.today()):
            due = self.tr("%1 — overdue").replace("%1", due)
        self.table.setItem(row, DUE, QTableWidgetItem(due))
        status = QComboBox()
        for value in ActionStatus:
            status.addItem(texts.status_label(value.value), value.value)
        status.setCurrentIndex(status.findData(action.status))
        status.setAccessibleName(self.tr("New status of %1").replace("%1", action.title))
        new_due = DateInput(action.due_on, today=self.today)
        new_due.setAccessibleName(self.tr("New due date of %1").replace("%1", action.title))
        new_due.rejected.connect(self.problem.setText)
        note = QLineEdit()
        note.setPlaceholderText(self.tr("What happened?"))
        self.table.setCellWidget(row, STATUS, status)
        self.table.setCellWidget(row, NEW_DUE, new_due)
        self.table.setCellWidget(row, NOTE, note)
        for column, widget in ((STATUS, status), (NEW_DUE, new_due), (NOTE, note)):
            self._cells[widget] = (row, column)
            widget.installEventFilter(self)
        self.status_fields[action.id] = status
        self.due_fields[action.id] = new_due
        self.note_fields[action.id] = note

    # --- our API -----------------------------------------------------------------------

    def action_ids(self) -> list[int]:
        return [a.id for a in self.open_actions]

    def set_review(self, action_id: int, status: str | None = None,
                   due_on: date | None | bool = False, note: str | None = None) -> None:
        """Fill one row as a user would (due_on False keeps the date, None clears it)."""
        if status is not None:
            combo = self.status_fields[action_id]
            combo.setCurrentIndex(combo.findData(status))
        if due_on is not False:
            self.due_fields[action_id].set_value(due_on if isinstance(due_on, date) else None)
        if note is not None:
            self.note_fields[action_id].setText(note)

    def reviews(self) -> list[dict[str, Any]]:
        """The rows where something moved or was said; untouched rows are not recorded."""
        result = []
        for action in self.open_actions:
            status = self.status_fields[action.id].currentData()
            due = self.due_fields[action.id].value()
            note = self.note_fields[action.id].text().strip()
            if status == action.status and due == action.due_on and not note:
                continue
            review: dict[str, Any] = {"action_id": action.id, "status": status, "note": note}
            if due != action.due_on:
                review["due_on"] = due
            result.append(review)
        return result

    def dates_are_valid(self) -> bool:
        """Read every typed date; the first that is not one gets the focus and says why."""
        for field in (self.held_on, *self.due_fields.values()):
            if not field.check():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                field.selectAll()
                return False
        self.problem.clear()
        return True

    def record(self) -> int | None:
        if not self.dates_are_valid():
            return None
        held_on = self.held_on.value()
        assert held_on is not None  # allow_empty=False, and checked above
        if not self.measurements:
            self.meeting_id = self.edits.record_follow_up(held_on, self.reviews(),
                                                          self.title.text().strip())
            return self.meeting_id
        with self.edits.one_step(self.tr("Follow-up meeting")):  # the meeting and its values
            self.meeting_id = self.edits.record_follow_up(held_on, self.reviews(),
                                                          self.title.text().strip())
            if self.meeting_id is not None:
                for measure_id, value in self.measurements.items():
                    self.edits.attempt(self.document.add_measurement, measure_id, held_on, value,
                                       self.meeting_id)
        return self.meeting_id

    # --- measurements (issue 17) -----------------------------------------------------

    def measurements_dialog(self) -> MeasurementsDialog:
        from cxworkshop.ui.results.entry import MeasurementsDialog

        doc = self.document
        series = measure_series(doc.rows(Measure), doc.rows(Measurement), doc.rows(Card))
        return MeasurementsDialog(series, self.measurements, self)

    def take_measurements(self, dialog: MeasurementsDialog) -> bool:
        values = dialog.values()
        if values is None:
            return False
        self.measurements = values
        self.measures_note.setText(
            self.tr("Measurements to record with this meeting: %1.").replace("%1", str(len(values)))
            if values else "")
        return True

    def enter_measurements(self) -> None:
        dialog = self.measurements_dialog()
        if dialog.exec():
            self.take_measurements(dialog)
        dialog.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tab into a row below the fold shows it.
        if event.type() == QEvent.Type.FocusIn and watched in self._cells:
            row, column = self._cells[watched]
            self.table.scrollTo(self.table.model().index(row, column))
        return super().eventFilter(watched, event)

    def print_agenda(self) -> Path | None:
        """"Print agenda…": the agenda PDF, written where the user says."""
        return print_agenda(self, self.document.path, self.today(), self.agenda_note.setText)

    def accept(self) -> None:
        if self.record() is not None:
            super().accept()

