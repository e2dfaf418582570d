"""The portfolio's table models: one row per workshop, one per client, and their sort keys.

Rows are sorted in Python on one key per row and texts are made only for the rows painted, so
2,000 workshops never make Qt call back into Python for every comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cxworkshop.portfolio import ClientSummary, Entry
from cxworkshop.portfolio.entries import progress_text
from cxworkshop.ui.plan.texts import short_date
from cxworkshop.ui.translations import current_language

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
(CLIENT, TITLE, LAST_MEETING, NEXT_FOLLOW_UP, OPEN, OVERDUE, DONE, UNOWNED, PROGRESS,
 LAST_CHANGE) = range(10)
_FLAG_INK = QColor("#8a1c00")  # the plan's overdue ink: dark enough on both row colours


def sort_key(entry: Entry, column: int) -> Any:
    """The value a column sorts by: numbers as numbers, dates as days (undated last), text folded."""
    s = entry.summary
    assert s is not None
    if column == CLIENT:
        return s.client.casefold()
    if column == TITLE:
        return s.title.casefold()
    if column in (LAST_MEETING, NEXT_FOLLOW_UP):
        day = s.last_meeting if column == LAST_MEETING else entry.next_follow_up
        return day.toordinal() if day else 10**7
    if column == PROGRESS:
        return (s.progress_done or 0, s.progress_started or 0, s.progress_opened or 0)
    if column == LAST_CHANGE:
        return entry.key.mtime_ns
    return (entry.open, entry.overdue, s.actions_done, entry.unowned)[column - OPEN]


class _Table(QAbstractTableModel):
    """A flat table with fixed column headers; subclasses say how many rows and what is in them."""

    _headers: list[str]

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's signature)
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class PortfolioModel(_Table):
    """One row per readable workshop; sort keys in SORT_ROLE, the file in PATH_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Entry] = []
        self._texts: dict[str, tuple[str, ...]] = {}  # by file, made when a row is first painted
        self._dates: dict[date, str] = {}
        self.sort_column, self.sort_order = OVERDUE, Qt.SortOrder.DescendingOrder
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [self.tr("Client"), self.tr("Workshop"), self.tr("Last meeting"),
                         self.tr("Next follow-up"), self.tr("Open"), self.tr("Overdue"), self.tr("Done"),
                         self.tr("Without an owner"), self.tr("Progress"), self.tr("Last change")]
        self._progress_tip = self.tr("Since the previous meeting: actions done and started, and actions "
                                     "opened in the latest meeting")

    def set_entries(self, entries: Sequence[Entry]) -> None:
        # Rows are sorted here in Python on one key per row, and texts are made only for the rows
        # painted: a proxy sorting 2,000 rows would call data() ~50,000 times and freeze the window.
        rows = [e for e in entries if e.summary is not None]
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self._texts.clear()
        self.endResetModel()

    def _sorted(self, rows: list[Entry]) -> list[Entry]:
        column = self.sort_column
        # Ties keep client then title order, whichever way the column is sorted.
        rows = sorted(rows, key=lambda e: (e.client.casefold(), e.title.casefold()))
        return sorted(rows, key=lambda e: sort_key(e, column),
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on one key per row, keeping the selection on the same workshops."""
        if not 0 <= column < len(self._headers):
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        files = [self.rows[index.row()].file for index in before]
        self.rows = self._sorted(self.rows)
        where = {entry.file: row for row, entry in enumerate(self.rows)}
        self.changePersistentIndexList(before, [self.index(where[file], index.column())
                                                for file, index in zip(files, before, strict=True)])
        self.layoutChanged.emit()

    def _day(self, value: date | None) -> str:
        if value is None:
            return "—"
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = short_date(value)
        return text

    def text(self, row: int, column: int) -> str:
        entry = self.rows[row]
        texts = self._texts.get(entry.file)
        if texts is None:
            s = entry.summary
            assert s is not None
            changed = entry.modified
            texts = self._texts[entry.file] = (
                s.client, s.title, self._day(s.last_meeting), self._day(entry.next_follow_up),
                str(entry.open), str(entry.overdue), str(s.actions_done), str(entry.unowned),
                progress_text(s, current_language()), f"{self._day(changed.date())} {changed:%H:%M}")
        return texts[column]

    def _row_count(self) -> int:
        return len(self.rows)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section == PROGRESS:
            return self._progress_tip
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return sort_key(self.rows[row], column)
        if role in (PATH_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self.rows[row].file
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OPEN, OVERDUE, DONE, UNOWNED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column in (OVERDUE, UNOWNED) and sort_key(self.rows[row], column):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_FLAG_INK)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None


class PortfolioFilter(QSortFilterProxyModel):
    """Client and "overdue only" filters; sorting is passed on to the model (PortfolioModel.sort)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client: str | None = None
        self.overdue_only = False

    def set_client(self, client: str | None) -> None:
        self.beginFilterChange()
        self.client = client
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_overdue_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.overdue_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (cheaply, on prepared keys); the proxy keeps its order and filters."""
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        model.sort(column, order)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt's name)
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        entry = model.rows[row]
        if self.client is not None and entry.client.strip() != self.client:
            return False
        return not (self.overdue_only and not entry.overdue)


class ClientModel(_Table):
    """The per-client summary: workshops, open, overdue, done, without an owner, dates."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[ClientSummary] = []
        self._headers = [self.tr("Client"), self.tr("Workshops"), self.tr("Open"), self.tr("Overdue"),
                         self.tr("Done"), self.tr("Without an owner"), self.tr("Last meeting"),
                         self.tr("Next follow-up")]

    def set_summaries(self, summaries: list[ClientSummary]) -> None:
        self.beginResetModel()
        self.summaries = summaries
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.summaries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 \
                and self.summaries[index.row()].overdue:
            return QBrush(_FLAG_INK)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.summaries[index.row()]
        return [c.client or self.tr("(no client)"), c.workshops, c.open, c.overdue, c.done, c.unowned,
                short_date(c.last_meeting) or "—", short_date(c.next_follow_up) or "—"][index.column()]
