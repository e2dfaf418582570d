"""The join code on the projector (issue 19): full screen on the presentation screen, the QR code
as large as the screen allows, the link and a one-line instruction in large type, black on white
(a QR code needs its light quiet zone). Esc, a click or Space closes it; the room stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QWidget

from cxworkshop.room.qr import qr_png


def _fitting(font: QFont, text: str, width: float) -> QFont:
    """`font`, smaller if need be, so that `text` fits on one line of `width`."""
    fitted = QFont(font)
    while fitted.pixelSize() > 10 and QFontMetricsF(fitted).horizontalAdvance(text) > width:
        fitted.setPixelSize(fitted.pixelSize() - 1)
    return fitted


class JoinCodeWindow(QWidget):
    closed = Signal()

    def __init__(self, url: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Join the room"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.url = url
        self.title = title
        self.instruction = self.tr("Scan the code with your phone's camera to join")
        self.code = QImage.fromData(qr_png(url, scale=1))  # PNG, detected from its header

    def present(self, screen_name: str = "") -> None:
        """Full screen on the screen called `screen_name` (default: the parent's)."""
        screens = QGuiApplication.screens()
        screen = next((s for s in screens if screen_name and s.name() == screen_name), None)
        parent = self.parentWidget()
        screen = screen or (parent.screen() if parent is not None else QGuiApplication.primaryScreen())
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        width, height = self.width(), self.height()
        ink = QColor("#000000")
        painter.setPen(ink)
        heading = QFont(self.font())
        heading.setPixelSize(max(20, height // 18))
        heading.setBold(True)
        small = QFont(self.font())
        small.setPixelSize(max(16, height // 30))
        top = height * 0.04
        heading = _fitting(heading, self.instruction, width * 0.94)
        painter.setFont(heading)
        line = heading.pixelSize() * 1.4
        painter.drawText(QRectF(0, top, width, line), Qt.AlignmentFlag.AlignCenter, self.instruction)
        bottom_text = small.pixelSize() * 1.6
        side = min(width * 0.9, height - top - line - 2 * bottom_text - height * 0.06)
        # Whole pixels per module: a scaled QR code must keep sharp, equal squares.
        modules = self.code.width()
        side = max(modules, int(side // modules) * modules)
        target = QRectF((width - side) / 2, top + line + height * 0.02, side, side)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self.code)
        painter.setFont(_fitting(small, self.url, width * 0.96))
        text_top = target.bottom() + height * 0.01
        painter.drawText(QRectF(0, text_top, width, bottom_text), Qt.AlignmentFlag.AlignCenter, self.url)
        if self.title:
            painter.setFont(_fitting(small, self.title, width * 0.96))
            painter.drawText(QRectF(0, text_top + bottom_text, width, bottom_text),
                             Qt.AlignmentFlag.AlignCenter, self.title)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close()

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
