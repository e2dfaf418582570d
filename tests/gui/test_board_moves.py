"""Moving cards by mouse, reordering and deleting stages, with undo and redo checked on disk."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from tests.gui.conftest import view_point


def add(scene, stage: int, lane: int, text: str) -> int:
    cell = (scene.layout.stage_ids[stage], scene.layout.lane_ids[lane])
    return scene.add_card_at(cell, {"kind": "note", "text": text}, edit_text=False)


def drag(qtbot, view, start: QPointF, end: QPointF, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, view_point(view, start))
    steps = 6
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        qtbot.mouseMove(viewport, view_point(view, point))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, view_point(view, end))


def test_drag_a_card_to_another_cell(window, disk, qtbot):
    scene, view = window.scene, window.view
    view.set_zoom(0.5)
    card = add(scene, 0, 0, "moving")
    target_cell = (scene.layout.stage_ids[1], scene.layout.lane_ids[2])
    start = scene.cards[card].sceneBoundingRect().center()
    end = scene.layout.cell_rect(*target_cell).center()
    view.centerOn((start + end) / 2)
    drag(qtbot, view, start, end)
    assert (disk.cards()[card].stage_id, disk.cards()[card].lane_id) == target_cell
    assert scene.cards[card].pos() == scene.cards[card].home
    assert scene.layout.cell_rect(*target_cell).contains(scene.cards[card].sceneBoundingRect())
    window.document.undo_stack.undo()
    assert disk.cards()[card].stage_id == scene.layout.stage_ids[0]
    assert scene.cards[card].cell == (scene.layout.stage_ids[0], scene.layout.lane_ids[0])
    window.document.undo_stack.redo()
    assert (disk.cards()[card].stage_id, disk.cards()[card].lane_id) == target_cell


def test_drag_of_several_cards_is_one_undo_step(window, disk, qtbot):
    scene, view = window.scene, window.view
    view.set_zoom(0.5)
    # Scrolled to the left edge: the first stage's cards are not under the pinned lane names.
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    a, b = add(scene, 0, 0, "a"), add(scene, 1, 0, "b")
    scene.clearSelection()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(view, scene.cards[a].sceneBoundingRect().center()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     view_point(view, scene.cards[b].sceneBoundingRect().center()))
    assert {i.card_id for i in scene.selected_cards()} == {a, b}
    count = window.document.undo_stack.count()
    target = (scene.layout.stage_ids[2], scene.layout.lane_ids[6])
    drag(qtbot, view, scene.cards[a].sceneBoundingRect().center(),
         scene.layout.cell_rect(*target).center())
    assert disk.cell(*target) == [a, b]
    assert window.document.undo_stack.count() == count + 1
    window.document.undo_stack.undo()
    assert disk.cell(*target) == []


def test_reorder_within_a_cell(window, disk, qtbot):
    scene, view = window.scene, window.view
    a, b, c = (add(scene, 0, 0, t) for t in "abc")
    cell = scene.cards[a].cell
    scene.clearSelection()
    drag(qtbot, view, scene.cards[c].sceneBoundingRect().center(),
         scene.cards[a].sceneBoundingRect().topLeft() + QPointF(30, 5))
    assert disk.cell(*cell) == [c, a, b]
    window.document.undo_stack.undo()
    assert disk.cell(*cell) == [a, b, c]


def test_drag_stage_header_reorders_stages(window, disk, qtbot):
    scene, view = window.scene, window.view
    view.set_zoom(0.4)
    names = disk.stages()
    first = scene.layout.stage_ids[0]
    header = scene.stage_items[first].sceneBoundingRect()
    x, w = scene.layout.stage_x[scene.layout.stage_ids[2]]
    view.centerOn(header.center())
    drag(qtbot, view, header.center(), QPointF(x + w * 0.75, header.center().y()))
    assert disk.stages() == names[1:3] + names[:1] + names[3:]
    assert scene.layout.stage_ids[2] == first
    window.document.undo_stack.undo()
    assert disk.stages() == names
    window.document.undo_stack.redo()
    assert disk.stages()[2] == names[0]


def test_resize_stage_by_its_edge(window, disk, qtbot):
    scene, view = window.scene, window.view
    stage = scene.layout.stage_ids[0]
    rect = scene.stage_items[stage].sceneBoundingRect().adjusted(3, 3, -3, -3)
    start = QPointF(rect.right() - 4, rect.center().y())
    view.centerOn(start)
    drag(qtbot, view, start, start + QPointF(100, 0))
    assert abs(scene.stages[stage].width - (rect.width() + 100)) < 3
    window.document.undo_stack.undo()
    assert scene.stages[stage].width == 260


def test_delete_stage_with_its_cards_and_undo(window, disk, qtbot):
    scene, view = window.scene, window.view
    cards = [add(scene, 1, lane, f"c{lane}") for lane in range(3)]
    stage = scene.layout.stage_ids[1]
    scene.clearSelection()
    scene.stage_items[stage].setSelected(True)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert stage not in disk.stage_ids()
    assert not set(cards) & set(disk.cards())
    assert stage not in scene.stage_items and not set(cards) & set(scene.cards)
    window.document.undo_stack.undo()
    assert stage in disk.stage_ids() and set(cards) <= set(disk.cards())
    assert set(cards) <= set(scene.cards) and scene.layout.stage_ids[1] == stage
    window.document.undo_stack.redo()
    assert stage not in disk.stage_ids()


def test_rename_stage_in_place(window, disk, qtbot):
    scene, view = window.scene, window.view
    header = scene.stage_items[scene.layout.stage_ids[0]]
    view.centerOn(header.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view_point(view, header.sceneBoundingRect().center()))
    assert scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Awareness")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert disk.stages()[0] == "Awareness"
    assert header.name == "Awareness"


def test_a_card_edit_does_not_make_the_voting_panel_reread_the_board(window, monkeypatch):
    """Issue 15: the voting panel re-read every card on each edit (160-217 ms at 5,000 cards)."""
    scene = window.scene
    voting = window.plan.voting
    assert voting is not None
    refreshes = []
    real = voting.refresh
    monkeypatch.setattr(voting, "refresh", lambda: (refreshes.append(1), real())[1])
    card = add(scene, 0, 0, "nobody voted for me")
    scene.attempt(scene.document.set_card_text, card, "still nobody")
    scene.attempt(scene.document.set_card, card, colour="#ffe08a")
    assert refreshes == []
    assert scene.cards[card].data_.text == "still nobody"


def test_typing_holds_the_lane_until_the_editor_closes(window, disk):
    """Issue 15: a keystroke that makes the tallest stack grow moves no other lane (their
    cards would all move, one 50 ms frame at 5,000 cards); closing the editor grows the lane."""
    scene = window.scene
    edited = add(scene, 0, 0, "short")
    below = add(scene, 0, 1, "in the next lane")
    lane_0, lane_1 = scene.layout.lane_ids[:2]
    top_before, below_before = scene.layout.lane_y[lane_1][0], scene.cards[below].pos()
    scene.start_edit_card(scene.cards[edited])
    scene.editor.setPlainText("\n".join(f"line {n}" for n in range(40)))
    assert scene.cards[edited].height() > scene.layout.lane_y[lane_0][1]  # it grew past its lane
    assert scene.layout.lane_y[lane_1][0] == top_before
    assert scene.cards[below].pos() == below_before
    scene.finish_editing()
    assert disk.cards()[edited].text.startswith("line 0\nline 1")
    assert scene.layout.lane_y[lane_1][0] > top_before
    assert scene.cards[below].pos().y() > below_before.y()
    assert scene.layout.cell_rect(scene.layout.stage_ids[0], lane_0).contains(
        scene.cards[edited].sceneBoundingRect().adjusted(4, 4, -4, -4))


def test_a_cancelled_edit_gives_the_held_lane_its_height(window):
    scene = window.scene
    edited = add(scene, 0, 0, "short")
    lane_0, lane_1 = scene.layout.lane_ids[:2]
    scene.start_edit_card(scene.cards[edited])
    scene.editor.setPlainText("\n".join(f"line {n}" for n in range(40)))
    scene.cancel_editing()
    assert scene.layout.cell_rect(scene.layout.stage_ids[0], lane_0).contains(
        scene.cards[edited].sceneBoundingRect().adjusted(4, 4, -4, -4))
    assert scene.layout.lane_y[lane_1][0] >= scene.layout.lane_y[lane_0][0] + scene.cards[edited].height()


def test_renaming_a_lane_or_stage_moves_nothing(window, disk):
    """Issue 15: a rename changes a header only; it used to lay out the whole board again."""
    scene = window.scene
    card = add(scene, 1, 1, "stays")
    layout, where = scene.layout, scene.cards[card].pos()
    lane_id, stage_id = scene.layout.lane_ids[1], scene.layout.stage_ids[1]
    scene.change_structure(window.document.set_lane, lane_id, name="Renamed lane")
    scene.change_structure(window.document.rename_stage, stage_id, "Renamed stage")
    assert scene.layout is layout and scene.cards[card].pos() == where
    assert scene.lane_items[lane_id].name == "Renamed lane"
    assert scene.stage_items[stage_id].name == "Renamed stage"
    assert "Renamed lane" in scene.lane_items[lane_id].toolTip()
    window.document.undo_stack.undo()
    assert scene.stage_items[stage_id].name == disk.stages()[1] != "Renamed stage"
    assert scene.layout is layout
