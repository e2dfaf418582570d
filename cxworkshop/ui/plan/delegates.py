"""In-place editors of the action table: a list for owner, stage, priority and status, a date
picker with a calendar (and "No date"), and a 1-5 scale for impact and effort.

A choice is committed as soon as it is picked, so one click on the projector is one edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxworkshop.ui.plan import texts

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "No date"


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over (label, value) pairs given by `choices()` when the editor opens."""

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
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
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(texts.tr("No date"))
        editor.setDisplayFormat(texts.date_edit_format())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        # An action without a date opens on today: picking a date is what the user came for.
        editor.setDate(value if isinstance(value, QDate) and value.isValid()
                       else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        chosen = editor.date()
        model.setData(index, QDate() if chosen == NO_DATE else chosen, Qt.ItemDataRole.EditRole)


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
