"""CardItem: one sticky note on the board, with its text layout cached and a cheap paint().

When its text would be too small to read (fit-to-view of a board), a card paints its summary
instead (board.summary): its first words at a legible size and compact vote dots and badge,
never a blank bar. The text layout is computed once per text/width change and the summary
once per zoom step, never on every paint(). A card is built knowing only its height (the
lines its text breaks into); its drawable text layout, elided kind label and marks are made
when it first paints (a 10,000-card board at fit-to-view paints none of them: the overview
draws the cards), and its tooltip when first asked for. The scene hands each card
its palette (style.BoardPalette), its action badge and its vote dots (board.marks); the
tooltip carries the card's full text and facts, since graphics items have no accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxworkshop.board import describe, evidence_mark, icons, labels, marks, style, summary
from cxworkshop.board.emotion import draw_face
from cxworkshop.board.summary import Summary
from cxworkshop.model import CardKind
from cxworkshop.model.records import Card

# QGraphicsItem.UserType (65536): PySide6's stubs leave it out of QGraphicsItem.
USER_TYPE: int = QGraphicsItem.UserType  # type: ignore[attr-defined]
CARD_TYPE = USER_TYPE + 1
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
LABEL_PX = 15
_TEXT_FONT = None
_LABEL_FONT = None


def new_card_fields(card: Card) -> dict:
    """What a copy of `card` needs, for paste and duplicate (the cell is chosen by the caller)."""
    return {"kind": card.kind, "text": card.text, "emotion": card.emotion,
            "channel": card.channel, "colour": card.colour, "evidence": card.evidence,
            "evidence_source": card.evidence_source}


def text_font():
    global _TEXT_FONT
    if _TEXT_FONT is None:
        _TEXT_FONT = style.font(style.CARD_TEXT_PX)
    return _TEXT_FONT


def _label_font():
    global _LABEL_FONT
    if _LABEL_FONT is None:
        _LABEL_FONT = style.font(LABEL_PX, bold=True)
    return _LABEL_FONT


_LABEL_METRICS: QFontMetricsF | None = None


def _label_metrics() -> QFontMetricsF:
    global _LABEL_METRICS
    if _LABEL_METRICS is None:
        _LABEL_METRICS = QFontMetricsF(_label_font())
    return _LABEL_METRICS


_WRAP: QTextOption | None = None


def _wrap_option() -> QTextOption:
    global _WRAP
    if _WRAP is None:
        _WRAP = QTextOption()
        _WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return _WRAP


_MEASURING: tuple[QFont, QTextLayout] | None = None  # one layout, reused for every card


def _measuring_layout(font: QFont) -> QTextLayout:
    global _MEASURING
    if _MEASURING is None or _MEASURING[0] is not font:
        layout = QTextLayout("", font)
        layout.setTextOption(_wrap_option())
        _MEASURING = (font, layout)
    return _MEASURING[1]


def text_height(text: str, font: QFont, width: float) -> float:
    """The height layout_text() gives `text`, without keeping the layouts: the same lines,
    broken the same way, only counted (what building a card needs)."""
    layout, y = _measuring_layout(font), 0.0
    for paragraph in (text or "").split("\n"):
        layout.setText(paragraph)
        layout.beginLayout()
        line = layout.createLine()
        while line.isValid():
            line.setLineWidth(width)
            y += line.height()
            line = layout.createLine()
        layout.endLayout()
    return y


def layout_text(text: str, font: QFont, width: float) -> tuple[list[QTextLayout], float]:
    option = _wrap_option()
    layouts, y = [], 0.0
    for paragraph in (text or "").split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        layouts.append(layout)
    return layouts, y


class CardItem(QGraphicsItem):
    palette: style.BoardPalette = style.BOARD  # the scene sets its own on every card

    def __init__(self, data: Card, width: float) -> None:
        super().__init__()
        self.setFlags(_CARD_FLAGS)
        self.setZValue(10)
        self.data_ = data
        self.home = QPointF()  # where the layout puts it; a drag ends by snapping back or moving
        self.editing = False
        self._width = width
        self._height = style.CARD_MIN_HEIGHT
        self._bounds: QRectF | None = None  # boundingRect(), made again when the size changes
        self._layouts: list[QTextLayout] | None = None  # the drawn text: made on first paint
        self._label = ""
        self._shown_label = ""  # the kind label, elided to leave room for the marks
        self.channel_owner = ""  # a touchpoint's channel owner (issue 17), short, after the label
        self.channel_owner_name = ""  # the same owner's whole name, for the tooltip
        self.badge: tuple[str, int] | None = None
        self.dots = 0
        self._marks: list[marks.Mark] = []
        self._mark_rects: list[QRectF] = []
        self._marks_stale = True  # marks and elided label: laid out when first needed
        self.gap_note = ""  # View > Journey vs internal processes: why this card is flagged
        self._summary: Summary | None = None  # cached for one zoom step
        self._tooltip_stale = True  # the tooltip is written when first asked for
        self._relayout()

    # --- data --------------------------------------------------------------------------

    @property
    def card_id(self) -> int:
        return self.data_.id

    @property
    def cell(self) -> tuple[int, int]:
        return self.data_.stage_id, self.data_.lane_id

    def height(self) -> float:
        return self._height

    def width(self) -> float:
        return self._width

    def set_data(self, data: Card) -> None:
        old = self.data_
        self.data_ = data
        if (old.text, old.kind, old.channel, old.emotion) != (data.text, data.kind, data.channel,
                                                             data.emotion):
            self.prepareGeometryChange()
            self._relayout()
        elif (old.colour, old.evidence, old.evidence_source) != (data.colour, data.evidence,
                                                                   data.evidence_source):
            self._update_tooltip()
        self.update()

    def set_marks(self, badge: tuple[str, int] | None, dots: int) -> bool:
        """The action badge and vote dots; repaints (and returns True) only if they changed."""
        dots = max(0, int(dots or 0))
        if (badge, dots) == (self.badge, self.dots):
            return False
        self.badge, self.dots = badge, dots
        self._marks_stale = True
        self._summary = None
        self._update_tooltip()
        self._repaint()
        return True

    def _repaint(self) -> None:
        if self.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents and self.scene():
            # The overview paints this card now: its area must be redrawn, not the item.
            self.scene().update(self.sceneBoundingRect())
        else:
            self.update()

    def summary(self) -> str:
        text = describe.card_summary(self.data_, self.badge, self.dots, self.channel_owner_name)
        return f"{self.gap_note}\n{text}" if self.gap_note else text

    def set_gap_note(self, note: str) -> None:
        """Flag the card (a dashed warning frame) with a sentence saying why; '' clears it."""
        if note != self.gap_note:
            self.gap_note = note
            self._update_tooltip()
            self._repaint()

    def set_channel_owner(self, short: str, name: str = "") -> bool:
        """The owner of this touchpoint's channel in the register ("" for none), shown after
        the channel's label as "EMAIL → Anna R." (`name`, whole, in the tooltip); repaints (and
        returns True) only if it changed."""
        if self.data_.kind != CardKind.TOUCHPOINT or not self.data_.channel:
            short = name = ""
        if (short, name or short) == (self.channel_owner, self.channel_owner_name):
            return False
        self.channel_owner, self.channel_owner_name = short, name or short
        self._marks_stale = True  # the label is elided again with the marks
        self._update_tooltip()
        self.update()
        return True

    def label_text(self) -> str:
        """The header's words before eliding: the kind (or channel, or emotion) and a touchpoint's
        channel owner."""
        label = self._label.upper()
        return f"{label} → {self.channel_owner}" if self.channel_owner else label

    def mark_rects(self) -> list[tuple[marks.Mark, QRectF]]:
        self._ensure_marks()
        return list(zip(self._marks, self._mark_rects, strict=True))

    def set_width(self, width: float) -> None:
        if width != self._width:
            self.prepareGeometryChange()
            self._width = width
            self._bounds = None
            self._relayout()

    def header_height(self) -> float:
        return style.EMOTION_FACE if self.data_.kind == CardKind.EMOTION else style.CARD_ICON

    def text_rect(self) -> QRectF:
        top = style.CARD_PADDING + self.header_height() + 6
        return QRectF(style.CARD_PADDING + 6, top, self._width - 2 * style.CARD_PADDING - 6,
                      self._height - top - style.CARD_PADDING)

    def _relayout(self) -> None:
        d = self.data_
        if d.kind == CardKind.EMOTION:
            self._label = labels.emotion(d.emotion)
        elif d.kind == CardKind.TOUCHPOINT and d.channel:
            self._label = labels.channel(d.channel)
        else:
            self._label = labels.card_kind(d.kind)
        self._layouts = None
        self._height = max(style.CARD_MIN_HEIGHT, 2 * style.CARD_PADDING + self.header_height()
                           + 6 + text_height(d.text, text_font(), self._text_width()))
        self._bounds = None
        self._marks_stale = True
        self._summary = None
        self._update_tooltip()

    def _text_width(self) -> float:
        return self._width - 2 * style.CARD_PADDING - 6

    def _text_layouts(self) -> list[QTextLayout]:
        if self._layouts is None:
            self._layouts = layout_text(self.data_.text, text_font(), self._text_width())[0]
        return self._layouts

    def _ensure_marks(self) -> None:
        if self._marks_stale:
            self._marks_stale = False
            self._layout_marks()

    def _label_left(self) -> float:
        return style.CARD_PADDING + 12 + (style.EMOTION_FACE if self.data_.kind == CardKind.EMOTION
                                          else style.CARD_ICON)

    def _layout_marks(self) -> None:
        pad = style.CARD_PADDING
        room = self._width - self._label_left() - pad
        found = [marks.tally_mark(self.dots), marks.badge_mark(self.badge, room * 0.6)]
        self._marks = [m for m in found if m is not None]
        self._mark_rects = marks.layout_marks(self._marks, self._width - pad, pad,
                                              self.header_height())
        right = (self._mark_rects[0].left() - marks.MARK_GAP if self._mark_rects
                 else self._width - pad)
        metrics = _label_metrics()
        self._shown_label = metrics.elidedText(self.label_text(), Qt.TextElideMode.ElideRight,
                                               max(0.0, right - self._label_left()))
        self._summary = None

    def _update_tooltip(self) -> None:
        # Written when asked for (toolTip(), or BoardScene.helpEvent before Qt shows it), not
        # for every card of a 10,000-card board at load.
        self._tooltip_stale = True

    def toolTip(self) -> str:  # noqa: N802 - Qt naming
        if self._tooltip_stale:
            self._tooltip_stale = False
            self.setToolTip(describe.as_tooltip(self.summary()))
        return super().toolTip()

    def set_preview_height(self, text_height: float | None) -> None:
        """Grow while the text is edited in place, before the edit reaches the file; None goes
        back to the height of the card's own text (an edit that changed nothing)."""
        if text_height is None:
            self.prepareGeometryChange()
            self._relayout()
            return
        height = max(style.CARD_MIN_HEIGHT,
                     2 * style.CARD_PADDING + self.header_height() + 6 + text_height)
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height
            self._bounds = None
            self._summary = None

    # --- Qt ----------------------------------------------------------------------------

    def type(self) -> int:
        return CARD_TYPE

    def boundingRect(self) -> QRectF:
        # Asked for many times per move by the scene's index: made once per size.
        if self._bounds is None:
            self._bounds = QRectF(-4, -4, self._width + 8, self._height + 8)
        return self._bounds

    def summary_at(self, px: int) -> Summary:
        """The card's summary with font size `px` (scene units), laid out once per size."""
        self._ensure_marks()
        if self._summary is None or self._summary.px != px:
            self._summary = summary.build(self.data_.text, self._width, self._height, px,
                                          self._marks, self.data_.kind == CardKind.EMOTION)
        return self._summary

    def paint_summary(self, p: QPainter, px: int, lod: float, with_fill: bool) -> None:
        """Words and compact marks for a small scale; `with_fill` False when the overview
        has already painted the card's colour."""
        d = self.data_
        pal = self.palette
        strong, fill = pal.card_colours(d.kind, d.colour)
        rect = QRectF(0, 0, self._width, self._height)
        if with_fill:
            p.setPen(QPen(strong if pal.dark else strong.darker(115), 0))  # 1 screen pixel
            p.setBrush(fill)
            p.drawRect(rect)
            stripe = QColor(d.colour) if pal.dark and d.colour else strong
            p.fillRect(QRectF(0, 0, 8, self._height), stripe)
        if self.gap_note:  # a few screen pixels wide at any zoom
            paint_hazard_frame(p, rect, pal, 1 / lod)
        if self.isSelected():
            p.setPen(QPen(pal.selection, 3.5 / lod))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
        if not summary.legible(self._width, lod):
            return
        shown = self.summary_at(px)
        if not self.editing:
            summary.paint_words(p, shown, pal.text_on(fill), d.emotion)
        summary.paint_marks(p, shown, pal)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        d = self.data_
        pal = self.palette
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        px = summary.summary_px(lod)
        if px is not None:
            self.paint_summary(p, px, lod, with_fill=True)
            return
        self._ensure_marks()
        strong, fill = pal.card_colours(d.kind, d.colour)
        stripe = QColor(d.colour) if pal.dark and d.colour else strong
        rect = QRectF(0, 0, self._width, self._height)
        selected = self.isSelected()
        p.setPen(QPen(strong if pal.dark else strong.darker(115), pal.card_border_width,
                      evidence_mark.outline_style(d.evidence)))
        p.setBrush(fill)
        p.drawRect(rect)
        p.fillRect(QRectF(0, 0, 7 if pal.name == "board" else 9, self._height), stripe)
        evidence_mark.paint_glyph(p, self._width, self._height, d.evidence, pal.card_label(strong), fill)
        for mark, mark_rect in zip(self._marks, self._mark_rects, strict=True):
            marks.paint_mark(p, mark_rect, mark, pal, detail=True)
        if self.gap_note:
            paint_hazard_frame(p, rect.adjusted(-1.5, -1.5, 1.5, 1.5), pal, 1.0)
        if selected:
            p.setPen(QPen(pal.selection, 5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
        pad = style.CARD_PADDING
        if d.kind == CardKind.EMOTION:
            draw_face(p, QRectF(pad + 6, pad, style.EMOTION_FACE, style.EMOTION_FACE),
                      d.emotion or 0)
            label_x, header = pad + 12 + style.EMOTION_FACE, style.EMOTION_FACE
        else:
            icons.paint_card_icon(p, QRectF(pad + 6, pad, style.CARD_ICON, style.CARD_ICON),
                                  d.kind, strong)
            label_x, header = pad + 12 + style.CARD_ICON, style.CARD_ICON
        ink = pal.text_on(fill)
        p.setPen(ink if d.colour and not pal.dark else pal.card_label(strong))
        p.setFont(_label_font())
        p.drawText(QRectF(label_x, pad, self._width - label_x - pad, header),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._shown_label)
        if self.editing:
            return
        p.setPen(ink)
        origin = self.text_rect().topLeft()
        for layout in self._text_layouts():
            layout.draw(p, origin)


def paint_hazard_frame(p: QPainter, rect: QRectF, pal: style.BoardPalette, scale: float) -> None:
    """The frame of a flagged card (View > Journey vs internal processes): the warning colour,
    striped with its ink; `scale` turns its widths into scene units."""
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(pal.warning_fill, 5 * scale))
    p.drawRect(rect)
    p.setPen(QPen(pal.warning_ink, 2 * scale, Qt.PenStyle.DashLine))
    p.drawRect(rect)


def is_card(item: QGraphicsItem | None) -> bool:
    return item is not None and item.type() == CARD_TYPE
