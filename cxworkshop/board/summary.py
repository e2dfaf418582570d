"""Semantic zoom: what a card shows when its normal text would be too small to read.

Below the zoom at which the 20 px card text would be under SUMMARY_BELOW_PX on screen, a
card stops drawing its header row and small text and shows its first words in a font large
enough to stay at least SUMMARY_MIN_PX on screen, as many lines as the card's height holds,
the last one ending in "…" when words are left out. Emotion cards keep their face, and the
vote dots and action badge shrink to compact pills whose letters are also at least that size,
so the room can see what it votes on when the whole board fits. The card keeps its size:
nothing moves when the zoom crosses the threshold.

Font sizes come from a fixed ladder, so a card lays its summary out once per step (cached on
the card), never once per frame or per wheel tick.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from cxworkshop.board import marks, style
from cxworkshop.board.emotion import draw_face

SUMMARY_BELOW_PX = 10.0  # normal text smaller than this on screen: show the summary
SUMMARY_MIN_PX = 11.0  # the summary's letters are at least this big on screen
MIN_SUMMARY_WIDTH_PX = 34.0  # narrower than this on screen, a card is only its colour
_LADDER_STEP = 1.15
_FONTS: dict[int, QFont] = {}


def summary_px(lod: float) -> int | None:
    """The scene pixel size of the summary font at scale `lod`, or None for normal painting."""
    if lod <= 0 or lod * style.CARD_TEXT_PX >= SUMMARY_BELOW_PX:
        return None
    needed = SUMMARY_MIN_PX / lod
    step = max(0, math.ceil(math.log(needed / style.CARD_TEXT_PX, _LADDER_STEP) - 1e-9))
    return int(math.ceil(style.CARD_TEXT_PX * _LADDER_STEP ** step))


def legible(width: float, lod: float) -> bool:
    """Whether a card `width` scene units wide has room for words at scale `lod`."""
    return width * lod >= MIN_SUMMARY_WIDTH_PX


def summary_font(px: int) -> QFont:
    font = _FONTS.get(px)
    if font is None:
        font = style.font(px)
        font.setWeight(QFont.Weight.DemiBold)  # a touch heavier survives projection and blur
        font.setStretch(QFont.Stretch.SemiCondensed)  # a few more letters per narrow card
        _FONTS[px] = font
    return font


@dataclass
class CompactMark:
    """A mark at summary size: a round tally with its count, or a pill with the initials."""

    mark: marks.Mark
    text: str
    rect: QRectF


@dataclass
class Summary:
    px: int
    lines: list[tuple[QPointF, str]] = field(default_factory=list)
    face: QRectF | None = None
    marks: list[CompactMark] = field(default_factory=list)


def compact_text(mark: marks.Mark, short: bool = False) -> str:
    """The pill's words: the dots' count, or the owners' initials (and the number of actions);
    `short` keeps only the first initial (a "?" for an action without owner is always kept)."""
    if mark.kind == "tally":
        return str(mark.value)
    if short:
        return marks.UNOWNED if mark.warning else mark.text[:1]
    return mark.text if mark.value <= 1 else f"{mark.text} {mark.value}"


def build(text: str, width: float, height: float, px: int, card_marks: list[marks.Mark],
          face: bool) -> Summary:
    """Lay out the first words of `text` in a `width` x `height` card at font size `px`."""
    font = summary_font(px)
    metrics = QFontMetricsF(font)
    line_h = metrics.lineSpacing()
    pad_x = max(style.CARD_PADDING, 0.3 * px)
    left = 8 + pad_x * 0.6  # clear of the kind stripe
    right = width - pad_x * 0.6
    top = max(2.0, (min(height, line_h + 0.5 * px) - line_h) / 2)
    result = Summary(px)
    # Marks: right-aligned pills on the first line, each as tall as a line of text.
    mark_h = line_h * 1.02
    placed: list[CompactMark] = []
    for short in (False, True):  # the words keep at least half of the first line if they can
        x = right
        placed = []
        for mark in reversed(card_marks):
            label = compact_text(mark, short)
            w = max(mark_h, metrics.horizontalAdvance(label) + 0.8 * px)
            x -= w
            placed.append(CompactMark(mark, label, QRectF(x, top - (mark_h - line_h) / 2, w,
                                                          mark_h)))
            x -= 0.25 * px
        if right - x <= 0.5 * (right - left):
            break
    placed.reverse()
    result.marks = placed
    first_left = left
    if face:
        size = line_h * 0.95
        result.face = QRectF(left, top + (line_h - size) / 2, size, size)
        first_left = left + size + 0.25 * px
    first_right = x if placed else right
    rows = max(1, int((height - top) // line_h))
    if rows >= 2 and first_right - first_left < 3.5 * px:
        # Marks leave the first line room for a syllable only: the words start on the next.
        top += line_h
        rows -= 1
        first_left, first_right = left, right
    words = " ".join((text or "").split())
    if not words:
        return result
    option = QTextOption()
    # Whole words only: a word too long for its line is elided ("…"), never split silently.
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout = QTextLayout(words, font)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[float, int, int]] = []
    y = top
    while len(spans) < rows:
        line = layout.createLine()
        if not line.isValid():
            break
        line_left = first_left if not spans else left
        line_right = first_right if not spans else right
        line.setLineWidth(max(px * 1.0, line_right - line_left))
        spans.append((line_left, line.textStart(), line.textLength()))
    layout.endLayout()
    for index, (line_left, start, length) in enumerate(spans):
        last = index == len(spans) - 1
        line_right = first_right if index == 0 else right
        chunk = (words[start:] if last else words[start:start + length]).strip()
        room = line_right - line_left
        if (last and start + length < len(words)) or metrics.horizontalAdvance(chunk) > room:
            chunk = metrics.elidedText(chunk, Qt.TextElideMode.ElideRight, room)
        result.lines.append((QPointF(line_left, y + metrics.ascent()), chunk))
        y += line_h
    return result


def paint_marks(p: QPainter, summary: Summary, palette: style.BoardPalette) -> None:
    if not summary.marks:
        return
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(summary_font(summary.px))
    for compact in summary.marks:
        mark = compact.mark
        fill, ink = marks.mark_colours(mark, palette)
        outline = marks.mark_outline(mark, palette)
        p.setPen(QPen(outline, max(1.0, compact.rect.height() * 0.08)))
        p.setBrush(fill)
        radius = compact.rect.height() / 2
        p.drawRoundedRect(compact.rect, radius, radius)
        p.setPen(ink)
        p.drawText(compact.rect, Qt.AlignmentFlag.AlignCenter, compact.text)
    p.restore()


def paint_words(p: QPainter, summary: Summary, ink, emotion: int | None) -> None:
    if summary.face is not None:
        draw_face(p, summary.face, emotion or 0)
    if not summary.lines:
        return
    p.setPen(ink)
    p.setFont(summary_font(summary.px))
    for origin, text in summary.lines:
        p.drawText(origin, text)
