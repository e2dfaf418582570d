"""The Results panel (issue 17): every measure in a table editable in place, and for the selected
one its trend chart, its dated measurements (editable in place, dates typed with DateInput)
and the actions meant to move it.

Every change goes through WorkshopDocument's typed measure edits, one undo step each; a refused
value (not a number, Inf, a custom measure without a unit...) shows its translated sentence
under the tables and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import ChangeSet, EditRejected, WorkshopDocument, WorkshopFileError
from cxworkshop.model.enums import ActionStatus, CardKind, MeasureKind
from cxworkshop.model.measures import (
    Series,
    format_value,
    kind_label,
    measure_series,
    parse_value,
    unit_of,
)
from cxworkshop.model.records import (
    ActionItem,
    Card,
    JourneyMap,
    Measure,
    MeasureAction,
    Measurement,
    Meeting,
    Participant,
    Stage,
)
from cxworkshop.ui.plan import texts
from cxworkshop.ui.plan.date_input import DateInput
from cxworkshop.ui.plan.delegates import ChoiceDelegate, DateDelegate
from cxworkshop.ui.results.trend import TrendChart
from cxworkshop.ui.table_keys import claims_own_key, is_delete

P = ParamSpec("P")
R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
VALUE = Qt.ItemDataRole.UserRole  # the stored value of a cell (its text is only what shows)

_WATCHED = {"measure", "measurement", "measure_action", "meeting", "participant", "stage", "card",
            "action_item", "journey_map"}

NAME, KIND, UNIT, PLACE, OWNER, BASELINE, LATEST, TARGET = range(8)
M_DATE, M_VALUE, M_MEETING, M_NOTE = range(4)


class _ValueChoice(ChoiceDelegate):
    """A choice stored in VALUE: a table widget keeps one text for display and edit."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(VALUE)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE)


class _ShortDate(DateDelegate):
    """The measurement's date, shown as the plan shows dates."""

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return texts.short_date(texts.from_qdate(value)) if isinstance(value, QDate) else ""


class KeyTable(QTableWidget):
    """A table that keeps Delete and F2 for itself: as window shortcuts they would delete or
    edit the cards selected on the board."""

    delete_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        return claims_own_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_delete(self, event):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def select_row(table: QTableWidget, row: int) -> None:
    """Select the whole row and make it current. QTableView.selectRow picks the column at the
    viewport's left edge, so it selects nothing while the dock has not been laid out yet."""
    index = table.model().index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    table.selectionModel().setCurrentIndex(index, flags)


def place_key(stage_id: int | None, card_id: int | None) -> str:
    """The one value of the "stage or touchpoint" column: s<id>, c<id> or empty."""
    if card_id is not None:
        return f"c{card_id}"
    return f"s{stage_id}" if stage_id is not None else ""


class ResultsPanel(QWidget):
    message = Signal(str)  # why an edit did not happen, for the status bar too

    def __init__(self, document: WorkshopDocument, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today
        self.series: list[Series] = []
        self._filling = False
        self._places: list[tuple[str, str]] = []
        self._people: list[tuple[str, Any]] = []
        self._meetings: list[tuple[str, Any]] = []

        self.add_button = QPushButton(self.tr("Add measure"))
        self.add_button.clicked.connect(lambda: self.add_measure())
        self.delete_button = QPushButton(self.tr("Delete measure"))
        self.delete_button.clicked.connect(lambda: self.delete_measure())
        self.kind_choice = QComboBox()
        self.kind_choice.setAccessibleName(self.tr("Kind of the new measure"))
        for kind in MeasureKind:
            self.kind_choice.addItem(kind_label(kind.value), kind.value)

        self.table = KeyTable(0, 8)
        self.table.delete_pressed.connect(lambda: self.delete_measure())
        self.table.setHorizontalHeaderLabels([
            self.tr("Measure"), self.tr("Kind"), self.tr("Unit"), self.tr("Stage or touchpoint"),
            self.tr("Owner"), self.tr("Baseline"), self.tr("Latest"), self.tr("Target")])
        self.table.setAccessibleName(self.tr("Measures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(KIND, _ValueChoice(
            lambda: [(kind_label(k.value), k.value) for k in MeasureKind], self.table))
        self.table.setItemDelegateForColumn(PLACE, _ValueChoice(lambda: self._places, self.table))
        self.table.setItemDelegateForColumn(OWNER, _ValueChoice(lambda: self._people, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._measure_edited)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.chart = TrendChart()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.taken_on = DateInput(today(), allow_empty=False, today=today)
        self.taken_on.setAccessibleName(self.tr("Date of the measurement"))
        self.taken_on.setMinimumWidth(self.taken_on.fontMetrics().horizontalAdvance("00/00/00000") + 44)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("Value"))
        self.value.setMaximumWidth(110)
        self.value.setAccessibleName(self.tr("Value of the measurement"))
        self.value.returnPressed.connect(lambda: self.add_measurement())
        self.add_value_button = QPushButton(self.tr("Add measurement"))
        self.add_value_button.clicked.connect(lambda: self.add_measurement())
        self.delete_value_button = QPushButton(self.tr("Delete measurement"))
        self.delete_value_button.clicked.connect(lambda: self.delete_measurement())
        self.values = KeyTable(0, 4)
        self.values.delete_pressed.connect(lambda: self.delete_measurement())
        self.values.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value"),
                                               self.tr("Meeting"), self.tr("Note")])
        self.values.setAccessibleName(self.tr("Measurements"))
        self.values.verticalHeader().hide()
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.date_delegate = _ShortDate(today, self.values)
        self.date_delegate.rejected.connect(self._refuse)
        self.values.setItemDelegateForColumn(M_DATE, self.date_delegate)
        self.values.setItemDelegateForColumn(M_MEETING, _ValueChoice(lambda: self._meetings,
                                                                     self.values))
        vheader = self.values.horizontalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vheader.setSectionResizeMode(M_NOTE, QHeaderView.ResizeMode.Stretch)
        self.values.itemChanged.connect(self._measurement_edited)
        self.actions_list = QListWidget()
        self.actions_list.setAccessibleName(self.tr("Actions meant to move this measure"))
        self.actions_list.itemChanged.connect(self._link_toggled)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        # Refreshes wait for the event loop: a table is never refilled inside its own edit.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)

        self.kind_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_choice.setMinimumContentsLength(6)
        top = QHBoxLayout()
        top.addWidget(self.kind_choice)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 2)
        # The links under the measures: the right side keeps its height for the values.
        left_layout.addWidget(QLabel(self.tr("Actions meant to move the selected measure:")))
        left_layout.addWidget(self.actions_list, 1)
        # Two rows, so the dock fits beside the palette on a 1024-pixel screen.
        entry = QGridLayout()
        entry.addWidget(self.taken_on, 0, 0)
        entry.addWidget(self.value, 0, 1)
        entry.addWidget(self.add_value_button, 1, 0)
        entry.addWidget(self.delete_value_button, 1, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.chart, 3)
        right_layout.addLayout(entry)
        right_layout.addWidget(self.values, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problem)
        self._stale = True  # read when first shown (ensure_fresh), not at every opening of a file
        document.changed.connect(self._on_changed)

    def detach(self) -> None:
        """The workshop is closing: no refresh may read it any more (one may be pending)."""
        self._pending.stop()
        self.document.changed.disconnect(self._on_changed)
        self._pending.timeout.disconnect(self.refresh)

    # --- reading ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables() & _WATCHED:
            if self.isVisibleTo(self.window()):  # not closed, nor a tab behind another
                self._pending.start()
            else:
                self._stale = True  # read again when shown: a hidden dock costs no edit anything

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.ensure_fresh()
        super().showEvent(event)

    def ensure_fresh(self) -> None:
        """Read the file again if it changed while the dock was closed."""
        if self._stale:
            self.refresh()

    def selected_measure_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), NAME)
        return int(item.data(VALUE)) if item is not None else None

    def selected_series(self) -> Series | None:
        wanted = self.selected_measure_id()
        return next((s for s in self.series if s.measure.id == wanted), None)

    def refresh(self) -> None:
        doc = self.document
        self._stale = False
        keep = self.selected_measure_id()
        measures = doc.rows(Measure)
        # The touchpoints a measure may belong to, and the cards measures name: never the whole
        # board (a 5,000-card board would be read on every edit).
        touchpoints = {card.id: card for card in doc.rows(Card, kind=CardKind.TOUCHPOINT.value)}
        named = [card for card_id in {m.card_id for m in measures if m.card_id is not None}
                 if card_id not in touchpoints and (card := doc.row(Card, card_id)) is not None]
        cards = [*touchpoints.values(), *named]
        self.series = measure_series(measures, doc.rows(Measurement), cards,
                                     [(link.measure_id, link.action_id)
                                      for link in doc.rows(MeasureAction)])
        self._choices(cards)
        with self._quiet():
            self.table.setRowCount(len(self.series))
            for row, series in enumerate(self.series):
                self._fill_measure(row, series)
        if self.series:
            ids = [s.measure.id for s in self.series]
            select_row(self.table, ids.index(keep) if keep in ids else 0)
        self._show_selected()

    def _choices(self, cards: list[Card]) -> None:
        doc = self.document
        maps = doc.rows(JourneyMap)
        several = len(maps) > 1
        map_names = {m.id: m.name for m in maps}
        stages = [s for m in maps for s in doc.rows(Stage, map_id=m.id)]
        stage_names = {s.id: (f"{map_names.get(s.map_id, '')} › {s.name}" if several else s.name)
                       for s in stages}
        self._stage_names = stage_names
        self._places = [("—", "")]
        self._places += [(self.tr("Stage: %1").replace("%1", stage_names[s.id]), f"s{s.id}")
                         for s in stages]
        touchpoints = [c for c in cards if c.kind == CardKind.TOUCHPOINT and c.stage_id in stage_names]
        self._card_names = {c.id: c.text.splitlines()[0][:60] if c.text else f"#{c.id}"
                            for c in touchpoints}
        self._places += [(self.tr("Touchpoint: %1").replace("%1", self._card_names[c.id]), f"c{c.id}")
                         for c in touchpoints]
        people = doc.rows(Participant)
        self._person_names = {p.id: p.name for p in people}
        self._people = [(self.tr("No owner"), None)] + [(p.name, p.id) for p in people]
        meetings = sorted(doc.rows(Meeting), key=lambda m: m.number)
        self._meeting_names = {m.id: self.tr("%1 (%2)").replace("%1", m.title or str(m.number))
                               .replace("%2", texts.short_date(m.held_on)) for m in meetings}
        self._meetings = [(self.tr("No meeting"), None)] + [
            (self._meeting_names[m.id], m.id) for m in meetings]
        self._actions = sorted(doc.rows(ActionItem), key=lambda a: a.id)

    def place_text(self, measure: Measure) -> str:
        if measure.card_id is not None:
            name = self._card_names.get(measure.card_id)
            return self.tr("Touchpoint: %1").replace("%1", name) if name else "—"
        if measure.stage_id is not None and measure.stage_id in self._stage_names:
            return self.tr("Stage: %1").replace("%1", self._stage_names[measure.stage_id])
        return "—"

    def _fill_measure(self, row: int, series: Series) -> None:
        m = series.measure
        latest = series.latest
        cells = [
            (m.name, m.id), (kind_label(m.kind), m.kind), (unit_of(m), m.unit),
            (self.place_text(m), place_key(m.stage_id, m.card_id)),
            (self._person_names.get(m.owner_id, self.tr("No owner"))
             if m.owner_id is not None else self.tr("No owner"), m.owner_id),
            (format_value(m.baseline), m.baseline),
            (format_value(latest.value if latest else None), None),
            (format_value(m.target), m.target)]
        for column, (text, value) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(VALUE, value)
            if column in (BASELINE, LATEST, TARGET):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == LATEST:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if latest is not None:
                    item.setToolTip(texts.short_date(latest.taken_on))
            self.table.setItem(row, column, item)

    def _show_selected(self) -> None:
        series = self.selected_series()
        self.chart.set_series(series)
        has = series is not None
        for widget in (self.delete_button, self.add_value_button, self.delete_value_button,
                       self.value, self.taken_on):
            widget.setEnabled(has and not self.document.read_only)
        self.add_button.setEnabled(not self.document.read_only)
        if series is None:
            self.title.setText(self.tr("Add a measure to follow its trend."))
        else:
            m = series.measure
            self.title.setText(self.tr("%1 (%2): baseline %3, target %4")
                               .replace("%1", m.name).replace("%2", unit_of(m))
                               .replace("%3", format_value(m.baseline))
                               .replace("%4", format_value(m.target)))
        with self._quiet():
            points = list(reversed(series.points)) if series else []  # newest first
            self.values.setRowCount(len(points))
            for row, point in enumerate(points):
                self._fill_measurement(row, point)
            self.actions_list.clear()
            linked = set(series.action_ids) if series else set()
            for action in self._actions if series else []:
                done = action.status == ActionStatus.DONE
                text = action.title + (self.tr(" (done)") if done else "")
                item = QListWidgetItem(text)
                item.setData(VALUE, action.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if action.id in linked
                                   else Qt.CheckState.Unchecked)
                self.actions_list.addItem(item)

    def _fill_measurement(self, row: int, point: Measurement) -> None:
        date_item = QTableWidgetItem()
        date_item.setData(Qt.ItemDataRole.EditRole, texts.to_qdate(point.taken_on))
        date_item.setData(VALUE, point.id)
        value_item = QTableWidgetItem(format_value(point.value))
        value_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        meeting_item = QTableWidgetItem(self._meeting_names.get(point.meeting_id, "—")
                                        if point.meeting_id is not None else "—")
        meeting_item.setData(VALUE, point.meeting_id)
        note_item = QTableWidgetItem(point.note)
        for column, item in enumerate((date_item, value_item, meeting_item, note_item)):
            self.values.setItem(row, column, item)

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Fill the tables without taking the filling for the user's edits."""
        was, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = was

    # --- edits ------------------------------------------------------------------------

    def attempt(self, edit: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """edit(*args, **kwargs), a method of the document; None and the reason shown if refused."""
        try:
            result = edit(*args, **kwargs)
        except EditRejected as exc:
            self._refuse(str(exc))
            self._pending.start()  # the cell shows the stored value again
            return None
        except WorkshopFileError as exc:
            self._refuse(exc.message())
            return None
        self.problem.clear()
        return result

    def _refuse(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.message.emit(sentence)

    def _number(self, text: str) -> tuple[bool, float | None]:
        """(True, value) for a number or an empty cell; (False, None) with the reason shown."""
        try:
            return True, parse_value(text)
        except ValueError:
            self._refuse(self.tr("“%1” is not a number: type it as 45, 4.5 or -12.")
                         .replace("%1", text.strip()))
            self._pending.start()
            return False, None

    def add_measure(self, kind: str | None = None) -> int | None:
        """A new measure of the chosen kind, named after it, on the selected measure's stage."""
        chosen = kind or str(self.kind_choice.currentData())
        unit = self.tr("units") if chosen == MeasureKind.CUSTOM else ""
        new_id = self.attempt(self.document.add_measure, kind_label(chosen), chosen, unit)
        if new_id is not None:
            self.refresh()
            self.select_measure(new_id)
            self.table.setFocus()
        return new_id

    def delete_measure(self) -> int | None:
        measure_id = self.selected_measure_id()
        return None if measure_id is None else self.attempt(self.document.delete_measure, measure_id)

    def select_measure(self, measure_id: int) -> None:
        ids = [s.measure.id for s in self.series]
        if measure_id in ids:
            select_row(self.table, ids.index(measure_id))

    def _measure_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row_item = self.table.item(item.row(), NAME)
        if row_item is None:
            return
        measure_id = int(row_item.data(VALUE))
        doc, column = self.document, item.column()
        if column == NAME:
            self.attempt(doc.set_measure, measure_id, name=item.text())
        elif column == KIND:
            self.attempt(doc.set_measure, measure_id, kind=str(item.data(VALUE)))
        elif column == UNIT:
            self.attempt(doc.set_measure, measure_id, unit=item.text())
        elif column == PLACE:
            key = str(item.data(VALUE) or "")
            stage = int(key[1:]) if key.startswith("s") else None
            card = int(key[1:]) if key.startswith("c") else None
            self.attempt(doc.set_measure, measure_id, stage_id=stage, card_id=card)
        elif column == OWNER:
            owner = item.data(VALUE)
            self.attempt(doc.set_measure, measure_id, owner_id=int(owner) if owner else None)
        elif column in (BASELINE, TARGET):
            ok, value = self._number(item.text())
            if not ok:
                return
            if column == BASELINE:
                self.attempt(doc.set_measure, measure_id, baseline=value)
            else:
                self.attempt(doc.set_measure, measure_id, target=value)

    def add_measurement(self) -> int | None:
        """The date and value typed above the measurements, for the selected measure."""
        series = self.selected_series()
        if series is None:
            return None
        if not self.taken_on.check():
            self._refuse(self.taken_on.problem)
            return None
        ok, value = self._number(self.value.text())
        if not ok:
            return None
        if value is None:
            self._refuse(self.tr("Type the value measured first."))
            return None
        day = self.taken_on.value()
        assert day is not None  # allow_empty=False, checked above
        new_id = self.attempt(self.document.add_measurement, series.measure.id, day, value)
        if new_id is not None:
            self.value.clear()
        return new_id

    def delete_measurement(self) -> int | None:
        rows = self.values.selectionModel().selectedRows()
        if not rows:
            self._refuse(self.tr("Select the measurement to delete first."))
            return None
        item = self.values.item(rows[0].row(), M_DATE)
        if item is None:
            return None
        return self.attempt(self.document.delete_measurement, int(item.data(VALUE)))

    def _measurement_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        date_item = self.values.item(item.row(), M_DATE)
        if date_item is None:
            return
        point_id = int(date_item.data(VALUE))
        doc, column = self.document, item.column()
        if column == M_DATE:
            day = texts.from_qdate(item.data(Qt.ItemDataRole.EditRole))
            if day is None:
                self._refuse(self.tr("A measurement needs its date."))
                self._pending.start()
                return
            self.attempt(doc.set_measurement, point_id, taken_on=day)
        elif column == M_VALUE:
            ok, value = self._number(item.text())
            if not ok:
                return
            if value is None:
                self._refuse(self.tr("A measurement needs its value; to remove it, delete it."))
                self._pending.start()
                return
            self.attempt(doc.set_measurement, point_id, value=value)
        elif column == M_MEETING:
            meeting = item.data(VALUE)
            self.attempt(doc.set_measurement, point_id,
                         meeting_id=int(meeting) if meeting else None)
        elif column == M_NOTE:
            self.attempt(doc.set_measurement, point_id, note=item.text())

    def _link_toggled(self, item: QListWidgetItem) -> None:
        series = self.selected_series()
        if self._filling or series is None:
            return
        action_id = int(item.data(VALUE))
        if item.checkState() == Qt.CheckState.Checked:
            self.attempt(self.document.link_measure_action, series.measure.id, action_id)
        else:
            self.attempt(self.document.unlink_measure_action, series.measure.id, action_id)
