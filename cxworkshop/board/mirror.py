"""BoardMirror: one journey map as a canvas, kept in step with the document (BoardScene's base).

Split by role: this module mirrors the document (built in one batch, then refreshed from each
`changed` ChangeSet: only the cards it names are re-read, and only their cells re-stacked);
cxworkshop.board.interactions turns the mouse into edits (drags, drops, headers, voting,
menus) and cxworkshop.board.inline_editing edits text in place. Every edit is a typed call on
the document through `attempt` (or `change_structure` for stages and lanes), made on this
board's behalf: its change notification names the board as initiator, and is the one layout
the edit causes.

Hooks for the window (none of them reads the file): set_badges / set_vote_tally put action
badges and vote dots on cards (only the changed cards repaint); set_voting_mode turns clicks
into card_vote_requested / card_unvote_requested; a right-click outside voting asks for a
menu with card_menu_requested; set_palette restyles every item; set_structure_locked stops
any change to stages and lanes (cards still move). Dragging cards out of the view hands them
to other widgets as CARD_IDS_MIME (see board.card_drag and BoardView).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Signal
from PySide6.QtWidgets import (
    QGraphicsScene,
)
from shiboken6 import isValid

from cxworkshop.board import style
from cxworkshop.board.batch import gc_paused
from cxworkshop.board.card_item import CardItem
from cxworkshop.board.compare_curve import CompareCurveItem
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
from cxworkshop.board.measure_badges import read_badges, wants_badges
from cxworkshop.board.overview import OverviewItem
from cxworkshop.document import ChangeSet, EditRejected, WorkshopDocument
from cxworkshop.model import CardKind, LaneKind
from cxworkshop.model import emotion as emotion_rule
from cxworkshop.model.channel_register import card_owners
from cxworkshop.model.map_compare import match_stages
from cxworkshop.model.records import (
    Card,
    ChannelOwner,
    JourneyMap,
    Lane,
    Participant,
    Persona,
    Stage,
)

if TYPE_CHECKING:
    from cxworkshop.board.scene import BoardScene

CURVE_BAND = 130.0  # room below the emotion cards where the curve runs

P = ParamSpec("P")
R = TypeVar("R")


def locked_message() -> str:
    """The refusal of a stage or lane edit while the facilitator lock is on."""
    return QCoreApplication.translate("BoardScene", "Stages and lanes are locked; unlock them to change the structure.")


def _renamed_only(changes: ChangeSet) -> bool:
    """Stages or lanes were only renamed: their headers change, no card or lane moves."""
    return all(not changes.inserted.get(table) and not changes.deleted.get(table)
               and changes.columns.get(table, set()) <= {"name"} for table in ("stage", "lane"))


class BoardMirror(QGraphicsScene):
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
    map_changed = Signal(object)  # the id of the map now shown (or None)

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
        self.measure_cards: set[int] = set()  # cards measures are tied to (stage badges)
        self.tally: dict[int, int] = {}
        # channel -> (short, whole) name of its owner in the register, for touchpoint cards
        self.channel_owners: dict[str, tuple[str, str]] = {}
        self.layout = BoardLayout()
        self.stages: dict[int, Stage] = {}
        self.lanes: dict[int, Lane] = {}
        self.cards: dict[int, CardItem] = {}
        self.stage_items: dict[int, StageHeaderItem] = {}
        self.lane_items: dict[int, LaneHeaderItem] = {}
        self.cells: dict[tuple[int, int], list[CardItem]] = {}
        self.current_cell: tuple[int, int] | None = None
        self.editor: InlineEditor | None = None
        self._editing_target: CardItem | _HeaderItem | None = None
        self._dragging: list[CardItem] = []
        self._heights: dict[tuple[int, int], float] = {}  # per cell, its stack of cards
        self._answered = 0  # change notifications that answered this board's own edits
        self._curve_stale = False  # an emotion card changed: the curve's averages must be redone
        self._grid = GridBackground()
        self._personas = PersonaStripItem()
        self._curve = EmotionCurveItem()
        self._compare = CompareCurveItem()  # View > Compare: the other map's curve, dashed
        self.compare_map_id: int | None = None
        self.overview = OverviewItem()
        for item in (self._grid, self._personas, self._curve, self._compare, self.overview):
            self.addItem(item)
        self.selectionChanged.connect(self._selection_changed)
        self.load()
        document.changed.connect(self.apply_changes)

    def board(self) -> BoardScene:
        """This scene as the whole board: the header items call its editing and interaction
        layers too (a BoardMirror is only ever the base of a BoardScene)."""
        return cast("BoardScene", self)

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: D401
        return QCoreApplication.translate("BoardScene", text, disambiguation, n)

    # --- building and refreshing ----------------------------------------------------------

    def load(self) -> None:
        """Read the whole map from the document and build every item in one batch."""
        self._reload_axes()
        self.refresh_measure_badges()
        for item in self.cards.values():
            self.removeItem(item)
        self.cards = {}
        self.channel_owners = self._read_channel_owners()  # once per load, never per card
        stage_ids = set(self.stages)
        with gc_paused():
            for card in self.document.rows(Card):
                if card.stage_id in stage_ids:
                    self._add_card_item(card)
            self._reload_personas()
            self.relayout()

    def set_map(self, map_id: int | None) -> None:
        """Show another journey map of the workshop (the window's map tabs): every item is
        rebuilt from the file; selection, the current cell and an open editor go."""
        if map_id == self.map_id:
            return
        self.cancel_editing()
        self.clearSelection()
        self.set_current_cell(None)
        self.map_id = map_id
        self.cells = {}
        self._heights = {}
        if self.compare_map_id == map_id:
            self.compare_map_id = None
        self.load()
        self.map_changed.emit(map_id)

    def set_compare(self, map_id: int | None) -> None:
        """Overlay the emotion curve of map `map_id` (None: none) on this map's emotions lane."""
        self.compare_map_id = map_id if map_id != self.map_id else None
        self._update_curve()

    def _reload_axes(self) -> None:
        if self.map_id is None:
            self.stages, self.lanes = {}, {}
        else:
            self.stages = {s.id: s for s in self.document.rows(Stage, map_id=self.map_id)}
            self.lanes = {lane.id: lane for lane in self.document.rows(Lane, map_id=self.map_id)}
        for stage_id in [i for i in self.stage_items if i not in self.stages]:
            self.removeItem(self.stage_items.pop(stage_id))
        for lane_id in [i for i in self.lane_items if i not in self.lanes]:
            self.removeItem(self.lane_items.pop(lane_id))
        for stage in self.stages.values():
            header = self.stage_items.get(stage.id)
            if header is None:
                header = self.stage_items[stage.id] = self._make_stage_header(stage)
                self.addItem(header)
            else:
                header.name = stage.name
                header.update()
        for lane in self.lanes.values():
            lane_header = self.lane_items.get(lane.id)
            if lane_header is None:
                lane_header = self.lane_items[lane.id] = self._make_lane_header(lane)
                self.addItem(lane_header)
            else:
                lane_header.name, lane_header.kind = lane.name, lane.kind
                lane_header.update()

    def refresh_measure_badges(self) -> None:
        """Each stage header's measures ("NPS 32 → 45"), read once for the whole board."""
        badges, self.measure_cards = read_badges(self.document)
        for stage_id, header in self.stage_items.items():
            parts = badges.get(stage_id, [])
            if header.measure_badges != parts:
                header.measure_badges = parts
                header.update()

    def _make_stage_header(self, stage: Stage) -> StageHeaderItem:
        item = StageHeaderItem(self.board(), stage.id, stage.name)
        item.palette = self.palette_
        return item

    def _make_lane_header(self, lane: Lane) -> LaneHeaderItem:
        item = LaneHeaderItem(self.board(), lane.id, lane.name, lane.kind)
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
        if data.channel and data.channel in self.channel_owners:
            item.set_channel_owner(*self.channel_owners[data.channel])
        self.cards[data.id] = item
        self.cells.setdefault(item.cell, []).append(item)
        self.overview.adopt(item)
        self.addItem(item)
        return item

    @staticmethod
    def _card_width(stage_width: float) -> float:
        return max(style.MIN_STAGE_WIDTH, stage_width) - 2 * style.CARD_MARGIN

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh only what one edit (or its undo) touched: the cards it names, re-stacked in
        the cells they left and joined; the whole board only when stages or lanes changed."""
        if changes.initiator is self:
            self._answered += 1  # our own edit, shown now: the caller need not lay out again
        axes = changes.touches("stage") or changes.touches("lane")
        if axes and _renamed_only(changes):
            self._reload_axes()  # new names on the headers; nothing moves
            for header in (*self.stage_items.values(), *self.lane_items.values()):
                header.update_tooltip()
            self.layout_changed.emit()  # the view's description names the stage and lane
            axes = False
        elif axes:
            self._reload_axes()
            for card_item in self.cards.values():
                stage = self.stages.get(card_item.data_.stage_id)
                if stage is not None:
                    card_item.set_width(self._card_width(stage.width))
        if changes.touches("persona"):
            self._reload_personas()
        if changes.touches("channel_owner") or changes.touches("participant"):
            self._refresh_channel_owners()
        card_ids = changes.ids("card")
        dirty: set[tuple[int, int]] = set()
        changed: list[CardItem] = []
        if card_ids:
            rows = ({c.id: c for c in self.document.rows(Card)} if len(card_ids) > 200 else
                    {i: self.document.row(Card, i) for i in card_ids})
            for card_id in card_ids:
                row = rows.get(card_id)
                item = self.cards.get(card_id)
                if item is not None:
                    dirty.add(item.cell)
                    self._curve_stale |= item.data_.kind == CardKind.EMOTION
                if row is not None:
                    self._curve_stale |= row.kind == CardKind.EMOTION
                if row is None or row.stage_id not in self.stages:
                    if item is not None:
                        self._remove_card_item(item)
                    continue
                dirty.add((row.stage_id, row.lane_id))
                if item is None:
                    changed.append(self._add_card_item(row))
                else:
                    self._set_card_data(item, row)
                    changed.append(item)
        if axes:
            for item in [i for i in self.cards.values()
                         if i.data_.stage_id not in self.stages or i.data_.lane_id not in self.lanes]:
                self._remove_card_item(item)
            self.relayout()
        elif dirty:
            self.restack(dirty, changed)
        elif changes.touches("persona"):
            self._personas.set_personas(self.layout.persona_rect(), self.personas)
        if wants_badges(changes.tables(), card_ids, self.measure_cards):
            self.refresh_measure_badges()
        if self.compare_map_id is not None and (card_ids or changes.touches("stage")
                                                or changes.touches("journey_map")):
            self._update_curve()  # the other map's cards (an undo there) or its stages changed

    def _set_card_data(self, item: CardItem, row: Card) -> None:
        old = item.cell
        item.set_data(row)
        item.set_channel_owner(*self.channel_owners.get(row.channel or "", ("", "")))
        item.set_width(self._card_width(self.stages[row.stage_id].width))
        if item.cell != old:
            self._unstack(item, old)
            self.cells.setdefault(item.cell, []).append(item)

    def _unstack(self, item: CardItem, cell: tuple[int, int]) -> None:
        stack = self.cells.get(cell)
        if stack is not None and item in stack:
            stack.remove(item)
            if not stack:
                del self.cells[cell]

    def _remove_card_item(self, item: CardItem) -> None:
        if self._editing_target is item:
            self.cancel_editing()
        self.cards.pop(item.card_id, None)
        self._unstack(item, item.cell)
        self.overview.forget([item.card_id])
        self.removeItem(item)

    def relayout(self) -> None:
        """Stack every cell again and place everything: after loading, or when stages or lanes
        changed. An edit of cards calls restack() with the cells it touched instead."""
        cells: dict[tuple[int, int], list[CardItem]] = {}
        for item in self.cards.values():
            cells.setdefault(item.cell, []).append(item)
        self.cells = cells
        self._heights = {}
        self._place(set(cells), everything=True)

    def restack(self, cells: set[tuple[int, int]], changed: Iterable[CardItem] = ()) -> None:
        """Re-stack the cards of `cells` only; the rest of the board moves only where a lane's
        height changed (then just the cards below it), so an edit costs what it touched.
        `changed` are cards whose look changed in place (text, colour): the overview repaints them."""
        self._place(cells, everything=False, changed=list(changed))

    def _place(self, dirty: set[tuple[int, int]], everything: bool,
               changed: list[CardItem] | None = None) -> None:
        for cell in dirty:
            items = self.cells.get(cell)
            if not items:
                self._heights.pop(cell, None)
                continue
            items.sort(key=lambda i: (i.data_.position, i.card_id))
            self._heights[cell] = sum(i.height() for i in items) + style.CARD_GAP * (len(items) - 1)
        old = self.layout
        curve_lane = self._curve_lane()
        self.layout = layout = BoardLayout.compute(
            [(s.id, s.width) for s in self.stages.values()],
            [(ln.id, ln.height) for ln in self.lanes.values()],
            self._heights, {curve_lane: CURVE_BAND} if curve_lane else None,
            previous=None if everything else old, held=self._held_lanes())
        moved: list[CardItem] = []
        for cell, items in self.cells.items():
            stage_id, lane_id = cell
            if stage_id not in layout.stage_x or lane_id not in layout.lane_y:
                continue
            if not (everything or cell in dirty or old.stage_x.get(stage_id) != layout.stage_x[stage_id]
                    or old.lane_y.get(lane_id, (None,))[0] != layout.lane_y[lane_id][0]):
                continue  # neither its cards nor its place changed
            x, _ = layout.stage_x[stage_id]
            y = layout.lane_y[lane_id][0] + style.CARD_MARGIN
            for item in items:
                home = QPointF(x + style.CARD_MARGIN, y)
                shifted = everything or item.home != home or item.pos() != home
                item.home = home
                if shifted and item not in self._dragging:
                    item.setPos(home)
                if shifted:
                    moved.append(item)
                y += item.height() + style.CARD_GAP
        geometry = everything or layout.stage_x != old.stage_x or layout.lane_y != old.lane_y
        if geometry:
            for stage_id, stage_header in self.stage_items.items():
                stage_header.set_rect(layout.stage_header_rect(stage_id))
                stage_header.update_tooltip()
            for lane_id, lane_header in self.lane_items.items():
                lane_header.set_rect(layout.lane_header_rect(lane_id))
                lane_header.update_tooltip()
            self._grid.set_layout(layout, {i: lane.kind for i, lane in self.lanes.items()})
            self._personas.set_personas(layout.persona_rect(), self.personas)
            self.setSceneRect(layout.board_rect())
        if self.current_cell and not (self.current_cell[0] in self.stages
                                      and self.current_cell[1] in self.lanes):
            self.set_current_cell(None)
        if everything or geometry or self._curve_stale:
            self._curve_stale = False
            self._update_curve()
        if everything:
            self.overview.set_cards(self.cards, layout.grid)
        else:
            self.overview.set_rect(layout.grid)
            self.overview.move(moved)
            self.overview.refresh(changed or [])
        self.layout_changed.emit()

    def _held_lanes(self) -> frozenset[int]:
        """The lane of a card being typed into keeps its height until the editor closes: a
        keystroke that grows the tallest stack would otherwise move every card below it."""
        target = self._editing_target
        return frozenset({target.data_.lane_id}) if isinstance(target, CardItem) else frozenset()

    def _curve_lane(self) -> int | None:
        return next((i for i, lane in self.lanes.items() if lane.kind == LaneKind.EMOTIONS), None)

    def _update_curve(self) -> None:
        lane_id = self._curve_lane()
        if lane_id is None:
            self._curve.set_points(QRectF(), [])
            self._compare.set_points(QRectF(), [])
            return
        y, h = self.layout.lane_y[lane_id]
        scores = emotion_rule.scores_by_stage(item.data_ for item in self.cards.values())
        averages = []
        for stage_id in self.layout.stage_ids:
            x, w = self.layout.stage_x[stage_id]
            averages.append((x + w / 2, emotion_rule.mean(scores.get(stage_id))))
        grid = self.layout.grid
        band = QRectF(grid.left(), y + h - CURVE_BAND, grid.width(), CURVE_BAND)
        self._curve.set_points(band, averages)
        self._update_compare(band)

    def _update_compare(self, band: QRectF) -> None:
        other = self.document.row(JourneyMap, self.compare_map_id) \
            if self.compare_map_id is not None else None
        if other is None:
            self._compare.set_points(QRectF(), [])
            self._compare.set_label("")
            return
        theirs = self.document.rows(Stage, map_id=other.id)
        ours = [self.stages[i] for i in self.layout.stage_ids if i in self.stages]
        cards = [c for s in theirs for c in self.document.rows(Card, stage_id=s.id)]
        scores = emotion_rule.scores_by_stage(cards)
        points = []
        for left, right in match_stages(theirs, ours):
            if left is None or right is None:
                continue
            x, w = self.layout.stage_x[ours[right].id]
            points.append((x + w / 2, emotion_rule.mean(scores.get(theirs[left].id))))
        self._compare.set_points(band, points)
        self._compare.set_label(other.name)

    def compare_points(self) -> list[tuple[QPointF, float]]:
        """The other map's curve as drawn: (point, average) per matched stage with emotions."""
        return list(self._compare._points)

    def curve_points(self) -> list[tuple[QPointF, float]]:
        return list(self._curve._points)

    # --- selection and the current cell ---------------------------------------------------

    def selected_cards(self) -> list[CardItem]:
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        order = {s: n for n, s in enumerate(self.layout.stage_ids)}
        lanes = {ln: n for n, ln in enumerate(self.layout.lane_ids)}
        return sorted(items, key=lambda i: (lanes.get(i.data_.lane_id, 0),
                                            order.get(i.data_.stage_id, 0), i.data_.position))

    def _selection_changed(self) -> None:
        if isValid(self):  # the scene clears its selection while it is destroyed
            self.overview.set_selected(self.selectedItems())

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

    def attempt(self, edit: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """Run one document edit, a method of `self.document` (`attempt(doc.move_cards, ids, ...)`),
        on this board's behalf; a refusal becomes `edit_rejected` and None, not an exception."""
        if self.read_only:
            self.edit_rejected.emit(QCoreApplication.translate("BoardScene", "This workshop is open read-only."))
            return None
        try:
            with self.document.initiated_by(self):
                return edit(*args, **kwargs)
        except EditRejected as exc:
            self.edit_rejected.emit(str(exc))
            return None

    def change_structure(self, edit: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """`attempt` for an edit of stages or lanes, which the facilitator lock refuses."""
        if self._structure_locked and not self.read_only:
            self.edit_rejected.emit(self._locked_message())
            return None
        return self.attempt(edit, *args, **kwargs)

    # --- an open in-place editor (opened by BoardEditing) ----------------------------------

    def _close_editor(self) -> None:
        editor, target = self.editor, self._editing_target
        self.editor, self._editing_target = None, None
        if target is not None:
            target.editing = False
            target.update()
        if editor is not None:
            editor.clearFocus()
            editor.setParentItem(None)  # type: ignore[arg-type]  # None detaches; the stub omits it
            self.removeItem(editor)
            editor.deleteLater()
            self.editing_changed.emit(False)

    def finish_editing(self) -> None:
        if self.editor is not None:
            self.editor.finish()

    def cancel_editing(self) -> None:
        if self.editor is not None:
            target = self._editing_target
            self.editor.finished.disconnect()
            self._close_editor()
            if isinstance(target, CardItem) and self.cards.get(target.card_id) is target:
                target.set_preview_height(None)  # its lane was held while it was edited
                self.restack({target.cell})

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

    def _read_channel_owners(self) -> dict[str, tuple[str, str]]:
        return card_owners(self.document.rows(ChannelOwner), self.document.rows(Participant))

    def _refresh_channel_owners(self) -> None:
        """The register or a participant changed: the owner shown on each touchpoint card whose
        channel's owner is now another (one read of the register, one pass over the cards)."""
        new = self._read_channel_owners()
        old, self.channel_owners = self.channel_owners, new
        changed = {channel for channel in old.keys() | new.keys() if old.get(channel) != new.get(channel)}
        if not changed:
            return
        for item in self.cards.values():
            channel = item.data_.channel
            if channel in changed:
                item.set_channel_owner(*new.get(channel, ("", "")))

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
        items: list = [self._grid, self._personas, self._curve, self._compare, self.overview,
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
        return locked_message()
