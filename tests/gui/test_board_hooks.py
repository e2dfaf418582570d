"""The board's hooks for the window: badges, vote dots, voting clicks, the card menu, dragging
cards out, palettes and the structure lock, tooltips and the accessible description."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication

from cxworkshop.board.card_drag import (
    BOARD_SOURCE_MIME,
    CARD_IDS_MIME,
    card_ids_from_drop,
    card_ids_mime,
)
from cxworkshop.board.scene import BoardScene
from cxworkshop.board.view import BoardView
from cxworkshop.document import WorkshopDocument
from tests.gui.conftest import drop_mime, view_point


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def board(qtbot, sme_file: Path):
    document = WorkshopDocument.open(sme_file)
    scene = BoardScene(document)
    view = BoardView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_top_left(0.8)
    yield scene, view
    view.close()
    document.close()


def add(scene: BoardScene, stage: int, lane: int, text: str) -> int:
    cell = (scene.layout.stage_ids[stage], scene.layout.lane_ids[lane])
    return scene.add_card_at(cell, {"kind": "pain_point", "text": text}, edit_text=False)


def grab(view: BoardView, scene: BoardScene, card_id: int) -> QImage:
    QApplication.processEvents()
    rect = view.mapFromScene(scene.cards[card_id].sceneBoundingRect()).boundingRect()
    return view.viewport().grab(rect).toImage()


def click(qtbot, view: BoardView, scene_point: QPointF, button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(view.viewport(), button, Qt.KeyboardModifier.NoModifier,
                     view_point(view, scene_point))


def centre(scene: BoardScene, card_id: int) -> QPointF:
    return scene.cards[card_id].sceneBoundingRect().center()


# --- badges and dots ------------------------------------------------------------------------

def test_badges_paint_on_the_card_and_only_changed_cards_repaint(board, monkeypatch):
    scene, view = board
    a, b = add(scene, 0, 0, "Slow delivery"), add(scene, 1, 0, "No tracking")
    scene.clearSelection()
    before = grab(view, scene, a)
    calls: list[int] = []
    for card_id in (a, b):
        item = scene.cards[card_id]
        original = item.set_marks
        monkeypatch.setattr(item, "set_marks",
                            lambda badge, dots, i=card_id, f=original: calls.append(i) or f(badge, dots))
    scene.set_badges({a: ("MR", 2)})
    assert calls == [a]
    assert scene.cards[a].badge == ("MR", 2)
    [(mark, rect)] = scene.cards[a].mark_rects()
    assert mark.text == "MR" and mark.value == 2 and not mark.warning
    assert rect.right() <= scene.cards[a].width()
    assert grab(view, scene, a) != before
    assert "owner MR" in scene.cards[a].toolTip()
    calls.clear()
    scene.set_badges({a: ("MR", 2), b: ("?", 1)})  # a is unchanged: only b repaints
    assert calls == [b]
    [(unowned, _rect)] = scene.cards[b].mark_rects()
    assert unowned.warning and "?" in unowned.text  # a warning look *and* the "?" itself
    assert "without an owner" in scene.cards[b].toolTip()
    scene.set_badges({})
    assert scene.cards[a].badge is None and scene.cards[a].mark_rects() == []
    assert grab(view, scene, a) == before


def test_vote_tally_shows_dots_and_an_empty_tally_hides_them(board):
    scene, view = board
    a = add(scene, 0, 0, "Too many forms")
    scene.clearSelection()
    before = grab(view, scene, a)
    scene.set_vote_tally({a: 3})
    assert scene.cards[a].dots == 3
    assert [m.kind for m, _r in scene.cards[a].mark_rects()] == ["tally"]
    assert grab(view, scene, a) != before
    assert "3 dots" in scene.cards[a].toolTip()
    scene.set_badges({a: ("LB", 1)})
    kinds = [m.kind for m, _r in scene.cards[a].mark_rects()]
    assert kinds == ["tally", "badge"]
    rects = [r for _m, r in scene.cards[a].mark_rects()]
    assert rects[0].right() < rects[1].left()  # side by side, never on top of each other
    scene.set_badges({})
    scene.set_vote_tally({})
    assert scene.cards[a].dots == 0
    assert grab(view, scene, a) == before


def test_marks_survive_a_card_being_rebuilt(board):
    scene, _view = board
    a = add(scene, 0, 0, "Gone and back")
    scene.set_badges({a: ("CC", 1)})
    scene.set_vote_tally({a: 2})
    scene.attempt(scene.document.delete_cards, [a])
    assert a not in scene.cards
    scene.document.undo_stack.undo()
    assert scene.cards[a].badge == ("CC", 1) and scene.cards[a].dots == 2


def test_marks_are_not_painted_in_the_overview(board):
    scene, view = board
    a = add(scene, 0, 0, "tiny")
    scene.set_badges({a: ("MR", 1)})
    view.set_zoom(0.1)
    assert scene.overview.active
    assert scene.cards[a].flags() & scene.cards[a].GraphicsItemFlag.ItemHasNoContents


# --- voting ---------------------------------------------------------------------------------

def test_voting_clicks_emit_signals_and_never_select_or_move(board, qtbot, sme_file):
    scene, view = board
    a, b = add(scene, 0, 0, "vote me"), add(scene, 0, 0, "and me")
    scene.clearSelection()
    votes: list[int] = []
    unvotes: list[int] = []
    scene.card_vote_requested.connect(votes.append)
    scene.card_unvote_requested.connect(unvotes.append)
    menus: list = []
    scene.card_menu_requested.connect(lambda ids, pos: menus.append(ids))
    scene.set_voting_mode(True)
    assert view.viewport().cursor().shape() == Qt.CursorShape.BitmapCursor
    digest = sha(sme_file)
    click(qtbot, view, centre(scene, a))
    assert votes == [a] and not scene.selectedItems()
    click(qtbot, view, centre(scene, b), Qt.MouseButton.RightButton)
    assert unvotes == [b]
    home = scene.cards[a].pos()
    start = centre(scene, a)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, start))
    for step in range(1, 5):
        qtbot.mouseMove(view.viewport(), view_point(view, start + QPointF(60 * step, 40 * step)))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       pos=view_point(view, start + QPointF(240, 160)))
    assert scene.cards[a].pos() == home
    assert votes == [a, a]
    pos = view_point(view, centre(scene, b))
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
    assert menus == []  # right-click takes a dot back while voting, no menu
    scene.select_cards([b])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert votes[-1] == b and unvotes[-1] == b
    assert b in scene.cards  # Delete takes a dot back, it never deletes a card while voting
    assert sha(sme_file) == digest
    scene.set_voting_mode(False)
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    click(qtbot, view, centre(scene, a))
    assert [i.card_id for i in scene.selected_cards()] == [a]


# --- the card menu --------------------------------------------------------------------------

def test_right_click_asks_for_the_menu_of_the_selected_cards(board, qtbot):
    scene, view = board
    a, b, c = add(scene, 0, 0, "a"), add(scene, 1, 0, "b"), add(scene, 2, 0, "c")
    asked: list[tuple[list, QPoint]] = []
    scene.card_menu_requested.connect(lambda ids, pos: asked.append((ids, pos)))
    scene.select_cards([a, b])

    def right_click(card_id: int) -> QPoint:
        pos = view_point(view, centre(scene, card_id))
        global_pos = view.viewport().mapToGlobal(pos)
        QApplication.sendEvent(view.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos, global_pos))
        return global_pos

    where = right_click(b)
    assert asked[-1] == ([a, b], where)  # the clicked card was selected: the whole selection
    where = right_click(c)
    assert asked[-1] == ([c], where)  # it was not: it alone, selected
    assert [i.card_id for i in scene.selected_cards()] == [c]
    count = len(asked)
    pos = view_point(view, scene.layout.cell_rect(scene.layout.stage_ids[3],
                                                  scene.layout.lane_ids[0]).bottomRight()
                     - QPointF(10, 10))
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
    assert len(asked) == count  # no card under the pointer: no card menu
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.viewport().mapToGlobal(QPoint(5, 5))))
    assert asked[-1][0] == [c]  # the menu key: the selection's menu


# --- dragging cards out ---------------------------------------------------------------------

def test_card_ids_mime_is_what_the_action_plan_reads():
    from cxworkshop.ui.plan.mime import CARD_IDS_MIME as PLAN_MIME
    from cxworkshop.ui.plan.mime import card_ids_from_mime

    mime = card_ids_mime([12, 40], "text", source="board-1")
    assert CARD_IDS_MIME == PLAN_MIME == "application/x-cxworkshop-card-ids"
    assert bytes(mime.data(CARD_IDS_MIME)) == b"[12, 40]"
    assert json.loads(bytes(mime.data(CARD_IDS_MIME)).decode("utf-8")) == [12, 40]
    assert card_ids_from_mime(mime) == [12, 40]
    assert card_ids_from_drop(mime, "board-1") == [12, 40]
    assert card_ids_from_drop(mime, "another board") == []
    assert card_ids_from_drop(card_ids_mime([1]), "board-1") == []  # no source: not ours


def test_a_card_drag_leaving_the_view_becomes_a_card_ids_drag(board, qtbot, sme_file, monkeypatch):
    scene, view = board
    a, b = add(scene, 0, 0, "first"), add(scene, 1, 0, "second")
    scene.select_cards([a, b])
    homes = {i: scene.cards[i].pos() for i in (a, b)}
    digest = sha(sme_file)
    dragged: list[dict] = []

    def fake_exec(drag):
        mime = drag.mimeData()
        dragged.append({"formats": mime.formats(),
                        "ids": json.loads(bytes(mime.data(CARD_IDS_MIME)).decode("utf-8")),
                        "text": mime.text()})
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(view, "exec_drag", fake_exec)
    out: list[list] = []
    view.cards_dragged_out.connect(out.append)
    viewport = view.viewport()
    start = view_point(view, centre(scene, a))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(30, 20))
    qtbot.mouseMove(viewport, start + QPoint(60, 40))
    assert scene.dragging_cards()  # an ordinary in-board move so far
    qtbot.mouseMove(viewport, QPoint(-40, start.y()))  # out past the left edge
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(-40, start.y()))
    assert len(dragged) == 1
    assert CARD_IDS_MIME in dragged[0]["formats"] and BOARD_SOURCE_MIME in dragged[0]["formats"]
    assert dragged[0]["ids"] == [a, b]
    assert "first" in dragged[0]["text"]
    assert out == [[a, b]]
    assert {i: scene.cards[i].pos() for i in (a, b)} == homes  # the in-board move was cancelled
    assert not scene.dragging_cards() and scene.mouseGrabberItem() is None
    assert sha(sme_file) == digest
    # The board is in a clean state: the next ordinary drag moves a card.
    scene.select_cards([a])
    target = (scene.layout.stage_ids[2], scene.layout.lane_ids[0])
    end = view_point(view, scene.layout.cell_rect(*target).center())
    start = view_point(view, centre(scene, a))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * step / 6)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert scene.cards[a].cell == target


def test_own_card_drag_dropped_back_on_the_board_moves_the_cards(board):
    scene, view = board
    a = add(scene, 0, 0, "round trip")
    target = (scene.layout.stage_ids[1], scene.layout.lane_ids[1])
    foreign = card_ids_mime([a], source="another board")
    assert not drop_mime(view, foreign, scene.layout.cell_rect(*target).center())
    mime = card_ids_mime([a], source=scene.drag_source())
    assert drop_mime(view, mime, scene.layout.cell_rect(*target).center())
    assert scene.cards[a].cell == target


# --- palettes -------------------------------------------------------------------------------

def test_palettes_restyle_without_reading_the_file(board, sme_file, monkeypatch):
    scene, view = board
    a = add(scene, 0, 0, "projected")
    scene.set_badges({a: ("?", 1)})
    scene.set_vote_tally({a: 2})
    digest = sha(sme_file)

    def no_reads(*_args, **_kwargs):
        raise AssertionError("set_palette read the file")

    monkeypatch.setattr(scene.document, "rows", no_reads)
    monkeypatch.setattr(scene.document, "row", no_reads)
    items_before = set(scene.items())
    images = {}
    for name, background in (("projector_light", "#ffffff"), ("projector_dark", "#05070a"),
                             ("board", "#f2f4f7")):
        scene.set_palette(name)
        assert scene.palette_.name == name
        assert scene.backgroundBrush().color().name() == background
        assert all(item.palette is scene.palette_ for item in scene.cards.values())
        assert all(h.palette is scene.palette_ for h in scene.stage_items.values())
        images[name] = view.viewport().grab().toImage()
    assert set(scene.items()) == items_before  # restyled, not rebuilt
    assert len({img.cacheKey() for img in images.values()}) == 3
    assert images["projector_light"] != images["board"] != images["projector_dark"]
    scene.set_palette("no such palette")
    assert scene.palette_.name == "board"
    assert sha(sme_file) == digest


# --- the structure lock ---------------------------------------------------------------------

def test_locked_headers_refuse_drag_resize_rename_and_delete(board, qtbot, sme_file):
    scene, view = board
    rejected: list[str] = []
    scene.edit_rejected.connect(rejected.append)
    scene.set_structure_locked(True)
    assert scene.structure_locked
    first = scene.layout.stage_ids[0]
    header = scene.stage_items[first]
    assert "(locked)" in header.toolTip()
    digest = sha(sme_file)
    viewport = view.viewport()
    start = view_point(view, header.sceneBoundingRect().center())
    end = view_point(view, scene.stage_items[scene.layout.stage_ids[2]].sceneBoundingRect().center())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert scene.layout.stage_ids[0] == first
    edge = view_point(view, header.sceneBoundingRect().topRight() + QPointF(-6, 40))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, edge + QPoint(120, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=edge + QPoint(120, 0))
    assert header.preview_extent is None
    scene.start_rename(header)  # what a double-click on a header does
    assert scene.editor is None and rejected
    header.setSelected(True)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert scene.editor is None
    actions = view.actions_
    header.setSelected(True)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    actions.delete_stage()
    actions.delete_lane()
    actions.rename()
    assert actions.add_stage() is None and actions.add_lane() is None
    assert scene.change_structure(scene.document.rename_stage, first, "Nope") is None
    lane = scene.layout.lane_ids[0]
    assert scene.change_structure(scene.document.set_lane, lane, height=400) is None
    assert scene.editor is None
    assert sha(sme_file) == digest  # nothing about the structure reached the file
    # Cards still move while the structure is locked.
    scene.clearSelection()
    a = add(scene, 0, 0, "still movable")
    scene.select_cards([a])
    actions.move_selection(1, 0)
    assert scene.cards[a].cell == (scene.layout.stage_ids[1], lane)
    scene.set_structure_locked(False)
    assert "(locked)" not in header.toolTip()
    assert scene.change_structure(scene.document.rename_stage, first, "Renamed") is not None


def test_locking_cancels_a_header_rename_in_progress(board):
    scene, _view = board
    header = scene.lane_items[scene.layout.lane_ids[0]]
    scene.start_rename(header)
    assert scene.editor is not None
    scene.set_structure_locked(True)
    assert scene.editor is None and not header.editing


# --- words for screen readers ---------------------------------------------------------------

def test_tooltips_and_the_accessible_description_follow_the_selection(board):
    scene, view = board
    a, b = add(scene, 1, 4, "Invoice arrives late"), add(scene, 1, 4, "Wrong amount")
    tip = scene.cards[b].toolTip()
    assert "Pain point" in tip and "Wrong amount" in tip
    stage_id, lane_id = scene.layout.stage_ids[1], scene.layout.lane_ids[4]
    assert scene.stages[stage_id].name in scene.stage_items[stage_id].toolTip()
    assert scene.lanes[lane_id].name in scene.lane_items[lane_id].toolTip()
    scene.select_cards([b])
    description = view.accessibleDescription()
    assert description.startswith(f"Stage {scene.stages[stage_id].name}, "
                                  f"lane {scene.lanes[lane_id].name}, card 2 of 2: ")
    assert "Wrong amount" in description
    scene.select_cards([a, b])
    assert view.accessibleDescription() == "2 cards selected"
    scene.clearSelection()
    assert view.accessibleDescription().endswith("2 cards")
    scene.set_voting_mode(True)
    assert view.accessibleDescription().startswith("Voting")


def test_rich_looking_card_text_shows_as_typed_in_the_tooltip(board):
    scene, _view = board
    a = add(scene, 0, 0, "<b>not bold</b> & more")
    assert "&lt;b&gt;" in scene.cards[a].toolTip()


# --- speed at scale (issue 15): the board refreshes what an edit touched ---------------------

def _spy(monkeypatch, target, name: str) -> list:
    calls: list = []
    real = getattr(target, name)
    monkeypatch.setattr(target, name, lambda *a, **k: (calls.append(a), real(*a, **k))[1])
    return calls


def test_a_card_edit_restacks_only_its_cell(board, monkeypatch):
    scene, _view = board
    layout = scene.layout
    cell = (layout.stage_ids[1], layout.lane_ids[1])
    other = (layout.stage_ids[4], layout.lane_ids[5])
    first = scene.add_card_at(cell, {"kind": "note", "text": "one"}, edit_text=False)
    far = scene.add_card_at(other, {"kind": "note", "text": "far away"}, edit_text=False)
    relayouts = _spy(monkeypatch, scene, "relayout")
    rebuilds = _spy(monkeypatch, scene.overview, "set_cards")
    moved = _spy(monkeypatch, scene.overview, "move")
    far_at = scene.cards[far].pos()
    scene.attempt(scene.document.set_card_text, first, "two")  # same height: nothing else moves
    assert relayouts == [] and rebuilds == []  # the old board laid out everything, every edit
    assert [item for call in moved for item in call[0] if item.cell != cell] == []
    assert scene.cards[far].pos() == far_at
    scene.attempt(scene.document.set_card_text, first, "two, with many more words so that the card "
                  "needs another line or two of text below the first")
    assert relayouts == [] and rebuilds == []
    # The taller card pushes down only what is below it: never the lanes above, nor cards above it.
    assert scene.cards[far].pos().y() > far_at.y()
    assert scene.cards[first].data_.text.startswith("two, with")
    assert scene.layout.cell_rect(*cell).contains(scene.cards[first].sceneBoundingRect())


def test_the_board_lays_out_once_for_its_own_move(board, monkeypatch):
    """The change notification names the board as the initiator; it does not lay out again."""
    scene, _view = board
    layout = scene.layout
    cell = (layout.stage_ids[0], layout.lane_ids[0])
    target = (layout.stage_ids[2], layout.lane_ids[0])
    card = scene.add_card_at(cell, {"kind": "note", "text": "to move"}, edit_text=False)
    seen = []
    scene.document.changed.connect(lambda changes: seen.append(changes.initiator))
    restacks = _spy(monkeypatch, scene, "restack")
    relayouts = _spy(monkeypatch, scene, "relayout")
    scene.move_cards_to([scene.cards[card]], layout.cell_rect(*target).center())
    assert scene.cards[card].cell == target
    assert seen == [scene] and len(restacks) == 1 and relayouts == []
    scene.document.undo_stack.undo()  # an undo has no initiator: the board refreshes all the same
    assert seen[-1] is None and scene.cards[card].cell == cell


def test_a_refused_or_empty_move_puts_the_cards_back(board):
    scene, _view = board
    layout = scene.layout
    cell = (layout.stage_ids[0], layout.lane_ids[0])
    card = scene.add_card_at(cell, {"kind": "note", "text": "stays"}, edit_text=False)
    item = scene.cards[card]
    item.setPos(item.pos() + QPointF(300, 40))  # dragged, then dropped where it already is
    scene.move_cards_to([item], layout.cell_rect(*cell).bottomRight() - QPointF(5, 5))
    assert item.pos() == item.home and item.cell == cell


def test_a_hovered_card_shows_its_tooltip_written_on_demand(board, qtbot, qtlog):
    """Tooltips are written lazily (issue 15); the one Qt shows must still be the card's."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QGraphicsItem, QToolTip

    scene, view = board
    card = add(scene, 1, 1, "Hover text nobody has read yet")
    assert QGraphicsItem.toolTip(scene.cards[card]) == ""  # Qt's own copy: not written yet
    pos = view_point(view, centre(scene, card))
    with qtlog.disabled():  # the offscreen platform says it cannot raise the tooltip window
        QApplication.sendEvent(view.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, pos,
                                                           view.viewport().mapToGlobal(pos)))
        qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
        assert "Hover text nobody has read yet" in QToolTip.text()
        QToolTip.hideText()
