"""The plan's progress: done / open / overdue per owner and overall, and what changed since
the previous meeting. The figures come from cxworkshop.model.progress (shared with the PDF).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model.progress import (
    ChangeSummary,
    Progress,
    changes_since_previous,
    latest_and_previous,
    overall_progress,
    progress_by_owner,
    summarise_changes,
)
from cxworkshop.model.records import ActionItem, Meeting, Participant, StatusChange
from cxworkshop.ui.plan import texts

_WATCHED = {"action_item", "participant", "meeting", "status_change"}


@contextmanager
def _filling(table: QTableWidget) -> Iterator[None]:
    """Fill `table` with its columns' automatic sizing paused, then size them once.

    With ResizeToContents on, every setItem re-measured the whole column: filling 500 owners
    was quadratic and every action edit took 25 s.
    """
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(column) for column in range(table.columnCount())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setUpdatesEnabled(False)
    try:
        yield
    finally:
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        table.setUpdatesEnabled(True)


class ProgressPanel(QWidget):
    def __init__(self, document: WorkshopDocument, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today
        self.overall = Progress(None, "")
        self.per_owner: list[Progress] = []
        self.changes: list[StatusChange] = []
        self.summary = ChangeSummary()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.owners = QTableWidget(0, 5)
        self.owners.setHorizontalHeaderLabels([self.tr("Owner"), self.tr("Done"), self.tr("Open"),
                                               self.tr("Overdue"), self.tr("Total")])
        self.owners.setAccessibleName(self.tr("Progress per owner"))
        self.since_title = QLabel()
        self.since_title.setWordWrap(True)
        self.since = QTableWidget(0, 3)
        self.since.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Change"),
                                              self.tr("Note")])
        self.since.setAccessibleName(self.tr("Changes since the previous meeting"))
        for table in (self.owners, self.since):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)  # read-only: Tab goes on to the next pane
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.owners.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A narrow dock wraps the changes instead of cutting the action's title to "…".
        self.since.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.since.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.headline)
        layout.addWidget(self.owners, 3)
        layout.addWidget(self.since_title)
        layout.addWidget(self.since, 2)
        self.refresh()
        document.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables() & _WATCHED:
            self.refresh()

    def refresh(self) -> None:
        doc, today = self.document, self.today()
        actions = doc.rows(ActionItem)
        people = doc.rows(Participant)
        meetings = doc.rows(Meeting)
        self.overall = overall_progress(actions, today)
        self.per_owner = progress_by_owner(actions, people, today, texts.no_owner_text())
        self.changes = changes_since_previous(meetings, doc.rows(StatusChange))
        latest, previous = latest_and_previous(meetings)
        self.summary = summarise_changes(self.changes, actions,
                                         latest.id if latest is not None else None)
        o = self.overall
        self.headline.setText(self.tr("Overall: %1, %2, %3 of %4 (%5% done)")
            .replace("%5", str(round(o.done_share * 100)))
            .replace("%4", self.tr("%n actions", "", o.total))
            .replace("%3", self.tr("%n overdue", "", o.overdue))
            .replace("%2", self.tr("%n open", "", o.open))
            .replace("%1", self.tr("%n done", "", o.done)))
        with _filling(self.owners):
            self._fill_owners()
        with _filling(self.since):
            self._fill_since(latest, previous, {a.id: a.title for a in actions})

    def _fill_owners(self) -> None:
        self.owners.setRowCount(len(self.per_owner))
        for row, figures in enumerate(self.per_owner):
            name = QTableWidgetItem(figures.name)
            if figures.owner_id is None:
                name.setIcon(texts.warning_icon())
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.owners.setItem(row, 0, name)
            for column, value in enumerate((figures.done, figures.open, figures.overdue,
                                            figures.total), start=1):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and value:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.owners.setItem(row, column, item)

    def _fill_since(self, latest: Meeting | None, previous: Meeting | None,
                    titles: dict[int, str]) -> None:
        if latest is None or previous is None:
            self.since_title.setText(self.tr(
                "Changes since the previous meeting appear after the first follow-up meeting."))
            self.since.setRowCount(0)
            return
        s = self.summary
        self.since_title.setText(self.tr(
            "Since meeting %1 (%2): %3 done, %4 started, %5 dropped, %6 rescheduled, %7 new.")
            .replace("%1", str(previous.number)).replace("%2", texts.short_date(previous.held_on))
            .replace("%3", str(s.done)).replace("%4", str(s.started))
            .replace("%5", str(s.dropped)).replace("%6", str(s.rescheduled))
            .replace("%7", str(s.opened)))
        self.since.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            was = texts.status_label(change.old_status) if change.old_status else "—"
            now = texts.status_label(change.new_status)
            if change.old_due_on != change.new_due_on and change.new_due_on is not None:
                now = self.tr("%1, due %2").replace("%1", now).replace(
                    "%2", texts.short_date(change.new_due_on))
            step = self.tr("%1 → %2").replace("%1", was).replace("%2", now)
            for column, text in enumerate((titles.get(change.action_id, ""), step, change.note)):
                self.since.setItem(row, column, QTableWidgetItem(text))
        self.since.resizeRowsToContents()


class ProgressDock(QDockWidget):
    def __init__(self, document: WorkshopDocument, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Progress"), parent)
        self.setObjectName("plan-progress")
        self.panel = ProgressPanel(document, today)
        self.setWidget(self.panel)
