"""The action plan dock: the sortable, filterable table of actions, its filters, "New action",
actions made from cards (context menu entry point or a drop of CARD_IDS_MIME) and a summary
line that counts what still needs an owner or is late.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
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
from cxworkshop.model import ActionStatus, Priority
from cxworkshop.model.progress import is_overdue
from cxworkshop.model.records import Stage
from cxworkshop.ui.plan import texts
from cxworkshop.ui.plan.action_model import (
    ACTION_ID_ROLE,
    ACTIVE,
    ANY,
    CARD,
    DETAIL,
    DUE,
    EFFORT,
    IMPACT,
    OWNER,
    PRIORITY,
    STAGE,
    STATUS,
    TITLE,
    ActionFilter,
    ActionsModel,
)
from cxworkshop.ui.plan.delegates import ChoiceDelegate, DateDelegate, ScaleDelegate
from cxworkshop.ui.plan.edits import PlanEdits
from cxworkshop.ui.plan.mime import card_ids_from_mime
from cxworkshop.ui.table_keys import claims_own_key, is_delete


class ActionPlanView(QTableView):
    """The table; it also takes cards dropped from the board and asks for actions on them.

    Tab and Shift+Tab go to the next / previous cell that can be edited, row after row (the
    linked card is not typed into), and leave the table only after its last or first cell;
    Ctrl+Tab and Ctrl+Shift+Tab leave it at once, as in any widget that uses Tab itself.
    F2 (edit the cell) and Delete (remove the selected actions) belong to the table while it
    has the focus, not to the window's board commands with the same keys.
    """

    cards_dropped = Signal(list)  # card ids
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def event(self, event: QEvent) -> bool:
        return claims_own_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_delete(self, event):
            self.delete_pressed.emit()
            event.accept()
            return
        if (event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            # The scroll area's own focus chain, not the item view's cell-to-cell Tab.
            QAbstractScrollArea.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        step = {QAbstractItemView.CursorAction.MoveNext: 1,
                QAbstractItemView.CursorAction.MovePrevious: -1}.get(cursorAction)
        model = self.model()
        if step is None or model is None:
            return super().moveCursor(cursorAction, modifiers)
        current = self.currentIndex()
        columns = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        columns.sort(key=self.horizontalHeader().visualIndex)
        if not columns or model.rowCount() == 0:
            return QModelIndex()
        cells = [(r, c) for r in range(model.rowCount()) for c in columns]
        at = cells.index((current.row(), current.column())) if current.isValid() and \
            current.column() in columns else (-1 if step > 0 else len(cells))
        at += step
        while 0 <= at < len(cells):
            index = model.index(*cells[at])
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            at += step
        return QModelIndex()  # past the last (or first) cell: Tab leaves the table

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if card_ids_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if card_ids_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = card_ids_from_mime(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.cards_dropped.emit(ids)


class ActionPlanDock(QDockWidget):
    def __init__(self, document: WorkshopDocument, edits: PlanEdits,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Action plan"), parent)
        self.setObjectName("plan-actions")
        self.document = document
        self.map_id: int | None = None  # the map the window shows: its stages lead the filter
        self.edits = edits
        self.today = today
        self.model = ActionsModel(document, edits, today, self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ActionPlanView()
        self.table.setModel(self.proxy)
        # The indicator first, then sorting on: one sort of the table, not two (issue 15).
        self.table.horizontalHeader().setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Action plan"))
        self.table.cards_dropped.connect(self.create_actions_from_cards)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.due_delegate = DateDelegate(today, self.table)
        self._delegates = {
            OWNER: ChoiceDelegate(self.model.owner_choices, self.table),
            DUE: self.due_delegate,
            PRIORITY: ChoiceDelegate(lambda: [(texts.priority_label(p.value), p.value)
                                              for p in Priority], self.table),
            STATUS: ChoiceDelegate(lambda: [(texts.status_label(s.value), s.value)
                                            for s in ActionStatus], self.table),
            STAGE: ChoiceDelegate(self.model.stage_choices, self.table),
            IMPACT: ScaleDelegate(self.table),
            EFFORT: ScaleDelegate(self.table),
        }
        for column, delegate in self._delegates.items():
            self.table.setItemDelegateForColumn(column, delegate)
        self.due_delegate.rejected.connect(edits.message)
        # The rows re-sort and re-filter once the user is done with a row, never under an
        # open editor or the cursor: see _settle().
        self._unsettled = False
        self.model.dataChanged.connect(self._data_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._settle_soon(row_left=True))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.table.delete_pressed.connect(self.remove_selected)

        self.new_button = QPushButton(self.tr("New action"))
        self.new_button.clicked.connect(lambda: self.new_action())
        self.owner_filter = QComboBox()
        self.status_filter = QComboBox()
        self.stage_filter = QComboBox()
        self.overdue_filter = QCheckBox(self.tr("Overdue only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        for combo, name in ((self.owner_filter, self.tr("Filter by owner")),
                            (self.status_filter, self.tr("Filter by status")),
                            (self.stage_filter, self.tr("Filter by stage"))):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _i: self._apply_filters())
        self.overdue_filter.toggled.connect(lambda _on: self._apply_filters())
        self.search.textChanged.connect(lambda _t: self._apply_filters())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        edits.message.connect(self.message.setText)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("Show:")))
        for widget in (self.owner_filter, self.status_filter, self.stage_filter,
                       self.overdue_filter):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self.setWidget(body)
        self.new_button.setEnabled(not document.read_only)
        self._fill_filters()
        self._update_summary()
        self._size_columns()
        document.changed.connect(self._on_changed)

    # --- filters -----------------------------------------------------------------------

    def _fill_filters(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.clear()
            for label, value in items:
                combo.addItem(label, value)
            at = next((i for i, (_l, v) in enumerate(items) if v == current), 0)
            combo.setCurrentIndex(at)

        owners: list[tuple[str, object]] = [(self.tr("Every owner"), "any"),
                                              (texts.no_owner_text(), "none")]
        owners += [(p.name, p.id) for p in self.model.owners.values()]
        refill(self.owner_filter, owners)
        self.owner_filter.setItemIcon(1, texts.warning_icon())
        refill(self.status_filter, [(self.tr("Every status"), "any"),
                                    (self.tr("Open or in progress"), ACTIVE),
                                    *((texts.status_label(s.value), s.value) for s in ActionStatus)])
        stages: list[tuple[str, object]] = [(self.tr("Every stage"), "any"),
                                              (self.tr("No stage"), "none")]
        shown = {s.id for s in self.document.rows(Stage, map_id=self.map_id)} \
            if self.map_id is not None else set()
        ordered = sorted(self.model.stage_names.items(), key=lambda item: item[0] not in shown)
        stages += [(name, stage_id) for stage_id, name in ordered]
        refill(self.stage_filter, stages)

    def set_map(self, map_id: int | None) -> None:
        """The window shows another journey map: its stages come first in the stage filter."""
        if map_id != self.map_id:
            self.map_id = map_id
            self._fill_filters()

    def _apply_filters(self) -> None:
        def choice(value: object) -> object:
            return ANY if value == "any" else None if value == "none" else value

        status = self.status_filter.currentData()
        self.proxy.set_filters(owner=choice(self.owner_filter.currentData()),
                               status=None if status == "any" else status,
                               stage=choice(self.stage_filter.currentData()),
                               overdue_only=self.overdue_filter.isChecked(),
                               text=self.search.text().strip())
        self._update_summary()

    def set_filter(self, owner: object = "any", status: object = "any", stage: object = "any",
                   overdue_only: bool = False, text: str = "") -> None:
        """Set the filter widgets ("any", "none" or an id / status) and apply them."""
        for combo, value in ((self.owner_filter, owner), (self.status_filter, status),
                             (self.stage_filter, stage)):
            at = combo.findData(value)
            combo.setCurrentIndex(max(at, 0))
        self.overdue_filter.setChecked(overdue_only)
        self.search.setText(text)
        self._apply_filters()

    # --- refresh -----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("participant") or changes.touches("stage") \
                or changes.touches("journey_map"):
            self._fill_filters()
        if changes.touches("action_item") or changes.touches("participant"):
            self._update_summary()

    def _data_changed(self) -> None:
        self._unsettled = True
        self._settle_soon()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._unsettled and not self._in_table(new):
            self._settle_soon()

    def _in_table(self, widget: QWidget | None) -> bool:
        # Parents, not isAncestorOf: an editor's calendar popup is a window of its own.
        while widget is not None:
            if widget is self.table:
                return True
            widget = widget.parentWidget()
        return False

    def _settle_soon(self, row_left: bool = False) -> None:
        QTimer.singleShot(0, self, lambda: self._settle(row_left))

    def _settle(self, row_left: bool = False) -> None:
        """Re-sort and re-filter after edits once the user is done with the row: not while an
        editor is open, nor while the cursor stays on its row in the table."""
        if not self._unsettled or self.table.state() == QAbstractItemView.State.EditingState:
            return
        if not row_left and self._in_table(QApplication.focusWidget()):
            return
        self._unsettled = False
        self.model.sort(self.model.sort_column, self.model.sort_order)
        self.proxy.invalidate()
        self._update_summary()

    def _update_summary(self) -> None:
        actions = self.model.actions()
        today = self.today()
        unowned = sum(1 for a in actions if a.owner_id is None)
        overdue = sum(1 for a in actions if is_overdue(a, today))
        parts = [self.tr("%n action(s)", "", len(actions))]
        if self.proxy.rowCount() != len(actions):
            parts.append(self.tr("%n shown", "", self.proxy.rowCount()))
        parts.append(self.tr("%n without an owner", "", unowned))
        parts.append(self.tr("%n overdue", "", overdue))
        self.summary.setText(" · ".join(parts))

    def _size_columns(self) -> None:
        widths = {TITLE: 280, OWNER: 150, DUE: 175, PRIORITY: 90, STATUS: 110, STAGE: 130,
                  CARD: 200, IMPACT: 60, EFFORT: 60, DETAIL: 200}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    # --- selection ---------------------------------------------------------------------

    def proxy_index(self, action_id: int, column: int = TITLE) -> QModelIndex:
        row = self.model.row_of(action_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, column))

    def select_action(self, action_id: int, edit_column: int | None = None) -> None:
        index = self.proxy_index(action_id, edit_column if edit_column is not None else TITLE)
        if not index.isValid():
            # A new action hidden by a filter would look lost: show everything instead.
            self.set_filter()
            index = self.proxy_index(action_id, edit_column if edit_column is not None else TITLE)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.table.setCurrentIndex(index)
        if edit_column is not None and self.table.isVisible():
            self.table.edit(index)

    def selected_action_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(r, ACTION_ID_ROLE) for r in rows]

    # --- entry points ------------------------------------------------------------------

    def new_action(self, title: str | None = None, **fields: object) -> int | None:
        """A new action from scratch; its title opens for typing."""
        action_id = self.edits.add_action(title or self.tr("New action"), **fields)
        if action_id is not None:
            self.show()
            self.raise_()
            self.select_action(action_id, TITLE)
        return action_id

    def create_action_from_card(self, card_id: int) -> int | None:
        """An action linked to the card (and its stage), titled with its text; the owner list
        opens next, because an action without an owner is what this plan exists to avoid."""
        fields = self.edits.action_from_card_fields(card_id)
        if fields is None:
            return None
        action_id = self.edits.add_action(**fields)
        if action_id is not None:
            self.show()
            self.raise_()
            self.select_action(action_id, OWNER)
        return action_id

    def create_actions_from_cards(self, card_ids: list[int]) -> list[int]:
        if len(card_ids) == 1:
            made = self.create_action_from_card(card_ids[0])
            return [made] if made is not None else []
        fields = [f for f in (self.edits.action_from_card_fields(c) for c in card_ids) if f]
        ids = self.edits.add_actions(fields)
        if ids:
            self.select_action(ids[0])
        return ids

    def remove_selected(self) -> None:
        ids = self.selected_action_ids()
        if not ids:
            return
        if len(ids) == 1:
            self.edits.attempt(self.document.remove_action, ids[0])
            return
        with self.edits.one_step(self.tr("Remove actions")):
            for action_id in ids:
                self.edits.attempt(self.document.remove_action, action_id)
