"""The whole-board overview: at small scales every card is painted by one item in one call.

A 2,000-card board at fit-to-view would otherwise pay a Python paint() call per card per
frame; below OVERVIEW_ZOOM the cards keep their place in the scene (selection, hit-testing
and drags work as usual) but stop painting themselves (ItemHasNoContents). Action badges and
vote dots are not drawn here: at that scale they would be specks, and cost a pass per card.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from cxworkshop.board import style
from cxworkshop.board.card_item import CardItem

OVERVIEW_ZOOM = 0.22


class OverviewItem(QGraphicsItem):
    palette: style.BoardPalette = style.BOARD

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(9)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._cards: dict[int, CardItem] = {}
        self._rect = QRectF()
        self._batches: dict[tuple[str, str], list[QRectF]] | None = None
        self._lifted: set[int] = set()
        self.active = False
        self.setVisible(False)

    def set_cards(self, cards: dict[int, CardItem], rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._cards, self._rect = cards, rect
        self.invalidate()

    def set_active(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        for item in self._cards.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, active)
        self.setVisible(active)
        self.invalidate()

    def adopt(self, item: CardItem) -> None:
        """A card added while the overview is showing paints through it too."""
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.active)

    def lift(self, items: list[CardItem]) -> None:
        """Cards being dragged paint themselves until `land()`: a drag then repaints only them,
        instead of rebuilding the batches of the whole board on every mouse move."""
        self._lifted = {item.card_id for item in items}
        for item in items:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
        self.invalidate()

    def land(self) -> None:
        if not self._lifted:
            return
        for card_id in self._lifted:
            item = self._cards.get(card_id)
            if item is not None and isValid(item):
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.active)
        self._lifted = set()
        self.invalidate()

    def invalidate(self) -> None:
        self._batches = None
        if self.active and isValid(self):  # the scene clears its selection while destroyed
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._batches is None:
            batches: dict[tuple[str, str], list[QRectF]] = {}
            card_colours = self.palette.card_colours
            for card_id, item in self._cards.items():
                if card_id in self._lifted:
                    continue
                strong, fill = card_colours(item.data_.kind, item.data_.colour)
                rect = QRectF(item.pos().x(), item.pos().y(), item.width(), item.height())
                key = (strong.name(), strong.name() if item.isSelected() else fill.name())
                batches.setdefault(key, []).append(rect)
            self._batches = batches
        p.setPen(Qt.PenStyle.NoPen)
        for (strong, fill), rects in self._batches.items():
            p.setBrush(QColor(fill))
            p.drawRects(rects)
            p.setBrush(QColor(strong))
            p.drawRects([QRectF(r.x(), r.y(), 8, r.height()) for r in rects])
