"""The frame every slide is laid out in: type sizes and margins derived from the output size.

The unit is the card text size: 26 px on a 1280x720 output, proportional on other outputs
(the smaller of the two ratios, so a 4:3 projector does not overflow), times the presenter's
Ctrl+Plus/Minus factor. Everything else is a multiple of it, so a slide built for 1920x1080
is the 1280x720 slide at 1.5x, reflowed rather than scaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from cxworkshop.ui.presentation.palette import ProjectorPalette

CARD_TEXT_PX_AT_720P = 26.0
REFERENCE = QSizeF(1280, 720)


class SlideKind(Enum):
    OVERVIEW = "overview"
    STAGE = "stage"
    VOTES = "votes"
    PLAN = "plan"
    COMPARE = "compare"  # today | tomorrow: one stage of the current and the future map


@dataclass(frozen=True)
class SlideKey:
    """Which slide: kept across rebuilds (an edit, a resize) and across F5/Esc."""

    kind: SlideKind
    stage_id: int | None = None
    part: int = 0


def font(pixels: float, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(max(1, round(pixels)))
    result.setBold(bold)
    return result


@dataclass(frozen=True)
class SlideFrame:
    width: float
    height: float
    type_scale: float = 1.0

    @property
    def unit(self) -> float:
        ratio = min(self.width / REFERENCE.width(), self.height / REFERENCE.height())
        return CARD_TEXT_PX_AT_720P * ratio * self.type_scale

    @property
    def margin(self) -> float:
        return round(0.9 * self.unit * min(1.0, 1 / self.type_scale))

    @property
    def gap(self) -> float:
        return max(4.0, round(0.3 * self.unit))

    def card_font(self) -> QFont:
        return font(self.unit)

    def label_font(self) -> QFont:
        return font(0.8 * self.unit, bold=True)

    def title_font(self) -> QFont:
        return font(1.6 * self.unit, bold=True)

    def small_font(self) -> QFont:
        return font(0.8 * self.unit, bold=True)

    def footer_font(self) -> QFont:
        return font(0.8 * self.unit / self.type_scale, bold=True)

    @property
    def footer_height(self) -> float:
        return round(1.8 * self.unit / self.type_scale)

    @property
    def rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    @property
    def title_rect(self) -> QRectF:
        height = QFontMetricsF(self.title_font()).height() * 1.15
        return QRectF(self.margin, self.margin * 0.6, self.width - 2 * self.margin, height)

    @property
    def body(self) -> QRectF:
        """Below the title, above the footer."""
        top = self.title_rect.bottom() + self.gap * 2
        bottom = self.height - self.footer_height - self.gap * 2
        return QRectF(self.margin, top, self.width - 2 * self.margin, max(0.0, bottom - top))

    @property
    def footer_rect(self) -> QRectF:
        return QRectF(0, self.height - self.footer_height, self.width, self.footer_height)


class Slide:
    """One laid-out slide; `draw` paints it (without the footer) at its frame's size."""

    kind: SlideKind = SlideKind.STAGE

    def __init__(self, frame: SlideFrame, key: SlideKey, title: str) -> None:
        self.frame, self.key, self.title = frame, key, title

    def draw(self, painter: QPainter, palette: ProjectorPalette) -> None:
        painter.fillRect(self.frame.rect, palette.background)
        draw_title(painter, self.frame, palette, self.title)

    def texts(self) -> list[str]:
        """Every text the slide shows (accessibility, the translation check)."""
        return [self.title]


def draw_title(painter: QPainter, frame: SlideFrame, palette: ProjectorPalette, title: str,
               right_reserve: float = 0.0) -> None:
    painter.setFont(frame.title_font())
    painter.setPen(palette.ink)
    rect = frame.title_rect.adjusted(0, 0, -right_reserve, 0)
    text = QFontMetricsF(painter.font()).elidedText(title, Qt.TextElideMode.ElideRight,
                                                     rect.width())
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
