"""ActionsModel (one row per action, every field editable in place) and ActionFilter (the
plan's owner / status / stage / overdue / text filters and its sort keys).

Unowned actions are flagged with an icon *and* the words "No owner"; overdue ones say so
in words next to the date, so neither relies on colour on a projector.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model.progress import PRIORITY_RANK, is_overdue
from cxworkshop.model.records import ActionItem, Card, JourneyMap, Participant, Stage
from cxworkshop.ui.plan import texts
from cxworkshop.ui.plan.edits import PlanEdits

Index = QModelIndex | QPersistentModelIndex
TITLE, OWNER, DUE, PRIORITY, STATUS, STAGE, CARD, IMPACT, EFFORT, DETAIL = range(10)
COLUMN_COUNT = 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NONE_ID = -1  # "no owner" / "no stage" in combo boxes, whose item data cannot be None
_STATUS_RANK = {"open": 0, "in_progress": 1, "done": 2, "dropped": 3}
_FLAG_INK = QColor("#8a1c00")  # dark enough on white and on the alternate row colour
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Field(Generic[T]):
    """An editable column: the stored value, the editor's value as stored, and the edit."""

    read: Callable[[ActionItem], T]
    parse: Callable[[Any], T]
    write: Callable[[PlanEdits, int, T], bool]


def _chosen_id(value: Any) -> int | None:
    return None if value is None or int(value) == NONE_ID else int(value)


def _chosen_date(value: Any) -> date | None:
    return texts.from_qdate(value) if isinstance(value, QDate) else value


def _score(value: Any) -> int | None:
    return int(value) if value else None


# The status is not here: changing it is its own edit (ActionsModel.setData), with a history.
_FIELDS: dict[int, _Field[Any]] = {
    TITLE: _Field(lambda a: a.title, lambda v: str(v).strip(),
                  lambda edits, action_id, title: edits.set_action(action_id, title=title)),
    DETAIL: _Field(lambda a: a.detail, str,
                   lambda edits, action_id, detail: edits.set_action(action_id, detail=detail)),
    OWNER: _Field(lambda a: a.owner_id, _chosen_id,
                  lambda edits, action_id, owner: edits.set_action(action_id, owner_id=owner)),
    STAGE: _Field(lambda a: a.stage_id, _chosen_id,
                  lambda edits, action_id, stage: edits.set_action(action_id, stage_id=stage)),
    DUE: _Field(lambda a: a.due_on, _chosen_date,
                lambda edits, action_id, due: edits.set_action(action_id, due_on=due)),
    PRIORITY: _Field(lambda a: a.priority, str,
                     lambda edits, action_id, rank: edits.set_action(action_id, priority=rank)),
    IMPACT: _Field(lambda a: a.impact, _score,
                   lambda edits, action_id, score: edits.set_action(action_id, impact=score)),
    EFFORT: _Field(lambda a: a.effort, _score,
                   lambda edits, action_id, score: edits.set_action(action_id, effort=score)),
}


class ActionsModel(QAbstractTableModel):
    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = edits
        self.today = today
        self._rows: list[ActionItem] = []
        # The table's sort, done here (ActionFilter.sort): a proxy's own sort asks data() twice
        # per comparison, 0.25 s for 2,000 actions at every opening of a workshop.
        self.sort_column = DUE
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.owners: dict[int, Participant] = {}
        self.stage_names: dict[int, str] = {}
        self.card_texts: dict[int, str] = {}
        self.reload()
        document.changed.connect(self._on_changed)

    # --- reading -----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        linked = {a.card_id for a in self._rows if a.card_id is not None}
        if (changes.tables() & {"action_item", "participant", "stage", "journey_map"}
                or linked & changes.ids("card")):
            self.reload()

    def reload(self) -> None:
        self.owners = {p.id: p for p in self.document.rows(Participant)}
        maps = self.document.rows(JourneyMap)
        several_maps = len(maps) > 1
        map_names = {m.id: m.name for m in maps}
        self.stage_names = {
            s.id: f"{s.name} ({map_names.get(s.map_id, '')})" if several_maps else s.name
            for s in self.document.rows(Stage)}
        rows = self.document.rows(ActionItem)
        linked = {a.card_id for a in rows if a.card_id is not None}
        self.card_texts = {c.id: c.text for c in self.document.rows(Card) if c.id in linked}
        by_id = {row.id: row for row in rows}
        if by_id.keys() == {row.id for row in self._rows}:
            # Same actions: refresh in place, in the order shown, so selection and an open editor
            # survive and no row jumps under the cursor (the view sorts again when it settles).
            self._rows = [by_id[row.id] for row in self._rows]
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def _sorted(self, rows: list[ActionItem]) -> list[ActionItem]:
        """`rows` in the table's order; ties keep the order of creation, as a stable sort does."""
        column = self.sort_column
        ordered = sorted(rows, key=lambda action: action.id)
        if column < 0:
            return ordered
        return sorted(ordered, key=lambda action: self._sort_key(action, column),
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by `column`, each row's key worked out once; selection and the
        current cell follow their rows."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._sorted(old)
        position = {action.id: row for row, action in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(position[old[index.row()].id], index.column()) for index in persistent])
        self.layoutChanged.emit()

    def action(self, row: int) -> ActionItem:
        return self._rows[row]

    def actions(self) -> list[ActionItem]:
        return list(self._rows)

    def row_of(self, action_id: int) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == action_id), -1)

    def owner_name(self, action: ActionItem) -> str | None:
        owner = self.owners.get(action.owner_id) if action.owner_id is not None else None
        return owner.name if owner is not None else None

    def owner_choices(self) -> list[tuple[str, int]]:
        choices = [(texts.tr("— No owner —"), NONE_ID)]
        for person in self.owners.values():
            label = person.name
            if person.is_department:
                label = texts.tr("%1 (department)").replace("%1", person.name)
            choices.append((label, person.id))
        return choices

    def stage_choices(self) -> list[tuple[str, int]]:
        return [(texts.tr("— No stage —"), NONE_ID), *((n, i) for i, n in self.stage_names.items())]

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Priority"),
                self.tr("Status"), self.tr("Stage"), self.tr("Card"), self.tr("Impact"),
                self.tr("Effort"), self.tr("Detail")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == ACTION_ID_ROLE:
            return action.id
        unowned = action.owner_id is None
        overdue = column == DUE and is_overdue(action, self.today())
        if role == Qt.ItemDataRole.DecorationRole and column == OWNER and unowned:
            return texts.warning_icon()
        if role == Qt.ItemDataRole.FontRole and ((column == OWNER and unowned) or overdue):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and ((column == OWNER and unowned) or overdue):
            return QBrush(_FLAG_INK)
        if role == Qt.ItemDataRole.ToolTipRole:
            if unowned:
                return self.tr("Nobody owns this action yet: choose an owner.")
            if column in (TITLE, DETAIL, CARD):
                return self._display(action, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (IMPACT, EFFORT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, action: ActionItem, column: int) -> str:
        if column == TITLE:
            return action.title
        if column == OWNER:
            return self.owner_name(action) or texts.no_owner_text()
        if column == DUE:
            if action.due_on is None:
                return ""
            shown = texts.short_date(action.due_on)
            if is_overdue(action, self.today()):
                return self.tr("%1 — overdue").replace("%1", shown)
            return shown
        if column == PRIORITY:
            return texts.priority_label(action.priority)
        if column == STATUS:
            return texts.status_label(action.status)
        if column == STAGE:
            return self.stage_names.get(action.stage_id, "") if action.stage_id else ""
        if column == CARD:
            text = self.card_texts.get(action.card_id, "") if action.card_id else ""
            return " ".join(text.split())
        if column == IMPACT:
            return str(action.impact) if action.impact is not None else ""
        if column == EFFORT:
            return str(action.effort) if action.effort is not None else ""
        if column == DETAIL:
            return " ".join(action.detail.split())
        return ""

    def _edit_value(self, action: ActionItem, column: int) -> Any:
        return {
            TITLE: action.title, DETAIL: action.detail,
            OWNER: action.owner_id if action.owner_id is not None else NONE_ID,
            DUE: texts.to_qdate(action.due_on), PRIORITY: action.priority, STATUS: action.status,
            STAGE: action.stage_id if action.stage_id is not None else NONE_ID,
            IMPACT: action.impact or 0, EFFORT: action.effort or 0,
            CARD: action.card_id,
        }.get(column)

    def _sort_key(self, action: ActionItem, column: int) -> Any:
        # Empty values sort last in ascending order, whatever the column.
        if column == OWNER:
            name = self.owner_name(action)
            return (0, "") if name is None else (1, name.casefold())  # unowned first: they need work
        if column == DUE:
            return action.due_on.isoformat() if action.due_on else "9999"
        if column == PRIORITY:
            return PRIORITY_RANK.get(action.priority, 9)
        if column == STATUS:
            return _STATUS_RANK.get(action.status, 9)
        if column in (IMPACT, EFFORT):
            value = action.impact if column == IMPACT else action.effort
            return value if value is not None else 99
        return self._display(action, column).casefold() or "\uffff"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.document.read_only or index.column() == CARD:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action, column = self._rows[index.row()], index.column()
        if column == STATUS:
            return self.edits.set_status(action.id, str(value), self.today())
        field = _FIELDS.get(column)
        if field is None:
            return False
        new = field.parse(value)
        if field.read(action) == new:
            return False
        return field.write(self.edits, action.id, new)


ANY = object()  # "no filter" for the owner and stage filters, where None means "none set"
ACTIVE = "active"  # the status filter for open and in-progress actions together


class ActionFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owner: Any = ANY  # ANY, None (unowned) or a participant id
        self.status: str | None = None  # None (all), ACTIVE, or an ActionStatus value
        self.stage: Any = ANY  # ANY, None (no stage) or a stage id
        self.overdue_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)
        # Not dynamic: a row must not jump away under the cursor while it is being edited.
        # The action plan dock re-sorts when the user leaves the row.
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort, done by the actions model (each key worked out once); this proxy
        only filters, keeping the model's order."""
        model = self.sourceModel()
        if isinstance(model, ActionsModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_filters(self, *, owner: Any = ANY, status: str | None = None, stage: Any = ANY,
                    overdue_only: bool = False, text: str = "") -> None:
        """All five filters at once; one left out is off."""
        self.beginFilterChange()
        self.owner, self.status, self.stage = owner, status, stage
        self.overdue_only, self.text = overdue_only, text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ActionsModel):
            return True
        action = model.action(source_row)
        if self.owner is not ANY and action.owner_id != self.owner:
            return False
        if self.status == ACTIVE and action.status not in ("open", "in_progress"):
            return False
        if self.status not in (None, ACTIVE) and action.status != self.status:
            return False
        if self.stage is not ANY and action.stage_id != self.stage:
            return False
        if self.overdue_only and not is_overdue(action, model.today()):
            return False
        if self.text:
            haystack = " ".join((action.title, action.detail, model.owner_name(action) or "")).casefold()
            if self.text.casefold() not in haystack:
                return False
        return True
