"""The channel ownership register dock and its gap list (issue 17).

View > Channel register (Ctrl+Shift+C) shows a table with one line per channel: those the cards
use and those added by hand (model.channel_register). Owner and deputy are picked from the
participants in place, the short texts are typed in place, the procedure gets a wide
multi-line editor (Enter starts a new line; Tab, Ctrl+Enter or a click elsewhere keeps it,
Esc drops it). Every change is one document edit: one undo step, on disk when it returns.

Beside the table, the gaps (model.gaps) grouped by kind with their counts; a double-click goes
to what a gap is about: the channel's line, the card on the board, or the action in the plan.
The gaps are worked out again only while the dock is shown, once per burst of edits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.board import labels
from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model.channel_register import ChannelKey, RegisterLine
from cxworkshop.model.gaps import Gap, GapKind, count_by_kind, find_gaps, read_input
from cxworkshop.model.records import JourneyMap, Participant, Stage
from cxworkshop.ui.plan.delegates import ChoiceDelegate
from cxworkshop.ui.plan.edits import attempt_edit

if TYPE_CHECKING:
    from cxworkshop.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
P = ParamSpec("P")
R = TypeVar("R")

SHORTCUT = "Ctrl+Shift+C"  # C for channels; free in the window (tests/gui/test_window_keys.py)
CHANNEL, CARDS, OWNER, DEPUTY, COMPETENCES, PROCEDURE, SCOPE, RESPONSE_TIME = range(8)
NOBODY = 0  # the participant choice "nobody" (ids start at 1)
GAP_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChannelRegister", text)


def kind_title(kind: GapKind) -> str:
    return {
        GapKind.CHANNEL_WITHOUT_OWNER: _tr("Channels without an owner"),
        GapKind.TOUCHPOINT_WITHOUT_PROCEDURE: _tr("Touchpoints whose channel has no procedure"),
        GapKind.PAIN_POINT_WITHOUT_ACTION: _tr("Pain points without an action"),
        GapKind.ACTION_WITHOUT_DUE_DATE: _tr("Open actions without a due date"),
        GapKind.MOMENT_WITHOUT_OWNER: _tr("Moments of truth without an owner"),
        GapKind.HANDOFF_BETWEEN_DEPARTMENTS: _tr("Hand-offs between departments inside one stage"),
    }[kind]


def channel_label(line: RegisterLine) -> str:
    return labels.channel(line.channel) if line.channel else line.name


@dataclass(frozen=True, slots=True)
class _TextField:
    """A text column: how to read it from a line and the document edit that writes it."""

    read: Callable[[RegisterLine], str]
    write: Callable[[WorkshopDocument, ChannelKey, str], int]


_TEXT_FIELDS: dict[int, _TextField] = {
    COMPETENCES: _TextField(lambda line: line.competences,
                            lambda doc, key, text: doc.set_channel_entry(key, competences=text)),
    PROCEDURE: _TextField(lambda line: line.procedure,
                          lambda doc, key, text: doc.set_channel_entry(key, procedure=text)),
    SCOPE: _TextField(lambda line: line.scope, lambda doc, key, text: doc.set_channel_entry(key, scope=text)),
    RESPONSE_TIME: _TextField(lambda line: line.response_time,
                              lambda doc, key, text: doc.set_channel_entry(key, response_time=text)),
}


def _set_owner(doc: WorkshopDocument, key: ChannelKey, person: int | None) -> int:
    return doc.set_channel_entry(key, owner_id=person)


def _set_deputy(doc: WorkshopDocument, key: ChannelKey, person: int | None) -> int:
    return doc.set_channel_entry(key, deputy_id=person)


_PEOPLE_FIELDS: dict[int, tuple[Callable[[RegisterLine], int | None],
                                Callable[[WorkshopDocument, ChannelKey, int | None], int]]] = {
    OWNER: (lambda line: line.owner_id, _set_owner),
    DEPUTY: (lambda line: line.deputy_id, _set_deputy),
}


class RegisterModel(QAbstractTableModel):
    """The register's lines as a table; edits go to the document, refusals to `message`."""

    message = Signal(str)

    def __init__(self, document: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._lines: list[RegisterLine] = []
        self._people: dict[int, Participant] = {}
        # Read by the panel when first shown: opening a workshop reads no card for this dock.

    def reload(self) -> None:
        lines = self.document.register_lines()
        self._people = {person.id: person for person in self.document.rows(Participant)}
        if [line.key for line in lines] == [line.key for line in self._lines]:
            # Same lines: refresh in place so the selection and an open editor survive.
            self._lines = lines
            if lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, RESPONSE_TIME))
            return
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def line(self, row: int) -> RegisterLine:
        return self._lines[row]

    def row_of(self, key: ChannelKey) -> int:
        return next((n for n, line in enumerate(self._lines) if line.key == key), -1)

    def people_choices(self) -> list[tuple[str, int]]:
        people = sorted(self._people.values(), key=lambda p: (p.is_department, p.name.casefold()))
        return [(_tr("— nobody —"), NOBODY), *((person.name, person.id) for person in people)]

    def attempt(self, edit: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """One document edit; a refusal becomes a sentence on `message`, never an exception."""
        return attempt_edit(self.document, self.message.emit, edit, *args, **kwargs)

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else RESPONSE_TIME + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [_tr("Channel"), _tr("Cards"), _tr("Owner"), _tr("Deputy"), _tr("Competences"),
                _tr("Procedure"), _tr("Scope"), _tr("Response time")][section]

    def _person(self, person_id: int | None) -> str:
        person = self._people.get(person_id) if person_id is not None else None
        return person.name if person is not None else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CHANNEL:
                return channel_label(line)
            if column == CARDS:
                return line.cards
            if column in _PEOPLE_FIELDS:
                name = self._person(_PEOPLE_FIELDS[column][0](line))
                return name or (_tr("No owner") if column == OWNER else "—")
            if column in _TEXT_FIELDS:
                return " / ".join(part for part in _TEXT_FIELDS[column].read(line).splitlines() if part)
        if role == Qt.ItemDataRole.EditRole:
            if column == CHANNEL:
                return channel_label(line)
            if column in _PEOPLE_FIELDS:
                return _PEOPLE_FIELDS[column][0](line) or NOBODY
            if column in _TEXT_FIELDS:
                return _TEXT_FIELDS[column].read(line)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CHANNEL and line.by_hand:
                return _tr("Added by hand: no card names this channel.")
            if column == OWNER and line.owner_id is None:
                return _tr("Nobody answers for this channel yet: pick an owner.")
            if column in _TEXT_FIELDS and _TEXT_FIELDS[column].read(line):
                return _TEXT_FIELDS[column].read(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CARDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == OWNER and line.owner_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document.read_only or not index.isValid():
            return base
        column = index.column()
        if column in _TEXT_FIELDS or column in _PEOPLE_FIELDS or (
                column == CHANNEL and self._lines[index.row()].by_hand):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line, column = self._lines[index.row()], index.column()
        doc = self.document
        if column == CHANNEL and line.by_hand:
            name = str(value).strip()
            if name == line.name:
                return False
            return self.attempt(doc.set_channel_entry, line.key, name=name) is not None
        if column in _PEOPLE_FIELDS:
            read, write = _PEOPLE_FIELDS[column]
            person = int(value) if value else None
            if person == read(line):
                return False
            return self.attempt(write, doc, line.key, person) is not None
        if column in _TEXT_FIELDS:
            field = _TEXT_FIELDS[column]
            text = str(value if value is not None else "").strip()
            if text == field.read(line):
                return False
            return self.attempt(field.write, doc, line.key, text) is not None
        return False


class ProcedureDelegate(QStyledItemDelegate):
    """The procedure: a wide multi-line editor over the cell. Enter is a new line; Tab,
    Ctrl+Enter or leaving the editor keeps the text; Esc drops it."""

    MIN_WIDTH = 420
    HEIGHT = 150

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setObjectName("procedure-editor")
        editor.setTabChangesFocus(True)
        editor.setPlaceholderText(_tr("Who answers, within how long, who escalates and to whom"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        if editor.toPlainText() != index.data(Qt.ItemDataRole.EditRole):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        # Wider and taller than the cell, kept inside the table's viewport.
        cell = option.rect
        parent = editor.parentWidget()
        area = parent.rect() if parent is not None else cell
        width = min(max(cell.width(), self.MIN_WIDTH), area.width())
        height = min(max(cell.height(), self.HEIGHT), area.height())
        left = max(0, min(cell.left(), area.right() - width))
        top = max(0, min(cell.top(), area.bottom() - height))
        editor.setGeometry(QRect(left, top, width, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QPlainTextEdit) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)


class GapsPanel(QWidget):
    """The gaps by kind, each with its count; a double-click (or Enter) asks to go there."""

    activated = Signal(object)  # Gap

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)
        self.tree.setAccessibleName(_tr("Gaps"))
        self.tree.setToolTip(_tr("Double-click a gap to go to its channel, card or action."))
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"<b>{_tr('Gaps')}</b>")
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_gaps(self, gaps: list[Gap], describe: Callable[[Gap], str]) -> None:
        expanded = {group.data(0, GAP_ROLE) for group in self._groups() if group.isExpanded()}
        self.tree.clear()
        counts = count_by_kind(gaps)
        total = sum(counts.values())
        self.summary.setText(self.tr("%n gap(s): advice, not errors.", "", total) if total
                             else _tr("No gaps: every channel, pain point and moment of truth has "
                                      "someone in charge."))
        for kind, n in counts.items():
            if not n:
                continue
            group = QTreeWidgetItem([f"{kind_title(kind)} ({n})"])
            group.setData(0, GAP_ROLE, kind.value)
            group.setToolTip(0, group.text(0))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for gap in gaps:
                if gap.kind == kind:
                    item = QTreeWidgetItem([describe(gap)])
                    item.setData(0, GAP_ROLE, gap)
                    item.setToolTip(0, describe(gap))
                    group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(kind.value in expanded or not expanded)

    def _groups(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [group for group in found if group is not None]

    def group_titles(self) -> list[str]:
        return [group.text(0) for group in self._groups()]

    def gap_items(self) -> list[QTreeWidgetItem]:
        found = (group.child(n) for group in self._groups() for n in range(group.childCount()))
        return [item for item in found if item is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        gap = item.data(0, GAP_ROLE)
        if isinstance(gap, Gap):
            self.activated.emit(gap)


class RegisterPanel(QWidget):
    """The dock's content for one open workshop: the register table and the gaps."""

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = RegisterModel(document, self)
        self.table = QTableView()
        self.table.setObjectName("channel-register-table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Channel register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((CHANNEL, 130), (CARDS, 56), (OWNER, 130), (DEPUTY, 120), (COMPETENCES, 170),
                              (PROCEDURE, 260), (SCOPE, 140)):
            self.table.setColumnWidth(column, width)
        self.people = ChoiceDelegate(self.model.people_choices, self.table)
        self.procedure = ProcedureDelegate(self.table)
        for column in (OWNER, DEPUTY):
            self.table.setItemDelegateForColumn(column, self.people)
        self.table.setItemDelegateForColumn(PROCEDURE, self.procedure)
        self.add_line = QLineEdit()
        self.add_line.setPlaceholderText(_tr("A channel the cards do not name (e.g. Google reviews) — Enter adds"))
        self.add_line.setAccessibleName(_tr("Add a channel"))
        self.add_line.returnPressed.connect(self.add_from_line)
        self.remove_button = QPushButton(_tr("Remove channel"))
        self.remove_button.setToolTip(_tr("Remove the selected channel added by hand (or one no card uses any more)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.model.message.connect(self.hint.setText)
        row = QHBoxLayout()
        row.addWidget(self.add_line, 1)
        row.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addLayout(row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.hint)
        self.gaps = GapsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.gaps)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # the gap titles stay readable on a 1280 px screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        for widget in (self.add_line, self.remove_button):
            widget.setEnabled(not document.read_only)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_remove())
        self._update_remove()
        self._stale = True  # the gaps: worked out when shown, once per burst of edits
        self._lines_stale = True  # the table: read when shown (first, or after edits meanwhile)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(250)  # typing on the board does not redo the gaps per key
        self._refresh.timeout.connect(self.refresh)
        document.changed.connect(self._on_changed)

    # --- keeping up with the document ----------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        card_shape = bool(changes.inserted.get("card") or changes.deleted.get("card")
                          or changes.columns.get("card", set()) & {"channel", "kind"})
        if card_shape or changes.touches("channel_owner") or changes.touches("participant"):
            # Reading every card costs ~60 ms at 10,000 cards: not for a dock nobody sees.
            if self.isVisible():
                self.model.reload()
                self._update_remove()
            else:
                self._lines_stale = True
        if changes.tables() & {"card", "action_item", "stage", "channel_owner", "participant"}:
            self._stale = True
            if self.isVisible():
                self._refresh.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ensure_lines()
        if self._stale:
            QTimer.singleShot(0, self, self._refresh_if_stale)  # at once when shown

    def ensure_lines(self) -> None:
        """Read the table's lines if they are not read yet or edits came while it was hidden."""
        if self._lines_stale:
            self._lines_stale = False
            self.model.reload()
            self._update_remove()

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self._refresh.stop()
            self.refresh()

    def stop(self) -> None:
        self._refresh.stop()
        self._stale = False

    def refresh(self) -> None:
        """Work out the gaps again and show them."""
        self._stale = False
        maps = {journey.id: journey.name for journey in self.document.rows(JourneyMap)}
        # With several maps, a stage says which map it is on ("Future state · Support").
        self.stage_names = {stage.id: f"{maps[stage.map_id]} · {stage.name}" if len(maps) > 1 else stage.name
                            for stage in self.document.rows(Stage)}
        self.lines = {line.key: line for line in self.document.register_lines()}
        self.gaps.show_gaps(find_gaps(read_input(self.document)), self.describe)

    def describe(self, gap: Gap) -> str:
        """One gap in a line: the channel, the stage and card, the action, or the departments."""
        stage = self.stage_names.get(gap.stage_id) if gap.stage_id is not None else None
        where = f"{stage}: " if stage else ""
        text = " ".join(gap.subject.split())
        if len(text) > 90:
            text = text[:89] + "…"
        if gap.kind == GapKind.CHANNEL_WITHOUT_OWNER and gap.channel is not None:
            line = self.lines.get(gap.channel)
            return channel_label(line) if line is not None else text
        if gap.kind == GapKind.ACTION_WITHOUT_DUE_DATE:
            return text
        if gap.kind == GapKind.HANDOFF_BETWEEN_DEPARTMENTS:
            return f"{where}{' → '.join(gap.departments)}"
        if gap.kind == GapKind.TOUCHPOINT_WITHOUT_PROCEDURE and gap.channel is not None \
                and gap.channel.channel:
            return f"{where}{text} ({labels.channel(gap.channel.channel)})"
        return f"{where}{text}"

    # --- commands --------------------------------------------------------------------------

    def selected_line(self) -> RegisterLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line(rows[0].row()) if rows else None

    def _update_remove(self) -> None:
        line = self.selected_line()
        removable = line is not None and line.row is not None and (line.by_hand or line.cards == 0)
        self.remove_button.setEnabled(removable and not self.document.read_only)

    def select_line(self, key: ChannelKey) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            index = self.model.index(row, OWNER)
            self.table.selectRow(row)
            self.table.scrollTo(index)
            self.table.setCurrentIndex(index)
            self.table.setFocus()

    def add_from_line(self) -> int | None:
        name = self.add_line.text().strip()
        if not name:
            return None
        new_id = self.model.attempt(self.document.add_channel, name)
        if new_id is not None:
            self.add_line.clear()
            self.hint.clear()
            self.select_line(ChannelKey(register_id=new_id))
        return new_id

    def remove_selected(self) -> int | None:
        line = self.selected_line()
        if line is None or line.row is None:
            return None
        return self.model.attempt(self.document.remove_channel, line.row.id)


class RegisterDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Channel register"), parent)
        self.setObjectName("channel-register")
        self.panel: RegisterPanel | None = None
        self.empty = QLabel(_tr("Open a workshop to see its channel register."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.empty)


class RegisterUi(QObject):
    """The dock, its View menu entry, and going to what a gap is about."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = RegisterDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.act_toggle: QAction = self.dock.toggleViewAction()
        self.act_toggle.setText(_tr("Channel re&gister"))
        self.act_toggle.setShortcut(QKeySequence(SHORTCUT))
        self.act_toggle.setToolTip(_tr("Who owns each channel, and the gaps in the plan"))
        self.act_toggle.setStatusTip(self.act_toggle.toolTip())
        self.act_toggle.setEnabled(False)
        self.act_toggle.toggled.connect(self._toggled)
        view = self._view_menu()
        if view is not None:
            view.insertAction(window.act_full, self.act_toggle)
        window.addAction(self.act_toggle)  # reachable while the menu bar is hidden

    def _view_menu(self) -> Any:
        title = QCoreApplication.translate("MainWindow", "&View")
        for action in self.window.menuBar().actions():
            if action.text() == title and action.menu() is not None:
                return action.menu()
        return None

    @property
    def panel(self) -> RegisterPanel | None:
        return self.dock.panel

    def set_document(self, document: WorkshopDocument | None) -> None:
        """Show the register of `document` (None: no workshop; the dock empties)."""
        old = self.dock.panel
        self.dock.panel = None
        self.dock.setWidget(self.dock.empty if document is None else QWidget())
        if old is not None:
            old.document.changed.disconnect(old._on_changed)
            old.stop()  # a refresh already queued must not read a file about to close
            old.deleteLater()
        self.act_toggle.setEnabled(document is not None)
        if document is None:
            return
        panel = RegisterPanel(document)
        panel.gaps.activated.connect(self.go_to)
        panel.model.message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.dock.panel = panel
        self.dock.setWidget(panel)
        plan_dock = self.window.plan.action_plan_dock
        if plan_dock is not None and self.window.dockWidgetArea(plan_dock) == \
                self.window.dockWidgetArea(self.dock):
            self.window.tabifyDockWidget(plan_dock, self.dock)

    def show_register(self) -> RegisterPanel | None:
        """View > Channel register, shown and on top."""
        self.dock.show()
        self._bring_up()
        if self.dock.panel is not None:
            self.dock.panel.ensure_lines()  # also before the window itself is on screen
        return self.dock.panel

    def _toggled(self, shown: bool) -> None:
        if shown:  # after the dock has been shown: raising a hidden tab does nothing
            QTimer.singleShot(0, self, self._bring_up)

    def _bring_up(self) -> None:
        if not self.dock.isVisible():
            return
        self.dock.raise_()
        # Tall enough for a few lines and the procedure's editor, even on a 1280x720 projector.
        wanted = max(240, self.window.height() * 2 // 5)
        area = self.window.dockWidgetArea(self.dock)
        if not self.dock.isFloating() and self.dock.height() < wanted and area in (
                Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea):
            self.window.resizeDocks([self.dock], [wanted], Qt.Orientation.Vertical)

    def go_to(self, gap: Gap) -> None:
        """A double-clicked gap: its channel's line, its action in the plan, or its cards."""
        panel, w = self.dock.panel, self.window
        if panel is None:
            return
        if gap.kind == GapKind.CHANNEL_WITHOUT_OWNER and gap.channel is not None:
            panel.select_line(gap.channel)
        elif gap.action_id is not None:
            w.plan.show_action_plan()
            if w.plan.action_plan_dock is not None:
                w.plan.action_plan_dock.select_action(gap.action_id)
        elif gap.card_ids and w.scene is not None and w.view is not None:
            stage = panel.document.row(Stage, gap.stage_id) if gap.stage_id is not None else None
            if stage is not None and stage.map_id != w.scene.map_id:
                w.maps.choose(stage.map_id)
            w.scene.select_cards(gap.card_ids)
            first = w.scene.cards.get(gap.card_ids[0])
            if first is not None:
                w.view.centerOn(first)
            w.view.setFocus()


def install_register_ui(window: MainWindow) -> RegisterUi:
    """The channel register dock and its View menu entry (set_document follows the window's file)."""
    return RegisterUi(window)
