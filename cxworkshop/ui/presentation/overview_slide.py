"""The overview slide: every stage as a column (name, card count, emotion face on a curve)
and, below, the cards with the most dots."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from cxworkshop.board.emotion import draw_face
from cxworkshop.model import EMOTION_MAX, EMOTION_MIN
from cxworkshop.ui.presentation.cards import DOT
from cxworkshop.ui.presentation.content import DeckContent
from cxworkshop.ui.presentation.frame import Slide, SlideFrame, SlideKey, SlideKind
from cxworkshop.ui.presentation.palette import ProjectorPalette
from cxworkshop.ui.presentation.stage_slide import format_score
from cxworkshop.ui.presentation.text_flow import wrap

TOP_CARDS = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def cards_label(count: int) -> str:
    return _tr("1 card") if count == 1 else _tr("%1 cards").replace("%1", str(count))


class OverviewSlide(Slide):
    kind = SlideKind.OVERVIEW

    def __init__(self, frame: SlideFrame, deck: DeckContent) -> None:
        super().__init__(frame, SlideKey(SlideKind.OVERVIEW), deck.title or deck.map_name)
        self.deck = deck
        count = max(1, len(deck.stages))
        self.column_w = frame.body.width() / count
        room = self.column_w - frame.gap * 2
        # Stage names in narrow columns: a smaller size (down to 0.6 of the card text) rather
        # than a name broken by an ellipsis.
        self.name_font = frame.label_font()
        longest = max((w for s in deck.stages for w in f"{s.number}. {s.name}".split()),
                      key=lambda w: QFontMetricsF(self.name_font).horizontalAdvance(w),
                      default="")
        while (QFontMetricsF(self.name_font).horizontalAdvance(longest) > room
               and self.name_font.pixelSize() > 0.6 * frame.unit):
            self.name_font.setPixelSize(self.name_font.pixelSize() - 1)
        label = QFontMetricsF(self.name_font)
        self.names = [tuple(wrap(f"{s.number}. {s.name}", label, room, 3))
                      for s in deck.stages]
        self.top = deck.ranking()[:TOP_CARDS]

    def texts(self) -> list[str]:
        return [self.title, *(" ".join(n) for n in self.names),
                *(cards_label(s.card_count) for s in self.deck.stages),
                _tr("Most voted"), *(r.card.text for r in self.top)]

    def draw(self, painter: QPainter, palette: ProjectorPalette) -> None:
        super().draw(painter, palette)
        frame, body, gap, unit = self.frame, self.frame.body, self.frame.gap, self.frame.unit
        label = QFontMetricsF(self.name_font)
        small = QFontMetricsF(frame.small_font())
        card_metrics = QFontMetricsF(frame.card_font())
        rows = len(self.top)
        ranking_h = (rows + 1) * card_metrics.lineSpacing() * 1.25 if rows else 0
        names_h = 3 * label.lineSpacing() + gap
        curve_top = body.top() + names_h + small.lineSpacing() + gap * 2
        curve_bottom = body.bottom() - ranking_h - gap * 2
        face = min(self.column_w * 0.55, unit * 2.4, max(unit, (curve_bottom - curve_top) / 2.2))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        points: list[tuple[QPointF, float]] = []
        for index, stage in enumerate(self.deck.stages):
            x = body.left() + index * self.column_w
            column = QRectF(x + gap / 2, body.top(), self.column_w - gap, curve_bottom - body.top())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.band)
            painter.drawRoundedRect(column, unit * 0.2, unit * 0.2)
            painter.setFont(self.name_font)
            painter.setPen(palette.ink)
            y = body.top() + gap + label.ascent()
            for line in self.names[index]:
                painter.drawText(QPointF(x + gap, y), line)
                y += label.lineSpacing()
            painter.setFont(frame.small_font())
            painter.setPen(palette.ink_soft)
            painter.drawText(QPointF(x + gap, body.top() + gap + names_h + small.ascent()),
                             cards_label(stage.card_count))
            if stage.emotion is not None:
                span = EMOTION_MAX - EMOTION_MIN
                t = (EMOTION_MAX - stage.emotion) / span
                cy = curve_top + face / 2 + t * max(0.0, curve_bottom - curve_top - face * 1.6)
                points.append((QPointF(x + self.column_w / 2, cy), stage.emotion))
        if len(points) > 1:
            path = QPainterPath(points[0][0])
            for (a, _), (b, _) in zip(points, points[1:], strict=False):
                mid = (a.x() + b.x()) / 2
                path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
            painter.setPen(QPen(palette.ink, max(2.0, unit * 0.12)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setFont(frame.small_font())
        for centre, score in points:
            draw_face(painter, QRectF(centre.x() - face / 2, centre.y() - face / 2, face, face),
                      round(score))
            text = format_score(score)
            painter.setPen(palette.ink)
            painter.drawText(QRectF(centre.x() - self.column_w / 2, centre.y() + face / 2,
                                    self.column_w, small.height()),
                             int(Qt.AlignmentFlag.AlignCenter), text)
        if rows:
            painter.setFont(frame.label_font())
            painter.setPen(palette.ink)
            y = curve_bottom + gap * 2
            line_h = card_metrics.lineSpacing() * 1.25
            painter.drawText(QRectF(body.left(), y, body.width(), line_h),
                             int(Qt.AlignmentFlag.AlignVCenter), _tr("Most voted"))
            painter.setFont(frame.card_font())
            for ranked in self.top:
                y += line_h
                dots = f"{DOT} {ranked.card.votes}"
                dots_w = card_metrics.horizontalAdvance(f"{DOT} 99") + gap * 2
                painter.drawText(QRectF(body.left(), y, dots_w, line_h),
                                 int(Qt.AlignmentFlag.AlignVCenter), dots)
                text = card_metrics.elidedText(f"{ranked.card.text} · {ranked.stage}",
                                               Qt.TextElideMode.ElideRight,
                                               body.width() - dots_w)
                painter.drawText(QRectF(body.left() + dots_w, y, body.width() - dots_w, line_h),
                                 int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
