"""View > Compare with the other state: the other map's emotion curve, dashed, on this board.

Drawn across the emotions lane under the board's own curve, at the centres of this map's stages
matched by name (else by position, cxworkshop.model.map_compare); a small legend names the map
it comes from, so the room reads "today" against "tomorrow" on one chart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cxworkshop.board.emotion import EmotionCurveItem, face_colour

COMPARE_COLOUR = QColor("#5b6b8c")


class CompareCurveItem(EmotionCurveItem):
    """The other map's curve: dashed, with hollow markers and a legend with its name."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10.5)  # under the board's own curve and faces
        self.label = ""

    def set_label(self, text: str) -> None:
        self.label = text
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._points:
            return
        dark = self.palette.name == "projector_dark"
        colour = QColor("#c9d3ea") if dark else COMPARE_COLOUR
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, 4, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        p.drawPath(self._path)
        for point, avg in self._points:
            p.setPen(QPen(face_colour(round(avg)), 3))
            p.setBrush(QColor(255, 255, 255, 230))
            p.drawEllipse(point, 9, 9)
        if self.label:
            font = QFont()
            font.setPixelSize(15)
            font.setBold(True)
            p.setFont(font)
            metrics = QFontMetricsF(font)
            width = 40 + metrics.horizontalAdvance(self.label) + 12
            # At the lane's right end: its left end sits under the lane headers.
            x, y = self._band.right() - width - 12, self._band.top() + 6
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 215) if not dark else QColor(0, 0, 0, 200))
            p.drawRoundedRect(QRectF(x - 6, y - 2, width, metrics.height() + 6), 6, 6)
            p.setPen(QPen(colour, 4, Qt.PenStyle.DashLine))
            middle = y + 1 + metrics.height() / 2
            p.drawLine(QPointF(x, middle), QPointF(x + 30, middle))
            p.setPen(colour if not dark else QColor("#ffffff"))
            p.drawText(QPointF(x + 40, y + 1 + metrics.ascent()), self.label)
