"""The whole-board overview: at small scales every card is painted by one item in one call.

A 2,000-card board at fit-to-view would otherwise pay a Python paint() call per card per
frame; below OVERVIEW_ZOOM the cards keep their place in the scene (selection, hit-testing
and drags work as usual) but stop painting themselves (ItemHasNoContents). Where a card is
still wide enough on screen for a word (board.summary.legible), the overview then writes the
card's first words and its compact vote dots and badge over the batch, for the exposed cards
only; narrower cards stay colour, which is all the screen can show of them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from cxworkshop.board import style, summary
from cxworkshop.board.batch import gc_paused
from cxworkshop.board.card_item import CardItem

OVERVIEW_ZOOM = 0.22
BAND = 4096.0  # scene units: cards are batched by the band their top-left corner is in

_Batch = tuple[int, int, str, str]  # band column, band row, strong colour, fill colour


class OverviewItem(QGraphicsItem):
    palette: style.BoardPalette = style.BOARD

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(9)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._cards: dict[int, CardItem] = {}
        self._widest = 0.0
        self._rect = QRectF()
        # Per band of the board and colour pair, per card: its rectangle and its stripe. Built
        # once, then patched card by card (refresh, move, forget, set_selected), so an edit never
        # rebuilds the whole board, and a paint draws only the bands it exposes.
        self._batches: dict[_Batch, tuple[dict[int, QRectF], dict[int, QRectF]]] | None = None
        self._keys: dict[int, _Batch] = {}
        self._reach = 0.0  # the largest card side: how far a card may reach out of its band
        self._selected: set[int] = set()
        self._colour_keys: dict[tuple[str, str | None, bool], tuple[str, str]] = {}
        self._lifted: set[int] = set()
        self.active = False
        self.setVisible(False)

    def set_cards(self, cards: dict[int, CardItem], rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._cards, self._rect = cards, rect
        self._widest = max((item.width() for item in cards.values()), default=0.0)
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
        if self.active:  # a new item paints its own contents already
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def lift(self, items: list[CardItem]) -> None:
        """Cards being dragged paint themselves until `land()`: a drag then repaints only them,
        instead of the batches of the whole board on every mouse move."""
        self._lifted = {item.card_id for item in items}
        for item in items:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
        self.forget(self._lifted)

    def land(self) -> None:
        if not self._lifted:
            return
        landed = []
        for card_id in self._lifted:
            item = self._cards.get(card_id)
            if item is not None and isValid(item):
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.active)
                landed.append(item)
        self._lifted = set()
        self.refresh(landed)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def set_selected(self, items: list[QGraphicsItem]) -> None:
        """The scene's selection changed: repaint the cards whose selection changed, only."""
        selected = {item.card_id for item in items if isinstance(item, CardItem)}
        changed = selected ^ self._selected
        self._selected = selected
        self.refresh([self._cards[i] for i in changed if i in self._cards])

    def refresh(self, items: list[CardItem]) -> None:
        """Patch the batches for `items` (added, moved, resized, recoloured or (de)selected)."""
        if self._batches is None:  # not built yet: the next paint builds it whole
            self.invalidate()
            return
        exposed = [self._forget_one(item.card_id) for item in items]
        for item in items:
            if item.card_id not in self._lifted and isValid(item):
                exposed.append(self._add_one(item))
        self._repaint([r for r in exposed if r is not None])

    def move(self, items: list[CardItem]) -> None:
        """Cards that only moved or changed height (re-stacked): their rectangles follow them."""
        if self._batches is None or (not self.active and len(items) > 64):
            # Not showing (zoomed in): drop the batches rather than follow a whole lane's shift
            # card by card; they are built again when the overview paints next.
            self.invalidate()
            return
        exposed = []
        for item in items:
            key = self._keys.get(item.card_id)
            if key is None:
                continue
            rects, stripes = self._batches[key]
            rect, stripe = rects[item.card_id], stripes[item.card_id]
            exposed.append(QRectF(rect))
            pos = item.pos()
            band = (int(pos.x() // BAND), int(pos.y() // BAND))
            if band != key[:2]:  # into another band: another batch
                del rects[item.card_id], stripes[item.card_id]
                key = self._keys[item.card_id] = (*band, key[2], key[3])
                rects, stripes = self._batches.setdefault(key, ({}, {}))
                rects[item.card_id], stripes[item.card_id] = rect, stripe
            rect.moveTo(pos)
            rect.setHeight(item.height())
            stripe.moveTo(pos)
            stripe.setHeight(item.height())
            self._reach = max(self._reach, item.height())
            exposed.append(rect)
        self._repaint(exposed)

    def forget(self, card_ids: set[int] | list[int]) -> None:
        """Cards removed from the board (or lifted for a drag) leave the batches."""
        if self._batches is None:
            self.invalidate()
            return
        self._repaint([r for r in (self._forget_one(i) for i in card_ids) if r is not None])

    def _add_one(self, item: CardItem) -> QRectF:
        # Called for every card when the batches are built (10,000 at a cold start): plain
        # locals and one lookup per step.
        batches = self._batches
        assert batches is not None
        data, card_id = item.data_, item.card_id
        look = (data.kind, data.colour, item.isSelected())
        colours = self._colour_keys.get(look)
        if colours is None:  # a few dozen looks on any board: work out each once
            strong, fill = self.palette.card_colours(look[0], look[1])
            colours = self._colour_keys[look] = (strong.name(), strong.name() if look[2] else fill.name())
        pos = item.pos()
        x, y, width, height = pos.x(), pos.y(), item.width(), item.height()
        key = (int(x // BAND), int(y // BAND), *colours)
        rect = QRectF(x, y, width, height)
        if width > self._reach or height > self._reach:
            self._reach = max(width, height)
        batch = batches.get(key)
        if batch is None:
            batch = batches[key] = ({}, {})
        batch[0][card_id] = rect
        batch[1][card_id] = QRectF(x, y, 8, height)
        self._keys[card_id] = key
        if width > self._widest:  # widths only grow here: a cheap bound
            self._widest = width
        return rect

    def _forget_one(self, card_id: int) -> QRectF | None:
        assert self._batches is not None
        key = self._keys.pop(card_id, None)
        if key is None:
            return None
        rects, stripes = self._batches[key]
        stripes.pop(card_id, None)
        return rects.pop(card_id)

    def _repaint(self, rects: list[QRectF]) -> None:
        if not (self.active and isValid(self)):
            return
        if len(rects) > 64:
            self.update()
        else:
            for rect in rects:
                self.update(rect)

    def invalidate(self) -> None:
        self._batches = None
        self._keys = {}
        self._colour_keys = {}  # the palette may have changed
        if self.active and isValid(self):  # the scene clears its selection while destroyed
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        # Never the item under the pointer: clicks reach the cards and cells it paints over.
        return QPainterPath()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._batches is None:
            self._batches, self._keys = {}, {}
            with gc_paused():
                for card_id, item in self._cards.items():
                    if card_id not in self._lifted:
                        self._add_one(item)
        p.setPen(Qt.PenStyle.NoPen)
        exposed = option.exposedRect.adjusted(-self._reach, -self._reach, 0, 0)
        for (column, row, strong, fill), (rects, stripes) in self._batches.items():
            if rects and exposed.intersects(QRectF(column * BAND, row * BAND, BAND, BAND)):
                p.setBrush(QColor(fill))
                p.drawRects(list(rects.values()))
                p.setBrush(QColor(strong))
                p.drawRects(list(stripes.values()))
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        px = summary.summary_px(lod)
        if px is None or not summary.legible(self._widest, lod):
            return  # too small for any word: one check, not one per card
        self._paint_words(p, option.exposedRect, px, lod)

    def _paint_words(self, p: QPainter, exposed: QRectF, px: int, lod: float) -> None:
        for card_id, item in self._cards.items():
            if card_id in self._lifted or not summary.legible(item.width(), lod):
                continue
            pos = item.pos()
            if not exposed.intersects(QRectF(pos.x(), pos.y(), item.width(), item.height())):
                continue
            p.save()
            p.translate(pos)
            item.paint_summary(p, px, lod, with_fill=False)
            p.restore()
