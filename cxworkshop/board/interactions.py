"""The board's interactions: card drags and drops, palette drops, clicks, headers, voting, menus.

The top layer of BoardScene (cxworkshop.board.scene), over BoardEditing and BoardMirror
(which mirrors the document); this part turns
what the mouse does into one typed document edit each (through `attempt` / `change_structure`)
and leaves the refresh to the change notification. Card drags are plain item moves until the
button is released; then one `move_cards` edit (one undo step) is sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
)

from cxworkshop.board.card_drag import card_ids_from_drop
from cxworkshop.board.card_item import CardItem
from cxworkshop.board.grid_items import PersonaStripItem, StageHeaderItem, _HeaderItem
from cxworkshop.board.inline_editing import BoardEditing
from cxworkshop.board.palette import PALETTE_MIME, STAGE_ENTRY
from cxworkshop.model import CardKind


class BoardInteractions(BoardEditing):
    """Mouse, drag-and-drop, header, voting and menu handling of the board."""

    # --- dropping from the palette --------------------------------------------------------

    def drag_source(self) -> str:
        """What this board writes into BOARD_SOURCE_MIME: only its own card drags come back."""
        return f"{self.document.path}#{self.map_id}#{id(self)}"

    def _own_cards(self, event: QGraphicsSceneDragDropEvent) -> list[CardItem]:
        ids = card_ids_from_drop(event.mimeData(), self.drag_source())
        return [self.cards[i] for i in ids if i in self.cards]

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if self.read_only:
            event.ignore()
        elif event.mimeData().hasFormat(PALETTE_MIME) or self._own_cards(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if self._own_cards(event) and not self.read_only:
            cell = self.layout.cell_at(event.scenePos())
            if cell is None:
                event.ignore()
                return
            self.set_current_cell(cell)
            event.acceptProposedAction()
            return
        entry = self._palette_entry(event)
        if entry is None:
            event.ignore()
            return
        cell = self.layout.cell_at(event.scenePos())
        if entry.get("kind") == STAGE_ENTRY or cell is not None:
            if cell is not None:
                self.set_current_cell(cell)
            event.acceptProposedAction()
        else:
            event.ignore()

    def _palette_entry(self, event: QGraphicsSceneDragDropEvent) -> dict[str, Any] | None:
        """What a palette drag carries, or None for anything else (or a read-only board)."""
        if not event.mimeData().hasFormat(PALETTE_MIME) or self.read_only:
            return None
        entry: dict[str, Any] = json.loads(bytes(event.mimeData().data(PALETTE_MIME).data()).decode())
        return entry

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.accept()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        own = self._own_cards(event)
        if own and not self.read_only and self.layout.cell_at(event.scenePos()) is not None:
            # A card drag that left the view and came back: an ordinary move.
            self.move_cards_to(own, event.scenePos())
            event.acceptProposedAction()
            return
        entry = self._palette_entry(event)
        if entry is None or self.drop_entry(entry, event.scenePos()) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def drop_entry(self, entry: dict, pos: QPointF, edit_text: bool = True) -> int | None:
        """Add what a palette entry describes at `pos`; returns the new row's id."""
        if entry.get("kind") == STAGE_ENTRY:
            if self.map_id is None:
                return None
            stage_id = self.change_structure(self.document.add_stage, self.map_id, QCoreApplication.translate("BoardScene", "New stage"),
                                             self.layout.stage_index_at(pos.x()))
            if stage_id is not None and edit_text:
                self.start_rename(self.stage_items[stage_id])
            return stage_id
        cell = self.layout.cell_at(pos)
        if cell is None:
            return None
        return self.add_card_at(cell, entry, self.cell_index_at(cell, pos.y()), edit_text)

    def add_card_at(self, cell: tuple[int, int], entry: dict, index: int | None = None,
                    edit_text: bool = True) -> int | None:
        values = {k: entry[k] for k in ("emotion", "channel", "colour") if entry.get(k) is not None}
        card_id = self.attempt(self.document.add_card, cell[0], cell[1],
                               entry.get("kind", CardKind.NOTE.value), entry.get("text", ""),
                               index=index, **values)
        if card_id is not None:
            self.select_cards([card_id])
            if edit_text:
                self.start_edit_card(self.cards[card_id])
        return card_id

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802 - Qt naming
        # Cards write their tooltips lazily: have the one under the pointer write it now.
        item = self.card_at(event.scenePos())
        if item is not None:
            item.toolTip()
        super().helpEvent(event)

    # --- moving cards with the mouse ------------------------------------------------------

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The top card under `pos` (also when its in-place editor or a mark is hit)."""
        return next((i for i in self.items(pos) if isinstance(i, CardItem)), None)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting_mode:
            self._vote_click(event)
            return
        if self.editor is not None and not self.editor.isUnderMouse():
            self.finish_editing()
        super().mousePressEvent(event)
        item = self.itemAt(event.scenePos(), QTransform())
        if isinstance(item, CardItem) and event.button() == Qt.MouseButton.LeftButton:
            self.set_current_cell(item.cell)
        elif item is self._grid or item is None:
            self.set_current_cell(self.layout.cell_at(event.scenePos()))

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting_mode and event.buttons():
            return
        if self.read_only and event.buttons() & Qt.MouseButton.LeftButton and self.selected_cards():
            return
        super().mouseMoveEvent(event)
        if not self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            moved = [i for i in self.selected_cards() if i.pos() != i.home]
            if moved:
                self._dragging = moved
                for item in moved:
                    item.setZValue(40)
                self.overview.lift(moved)
        if self._dragging:
            cell = self.layout.cell_at(event.scenePos())
            if cell is not None:
                self.set_current_cell(cell)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting_mode and self.mouseGrabberItem() is None:
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moving, self._dragging = self._dragging, []
        if not moving:
            return
        for item in moving:
            item.setZValue(10)
        self.overview.land()
        self.move_cards_to(moving, event.scenePos())

    def dragging_cards(self) -> list[CardItem]:
        """The cards being dragged right now (moved since the press), else []."""
        return list(self._dragging)

    def abandon_card_drag(self) -> list[int]:
        """Cancel the in-board move (cards go back home) and return the ids that were dragged.

        The view calls this when a card drag leaves it, before handing the cards to a QDrag;
        the mouse release that follows then finds nothing to move.
        """
        moving, self._dragging = self._dragging, []
        for item in moving:
            item.setZValue(10)
        ids = [i.card_id for i in self.selected_cards()] or [i.card_id for i in moving]
        if moving:
            self.overview.land()
            self.restack({i.cell for i in moving})
        return ids

    def move_cards_to(self, items: list[CardItem], pos: QPointF) -> None:
        """The end of a drag: one move_cards edit into the cell under `pos`, or snap back."""
        cell = self.layout.cell_at(pos)
        if cell is not None and not self.read_only:
            index = self.cell_index_at(cell, pos.y(), skip=items)
            others = [i.card_id for i in self.cells.get(cell, []) if i not in items]
            ids = [i.card_id for i in items]
            now = [i.card_id for i in self.cells.get(cell, [])]
            before = self._answered
            if now != others[:index] + ids + others[index:]:
                self.attempt(self.document.move_cards, ids, cell[0], cell[1], index)
            if self._answered != before:
                return  # the change notification re-stacked the cells
        self.restack({i.cell for i in items})  # refused or no change: the cards go home

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting_mode:
            self._vote_click(event)  # two quick clicks are two dots
            return
        item = self.itemAt(event.scenePos(), QTransform())
        if isinstance(item, CardItem):
            self.start_edit_card(item)
            return
        if isinstance(item, PersonaStripItem):
            self.persona_activated.emit(item.persona_at(event.scenePos()))
            return
        super().mouseDoubleClickEvent(event)

    # --- headers: reorder and resize on release -------------------------------------------

    def commit_header_move(self, header: _HeaderItem, centre: float) -> None:
        if self._structure_locked:
            self.relayout()
            return
        move: Callable[[int, int], int]
        if isinstance(header, StageHeaderItem):
            ids, index = self.layout.stage_ids, self.layout.stage_index_at(centre)
            move = self.document.move_stage
        else:
            ids, index = self.layout.lane_ids, self.layout.lane_index_at(centre)
            move = self.document.move_lane
        current = ids.index(header.row_id)
        target = index - 1 if index > current else index
        before = self._answered
        if target != current:
            self.change_structure(move, header.row_id, target)
        if self._answered == before:
            self.relayout()  # nothing changed: the header goes back to its place

    def commit_header_resize(self, header: _HeaderItem, extent: float) -> None:
        if self._structure_locked:
            self.relayout()
            return
        before = self._answered
        if isinstance(header, StageHeaderItem):
            self.change_structure(self.document.resize_stage, header.row_id, round(extent))
        else:
            self.change_structure(self.document.set_lane, header.row_id, height=round(extent))
        if self._answered == before:
            self.relayout()  # refused or the same size: the header goes back

    # --- voting and the card menu ---------------------------------------------------------

    def set_voting_mode(self, active: bool) -> None:
        """While voting, a click on a card asks for a dot and a right-click takes one back."""
        active = bool(active)
        if active == self.voting_mode:
            return
        if active:
            self.finish_editing()
            self.abandon_card_drag()
        self.voting_mode = active
        self.voting_mode_changed.emit(active)

    def _vote_click(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # no selection, no drag, no rubber band while voting
        item = self.card_at(event.scenePos())
        if item is None:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.card_vote_requested.emit(item.card_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self.card_unvote_requested.emit(item.card_id)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self.voting_mode:
            event.accept()  # the right press already took a dot back
            return
        if self.editor is not None and self.editor.isUnderMouse():
            super().contextMenuEvent(event)  # the text editor's own menu
            return
        item = self.card_at(event.scenePos())
        if item is None:
            event.ignore()
            return
        self.request_card_menu(item, event.screenPos())
        event.accept()

    def request_card_menu(self, item: CardItem, screen_pos: QPoint) -> None:
        """Select `item` (alone, unless it is already part of the selection) and ask for a menu."""
        if not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        self.set_current_cell(item.cell)
        ids = [i.card_id for i in self.selected_cards()]
        self.card_menu_requested.emit(ids, QPoint(screen_pos))
