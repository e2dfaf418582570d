"""BoardScene: one journey map as a canvas, kept in step with the document.

The scene is built in one batch from the document, then refreshed from each `changed`
ChangeSet (only the rows it names are re-read). Card drags are plain item moves until the
mouse is released; then one `move_cards` edit (one undo step) is sent, and the document's
change notification puts every card where the file says it is.

Hooks for the window (none of them reads the file): set_badges / set_vote_tally put action
badges and vote dots on cards (only the changed cards repaint); set_voting_mode turns clicks
into card_vote_requested / card_unvote_requested; a right-click outside voting asks for a
menu with card_menu_requested; set_palette restyles every item; set_structure_locked stops
any change to stages and lanes (cards still move). Dragging cards out of the view hands them
to other widgets as CARD_IDS_MIME (see board.card_drag and BoardView).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from cxworkshop.board import style
from cxworkshop.board.card_drag import card_ids_from_drop
from cxworkshop.board.card_item import CardItem, is_card, text_font
from cxworkshop.board.editor import InlineEditor
from cxworkshop.board.emotion import EmotionCurveItem
from cxworkshop.board.grid_items import (
    GridBackground,
    LaneHeaderItem,
    PersonaStripItem,
    StageHeaderItem,
    _HeaderItem,
)
from cxworkshop.board.layout import BoardLayout
from cxworkshop.board.overview import OverviewItem
from cxworkshop.board.palette import PALETTE_MIME, STAGE_ENTRY
from cxworkshop.document import ChangeSet, EditRejected, WorkshopDocument
from cxworkshop.model import CardKind, LaneKind
from cxworkshop.model.records import Card, Lane, Persona, Stage

CURVE_BAND = 130.0  # room below the emotion cards where the curve runs

# The edits the facilitator lock refuses: anything that changes stages or lanes.
STRUCTURE_OPERATIONS = frozenset({
    "add_stage", "rename_stage", "resize_stage", "move_stage", "delete_stage",
    "add_lane", "set_lane", "move_lane", "delete_lane",
})


class BoardScene(QGraphicsScene):
    edit_rejected = Signal(str)  # an edit was refused; the sentence is for the user
    current_cell_changed = Signal(object)  # (stage_id, lane_id) or None
    editing_changed = Signal(bool)  # an in-place editor opened or closed
    persona_activated = Signal(object)  # a persona (or None for "add") was double-clicked
    layout_changed = Signal()
    card_vote_requested = Signal(int)  # voting: a card was clicked
    card_unvote_requested = Signal(int)  # voting: a card was right-clicked
    card_menu_requested = Signal(list, QPoint)  # card ids, global position: show a menu there
    voting_mode_changed = Signal(bool)
    structure_lock_changed = Signal(bool)
    palette_changed = Signal(str)

    def __init__(self, document: WorkshopDocument, map_id: int | None = None,
                 read_only: bool | None = None) -> None:
        super().__init__()
        self.document = document
        first = document.first_map()
        self.map_id = map_id if map_id is not None else (first.id if first else None)
        self.read_only = document.read_only if read_only is None else read_only
        self.palette_ = style.BOARD
        self.setBackgroundBrush(self.palette_.background)
        self.voting_mode = False
        self._structure_locked = False
        self.badges: dict[int, tuple[str, int]] = {}
        self.tally: dict[int, int] = {}
        self.layout = BoardLayout()
        self.stages: dict[int, Stage] = {}
        self.lanes: dict[int, Lane] = {}
        self.cards: dict[int, CardItem] = {}
        self.stage_items: dict[int, StageHeaderItem] = {}
        self.lane_items: dict[int, LaneHeaderItem] = {}
        self.cells: dict[tuple[int, int], list[CardItem]] = {}
        self.current_cell: tuple[int, int] | None = None
        self.editor: InlineEditor | None = None
        self._editing_target: QGraphicsItem | None = None
        self._dragging: list[CardItem] = []
        self._grid = GridBackground()
        self._personas = PersonaStripItem(self)
        self._curve = EmotionCurveItem()
        self.overview = OverviewItem()
        for item in (self._grid, self._personas, self._curve, self.overview):
            self.addItem(item)
        self.selectionChanged.connect(self.overview.invalidate)
        self.load()
        document.changed.connect(self.apply_changes)

    def tr(self, text: str) -> str:  # noqa: D401 - Qt naming
        return QCoreApplication.translate("BoardScene", text)

    # --- building and refreshing ----------------------------------------------------------

    def load(self) -> None:
        """Read the whole map from the document and build every item in one batch."""
        self._reload_axes()
        for item in self.cards.values():
            self.removeItem(item)
        self.cards = {}
        stage_ids = set(self.stages)
        for card in self.document.rows(Card):
            if card.stage_id in stage_ids:
                self._add_card_item(card)
        self._reload_personas()
        self.relayout()

    def _reload_axes(self) -> None:
        if self.map_id is None:
            self.stages, self.lanes = {}, {}
        else:
            self.stages = {s.id: s for s in self.document.rows(Stage, map_id=self.map_id)}
            self.lanes = {lane.id: lane for lane in self.document.rows(Lane, map_id=self.map_id)}
        for items, rows, make in ((self.stage_items, self.stages, self._make_stage_header),
                                  (self.lane_items, self.lanes, self._make_lane_header)):
            for row_id in list(items):
                if row_id not in rows:
                    self.removeItem(items.pop(row_id))
            for row_id, row in rows.items():
                if row_id in items:
                    items[row_id].name = row.name
                    if isinstance(items[row_id], LaneHeaderItem):
                        items[row_id].kind = row.kind
                    items[row_id].update()
                else:
                    items[row_id] = make(row)
                    self.addItem(items[row_id])

    def _make_stage_header(self, stage: Stage) -> StageHeaderItem:
        item = StageHeaderItem(self, stage.id, stage.name)
        item.palette = self.palette_
        return item

    def _make_lane_header(self, lane: Lane) -> LaneHeaderItem:
        item = LaneHeaderItem(self, lane.id, lane.name, lane.kind)
        item.palette = self.palette_
        return item

    def _reload_personas(self) -> None:
        self.personas = [] if self.map_id is None else self.document.rows(Persona, map_id=self.map_id)

    def _add_card_item(self, data: Card) -> CardItem:
        stage = self.stages.get(data.stage_id)
        item = CardItem(data, self._card_width(stage.width if stage else 260))
        item.palette = self.palette_
        if data.id in self.badges or data.id in self.tally:
            item.set_marks(self.badges.get(data.id), self.tally.get(data.id, 0))
        self.cards[data.id] = item
        self.overview.adopt(item)
        self.addItem(item)
        return item

    @staticmethod
    def _card_width(stage_width: float) -> float:
        return max(style.MIN_STAGE_WIDTH, stage_width) - 2 * style.CARD_MARGIN

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh only what one edit (or its undo) touched."""
        axes = changes.touches("stage") or changes.touches("lane")
        if axes:
            self._reload_axes()
            for item in self.cards.values():
                stage = self.stages.get(item.data_.stage_id)
                if stage is not None:
                    item.set_width(self._card_width(stage.width))
        if changes.touches("persona"):
            self._reload_personas()
        card_ids = changes.ids("card")
        if card_ids:
            rows = ({c.id: c for c in self.document.rows(Card)} if len(card_ids) > 200 else
                    {i: self.document.row(Card, i) for i in card_ids})
            for card_id in card_ids:
                row = rows.get(card_id)
                item = self.cards.get(card_id)
                if row is None or row.stage_id not in self.stages:
                    if item is not None:
                        self._remove_card_item(item)
                elif item is None:
                    self._add_card_item(row)
                else:
                    item.set_data(row)
                    item.set_width(self._card_width(self.stages[row.stage_id].width))
        if axes:
            for item in [i for i in self.cards.values()
                         if i.data_.stage_id not in self.stages or i.data_.lane_id not in self.lanes]:
                self._remove_card_item(item)
        if axes or card_ids or changes.touches("persona"):
            self.relayout()

    def _remove_card_item(self, item: CardItem) -> None:
        if self._editing_target is item:
            self.cancel_editing()
        self.cards.pop(item.card_id, None)
        self.removeItem(item)

    def relayout(self) -> None:
        cells: dict[tuple[int, int], list[CardItem]] = {}
        for item in self.cards.values():
            cells.setdefault(item.cell, []).append(item)
        heights: dict[tuple[int, int], float] = {}
        for cell, items in cells.items():
            items.sort(key=lambda i: (i.data_.position, i.card_id))
            heights[cell] = sum(i.height() for i in items) + style.CARD_GAP * (len(items) - 1)
        self.cells = cells
        curve_lane = self._curve_lane()
        self.layout = BoardLayout.compute([(s.id, s.width) for s in self.stages.values()],
                                          [(ln.id, ln.height) for ln in self.lanes.values()],
                                          heights, {curve_lane: CURVE_BAND} if curve_lane else None)
        for (stage_id, lane_id), items in cells.items():
            if stage_id not in self.layout.stage_x or lane_id not in self.layout.lane_y:
                continue
            rect = self.layout.cell_rect(stage_id, lane_id)
            y = rect.top() + style.CARD_MARGIN
            for item in items:
                item.home = QPointF(rect.left() + style.CARD_MARGIN, y)
                if item not in self._dragging and item.pos() != item.home:
                    item.setPos(item.home)
                y += item.height() + style.CARD_GAP
        for stage_id, item in self.stage_items.items():
            item.set_rect(self.layout.stage_header_rect(stage_id))
            item.update_tooltip()
        for lane_id, item in self.lane_items.items():
            item.set_rect(self.layout.lane_header_rect(lane_id))
            item.update_tooltip()
        self._grid.set_layout(self.layout, {i: lane.kind for i, lane in self.lanes.items()})
        self._personas.set_personas(self.layout.persona_rect(), self.personas)
        if self.current_cell and self.current_cell not in self._all_cells():
            self.set_current_cell(None)
        self._update_curve()
        self.overview.set_cards(self.cards, self.layout.grid)
        self.setSceneRect(self.layout.board_rect())
        self.layout_changed.emit()

    def _all_cells(self) -> set[tuple[int, int]]:
        return {(s, ln) for s in self.stages for ln in self.lanes}

    def _curve_lane(self) -> int | None:
        return next((i for i, lane in self.lanes.items() if lane.kind == LaneKind.EMOTIONS), None)

    def _update_curve(self) -> None:
        lane_id = self._curve_lane()
        if lane_id is None:
            self._curve.set_points(QRectF(), [])
            return
        y, h = self.layout.lane_y[lane_id]
        scores: dict[int, list[int]] = {}
        for item in self.cards.values():
            if item.data_.kind == CardKind.EMOTION and item.data_.emotion is not None:
                scores.setdefault(item.data_.stage_id, []).append(item.data_.emotion)
        averages = []
        for stage_id in self.layout.stage_ids:
            x, w = self.layout.stage_x[stage_id]
            values = scores.get(stage_id)
            averages.append((x + w / 2, sum(values) / len(values) if values else None))
        grid = self.layout.grid
        self._curve.set_points(QRectF(grid.left(), y + h - CURVE_BAND, grid.width(), CURVE_BAND),
                               averages)

    def curve_points(self) -> list[tuple[QPointF, float]]:
        return list(self._curve._points)

    # --- selection and the current cell ---------------------------------------------------

    def selected_cards(self) -> list[CardItem]:
        items = [i for i in self.selectedItems() if is_card(i)]
        order = {s: n for n, s in enumerate(self.layout.stage_ids)}
        lanes = {ln: n for n, ln in enumerate(self.layout.lane_ids)}
        return sorted(items, key=lambda i: (lanes.get(i.data_.lane_id, 0),
                                            order.get(i.data_.stage_id, 0), i.data_.position))

    def selected_header(self) -> _HeaderItem | None:
        return next((i for i in self.selectedItems() if isinstance(i, _HeaderItem)), None)

    def set_current_cell(self, cell: tuple[int, int] | None) -> None:
        if cell != self.current_cell:
            self.current_cell = cell
            self._grid.set_current(cell)
            self.current_cell_changed.emit(cell)

    def select_cards(self, card_ids: Iterable[int]) -> None:
        self.clearSelection()
        last = None
        for card_id in card_ids:
            item = self.cards.get(card_id)
            if item is not None:
                item.setSelected(True)
                last = item
        if last is not None:
            self.set_current_cell(last.cell)

    def cell_index_at(self, cell: tuple[int, int], y: float,
                      skip: Iterable[CardItem] = ()) -> int:
        skip = set(skip)
        return sum(1 for i in self.cells.get(cell, []) if i not in skip and i.home.y() + i.height() / 2 < y)

    # --- edits, with the refusal shown to the user ----------------------------------------

    def edit(self, operation: str, *args, **kwargs):
        """Run one document edit; a refusal becomes `edit_rejected` instead of an exception."""
        if self.read_only:
            self.edit_rejected.emit(self.tr("This workshop is open read-only."))
            return None
        if self._structure_locked and operation in STRUCTURE_OPERATIONS:
            self.edit_rejected.emit(self._locked_message())
            return None
        try:
            return getattr(self.document, operation)(*args, **kwargs)
        except EditRejected as exc:
            self.edit_rejected.emit(str(exc))
            return None

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
        if not event.mimeData().hasFormat(PALETTE_MIME) or self.read_only:
            event.ignore()
            return
        entry = json.loads(bytes(event.mimeData().data(PALETTE_MIME)).decode())
        cell = self.layout.cell_at(event.scenePos())
        if entry.get("kind") == STAGE_ENTRY or cell is not None:
            if cell is not None:
                self.set_current_cell(cell)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.accept()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        own = self._own_cards(event)
        if own and not self.read_only and self.layout.cell_at(event.scenePos()) is not None:
            # A card drag that left the view and came back: an ordinary move.
            self.move_cards_to(own, event.scenePos())
            event.acceptProposedAction()
            return
        if not event.mimeData().hasFormat(PALETTE_MIME) or self.read_only:
            event.ignore()
            return
        entry = json.loads(bytes(event.mimeData().data(PALETTE_MIME)).decode())
        if self.drop_entry(entry, event.scenePos()) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def drop_entry(self, entry: dict, pos: QPointF, edit_text: bool = True) -> int | None:
        """Add what a palette entry describes at `pos`; returns the new row's id."""
        if entry.get("kind") == STAGE_ENTRY:
            if self.map_id is None:
                return None
            stage_id = self.edit("add_stage", self.map_id, self.tr("New stage"),
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
        card_id = self.edit("add_card", cell[0], cell[1], entry.get("kind", CardKind.NOTE.value),
                            entry.get("text", ""), index=index, **values)
        if card_id is not None:
            self.select_cards([card_id])
            if edit_text:
                self.start_edit_card(self.cards[card_id])
        return card_id

    # --- moving cards with the mouse ------------------------------------------------------

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The top card under `pos` (also when its in-place editor or a mark is hit)."""
        return next((i for i in self.items(pos) if is_card(i)), None)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting_mode:
            self._vote_click(event)
            return
        if self.editor is not None and not self.editor.isUnderMouse():
            self.finish_editing()
        super().mousePressEvent(event)
        item = self.itemAt(event.scenePos(), QTransform())
        if is_card(item) and event.button() == Qt.MouseButton.LeftButton:
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
            self.relayout()
        return ids

    def move_cards_to(self, items: list[CardItem], pos: QPointF) -> None:
        """The end of a drag: one move_cards edit into the cell under `pos`, or snap back."""
        cell = self.layout.cell_at(pos)
        if cell is not None and not self.read_only:
            index = self.cell_index_at(cell, pos.y(), skip=items)
            others = [i.card_id for i in self.cells.get(cell, []) if i not in items]
            ids = [i.card_id for i in items]
            now = [i.card_id for i in self.cells.get(cell, [])]
            if now != others[:index] + ids + others[index:]:
                self.edit("move_cards", ids, cell[0], cell[1], index)
        self.relayout()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting_mode:
            self._vote_click(event)  # two quick clicks are two dots
            return
        item = self.itemAt(event.scenePos(), QTransform())
        if is_card(item):
            self.start_edit_card(item)
            return
        if isinstance(item, PersonaStripItem):
            self.persona_activated.emit(item.persona_at(event.scenePos()))
            return
        super().mouseDoubleClickEvent(event)

    # --- editing in place -----------------------------------------------------------------

    def start_edit_card(self, item: CardItem) -> None:
        if self.read_only or self.voting_mode:
            return
        self.finish_editing()
        rect = item.text_rect()
        fill = self.palette_.card_colours(item.data_.kind, item.data_.colour)[1]
        editor = InlineEditor(item, item.data_.text, text_font(), rect.width(),
                              self.palette_.text_on(fill), fill, live=True)
        editor.setPos(rect.topLeft() - QPointF(4, 4))
        card_id = item.card_id
        editor.text_live.connect(lambda text: self._save_card_text(card_id, text))
        editor.finished.connect(lambda text: self._end_card_edit(card_id, text))
        editor.document().contentsChanged.connect(
            lambda: self._grow_card(card_id, editor.boundingRect().height() - 8))
        self._open_editor(editor, item)

    def _grow_card(self, card_id: int, text_height: float) -> None:
        item = self.cards.get(card_id)
        if item is not None:
            old = item.height()
            item.set_preview_height(text_height)
            if item.height() != old:
                self.relayout()

    def start_rename(self, header: _HeaderItem) -> None:
        if self.read_only or self.voting_mode:
            return
        if self._structure_locked:
            self.edit_rejected.emit(self._locked_message())
            return
        self.finish_editing()
        rect = header.rect()
        width = rect.width() - (58 if isinstance(header, LaneHeaderItem) else 54)
        editor = InlineEditor(header, header.name, style.font(style.HEADER_TEXT_PX, bold=True),
                              width, style.INK, QColor("#ffffff"), live=False)
        editor.setPos(rect.left() + (54 if isinstance(header, LaneHeaderItem) else 40), rect.top() + 8)
        editor.finished.connect(lambda text: self._end_rename(header, text))
        cursor = editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        editor.setTextCursor(cursor)  # typing replaces the old name
        self._open_editor(editor, header)

    def _open_editor(self, editor: InlineEditor, target: QGraphicsItem) -> None:
        target.editing = True
        target.update()
        self.editor, self._editing_target = editor, target
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit(True)

    def _save_card_text(self, card_id: int, text: str) -> None:
        item = self.cards.get(card_id)
        if item is not None and item.data_.text != text:
            self.edit("set_card_text", card_id, text)

    def _end_card_edit(self, card_id: int, text: str) -> None:
        self._close_editor()
        self._save_card_text(card_id, text)
        self.relayout()

    def _end_rename(self, header: _HeaderItem, text: str) -> None:
        self._close_editor()
        text = text.strip()
        if text and text != header.name:
            if isinstance(header, StageHeaderItem):
                self.edit("rename_stage", header.row_id, text)
            else:
                self.edit("set_lane", header.row_id, name=text)

    def _close_editor(self) -> None:
        editor, target = self.editor, self._editing_target
        self.editor, self._editing_target = None, None
        if target is not None:
            target.editing = False
            target.update()
        if editor is not None:
            editor.clearFocus()
            editor.setParentItem(None)
            self.removeItem(editor)
            editor.deleteLater()
            self.editing_changed.emit(False)

    def finish_editing(self) -> None:
        if self.editor is not None:
            self.editor.finish()

    def cancel_editing(self) -> None:
        if self.editor is not None:
            self.editor.finished.disconnect()
            self._close_editor()

    # --- headers: reorder and resize on release -------------------------------------------

    def commit_header_move(self, header: _HeaderItem, centre: float) -> None:
        if self._structure_locked:
            self.relayout()
            return
        if isinstance(header, StageHeaderItem):
            ids, index = self.layout.stage_ids, self.layout.stage_index_at(centre)
            operation = "move_stage"
        else:
            ids, index = self.layout.lane_ids, self.layout.lane_index_at(centre)
            operation = "move_lane"
        current = ids.index(header.row_id)
        target = index - 1 if index > current else index
        if target != current:
            self.edit(operation, header.row_id, target)
        self.relayout()

    def commit_header_resize(self, header: _HeaderItem, extent: float) -> None:
        if self._structure_locked:
            self.relayout()
            return
        if isinstance(header, StageHeaderItem):
            self.edit("resize_stage", header.row_id, round(extent))
        else:
            self.edit("set_lane", header.row_id, height=round(extent))
        self.relayout()

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

    # --- marks: action badges and vote dots -----------------------------------------------

    def set_badges(self, badges: dict[int, tuple[str, int]]) -> None:
        """Per card id, (owners' initials, number of actions); '?' marks an action without owner."""
        new = {int(k): (str(v[0]), int(v[1])) for k, v in badges.items()}
        old, self.badges = self.badges, new
        self._repaint_marks({k for k in old.keys() | new.keys() if old.get(k) != new.get(k)})

    def set_vote_tally(self, tally: dict[int, int]) -> None:
        """Dots per card id, shown on the cards; an empty dict hides every dot."""
        new = {int(k): int(v) for k, v in tally.items() if int(v) > 0}
        old, self.tally = self.tally, new
        self._repaint_marks({k for k in old.keys() | new.keys() if old.get(k) != new.get(k)})

    def _repaint_marks(self, card_ids: set[int]) -> None:
        for card_id in card_ids:
            item = self.cards.get(card_id)
            if item is not None:
                item.set_marks(self.badges.get(card_id), self.tally.get(card_id, 0))

    # --- palette and the facilitator lock -------------------------------------------------

    def set_palette(self, name: str) -> None:
        """Restyle every item ("board", "projector_light", "projector_dark"); no file reads."""
        palette = style.palette(name)
        if palette is self.palette_:
            return
        self.palette_ = palette
        self.setBackgroundBrush(palette.background)
        items: list = [self._grid, self._personas, self._curve, self.overview,
                       *self.stage_items.values(), *self.lane_items.values(),
                       *self.cards.values()]
        for item in items:
            item.palette = palette
        self.overview.invalidate()
        self.update()
        self.palette_changed.emit(palette.name)

    @property
    def structure_locked(self) -> bool:
        return self._structure_locked

    def set_structure_locked(self, locked: bool) -> None:
        """While locked, stages and lanes cannot be added, moved, resized, renamed or deleted."""
        locked = bool(locked)
        if locked == self._structure_locked:
            return
        if locked and isinstance(self._editing_target, _HeaderItem):
            self.cancel_editing()
        self._structure_locked = locked
        for header in (*self.stage_items.values(), *self.lane_items.values()):
            header.unsetCursor()
            header.update_tooltip()
            header.update()
        self.structure_lock_changed.emit(locked)

    def _locked_message(self) -> str:
        return self.tr("Stages and lanes are locked; unlock them to change the structure.")
