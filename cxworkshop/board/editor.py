"""In-place text editing on the board: a text item laid over a card or a header.

Card text is sent to the document while typing (debounced): every pause is on disk, and
the document merges successive edits of one card into one undo step. Enter or Escape ends
the edit (Shift+Enter starts a new line); clicking elsewhere ends it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

LIVE_DELAY_MS = 400


class InlineEditor(QGraphicsTextItem):
    text_live = Signal(str)  # a pause in typing: the text so far
    finished = Signal(str)  # the edit ended with this text

    def __init__(self, parent: QGraphicsItem, text: str, font, width: float, colour: QColor,
                 background: QColor, live: bool) -> None:
        super().__init__(parent)
        self.setFont(font)
        self.setDefaultTextColor(colour)
        self.setPlainText(text)
        self.setTextWidth(width)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self._background = background
        self._done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIVE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.text_live.emit(self.toPlainText()))
        if live:
            self.document().contentsChanged.connect(self._timer.start)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self.finished.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                return
            self.finish()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                  Qt.FocusReason.ActiveWindowFocusReason):
            self.finish()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        p.fillRect(rect, self._background)
        p.setPen(QPen(QColor("#0b57d0"), 2))
        p.drawRect(rect.adjusted(1, 1, -1, -1))
        super().paint(p, option, widget)  # type: ignore[arg-type]  # None is fine; the stub omits it
