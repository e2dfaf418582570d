"""The palette: what can be dragged onto the board, and the drag data it carries.

An entry is a small dict ({"kind": ..., "channel": ..., "emotion": ...}) serialised as JSON
under PALETTE_MIME; `palette_mime()` builds the same QMimeData the palette drags, so tests
and keyboard users (Enter on an entry) go through exactly the path a mouse drop takes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.board import icons, labels
from cxworkshop.board.emotion import draw_face
from cxworkshop.model import EMOTION_MAX, EMOTION_MIN, CardKind, Channel

PALETTE_MIME = "application/x-cxworkshop-palette-entry"
STAGE_ENTRY = "stage"

# The order people see; customer actions and thoughts are there for completeness.
PALETTE_KINDS: list[str] = [
    STAGE_ENTRY,
    CardKind.TOUCHPOINT,
    CardKind.EMOTION,
    CardKind.PAIN_POINT,
    CardKind.OPPORTUNITY,
    CardKind.QUOTE,
    CardKind.MOMENT_OF_TRUTH,
    CardKind.BACKSTAGE,
    CardKind.NOTE,
    CardKind.CUSTOMER_ACTION,
    CardKind.THOUGHT,
]


def palette_mime(entry: dict) -> QMimeData:
    mime = QMimeData()
    mime.setData(PALETTE_MIME, json.dumps(entry).encode())
    return mime


def face_icon(score: int, size: int = 40) -> QIcon:
    from PySide6.QtCore import QRectF

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_face(painter, QRectF(2, 2, size - 4, size - 4), score)
    painter.end()
    return QIcon(pixmap)


class _EntryList(QListWidget):
    def __init__(self, palette: PaletteWidget) -> None:
        super().__init__()
        self._palette = palette
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setIconSize(QSize(32, 32))
        self.setSpacing(2)

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        kind = items[0].data(Qt.ItemDataRole.UserRole) if items else CardKind.NOTE.value
        return palette_mime(self._palette.entry_for(kind))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class PaletteWidget(QWidget):
    entry_activated = Signal(dict)  # Enter or double-click: add it to the current cell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _EntryList(self)
        self.list.setAccessibleName(self.tr("Card kinds: drag one onto the board"))
        for kind in PALETTE_KINDS:
            if kind == STAGE_ENTRY:
                item = QListWidgetItem(icons.stage_icon(), self.tr("Stage"))
            else:
                item = QListWidgetItem(icons.card_icon(kind), labels.card_kind(kind))
            item.setData(Qt.ItemDataRole.UserRole, str(kind))
            item.setToolTip(self.tr("Drag onto the board, or press Enter to add to the current cell"))
            self.list.addItem(item)
        self.list.itemActivated.connect(
            lambda item: self.entry_activated.emit(self.entry_for(item.data(Qt.ItemDataRole.UserRole))))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel of new touchpoints"))
        for value in Channel:
            self.channel.addItem(labels.channel(value), value.value)
        self.emotion_buttons = QButtonGroup(self)
        # Ids are offsets from EMOTION_MIN: addButton(button, -1) would mean "pick an id for
        # me", so the -1 face could never be told apart (and never create a card).
        self._scores: dict[QAbstractButton, int] = {}
        faces = QHBoxLayout()
        faces.setSpacing(2)
        for score in range(EMOTION_MIN, EMOTION_MAX + 1):
            button = QToolButton()
            button.setIcon(face_icon(score))
            button.setIconSize(QSize(30, 30))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(labels.emotion(score))
            button.setAccessibleName(labels.emotion(score))
            self.emotion_buttons.addButton(button, score - EMOTION_MIN)
            self._scores[button] = score
            faces.addWidget(button)
        self.emotion_button(0).setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Emotion"), faces)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)

    def emotion_button(self, score: int) -> QAbstractButton:
        """The face button for `score` (EMOTION_MIN..EMOTION_MAX)."""
        return self.emotion_buttons.button(score - EMOTION_MIN)

    def emotion(self) -> int:
        """The score of the checked face (neutral if, somehow, none is checked)."""
        checked = self.emotion_buttons.checkedButton()
        return self._scores.get(checked, 0) if checked is not None else 0

    def entry_for(self, kind: str) -> dict:
        entry: dict = {"kind": kind}
        if kind == CardKind.TOUCHPOINT:
            entry["channel"] = self.channel.currentData()
        elif kind == CardKind.EMOTION:
            entry["emotion"] = self.emotion()
        return entry
