"""Vector icons for lane and card kinds, drawn with QPainter (no icon files, no emoji fonts).

Colour is never the only carrier of meaning on the board: each kind has its own shape.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from cxworkshop.board import style
from cxworkshop.model import DEFAULT_LANE_FOR_CARD, CardKind, LaneKind


def _star(r: QRectF, points: int = 5) -> QPolygonF:
    c, outer, inner = r.center(), r.width() / 2, r.width() / 4.6
    return QPolygonF([
        QPointF(c.x() + (outer if i % 2 == 0 else inner) * math.sin(i * math.pi / points),
                c.y() - (outer if i % 2 == 0 else inner) * math.cos(i * math.pi / points))
        for i in range(points * 2)])


def _poly(r: QRectF, pts: list[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(r.left() + x * r.width(), r.top() + y * r.height()) for x, y in pts])


def _person(p: QPainter, r: QRectF) -> None:
    p.drawEllipse(QRectF(r.left() + r.width() * 0.32, r.top(), r.width() * 0.36, r.height() * 0.36))
    body = QPainterPath()
    body.addRoundedRect(QRectF(r.left() + r.width() * 0.14, r.top() + r.height() * 0.44,
                               r.width() * 0.72, r.height() * 0.56), r.width() * 0.3, r.width() * 0.3)
    p.drawPath(body)


def _target(p: QPainter, r: QRectF) -> None:
    pen = QPen(p.brush().color(), max(1.5, r.width() * 0.12))
    p.save()
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(r.adjusted(r.width() * 0.06, r.height() * 0.06, -r.width() * 0.06, -r.height() * 0.06))
    p.restore()
    s = r.width() * 0.3
    p.drawEllipse(QRectF(r.center().x() - s / 2, r.center().y() - s / 2, s, s))


def _cloud(p: QPainter, r: QRectF) -> None:
    w, h = r.width(), r.height()
    for x, y, d in ((0.05, 0.2, 0.5), (0.3, 0.05, 0.55), (0.5, 0.22, 0.48), (0.2, 0.3, 0.45)):
        p.drawEllipse(QRectF(r.left() + x * w, r.top() + y * h, d * w, d * h))
    p.drawEllipse(QRectF(r.left() + 0.12 * w, r.top() + 0.8 * h, 0.14 * w, 0.14 * h))
    p.drawEllipse(QRectF(r.left() + 0.02 * w, r.top() + 0.92 * h, 0.08 * w, 0.08 * h))


def _smile(p: QPainter, r: QRectF) -> None:
    from cxworkshop.board.emotion import draw_face

    draw_face(p, r, 1, p.brush().color())


def _bolt(p: QPainter, r: QRectF) -> None:
    p.drawPolygon(_poly(r, [(0.6, 0), (0.12, 0.58), (0.45, 0.58), (0.35, 1), (0.88, 0.4),
                            (0.55, 0.4), (0.68, 0)]))


def _arrow_up(p: QPainter, r: QRectF) -> None:
    p.drawPolygon(_poly(r, [(0.5, 0), (0.95, 0.48), (0.66, 0.48), (0.66, 1), (0.34, 1),
                            (0.34, 0.48), (0.05, 0.48)]))


def _gear(p: QPainter, r: QRectF) -> None:
    c, radius = r.center(), r.width() / 2
    path = QPainterPath()
    for i in range(8):
        angle = i * math.pi / 4
        tooth = QPainterPath()
        tooth.addRect(QRectF(-radius * 0.16, -radius, radius * 0.32, radius * 0.5))
        from PySide6.QtGui import QTransform

        transform = QTransform().translate(c.x(), c.y()).rotateRadians(angle)
        path = path.united(transform.map(tooth))
    path.addEllipse(c, radius * 0.72, radius * 0.72)
    hole = QPainterPath()
    hole.addEllipse(c, radius * 0.28, radius * 0.28)
    p.drawPath(path.simplified().subtracted(hole))


def _layers(p: QPainter, r: QRectF) -> None:
    for i in range(3):
        p.drawRoundedRect(QRectF(r.left() + i * r.width() * 0.08, r.top() + i * r.height() * 0.34,
                                 r.width() * 0.84, r.height() * 0.26), 2, 2)


def _note(p: QPainter, r: QRectF) -> None:
    p.drawPolygon(_poly(r, [(0.05, 0.05), (0.95, 0.05), (0.95, 0.66), (0.66, 0.95), (0.05, 0.95)]))


def _quote(p: QPainter, r: QRectF) -> None:
    w, h = r.width(), r.height()
    for x in (0.05, 0.53):
        p.drawEllipse(QRectF(r.left() + x * w, r.top() + 0.15 * h, 0.4 * w, 0.4 * h))
        p.drawPolygon(_poly(r, [(x + 0.02, 0.42), (x + 0.4, 0.38), (x + 0.08, 0.9)]))


def _columns(p: QPainter, r: QRectF) -> None:
    for i in range(3):
        p.drawRoundedRect(QRectF(r.left() + i * r.width() * 0.36, r.top(), r.width() * 0.28,
                                 r.height()), 2, 2)


_Shape = Callable[[QPainter, QRectF], None] | None  # None: the star of a moment of truth

_LANE_SHAPES: dict[str, _Shape] = {
    LaneKind.CUSTOMER_ACTIONS: _person, LaneKind.TOUCHPOINTS: _target, LaneKind.THOUGHTS: _cloud,
    LaneKind.EMOTIONS: _smile, LaneKind.PAIN_POINTS: _bolt, LaneKind.MOMENTS_OF_TRUTH: None,
    LaneKind.OPPORTUNITIES: _arrow_up, LaneKind.BACKSTAGE: _gear,
    LaneKind.SUPPORT_PROCESSES: _layers, LaneKind.CUSTOM: _note,
}


def paint_lane_icon(p: QPainter, r: QRectF, kind: str, colour: QColor) -> None:
    _paint(p, r, _LANE_SHAPES.get(kind, _note), colour)


def paint_card_icon(p: QPainter, r: QRectF, kind: str, colour: QColor) -> None:
    shape: _Shape
    if kind == CardKind.QUOTE:
        shape = _quote
    elif kind == CardKind.NOTE:
        shape = _note
    else:
        try:
            shape = _LANE_SHAPES[DEFAULT_LANE_FOR_CARD[CardKind(kind)]]
        except (KeyError, ValueError):
            shape = _note
    _paint(p, r, shape, colour)


def paint_stage_icon(p: QPainter, r: QRectF, colour: QColor) -> None:
    _paint(p, r, _columns, colour)


def _paint(p: QPainter, r: QRectF, shape: _Shape, colour: QColor) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(colour))
    if shape is None:
        p.drawPolygon(_star(r))
    else:
        shape(p, r)
    p.restore()


def _icon(painter_fn, colour: QColor, size: int = 48) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter_fn(painter, QRectF(3, 3, size - 6, size - 6), colour)
    painter.end()
    return QIcon(pixmap)


def lane_icon(kind: str) -> QIcon:
    strong, _ = style.lane_colours(kind)
    return _icon(lambda p, r, c: paint_lane_icon(p, r, kind, c), strong)


def card_icon(kind: str) -> QIcon:
    strong, _ = style.card_colours(kind)
    return _icon(lambda p, r, c: paint_card_icon(p, r, kind, c), strong)


def stage_icon() -> QIcon:
    return _icon(paint_stage_icon, style.HEADER_FILL)


def _magnifier(sign: str):
    def paint(p: QPainter, r: QRectF, colour: QColor) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = r.width()
        p.setPen(QPen(colour, w * 0.1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        lens = QRectF(r.left(), r.top(), w * 0.68, w * 0.68)
        p.drawEllipse(lens)
        p.setPen(QPen(colour, w * 0.16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(r.left() + w * 0.6, r.top() + w * 0.6), r.bottomRight())
        p.setPen(QPen(colour, w * 0.09))
        c = lens.center()
        if sign in "+-":
            p.drawLine(QPointF(c.x() - w * 0.17, c.y()), QPointF(c.x() + w * 0.17, c.y()))
        if sign == "+":
            p.drawLine(QPointF(c.x(), c.y() - w * 0.17), QPointF(c.x(), c.y() + w * 0.17))
        p.restore()
    return paint


def _arrow(back: bool):
    def paint(p: QPainter, r: QRectF, colour: QColor) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = r.width()
        path = QPainterPath()
        start = QPointF(r.right() - w * 0.1, r.bottom() - w * 0.15) if back else \
            QPointF(r.left() + w * 0.1, r.bottom() - w * 0.15)
        end = QPointF(r.left() + w * 0.25, r.top() + w * 0.4) if back else \
            QPointF(r.right() - w * 0.25, r.top() + w * 0.4)
        path.moveTo(start)
        path.cubicTo(QPointF(start.x(), r.top() + w * 0.3), QPointF(end.x(), r.top() + w * 0.3), end)
        p.setPen(QPen(colour, w * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawPath(path)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        d = -1 if back else 1
        p.drawPolygon(QPolygonF([QPointF(end.x() - d * w * 0.2, end.y() - w * 0.22),
                                 QPointF(end.x() + d * w * 0.02, end.y() + w * 0.12),
                                 QPointF(end.x() - d * w * 0.3, end.y() + w * 0.15)]))
        p.restore()
    return paint


def _fit(p: QPainter, r: QRectF, colour: QColor) -> None:
    p.save()
    w = r.width()
    p.setPen(QPen(colour, w * 0.1))
    s = w * 0.3
    for (x, y, dx, dy) in ((r.left(), r.top(), 1, 1), (r.right(), r.top(), -1, 1),
                           (r.left(), r.bottom(), 1, -1), (r.right(), r.bottom(), -1, -1)):
        p.drawLine(QPointF(x, y), QPointF(x + dx * s, y))
        p.drawLine(QPointF(x, y), QPointF(x, y + dy * s))
    p.fillRect(r.adjusted(w * 0.3, w * 0.3, -w * 0.3, -w * 0.3), colour)
    p.restore()


TOOL_ICONS = {"zoom_in": _magnifier("+"), "zoom_out": _magnifier("-"), "undo": _arrow(True),
              "redo": _arrow(False), "fit": _fit}


def tool_icon(name: str) -> QIcon:
    return _icon(TOOL_ICONS[name], QColor("#263445"))
