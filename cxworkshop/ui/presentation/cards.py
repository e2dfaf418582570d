"""One card at projector size: its measured height for a width, and how it is painted.

A card is a white (or dark) sheet framed in its kind's colour, with a kind stripe on the left,
a face for emotion cards, a dot count at the top right while it has votes and the owners of
the actions made from it along the bottom. Text is the slide's unit size, wrapped by whole
words (at most MAX_LINES lines, then an ellipsis), never shrunk.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from cxworkshop.board.emotion import draw_face
from cxworkshop.model import CardKind
from cxworkshop.ui.presentation.content import CardContent
from cxworkshop.ui.presentation.frame import SlideFrame
from cxworkshop.ui.presentation.palette import ProjectorPalette
from cxworkshop.ui.presentation.text_flow import wrap

MAX_LINES = 6
DOT = "●"


@dataclass(frozen=True)
class PlacedCard:
    card: CardContent
    rect: QRectF
    lines: tuple[str, ...]


class CardMeasure:
    """The sizes of cards in one frame."""

    def __init__(self, frame: SlideFrame, compact: bool = False) -> None:
        self.frame = frame
        unit = frame.unit
        self.metrics = QFontMetricsF(frame.card_font())
        self.small = QFontMetricsF(frame.small_font())
        # Compact: tighter padding (never smaller type) to keep a stage on one slide.
        self.pad = round((0.2 if compact else 0.35) * unit)
        # Sideways, text keeps clear of the frame and the stripe: an OCR engine (and an eye
        # at the back of the room) reads a letter touching a line as part of it.
        self.side = round(0.5 * unit)
        self.stripe = round(0.25 * unit)
        self.line = self.metrics.lineSpacing()
        self.face = round(self.line * 1.1)
        self.owner_height = self.small.height() + self.pad * 0.8
        # Laying a stage out asks for the same card at the same width several times (each
        # column count tried, then the rows placed): each text is wrapped once per width.
        self._lines: dict[tuple[CardContent, float], tuple[str, ...]] = {}
        self._shortened: dict[tuple[CardContent, float], bool] = {}

    def badge_width(self, votes: int) -> float:
        return self.small.horizontalAdvance(f"{DOT} {votes}") + self.pad * 1.6

    def _text_width(self, card: CardContent, width: float) -> float:
        used: float = 2 * self.side + self.stripe
        if card.kind == CardKind.EMOTION and card.emotion is not None:
            used += self.face + self.side
        if card.votes:
            used += self.badge_width(card.votes) + self.side
        return max(self.line, width - used)

    def lines(self, card: CardContent, width: float) -> tuple[str, ...]:
        lines = self._lines.get((card, width))
        if lines is None:
            lines = self._lines[card, width] = tuple(
                wrap(card.text, self.metrics, self._text_width(card, width), MAX_LINES))
        return lines

    def shortened(self, card: CardContent, width: float) -> bool:
        """The text runs past MAX_LINES at this width (the ellipsis ends it)."""
        shortened = self._shortened.get((card, width))
        if shortened is None:
            lines = wrap(card.text, self.metrics, self._text_width(card, width))
            shortened = self._shortened[card, width] = len(lines) > MAX_LINES
        return shortened

    def height(self, card: CardContent, width: float) -> float:
        lines = max(1, len(self.lines(card, width)))
        body = max(lines * self.line, self.face if card.kind == CardKind.EMOTION else 0)
        return 2 * self.pad + body + (self.owner_height if card.owners else 0)


def draw_card(painter: QPainter, placed: PlacedCard, measure: CardMeasure,
              palette: ProjectorPalette) -> None:
    card, rect = placed.card, placed.rect
    pad, unit = measure.pad, measure.frame.unit
    stripe_colour = palette.stripe(card.kind)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(stripe_colour, max(2.0, unit * 0.08)))
    painter.setBrush(palette.card)
    radius = unit * 0.25
    painter.drawRoundedRect(rect, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(stripe_colour)
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), measure.stripe + radius, rect.height()),
                            radius, radius)
    painter.setBrush(palette.card)
    painter.drawRect(QRectF(rect.left() + measure.stripe, rect.top() + unit * 0.08,
                            radius, rect.height() - unit * 0.16))
    left = rect.left() + measure.stripe + measure.side
    top = rect.top() + pad
    if card.kind == CardKind.EMOTION and card.emotion is not None:
        draw_face(painter, QRectF(left, top, measure.face, measure.face), card.emotion)
        left += measure.face + measure.side
    right = rect.right() - measure.side
    if card.votes:
        width = measure.badge_width(card.votes)
        badge = QRectF(right - width, top, width, measure.small.height() + pad * 0.4)
        draw_badge(painter, badge, f"{DOT} {card.votes}", measure, palette)
        right = badge.left() - measure.side
    painter.setFont(measure.frame.card_font())
    painter.setPen(palette.ink)
    baseline = top + measure.metrics.ascent()
    for line in placed.lines:
        painter.drawText(QPointF(left, baseline), line)
        baseline += measure.line
    if card.owners:
        text = "→ " + ", ".join(card.owners)
        text = measure.small.elidedText(text, Qt.TextElideMode.ElideRight,
                                        rect.right() - pad - left - pad * 1.6)
        width = measure.small.horizontalAdvance(text) + pad * 1.6
        badge = QRectF(left, rect.bottom() - measure.owner_height - pad * 0.4, width,
                       measure.owner_height)
        draw_badge(painter, badge, text, measure, palette)
    painter.restore()


def draw_badge(painter: QPainter, rect: QRectF, text: str, measure: CardMeasure,
               palette: ProjectorPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.badge)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setFont(measure.frame.small_font())
    painter.setPen(palette.badge_ink)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
