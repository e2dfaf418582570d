"""In-place editors of the action table: a list for owner, stage, priority and status, a typed
date with a calendar (empty: no date), and a 1-5 scale for impact and effort.

A choice picked from the open list is committed at once, so one click on the projector is one
edit; with the keyboard, arrows and letters move through the list and Enter or Tab commits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxworkshop.ui.plan import texts
from cxworkshop.ui.plan.date_input import DateInput

Index = QModelIndex | QPersistentModelIndex


class _ChoiceEditor(QComboBox):
    """A combo box that knows whether its last choice came from its open list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picked_from_list = False

    def showPopup(self) -> None:
        self.picked_from_list = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # A pick emits `activated` right after this; a list closed with Esc picks nothing.
        QTimer.singleShot(0, self, self._forget_pick)

    def _forget_pick(self) -> None:
        self.picked_from_list = False


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over (label, value) pairs given by `choices()` when the editor opens."""

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = _ChoiceEditor(parent)
        for label, value in self.choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: _ChoiceEditor) -> None:
        # Arrow keys and typed letters also emit `activated`; only a pick from the open
        # list ends the edit, so the keyboard can browse and then press Enter or Tab.
        if not combo.picked_from_list:
            return
        combo.picked_from_list = False
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """The due date, typed as the user writes dates or picked from a calendar (DateInput).

    Enter, Tab and Shift+Tab commit only a real date (or an empty field: no date); otherwise
    the editor stays open with the reason shown and sent on `rejected`. Leaving the editor
    with text that is not a date changes nothing.
    """

    rejected = Signal(str)

    def __init__(self, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateInput(None, parent, today=self.today)
        editor.rejected.connect(self.rejected)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateInput)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_value(texts.from_qdate(value) if isinstance(value, QDate) else None)
        editor.selectAll()  # typing replaces the date, as in any other cell

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateInput)
        if not editor.check():
            return  # not a date: nothing changes, and check() said why
        chosen = editor.value()
        model.setData(index, texts.to_qdate(chosen), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, DateInput) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape):
            watched.check_on_leave = False  # cancelled: no word about the text left behind
        if (isinstance(watched, DateInput) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                                    Qt.Key.Key_Backtab)
                and not watched.check()):
            return True  # stay in the editor until the date is one
        return super().eventFilter(watched, event)


class ScaleDelegate(QStyledItemDelegate):
    """Impact or effort: 1 to 5, or "—" (0) for not rated."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 5)
        editor.setSpecialValueText("—")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
