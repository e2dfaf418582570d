"""Voting results: the cards of the round on show, most dots first, in large type."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from cxworkshop.ui.presentation.cards import DOT, CardMeasure, draw_badge
from cxworkshop.ui.presentation.content import DeckContent, RankedCard
from cxworkshop.ui.presentation.frame import Slide, SlideFrame, SlideKey, SlideKind
from cxworkshop.ui.presentation.palette import ProjectorPalette
from cxworkshop.ui.presentation.text_flow import wrap

MAX_LINES = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


@dataclass(frozen=True)
class VoteRow:
    place: int
    ranked: RankedCard
    lines: tuple[str, ...]
    top: float
    height: float


class VotesSlide(Slide):
    kind = SlideKind.VOTES

    def __init__(self, frame: SlideFrame, deck: DeckContent, rows: list[VoteRow], part: int,
                 parts: int) -> None:
        title = _tr("Voting results")
        if deck.round_title:
            title = f"{title} · {deck.round_title}"
        if parts > 1:
            title = f"{title} ({part + 1}/{parts})"
        super().__init__(frame, SlideKey(SlideKind.VOTES, None, part), title)
        self.deck, self.rows = deck, rows
        self.measure = CardMeasure(frame)

    def texts(self) -> list[str]:
        return [self.title, *(" ".join(r.lines) for r in self.rows)] + (
            [] if self.rows else [_tr("No votes yet")])

    def draw(self, painter: QPainter, palette: ProjectorPalette) -> None:
        super().draw(painter, palette)
        frame, body, gap = self.frame, self.frame.body, self.frame.gap
        metrics = QFontMetricsF(frame.card_font())
        small = QFontMetricsF(frame.small_font())
        if not self.rows:
            painter.setFont(frame.card_font())
            painter.setPen(palette.ink_soft)
            painter.drawText(body, int(Qt.AlignmentFlag.AlignCenter), _tr("No votes yet"))
            return
        badge_w = self.measure.badge_width(99)
        for row in self.rows:
            painter.setFont(frame.card_font())
            painter.setPen(palette.ink)
            place_w = metrics.horizontalAdvance("10.") + gap
            painter.drawText(QPointF(body.left(), row.top + metrics.ascent()), f"{row.place}.")
            badge = QRectF(body.left() + place_w, row.top, badge_w, metrics.height())
            draw_badge(painter, badge, f"{DOT} {row.ranked.card.votes}", self.measure, palette)
            left = badge.right() + gap * 2
            painter.setFont(frame.card_font())
            painter.setPen(palette.ink)
            y = row.top + metrics.ascent()
            for line in row.lines:
                painter.drawText(QPointF(left, y), line)
                y += metrics.lineSpacing()
            painter.setFont(frame.small_font())
            painter.setPen(palette.ink_soft)
            where = f"{row.ranked.stage} · {row.ranked.lane}"
            painter.drawText(QPointF(left, y - metrics.lineSpacing() + metrics.descent()
                                     + small.ascent() + gap),
                             small.elidedText(where, Qt.TextElideMode.ElideRight,
                                              body.right() - left))


def build_votes_slides(frame: SlideFrame, deck: DeckContent) -> list[VotesSlide]:
    body, gap = frame.body, frame.gap
    metrics = QFontMetricsF(frame.card_font())
    small = QFontMetricsF(frame.small_font())
    measure = CardMeasure(frame)
    left = metrics.horizontalAdvance("10.") + gap + measure.badge_width(99) + gap * 2
    pages: list[list[VoteRow]] = [[]]
    top = body.top()
    for place, ranked in enumerate(deck.ranking(), start=1):
        lines = tuple(wrap(ranked.card.text, metrics, body.width() - left, MAX_LINES))
        height = len(lines) * metrics.lineSpacing() + small.lineSpacing() + gap
        if top + height > body.bottom() and pages[-1]:
            pages.append([])
            top = body.top()
        pages[-1].append(VoteRow(place, ranked, lines, top, height))
        top += height + gap * 2
    return [VotesSlide(frame, deck, rows, part, len(pages)) for part, rows in enumerate(pages)]
