"""Emotions on the board: the vector face for a score -2..+2 and the curve across stages."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxworkshop.board import style
from cxworkshop.model import EMOTION_MAX, EMOTION_MIN

FACE_COLOURS = {-2: "#c62828", -1: "#ef6c00", 0: "#9e9d24", 1: "#43a047", 2: "#1b7a33"}


def face_colour(score: int) -> QColor:
    return QColor(FACE_COLOURS.get(max(EMOTION_MIN, min(EMOTION_MAX, score)), "#9e9d24"))


def draw_face(p: QPainter, r: QRectF, score: int, colour: QColor | None = None) -> None:
    """A round face whose mouth bends with the score; eyebrows slope down for -2."""
    colour = colour or face_colour(score)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w = r.width()
    p.setPen(QPen(colour.darker(140), max(1.0, w * 0.05)))
    p.setBrush(QBrush(colour))
    p.drawEllipse(r.adjusted(w * 0.04, w * 0.04, -w * 0.04, -w * 0.04))
    ink = QColor("#ffffff")
    p.setBrush(QBrush(ink))
    p.setPen(Qt.PenStyle.NoPen)
    eye = w * 0.12
    for x in (0.34, 0.66):
        p.drawEllipse(QPointF(r.left() + x * w, r.top() + 0.38 * w), eye / 2, eye / 2)
    pen = QPen(ink, max(1.2, w * 0.08), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    bend = score * 0.09 * w
    mouth_y = r.top() + 0.68 * w - bend / 2
    path = QPainterPath(QPointF(r.left() + 0.28 * w, mouth_y))
    path.quadTo(QPointF(r.center().x(), mouth_y + 2 * bend), QPointF(r.left() + 0.72 * w, mouth_y))
    p.drawPath(path)
    if score <= -2:
        for x1, x2 in ((0.24, 0.42), (0.76, 0.58)):
            p.drawLine(QPointF(r.left() + x1 * w, r.top() + 0.2 * w),
                       QPointF(r.left() + x2 * w, r.top() + 0.27 * w))
    p.restore()


class EmotionCurveItem(QGraphicsItem):
    """A smooth line through each stage's average emotion, drawn across the emotions lane."""

    palette: style.BoardPalette = style.BOARD

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(11)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._points: list[tuple[QPointF, float]] = []
        self._band = QRectF()
        self._path = QPainterPath()
        self._rect = QRectF()

    def set_points(self, band: QRectF, averages: list[tuple[float, float | None]]) -> None:
        """`band` is the lane's rectangle; `averages` are (stage centre x, average or None)."""
        self.prepareGeometryChange()
        self._points = []
        self._band = band
        for x, avg in averages:
            if avg is None:
                continue
            t = (EMOTION_MAX - avg) / (EMOTION_MAX - EMOTION_MIN)
            y = band.top() + 20 + t * max(1.0, band.height() - 40)
            self._points.append((QPointF(x, y), avg))
        self._path = QPainterPath()
        if self._points:
            self._path.moveTo(self._points[0][0])
            for (a, _), (b, _) in zip(self._points, self._points[1:], strict=False):
                mid = (a.x() + b.x()) / 2
                self._path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
        self._rect = self._path.boundingRect().united(band).adjusted(-30, -30, 30, 30)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        # Nothing to hit: a click on the lane under the curve selects the cell below it
        # (the scene asks itemAt(), which would otherwise answer with the curve).
        return QPainterPath()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._points:
            return
        neutral = self._band.top() + 20 + 0.5 * max(1.0, self._band.height() - 40)
        pal = self.palette
        p.setPen(QPen(pal.ink_soft if pal.name != "board" else QColor("#9a8a5a"), 2,
                      Qt.PenStyle.DashLine))
        p.drawLine(QPointF(self._band.left() + 8, neutral), QPointF(self._band.right() - 8, neutral))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(pal.curve_halo, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawPath(self._path)
        p.setPen(QPen(pal.curve, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawPath(self._path)
        for point, avg in self._points:
            draw_face(p, QRectF(point.x() - 16, point.y() - 16, 32, 32), round(avg))
