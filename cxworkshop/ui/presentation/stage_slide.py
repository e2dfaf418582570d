"""Stage slides: one stage laid out for the output, its non-empty lanes as bands of cards.

Each band has the lane's name on the left and the stage's cards of that lane flowed in the
number of columns that makes the band shortest. Empty lanes are left out. When the bands do
not fit the slide, the stage continues on a second slide (a band too tall for one slide is
split between rows): the text never gets smaller. The stage's emotion is a large face with
its average score next to the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from cxworkshop.board.emotion import draw_face
from cxworkshop.ui.presentation.cards import CardMeasure, PlacedCard, draw_card
from cxworkshop.ui.presentation.content import BandContent, StageContent
from cxworkshop.ui.presentation.frame import Slide, SlideFrame, SlideKey, SlideKind, draw_title
from cxworkshop.ui.presentation.palette import ProjectorPalette
from cxworkshop.ui.presentation.text_flow import wrap

MIN_CARD_UNITS = 11  # a card column is at least this many text sizes wide


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def format_score(score: float) -> str:
    text = f"{score:+.1f}".replace("-", "−")
    return "0" if text in ("+0.0", "−0.0") else text


@dataclass(frozen=True)
class PlacedBand:
    band: BandContent
    rect: QRectF
    name_lines: tuple[str, ...]
    cards: tuple[PlacedCard, ...]


class StageSlide(Slide):
    kind = SlideKind.STAGE

    def __init__(self, frame: SlideFrame, stage: StageContent, part: int, parts: int,
                 bands: list[PlacedBand], measure: CardMeasure, gap: float) -> None:
        title = stage.name if parts == 1 else f"{stage.name} ({part + 1}/{parts})"
        super().__init__(frame, SlideKey(SlideKind.STAGE, stage.id, part), title)
        self.stage, self.part, self.parts = stage, part, parts
        self.bands, self.measure, self.gap = bands, measure, gap

    def cards(self) -> list[PlacedCard]:
        return [card for band in self.bands for card in band.cards]

    def texts(self) -> list[str]:
        return [self.title, *(" ".join(b.name_lines) for b in self.bands),
                *(" ".join(c.lines) for c in self.cards())]

    def draw(self, painter: QPainter, palette: ProjectorPalette) -> None:
        frame = self.frame
        painter.fillRect(frame.rect, palette.background)
        reserve = 0.0
        emotion = self.stage.emotion
        title_rect = frame.title_rect
        if emotion is not None:
            painter.setFont(frame.title_font())
            score = format_score(emotion)
            score_w = QFontMetricsF(painter.font()).horizontalAdvance(score)
            face = title_rect.height()
            reserve = face + score_w + frame.gap * 4
            face_rect = QRectF(title_rect.right() - score_w - frame.gap - face, title_rect.top(),
                               face, face)
            draw_face(painter, face_rect, round(emotion))
            painter.setPen(palette.ink)
            painter.drawText(QRectF(face_rect.right() + frame.gap, title_rect.top(), score_w,
                                    title_rect.height()), int(Qt.AlignmentFlag.AlignVCenter),
                             score)
        draw_title(painter, frame, palette, self.title, reserve)
        if not self.bands:
            painter.setFont(frame.card_font())
            painter.setPen(palette.ink_soft)
            painter.drawText(frame.body, int(Qt.AlignmentFlag.AlignCenter),
                             _tr("No cards in this stage yet"))
            return
        label = frame.label_font()
        label_metrics = QFontMetricsF(label)
        for band in self.bands:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.band)
            painter.drawRoundedRect(band.rect, frame.unit * 0.2, frame.unit * 0.2)
            painter.setBrush(palette.stripe(band.band.kind))
            painter.drawRect(QRectF(band.rect.left(), band.rect.top(), frame.unit * 0.2,
                                    band.rect.height()))
            painter.setFont(label)
            painter.setPen(palette.ink)
            # On the baseline of the band's first line of cards: one text line, as read.
            y = band.rect.top() + self.gap + self.measure.pad + self.measure.metrics.ascent()
            for line in band.name_lines:
                painter.drawText(QPointF(band.rect.left() + frame.unit * 0.2 + self.gap, y), line)
                y += label_metrics.lineSpacing()
            painter.restore()
            for card in band.cards:
                draw_card(painter, card, self.measure, palette)


def _columns_for(band: BandContent, width: float, measure: CardMeasure,
                 gap: float) -> tuple[int, float]:
    """The column count that shortens no text and gives the shortest band, and the card width."""
    unit = measure.frame.unit
    most = max(1, int((width + gap) // (MIN_CARD_UNITS * unit + gap)))
    best: tuple[bool, float, int] = (True, float("inf"), 1)
    for columns in range(1, min(most, len(band.cards)) + 1):
        card_w = (width - (columns - 1) * gap) / columns
        rows = [band.cards[i:i + columns] for i in range(0, len(band.cards), columns)]
        total = sum(max(measure.height(c, card_w) for c in row) for row in rows)
        total += gap * (len(rows) - 1)
        shortened = any(measure.shortened(c, card_w) for c in band.cards)
        if (shortened, total) < (best[0], best[1] - 0.5):
            best = (shortened, total, columns)
    columns = best[2]
    return columns, (width - (columns - 1) * gap) / columns


def build_stage_slides(frame: SlideFrame, stage: StageContent) -> list[StageSlide]:
    """The stage's slides: usual spacing, or tighter spacing if that saves a slide."""
    roomy = _paginate(frame, stage, compact=False)
    if len(roomy) == 1:
        return roomy
    tight = _paginate(frame, stage, compact=True)
    return tight if len(tight) < len(roomy) else roomy


def _paginate(frame: SlideFrame, stage: StageContent, compact: bool) -> list[StageSlide]:
    measure = CardMeasure(frame, compact)
    body = frame.body
    gap = frame.gap * (0.6 if compact else 1.0)
    label_w = round(body.width() * 0.22)
    label_metrics = QFontMetricsF(frame.label_font())
    cards_left = body.left() + label_w + frame.unit * 0.6  # lane names kept apart from cards
    cards_w = body.right() - gap - cards_left
    pages: list[list[PlacedBand]] = [[]]
    top = body.top()
    for band in stage.bands:
        columns, card_w = _columns_for(band, cards_w, measure, gap)
        name_lines = tuple(wrap(band.name, label_metrics,
                                label_w - frame.unit * 0.2 - 2 * gap, 3))
        name_h = (len(name_lines) * label_metrics.lineSpacing() + 2 * gap + measure.pad
                  + measure.metrics.ascent() - label_metrics.ascent())
        rows = [band.cards[i:i + columns] for i in range(0, len(band.cards), columns)]
        pending: list[PlacedCard] = []
        band_top = top
        y = top + gap
        for row in rows:
            row_h = max(measure.height(c, card_w) for c in row)
            if y + row_h + gap > body.bottom() and (pending or pages[-1]):
                if pending:  # the band continues on the next slide
                    pages[-1].append(PlacedBand(band, QRectF(body.left(), band_top, body.width(),
                                                             max(y - band_top, name_h)),
                                                name_lines, tuple(pending)))
                pages.append([])
                pending, band_top, y = [], body.top(), body.top() + gap
            for index, card in enumerate(row):
                rect = QRectF(cards_left + index * (card_w + gap), y, card_w,
                              measure.height(card, card_w))
                pending.append(PlacedCard(card, rect, measure.lines(card, card_w)))
            y += row_h + gap
        height = max(y - band_top, name_h)
        pages[-1].append(PlacedBand(band, QRectF(body.left(), band_top, body.width(), height),
                                    name_lines, tuple(pending)))
        top = band_top + height + gap
    parts = len(pages)
    return [StageSlide(frame, stage, part, parts, bands, measure, gap)
            for part, bands in enumerate(pages)]
