"""DateInput: a date typed the way the user writes dates (cxworkshop.model.dates) or picked
from a calendar (Alt+Down, F4 or the calendar button). Empty means "no date".

Unlike QDateEdit, nothing is read section by section: what was typed is read as a whole when
the user leaves the field or presses Enter or Tab, then shown back in full (15/1/27 becomes
15/01/2027) so the room sees what was understood. Text that is not a date is kept for fixing,
marked, and explained in a translated sentence (`rejected`); the value does not change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from cxworkshop.model.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    DateInputError,
    DateProblem,
    format_date,
    parse_date,
)
from cxworkshop.ui.plan import texts

_EXAMPLE = date(2027, 1, 15)
_INVALID_STYLE = "QLineEdit { border: 2px solid #b00020; }"


class DateInput(QLineEdit):
    value_changed = Signal(object)  # the new date, or None for "no date"
    rejected = Signal(str)  # why the typed text is not a date (translated)

    def __init__(self, value: date | None = None, parent: QWidget | None = None,
                 allow_empty: bool = True, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.order = texts.date_order()
        self.allow_empty = allow_empty
        self.today = today
        self._value: date | None = None
        self.problem = ""  # the sentence shown while the text is not a date
        self.check_on_leave = True  # False once the edit is cancelled (Esc in a table cell)
        self.setPlaceholderText(self.pattern_text())
        self.setClearButtonEnabled(allow_empty)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Pick from the calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self.set_value(value)

    # --- the value ---------------------------------------------------------------------

    def value(self) -> date | None:
        """The last date accepted (typed text is read by check(), on leaving or Enter)."""
        return self._value

    def set_value(self, value: date | None) -> None:
        self._value = value
        self.setText(format_date(value, self.order) if value is not None else "")
        self._show_problem("")

    def check(self) -> bool:
        """Read the typed text: True and the value updated if it is a date (or empty, when
        allowed); False, the value unchanged and the reason shown if not."""
        text = self.text()
        try:
            parsed = parse_date(text, self.order, self.today())
        except DateInputError as error:
            self._reject(self.explain(error.problem, text))
            return False
        if parsed is None and not self.allow_empty:
            self._reject(self.tr("A date is needed here: type it as %1, for example %2.")
                         .replace("%1", self.pattern_text()).replace("%2", self.example()))
            return False
        changed = parsed != self._value
        self.set_value(parsed)
        if changed:
            self.value_changed.emit(parsed)
        return True

    def is_valid(self) -> bool:
        try:
            parsed = parse_date(self.text(), self.order, self.today())
        except DateInputError:
            return False
        return parsed is not None or self.allow_empty

    # --- words -------------------------------------------------------------------------

    def pattern_text(self) -> str:
        if self.order == DAY_FIRST:
            return self.tr("dd/mm/yyyy")
        if self.order == MONTH_FIRST:
            return self.tr("mm/dd/yyyy")
        return self.tr("yyyy-mm-dd")

    def example(self) -> str:
        return format_date(_EXAMPLE, self.order)

    def explain(self, problem: DateProblem, text: str) -> str:
        if problem is DateProblem.NO_SUCH_DAY:
            return (self.tr("There is no day “%1”: check the day, month and year.")
                    .replace("%1", text.strip()))
        return (self.tr("“%1” is not a date: type it as %2, for example %3.")
                .replace("%1", text.strip()).replace("%2", self.pattern_text())
                .replace("%3", self.example()))

    def _reject(self, sentence: str) -> None:
        self._show_problem(sentence)
        self.rejected.emit(sentence)

    def _show_problem(self, sentence: str) -> None:
        self.problem = sentence
        self.setToolTip(sentence)
        self.setAccessibleDescription(sentence)
        self.setStyleSheet(_INVALID_STYLE if sentence else "")

    # --- keys and focus ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                    and mods & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.check():
            event.accept()  # a dialog's default button must not take a date that is wrong
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason and self.check_on_leave:
            self.check()
        super().focusOutEvent(event)

    # --- the calendar ------------------------------------------------------------------

    def open_calendar(self) -> None:
        """A calendar popup on the current (or typed) date; Enter or a click picks the day."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
            self.calendar.installEventFilter(self)
        start = self._value
        if self.is_valid():
            start = parse_date(self.text(), self.order, self.today()) or start
        start = start or self.today()
        self.calendar.setSelectedDate(texts.to_qdate(start))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        chosen = texts.from_qdate(day)
        changed = chosen != self._value
        self.set_value(chosen)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        if changed:
            self.value_changed.emit(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.calendar and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.calendar.hide()
            self.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return super().eventFilter(watched, event)
