"""Dropping palette entries onto the board, editing text in place, undo and redo, on disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from cxworkshop.board.palette import PALETTE_KINDS, STAGE_ENTRY, palette_mime
from cxworkshop.model import CardKind
from tests.gui.conftest import drop_mime

CARD_KINDS = [k for k in PALETTE_KINDS if k != STAGE_ENTRY]


def cell_point(scene, stage_index: int, lane_index: int) -> QPointF:
    layout = scene.layout
    rect = layout.cell_rect(layout.stage_ids[stage_index], layout.lane_ids[lane_index])
    return QPointF(rect.center().x(), rect.bottom() - 6)


@pytest.mark.parametrize("kind", CARD_KINDS)
def test_drop_each_kind_into_a_cell_then_undo_redo(window, disk, qtbot, kind):
    scene, view = window.scene, window.view
    entry = window.board_palette.entry_for(kind)
    target = cell_point(scene, 2, 4)
    view.centerOn(target)
    assert drop_mime(view, palette_mime(entry), target)
    stage_id, lane_id = scene.layout.stage_ids[2], scene.layout.lane_ids[4]
    [card] = [c for c in disk.cards().values() if c.stage_id == stage_id and c.lane_id == lane_id]
    assert card.kind == kind
    if kind == CardKind.TOUCHPOINT:
        assert card.channel == entry["channel"]
    if kind == CardKind.EMOTION:
        assert card.emotion == 0
    # The drop opened the in-place editor: type, Enter ends the edit.
    assert scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Said in the room")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert scene.editor is None
    assert disk.cards()[card.id].text == "Said in the room"
    item = scene.cards[card.id]
    assert scene.layout.cell_rect(stage_id, lane_id).contains(item.sceneBoundingRect().center())
    stack = window.document.undo_stack
    stack.undo()
    assert disk.cards()[card.id].text == ""
    stack.undo()
    assert card.id not in disk.cards() and card.id not in scene.cards
    stack.redo()
    stack.redo()
    assert disk.cards()[card.id].text == "Said in the room"
    assert scene.cards[card.id].data_.text == "Said in the room"


def test_drop_stage_inserts_a_column(window, disk, qtbot):
    scene, view = window.scene, window.view
    layout = scene.layout
    x, w = layout.stage_x[layout.stage_ids[1]]
    point = QPointF(x + 5, layout.grid.top() + 20)
    view.centerOn(point)
    assert drop_mime(view, palette_mime({"kind": STAGE_ENTRY}), point)
    qtbot.keyClicks(view.viewport(), "Word of mouth")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert disk.stages()[1] == "Word of mouth"
    assert len(scene.layout.stage_ids) == 8
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert "Word of mouth" not in disk.stages() and len(disk.stages()) == 7


def test_drop_outside_the_grid_is_refused(window, disk):
    before = len(disk.cards())
    assert not drop_mime(window.view, palette_mime({"kind": "note"}), QPointF(-500, -500))
    assert len(disk.cards()) == before


def test_typing_merges_into_one_undo_step(window, disk, qtbot):
    scene = window.scene
    card_id = scene.add_card_at((scene.layout.stage_ids[0], scene.layout.lane_ids[0]),
                                {"kind": "note"})
    stack = window.document.undo_stack
    count = stack.count()
    for chunk in ("One", " two", " three"):
        qtbot.keyClicks(window.view.viewport(), chunk)
        scene.editor.text_live.emit(scene.editor.text())  # the pause in typing
        assert disk.cards()[card_id].text.endswith(chunk)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.view.viewport(), "four")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    assert disk.cards()[card_id].text == "One two three\nfour"
    assert stack.count() == count + 1
    stack.undo()
    assert disk.cards()[card_id].text == ""
