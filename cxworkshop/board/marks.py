"""Marks painted on a card: the action badge (owners' initials and count) and the vote dots.

Both are pills in the card's header row, right-aligned, so they never overlap a neighbour
and never change the card's height (the board does not jump while people vote). Their
sizes are measured once when the mark changes, never in paint(). An action without an owner
("?") is drawn in the warning look *and* with a warning triangle and the "?" itself, so the
meaning never rests on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from cxworkshop.board import style

UNOWNED = "?"
MARK_PX = 15
MARK_HEIGHT = 24.0
MARK_GAP = 6.0
_PAD = 7.0
_COUNT = 18.0  # the count's circle (badge) or the dot (tally)
_TRIANGLE = 15.0
_FONT: QFont | None = None
_METRICS: QFontMetricsF | None = None


def mark_font() -> QFont:
    global _FONT
    if _FONT is None:
        _FONT = style.font(MARK_PX, bold=True)
    return _FONT


def _metrics() -> QFontMetricsF:
    global _METRICS
    if _METRICS is None:
        _METRICS = QFontMetricsF(mark_font())
    return _METRICS


@dataclass(frozen=True)
class Mark:
    """One pill: 'badge' (text = initials, value = number of actions) or 'tally' (value = dots)."""

    kind: str
    text: str
    value: int
    width: float

    @property
    def warning(self) -> bool:
        return self.kind == "badge" and UNOWNED in self.text


def badge_mark(badge: tuple[str, int] | None, max_width: float) -> Mark | None:
    if not badge:
        return None
    initials, count = badge
    metrics = _metrics()
    room = max_width - 3 * _PAD - _COUNT - _TRIANGLE
    text = metrics.elidedText(initials or UNOWNED, Qt.TextElideMode.ElideRight, max(room, 12.0))
    width = 3 * _PAD + metrics.horizontalAdvance(text) + max(_COUNT, _count_width(count))
    if UNOWNED in text:
        width += _TRIANGLE + 3
    return Mark("badge", text, int(count), width)


def tally_mark(dots: int) -> Mark | None:
    if dots <= 0:
        return None
    metrics = _metrics()
    return Mark("tally", str(dots), dots, 2 * _PAD + _COUNT * 0.7 + 4 + metrics.horizontalAdvance(str(dots)))


def _count_width(count: int) -> float:
    return _metrics().horizontalAdvance(str(count)) + 8


def mark_colours(mark: Mark, palette: style.BoardPalette) -> tuple[QColor, QColor]:
    """(fill, ink) of a mark's pill: vote tallies, owner badges, and the unowned warning."""
    if mark.kind == "tally":
        return palette.tally_fill, palette.tally_ink
    if mark.warning:
        return palette.warning_fill, palette.warning_ink
    return palette.badge_fill, palette.badge_ink


def mark_outline(mark: Mark, palette: style.BoardPalette) -> QColor:
    """The pill's outline: the warning ink, the badge's own ink, or (a tally) its fill."""
    fill, ink = mark_colours(mark, palette)
    return palette.warning_ink if mark.warning else (ink if mark.kind == "badge" else fill)


def paint_mark(p: QPainter, rect: QRectF, mark: Mark, palette: style.BoardPalette,
               detail: bool = True) -> None:
    """`detail` False (small zoom): only the pill's shape, which still says "there is a mark"."""
    fill, ink = mark_colours(mark, palette)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = mark_outline(mark, palette)
    p.setPen(QPen(outline, 2.0))
    p.setBrush(fill)
    radius = rect.height() / 2
    p.drawRoundedRect(rect, radius, radius)
    if not detail:
        p.restore()
        return
    p.setFont(mark_font())
    x = rect.left() + _PAD
    centre_y = rect.center().y()
    if mark.kind == "tally":
        dot = _COUNT * 0.7
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ink)
        p.drawEllipse(QRectF(x, centre_y - dot / 2, dot, dot))
        p.setPen(ink)
        p.drawText(QRectF(x + dot + 4, rect.top(), rect.right() - x - dot - 4, rect.height()),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, mark.text)
        p.restore()
        return
    if mark.warning:
        _warning_triangle(p, QRectF(x, centre_y - _TRIANGLE / 2 - 1, _TRIANGLE, _TRIANGLE), ink, fill)
        x += _TRIANGLE + 3
    count_w = max(_COUNT, _count_width(mark.value))
    p.setPen(ink)
    p.drawText(QRectF(x, rect.top(), rect.right() - x - count_w - _PAD, rect.height()),
               Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, mark.text)
    count = QRectF(rect.right() - 3 - count_w, centre_y - _COUNT / 2, count_w, _COUNT)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawRoundedRect(count, _COUNT / 2, _COUNT / 2)
    p.setPen(fill)
    p.drawText(count, Qt.AlignmentFlag.AlignCenter, str(mark.value))
    p.restore()


def _warning_triangle(p: QPainter, r: QRectF, ink, fill) -> None:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()]))
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawPath(path)
    p.setBrush(fill)
    w = r.width()
    p.drawRect(QRectF(r.center().x() - w * 0.06, r.top() + w * 0.35, w * 0.12, w * 0.33))
    p.drawRect(QRectF(r.center().x() - w * 0.06, r.top() + w * 0.76, w * 0.12, w * 0.12))


def layout_marks(marks: list[Mark], right: float, top: float, row_height: float) -> list[QRectF]:
    """Rectangles for `marks`, right-aligned at `right`, centred in the header row."""
    rects: list[QRectF] = []
    y = top + (row_height - MARK_HEIGHT) / 2
    for mark in reversed(marks):
        right -= mark.width
        rects.append(QRectF(right, y, mark.width, MARK_HEIGHT))
        right -= MARK_GAP
    rects.reverse()
    return rects
