"""CardItem: one sticky note on the board, with its text layout cached and a cheap paint().

At small scales (fit-to-view of a large board) a card paints as a plain rectangle; the text
layout is computed once per text/width change, never in paint().
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxworkshop.board import icons, labels, style
from cxworkshop.board.emotion import draw_face
from cxworkshop.model import CardKind

CARD_TYPE = QGraphicsItem.UserType + 1
LABEL_PX = 15
_TEXT_FONT = None
_LABEL_FONT = None


@dataclass
class CardData:
    """A plain copy of a card row, so items never hold ORM objects."""

    id: int
    stage_id: int
    lane_id: int
    position: int
    kind: str
    text: str
    emotion: int | None
    channel: str | None
    colour: str | None

    @classmethod
    def of(cls, card) -> CardData:
        return cls(card.id, card.stage_id, card.lane_id, card.position, card.kind, card.text,
                   card.emotion, card.channel, card.colour)

    def as_new_card(self) -> dict:
        return {"kind": self.kind, "text": self.text, "emotion": self.emotion,
                "channel": self.channel, "colour": self.colour}


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


def layout_text(text: str, font, width: float) -> tuple[list[QTextLayout], float]:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
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
    def __init__(self, data: CardData, width: float) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setZValue(10)
        self.data_ = data
        self.home = QPointF()  # where the layout puts it; a drag ends by snapping back or moving
        self.editing = False
        self._width = width
        self._height = style.CARD_MIN_HEIGHT
        self._layouts: list[QTextLayout] = []
        self._label = ""
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

    def set_data(self, data: CardData) -> None:
        old = self.data_
        self.data_ = data
        if (old.text, old.kind, old.channel, old.emotion) != (data.text, data.kind, data.channel,
                                                             data.emotion):
            self.prepareGeometryChange()
            self._relayout()
        self.update()

    def set_width(self, width: float) -> None:
        if width != self._width:
            self.prepareGeometryChange()
            self._width = width
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
        text_width = self._width - 2 * style.CARD_PADDING - 6
        self._layouts, text_height = layout_text(d.text, text_font(), text_width)
        self._height = max(style.CARD_MIN_HEIGHT, 2 * style.CARD_PADDING + self.header_height()
                           + 6 + text_height)

    def set_preview_height(self, text_height: float) -> None:
        """Grow while the text is edited in place, before the edit reaches the file."""
        height = max(style.CARD_MIN_HEIGHT,
                     2 * style.CARD_PADDING + self.header_height() + 6 + text_height)
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height

    # --- Qt ----------------------------------------------------------------------------

    def type(self) -> int:
        return CARD_TYPE

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, self._width + 8, self._height + 8)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        d = self.data_
        strong, fill = style.card_colours(d.kind, d.colour)
        rect = QRectF(0, 0, self._width, self._height)
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        selected = self.isSelected()
        if lod < 0.3:
            p.fillRect(rect, strong if selected else fill)
            p.fillRect(QRectF(0, 0, 8, self._height), strong)
            return
        p.setPen(QPen(strong.darker(115), 1.5))
        p.setBrush(fill)
        p.drawRect(rect)
        p.fillRect(QRectF(0, 0, 7, self._height), strong)
        if selected:
            p.setPen(QPen(style.SELECTION, 5))
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
        if lod < 0.28:
            return
        ink = style.text_colour_on(fill)
        p.setPen(ink if d.colour else strong.darker(120))
        p.setFont(_label_font())
        p.drawText(QRectF(label_x, pad, self._width - label_x - pad, header),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._label.upper())
        if self.editing:
            return
        p.setPen(ink)
        origin = self.text_rect().topLeft()
        for layout in self._layouts:
            layout.draw(p, origin)


def is_card(item: QGraphicsItem | None) -> bool:
    return item is not None and item.type() == CARD_TYPE


def card_colour(item: CardItem) -> QColor:
    return style.card_colours(item.data_.kind, item.data_.colour)[1]
