"""What the main window's status bar shows besides messages: the facilitator lock's padlock,
and the notice after a stage or lane was deleted, with an Undo button instead of a modal
"Are you sure?" (the deletion is one undo step, so asking first only slows the room down).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

NOTICE_SECONDS = 20


def padlock_icon(size: int = 32) -> QIcon:
    """A closed padlock drawn in code: no icon theme is needed (or present) on every system."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#8a4b00")
    p.setPen(QPen(colour, size * 0.11))
    shackle = QPainterPath()
    shackle.moveTo(QPointF(size * 0.3, size * 0.48))
    shackle.lineTo(QPointF(size * 0.3, size * 0.32))
    shackle.arcTo(QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.42), 180, -180)
    shackle.lineTo(QPointF(size * 0.7, size * 0.48))
    p.drawPath(shackle)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(size * 0.16, size * 0.44, size * 0.68, size * 0.48), size * 0.08,
                      size * 0.08)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(size * 0.5, size * 0.64), size * 0.06, size * 0.06)
    p.end()
    return QIcon(pixmap)


def status_height(widget: QWidget) -> int:
    """The height of a status bar line of text: taller widgets would make the window taller."""
    return widget.fontMetrics().height() + 4


class LockIndicator(QToolButton):
    """The padlock in the status bar while stages and lanes are locked; a click unlocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock-indicator")
        self.setIcon(padlock_icon())
        self.setIconSize(QSize(14, 14))
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setText(self.tr("Stages and lanes locked"))
        self.setToolTip(self.tr("The facilitator lock is on: click (or Ctrl+Shift+L) to unlock"))
        self.setAccessibleName(self.text())
        self.setMaximumHeight(status_height(self))
        self.hide()


class UndoNotice(QWidget):
    """"Stage “Purchase” deleted, with 7 cards. [Undo]" for a while, then it goes away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo-notice")
        self.label = QLabel()
        # A tool button, not a push button: as tall as the status bar's text, so the notice
        # does not make the window taller.
        self.button = QToolButton()
        self.button.setText(self.tr("Undo"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setObjectName("undo-notice-button")
        self.button.setAccessibleName(self.tr("Undo the deletion"))
        self.button.clicked.connect(self._undo)
        self.button.setMaximumHeight(status_height(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._undo_call: Callable[[], object] | None = None
        self.hide()

    def show_notice(self, text: str, undo: Callable[[], object]) -> None:
        self.label.setText(text)
        self._undo_call = undo
        self.show()
        self._timer.start(NOTICE_SECONDS * 1000)

    def dismiss(self) -> None:
        self._undo_call = None
        self._timer.stop()
        self.hide()

    def _undo(self) -> None:
        undo, self._undo_call = self._undo_call, None
        self.dismiss()
        if undo is not None:
            undo()
