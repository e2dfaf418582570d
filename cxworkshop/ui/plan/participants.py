"""The people in the room (and departments) who own actions: a table model and its dock.

Edits happen in place (name, role, department, email, the department and facilitator
ticks) and through the quick-add line; each is one document edit, so one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model.records import ActionItem, Participant
from cxworkshop.ui.plan.edits import PlanEdits

Index = QModelIndex | QPersistentModelIndex
NAME, ROLE, DEPARTMENT, EMAIL, IS_DEPARTMENT, FACILITATOR, ACTIONS = range(7)
V = TypeVar("V", str, bool)


@dataclass(frozen=True, slots=True)
class _Field(Generic[V]):
    """An editable column: how to read its value and the document edit that changes it."""

    read: Callable[[Participant], V]
    write: Callable[[WorkshopDocument, int, V], int]


_TEXT_FIELDS: dict[int, _Field[str]] = {
    NAME: _Field(lambda p: p.name, lambda doc, pid, text: doc.set_participant(pid, name=text)),
    ROLE: _Field(lambda p: p.role, lambda doc, pid, text: doc.set_participant(pid, role=text)),
    DEPARTMENT: _Field(lambda p: p.department,
                       lambda doc, pid, text: doc.set_participant(pid, department=text)),
    EMAIL: _Field(lambda p: p.email, lambda doc, pid, text: doc.set_participant(pid, email=text)),
}
_FLAG_FIELDS: dict[int, _Field[bool]] = {
    IS_DEPARTMENT: _Field(lambda p: p.is_department,
                          lambda doc, pid, ticked: doc.set_participant(pid, is_department=ticked)),
    FACILITATOR: _Field(lambda p: p.is_facilitator,
                        lambda doc, pid, ticked: doc.set_participant(pid, is_facilitator=ticked)),
}


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = edits
        self._rows: list[Participant] = []
        self._owned: dict[int, int] = {}
        self.reload()
        document.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("participant") or changes.touches("action_item"):
            self.reload()

    def reload(self) -> None:
        rows = self.document.rows(Participant)
        owned: dict[int, int] = {}
        for action in self.document.rows(ActionItem):
            if action.owner_id is not None:
                owned[action.owner_id] = owned.get(action.owner_id, 0) + 1
        if [r.id for r in rows] == [r.id for r in self._rows]:
            # Same people: refresh in place so the selection and an open editor survive.
            self._rows, self._owned = rows, owned
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, ACTIONS))
            return
        self.beginResetModel()
        self._rows, self._owned = rows, owned
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def row_of(self, participant_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == participant_id), -1)

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ACTIONS + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Role"), self.tr("Department"), self.tr("Email"),
                self.tr("Is a department"), self.tr("Facilitator"), self.tr("Actions")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in _TEXT_FIELDS:
                return _TEXT_FIELDS[column].read(person)
            if column == ACTIONS:
                return self._owned.get(person.id, 0)
        if role == Qt.ItemDataRole.CheckStateRole and column in _FLAG_FIELDS:
            ticked = _FLAG_FIELDS[column].read(person)
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and person.is_department:
            return self.tr("A department: it can own actions as a whole")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ACTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document.read_only or not index.isValid():
            return base
        if index.column() in _TEXT_FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() in _FLAG_FIELDS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        person, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and column in _TEXT_FIELDS:
            field = _TEXT_FIELDS[column]
            text = str(value).strip()
            if text == field.read(person):
                return False
            return self.edits.attempt(field.write, self.document, person.id, text) is not None
        if role == Qt.ItemDataRole.CheckStateRole and column in _FLAG_FIELDS:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            flag = _FLAG_FIELDS[column]
            return self.edits.attempt(flag.write, self.document, person.id, ticked) is not None
        return False


def parse_quick_add(text: str) -> dict[str, str] | None:
    """'Name, role, department, email' (only the name is needed) -> add_participant fields."""
    parts = [part.strip() for part in text.split(",")]
    if not parts or not parts[0]:
        return None
    fields = dict(zip(("name", "role", "department", "email"), parts, strict=False))
    # An e-mail address typed in any position goes where it belongs.
    for key in ("role", "department"):
        if "@" in fields.get(key, "") and not fields.get("email"):
            fields["email"], fields[key] = fields[key], ""
    return fields


class ParticipantsDock(QDockWidget):
    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participants"), parent)
        self.setObjectName("plan-participants")
        self.document = document
        self.edits = edits
        self.model = ParticipantsModel(document, edits, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows are people, not cells: arrows move between them and Tab goes on to the next
        # pane instead of walking every cell (editing still tabs from cell to cell).
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.setAccessibleName(self.tr("Participants"))
        self.quick_add = QLineEdit()
        self.quick_add.setPlaceholderText(self.tr("Name, role, department, email — Enter adds"))
        self.quick_add.setAccessibleName(self.tr("Add a participant"))
        self.quick_add.returnPressed.connect(self.add_from_line)
        self.as_department = QCheckBox(self.tr("Department"))
        self.as_department.setToolTip(self.tr("Add a whole department that can own actions"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected participant; "
                                              "their actions become unowned"))
        self.remove_button.clicked.connect(self.remove_selected)
        add_row = QHBoxLayout()
        add_row.addWidget(self.quick_add, 1)
        add_row.addWidget(self.as_department)
        add_row.addWidget(self.remove_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.setWidget(body)
        read_only = document.read_only
        for widget in (self.quick_add, self.as_department, self.remove_button):
            widget.setEnabled(not read_only)
        edits.message.connect(self.hint.setText)

    def add_from_line(self) -> int | None:
        fields = parse_quick_add(self.quick_add.text())
        if fields is None:
            return None
        name = fields.pop("name")
        new_id = self.edits.attempt(self.document.add_participant, name,
                                    is_department=self.as_department.isChecked(), **fields)
        if new_id is not None:
            self.quick_add.clear()
            self.hint.clear()
            row = self.model.row_of(new_id)
            if row >= 0:
                self.table.selectRow(row)
        return new_id

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.participant(rows[0].row()).id if rows else None

    def remove_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        owned = sum(1 for a in self.document.rows(ActionItem, owner_id=participant_id))
        if self.edits.attempt(self.document.remove_participant, participant_id) is not None and owned:
            self.hint.setText(self.tr("%n action(s) now have no owner: give them one in the "
                                      "action plan.", "", owned))
