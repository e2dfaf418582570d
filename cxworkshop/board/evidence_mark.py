"""The discreet mark of a card's evidence: observed in the data, or assumed by the room.

An assumption is drawn with a dashed edge and a small "?" in the bottom-right corner, an
observation with a small tick there; an unmarked card looks as before. The corner sits in the
card's bottom padding, so the mark never changes a card's height or covers its words, and its
meaning is in the shape, not only in a colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from cxworkshop.board import style
from cxworkshop.model.enums import Evidence, EvidenceSource

GLYPH = 15.0  # the corner glyph's circle, in board points


def _noop(text: str) -> str:
    return text


_ = _noop  # marks strings for extraction; translated at call time below

_EVIDENCE: dict[str, str] = {
    Evidence.OBSERVED: _("Observed"),
    Evidence.ASSUMED: _("Assumed, to verify"),
}
_SOURCES: dict[str, str] = {
    EvidenceSource.INTERVIEW: _("Interview"),
    EvidenceSource.COMPLAINT_LOG: _("Complaint log"),
    EvidenceSource.SURVEY: _("Survey"),
    EvidenceSource.REVIEW: _("Review"),
    EvidenceSource.ANALYTICS: _("Analytics"),
    EvidenceSource.OTHER: _("Other source"),
}


def evidence_label(value: str | None) -> str:
    return QCoreApplication.translate("Evidence", _EVIDENCE.get(value or "", "")) if value else ""


def source_label(value: str | None) -> str:
    return QCoreApplication.translate("Evidence", _SOURCES.get(value or "", "")) if value else ""


def describe(evidence: str | None, source: str | None) -> str:
    """'Observed (Interview)', 'Assumed, to verify', or '' for an unmarked card."""
    text = evidence_label(evidence)
    if text and evidence == Evidence.OBSERVED and source:
        text = f"{text} ({source_label(source)})"
    return text


def outline_style(evidence: str | None) -> Qt.PenStyle:
    return Qt.PenStyle.DashLine if evidence == Evidence.ASSUMED else Qt.PenStyle.SolidLine


def glyph_rect(width: float, height: float) -> QRectF:
    inset = style.CARD_PADDING * 0.35
    return QRectF(width - GLYPH - inset, height - GLYPH - inset, GLYPH, GLYPH)


def paint_glyph(p: QPainter, width: float, height: float, evidence: str | None, ink: QColor,
                fill: QColor) -> None:
    """The corner glyph: a '?' for an assumption, a tick for an observation; nothing otherwise."""
    if evidence not in (Evidence.OBSERVED, Evidence.ASSUMED):
        return
    rect = glyph_rect(width, height)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawEllipse(rect)
    pen = QPen(fill, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if evidence == Evidence.OBSERVED:
        tick = QPainterPath(QPointF(rect.left() + GLYPH * 0.27, rect.top() + GLYPH * 0.52))
        tick.lineTo(QPointF(rect.left() + GLYPH * 0.44, rect.top() + GLYPH * 0.70))
        tick.lineTo(QPointF(rect.left() + GLYPH * 0.74, rect.top() + GLYPH * 0.32))
        p.drawPath(tick)
    else:
        font = style.font(11, bold=True)
        p.setFont(font)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")
    p.restore()
