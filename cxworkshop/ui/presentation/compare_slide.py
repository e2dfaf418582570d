"""Side-by-side slides: one stage today (the current map) and tomorrow (the future map).

The left half holds the current stage's cards, the right half the future stage's, each under a
heading with its map's name and the stage's average emotion (face and score). Cards are the
stage slides' cards at the same type size, grouped by lane (a small lane label over each
group), the groups stacked in the shortest of the columns a half holds; a stage too full for
one slide continues on the next (both halves paged together). Stages are paired by name, else by position
(cxworkshop.model.map_compare), so a stage the future drops or adds still gets its slide.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from cxworkshop.board.emotion import draw_face
from cxworkshop.ui.presentation.cards import CardMeasure, PlacedCard, draw_card
from cxworkshop.ui.presentation.content import (
    CardContent,
    CompareContent,
    ComparePair,
    StageContent,
)
from cxworkshop.ui.presentation.frame import Slide, SlideFrame, SlideKey, SlideKind, draw_title
from cxworkshop.ui.presentation.palette import ProjectorPalette
from cxworkshop.ui.presentation.stage_slide import MIN_CARD_UNITS, format_score


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


@dataclass(frozen=True)
class PlacedLabel:
    text: str
    point: QPointF
    width: float  # its column's: a long lane name must not run into the next column's label

    def shown(self, font: QFont) -> str:
        """The text drawn: elided to the column (the whole name stays in `text`)."""
        return QFontMetricsF(font).elidedText(self.text, Qt.TextElideMode.ElideRight, self.width)


@dataclass(frozen=True)
class Half:
    """One side of one slide: its heading, lane labels and cards."""

    heading: str
    stage: StageContent | None
    rect: QRectF
    labels: tuple[PlacedLabel, ...]
    cards: tuple[PlacedCard, ...]
    empty: str = ""  # what to say when it shows no card


class CompareSlide(Slide):
    kind = SlideKind.COMPARE

    def __init__(self, frame: SlideFrame, pair: ComparePair, part: int, parts: int,
                 halves: tuple[Half, Half], measure: CardMeasure) -> None:
        title = _tr("%1 — Today | Tomorrow").replace("%1", pair.name)
        if parts > 1:
            title = f"{title} ({part + 1}/{parts})"
        super().__init__(frame, SlideKey(SlideKind.COMPARE, pair.key_stage, part), title)
        self.pair, self.halves, self.measure = pair, halves, measure

    def cards(self) -> list[PlacedCard]:
        return [card for half in self.halves for card in half.cards]

    def texts(self) -> list[str]:
        return [self.title, *(h.heading for h in self.halves), *(h.empty for h in self.halves if h.empty),
                *(label.text for h in self.halves for label in h.labels),
                *(" ".join(c.lines) for c in self.cards())]

    def draw(self, painter: QPainter, palette: ProjectorPalette) -> None:
        frame = self.frame
        painter.fillRect(frame.rect, palette.background)
        draw_title(painter, frame, palette, self.title)
        body = frame.body
        middle = (self.halves[0].rect.right() + self.halves[1].rect.left()) / 2
        painter.save()
        painter.setPen(QPen(palette.ink_soft, max(2.0, frame.unit * 0.08)))
        painter.drawLine(QPointF(middle, body.top()), QPointF(middle, body.bottom()))
        painter.restore()
        heading_font = frame.label_font()
        metrics = QFontMetricsF(heading_font)
        for half in self.halves:
            rect = half.rect
            face = metrics.height()
            left = rect.left()
            stage = half.stage
            if stage is not None and stage.emotion is not None:
                draw_face(painter, QRectF(left, rect.top(), face, face), round(stage.emotion))
                left += face + frame.gap
            painter.setFont(heading_font)
            painter.setPen(palette.ink)
            heading = half.heading
            if stage is not None and stage.emotion is not None:
                heading = f"{heading}  {format_score(stage.emotion)}"
            text = metrics.elidedText(heading, Qt.TextElideMode.ElideRight, rect.right() - left)
            painter.drawText(QPointF(left, rect.top() + metrics.ascent()), text)
            small = frame.small_font()
            painter.setFont(small)
            painter.setPen(palette.ink_soft)
            for label in half.labels:
                painter.drawText(label.point, label.shown(small))
            for card in half.cards:
                draw_card(painter, card, self.measure, palette)
            if half.empty:
                painter.setFont(frame.card_font())
                painter.setPen(palette.ink_soft)
                painter.drawText(QRectF(rect.left(), rect.top() + face * 2, rect.width(),
                                        rect.height() - face * 2),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                     | Qt.TextFlag.TextWordWrap), half.empty)


def _breaks_a_word(card: CardContent, width: float, measure: CardMeasure) -> bool:
    whole = set(card.text.split())
    return any(word not in whole for line in measure.lines(card, width)
               for word in line.rstrip("…").split())


def _pages(frame: SlideFrame, stage: StageContent | None, rect: QRectF,
           measure: CardMeasure) -> list[tuple[list[PlacedLabel], list[PlacedCard]]]:
    """The cards of one stage in one half, paged: (lane labels, cards) for each page."""
    if stage is None or not stage.bands:
        return [([], [])]
    gap = frame.gap
    unit = frame.unit
    columns = max(1, int((rect.width() + gap) // (MIN_CARD_UNITS * unit + gap)))
    cards = [card for band in stage.bands for card in band.cards]
    card_w = (rect.width() - (columns - 1) * gap) / columns
    # Fewer, wider columns rather than a long word broken in two (as the stage slides do).
    while columns > 1 and any(_breaks_a_word(card, card_w, measure) for card in cards):
        columns -= 1
        card_w = (rect.width() - (columns - 1) * gap) / columns
    small = QFontMetricsF(frame.small_font())
    label_h = small.lineSpacing()
    top = rect.top() + QFontMetricsF(frame.label_font()).height() + gap * 2
    lefts = [rect.left() + index * (card_w + gap) for index in range(columns)]
    pages: list[tuple[list[PlacedLabel], list[PlacedCard]]] = [([], [])]
    # Masonry: each lane's group (its name, then its cards one under the other) goes to the
    # shortest column, and runs on into another column, or the next slide, when it is full.
    ys = [top] * columns
    for band in stage.bands:
        column: int | None = None
        group = label_h + sum(measure.height(c, card_w) + gap for c in band.cards)
        for card in band.cards:
            height = measure.height(card, card_w)
            if column is not None and ys[column] + height > rect.bottom():
                column = None  # this column is full: the group goes on elsewhere
            if column is None:
                free = [c for c in range(columns) if ys[c] + label_h + height <= rect.bottom()]
                if not free:
                    if pages[-1][1]:
                        pages.append(([], []))
                    ys = [top] * columns
                    free = list(range(columns))
                # The shortest column that holds the whole group, else the shortest one.
                column = min(free, key=lambda c: (ys[c] + group > rect.bottom(), ys[c], c))
                pages[-1][0].append(PlacedLabel(band.name, QPointF(lefts[column],
                                                                   ys[column] + small.ascent()),
                                                card_w))
                ys[column] += label_h
            pages[-1][1].append(PlacedCard(card, QRectF(lefts[column], ys[column], card_w, height),
                                           measure.lines(card, card_w)))
            ys[column] += height + gap
        if column is not None:
            ys[column] += gap
    return pages


def build_compare_slides(frame: SlideFrame, content: CompareContent) -> list[CompareSlide]:
    measure = CardMeasure(frame, compact=True)
    body = frame.body
    gap = frame.gap * 2
    half_w = (body.width() - gap) / 2
    left = QRectF(body.left(), body.top(), half_w, body.height())
    right = QRectF(body.right() - half_w, body.top(), half_w, body.height())
    today = _tr("Today: %1").replace("%1", content.current_name)
    tomorrow = _tr("Tomorrow: %1").replace("%1", content.future_name)
    slides: list[CompareSlide] = []
    for pair in content.pairs:
        sides = []
        for stage, rect in ((pair.current, left), (pair.future, right)):
            sides.append(_pages(frame, stage, rect, measure))
        parts = max(len(sides[0]), len(sides[1]))
        for part in range(parts):
            halves = []
            for stage, rect, heading, pages in ((pair.current, left, today, sides[0]),
                                                (pair.future, right, tomorrow, sides[1])):
                labels, cards = pages[part] if part < len(pages) else ([], [])
                if stage is None:
                    empty = _tr("No matching stage on this map")
                elif not stage.bands and part == 0:
                    empty = _tr("No cards in this stage yet")
                else:
                    empty = ""
                halves.append(Half(heading, stage, rect, tuple(labels), tuple(cards), empty))
            slides.append(CompareSlide(frame, pair, part, parts, (halves[0], halves[1]), measure))
    return slides
